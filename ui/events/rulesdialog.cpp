#include "events/rulesdialog.h"

#include "analysis/rulevalues.h"
#include "core/session.h"
#include "events/highlightcolors.h"
#include "events/rulelistmodel.h"
#include "text/rulestext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using Column = FilterRule::Column;
using Relation = FilterRule::Relation;

RulesDialog::RulesDialog(Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_model(new RuleListModel(kind == Kind::Highlight, this))
    , m_setsFile(defaultSetsFile())
{
    setObjectName(kind == Kind::Filter ? QStringLiteral("filterRulesDialog")
                                       : QStringLiteral("highlightRulesDialog"));
    setWindowTitle(kind == Kind::Filter ? tr("Filter Rules") : tr("Highlight Rules"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(kind == Kind::Filter
                                 ? tr("Show only the events these rules let through.")
                                 : tr("Colour the rows these rules match; the first matching "
                                      "rule gives the colour."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *semantics = new QLabel(RulesText::semantics(), this);
    semantics->setWordWrap(true);
    semantics->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(semantics);

    buildEditor(layout);

    auto *listRow = new QHBoxLayout;
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ruleList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    listRow->addWidget(m_view, 1);
    auto *side = new QVBoxLayout;
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_upButton = new QPushButton(tr("Move &Up"), this);
    m_downButton = new QPushButton(tr("Move &Down"), this);
    side->addWidget(m_removeButton);
    side->addWidget(m_upButton);
    side->addWidget(m_downButton);
    side->addStretch(1);
    listRow->addLayout(side);
    layout->addLayout(listRow, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    layout->addWidget(m_problems);

    if (kind == Kind::Filter)
        buildSets(layout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::Apply | QDialogButtonBox::Reset,
                                         this);
    buttons->button(QDialogButtonBox::Reset)->setToolTip(
        kind == Kind::Filter ? tr("Remove every rule") : tr("Go back to the default highlights"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &RulesDialog::apply);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this,
            [this] { m_model->setRules(m_resetRules); updateProblems(); updateButtons(); });

    connect(m_removeButton, &QPushButton::clicked, this, &RulesDialog::removeRule);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveRule(+1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (currentRow() >= 0)
            showRule(m_model->rules().at(currentRow()));
        updateButtons();
    });
    connect(m_model, &RuleListModel::rulesEdited, this, &RulesDialog::updateProblems);
    resize(760, 520);
    updateButtons();
}

QString RulesDialog::defaultSetsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/filter-sets.json");
}

void RulesDialog::buildEditor(QLayout *layout)
{
    auto *grid = new QGridLayout;
    m_columnBox = new QComboBox(this);
    m_columnBox->setObjectName(QStringLiteral("ruleColumn"));
    for (Column c : FilterRule::columns())
        m_columnBox->addItem(RulesText::column(c), int(c));
    m_relationBox = new QComboBox(this);
    m_relationBox->setObjectName(QStringLiteral("ruleRelation"));
    m_valueBox = new QComboBox(this);
    m_valueBox->setObjectName(QStringLiteral("ruleValue"));
    m_valueBox->setEditable(true);
    m_valueBox->setInsertPolicy(QComboBox::NoInsert);
    m_valueBox->setMinimumContentsLength(24);
    m_valueBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actionBox = new QComboBox(this);
    m_actionBox->setObjectName(QStringLiteral("ruleAction"));
    m_actionBox->addItem(RulesText::action(FilterRule::Action::Include), int(FilterRule::Action::Include));
    m_actionBox->addItem(RulesText::action(FilterRule::Action::Exclude), int(FilterRule::Action::Exclude));
    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(QStringLiteral("ruleAdd"));
    m_updateButton = new QPushButton(tr("&Change"), this);
    m_updateButton->setToolTip(tr("Replace the selected rule with the one above"));
    int col = 0;
    grid->addWidget(m_columnBox, 0, col++);
    grid->addWidget(m_relationBox, 0, col++);
    grid->addWidget(m_valueBox, 0, col++);
    grid->setColumnStretch(2, 1);
    grid->addWidget(m_actionBox, 0, col++);
    if (m_kind == Kind::Highlight) {
        m_colorBox = new QComboBox(this);
        m_colorBox->setObjectName(QStringLiteral("ruleColor"));
        const QColor base = palette().color(QPalette::Base);
        for (const HighlightColors::Choice &c : HighlightColors::choices()) {
            QPixmap swatch(16, 16);
            swatch.fill(HighlightColors::tint(c.color, base));
            m_colorBox->addItem(QIcon(swatch), c.name, c.color);
        }
        grid->addWidget(m_colorBox, 0, col++);
    }
    grid->addWidget(m_addButton, 0, col++);
    grid->addWidget(m_updateButton, 0, col++);
    static_cast<QVBoxLayout *>(layout)->addLayout(grid);

    fillRelations();
    connect(m_columnBox, &QComboBox::currentIndexChanged, this, [this] {
        fillRelations();
        fillValues();
    });
    connect(m_addButton, &QPushButton::clicked, this, &RulesDialog::addRule);
    connect(m_updateButton, &QPushButton::clicked, this, &RulesDialog::updateRule);
    connect(m_valueBox->lineEdit(), &QLineEdit::returnPressed, this, &RulesDialog::addRule);
}

void RulesDialog::fillRelations()
{
    const QVariant keep = m_relationBox->currentData();
    m_relationBox->clear();
    for (Relation r : FilterRule::relations())
        m_relationBox->addItem(RulesText::relation(r), int(r));
    const int at = keep.isValid() ? m_relationBox->findData(keep) : -1;
    m_relationBox->setCurrentIndex(at >= 0 ? at : m_relationBox->findData(int(Relation::Is)));
}

void RulesDialog::fillValues()
{
    const QString text = m_valueBox->currentText();
    m_valueBox->clear();
    const Column c = Column(m_columnBox->currentData().toInt());
    if (m_session) {
        const QStringList values = RuleValues::seen(c, *m_session);
        for (const QString &v : values)
            m_valueBox->addItem(RulesText::value(c, v), v);
    }
    m_valueBox->setEditText(text);
}

void RulesDialog::setSession(const Session *session)
{
    m_session = session;
    fillValues();
}

FilterRule RulesDialog::editedRule() const
{
    FilterRule r;
    r.column = Column(m_columnBox->currentData().toInt());
    r.relation = Relation(m_relationBox->currentData().toInt());
    // A value picked from the list is its key ("folder"), what was typed is taken as is.
    const int picked = m_valueBox->findText(m_valueBox->currentText());
    r.value = picked >= 0 ? m_valueBox->itemData(picked).toString() : m_valueBox->currentText();
    r.action = FilterRule::Action(m_actionBox->currentData().toInt());
    if (m_colorBox)
        r.color = m_colorBox->currentData().toString();
    return r;
}

void RulesDialog::showRule(const FilterRule &rule)
{
    m_columnBox->setCurrentIndex(m_columnBox->findData(int(rule.column)));
    m_relationBox->setCurrentIndex(m_relationBox->findData(int(rule.relation)));
    m_valueBox->setEditText(RulesText::value(rule.column, rule.value));
    m_actionBox->setCurrentIndex(m_actionBox->findData(int(rule.action)));
    if (m_colorBox) {
        const int i = m_colorBox->findData(rule.color);
        if (i >= 0)
            m_colorBox->setCurrentIndex(i);
    }
}

void RulesDialog::setRules(const FilterRules &rules)
{
    m_model->setRules(rules);
    updateProblems();
    updateButtons();
}

FilterRules RulesDialog::rules() const
{
    return m_model->rules();
}

int RulesDialog::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void RulesDialog::addRule()
{
    m_model->appendRule(editedRule());
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
}

void RulesDialog::updateRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    FilterRule r = editedRule();
    r.enabled = m_model->rules().at(row).enabled;
    m_model->replaceRule(row, r);
}

void RulesDialog::removeRule()
{
    const int row = currentRow();
    m_model->removeRule(row);
    updateButtons();
}

void RulesDialog::moveRule(int delta)
{
    const int to = m_model->moveRule(currentRow(), delta);
    m_view->setCurrentIndex(m_model->index(to, 0));
}

void RulesDialog::updateButtons()
{
    const int row = currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_updateButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

void RulesDialog::updateProblems()
{
    QStringList lines;
    for (const RuleMatcher::Problem &p : m_model->problems())
        lines << RulesText::problem(p);
    m_problems->setVisible(!lines.isEmpty());
    m_problems->setText(tr("%n rule(s) cannot work and match nothing:", nullptr, int(lines.size()))
                        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

void RulesDialog::apply()
{
    Q_EMIT applied(m_model->rules());
}

// Named sets ---------------------------------------------------------------------------------

void RulesDialog::buildSets(QLayout *layout)
{
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Saved sets:"), this));
    m_setBox = new QComboBox(this);
    m_setBox->setObjectName(QStringLiteral("savedSets"));
    m_setBox->setMinimumContentsLength(16);
    row->addWidget(m_setBox, 1);
    const auto button = [&](const QString &text, void (RulesDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(tr("&Load"), &RulesDialog::loadNamedSet);
    button(tr("&Save As\u2026"), &RulesDialog::saveNamedSet);
    button(tr("Re&name\u2026"), &RulesDialog::renameNamedSet);
    button(tr("De&lete"), &RulesDialog::deleteNamedSet);
    button(tr("&Import\u2026"), &RulesDialog::importFile);
    button(tr("&Export\u2026"), &RulesDialog::exportFile);
    static_cast<QVBoxLayout *>(layout)->addLayout(row);
    loadSets();
}

void RulesDialog::setSetsFile(const QString &fileName)
{
    m_setsFile = fileName;
    loadSets();
}

void RulesDialog::warnFile(const QString &fileName, const FilterFile::Error &error)
{
    QMessageBox::warning(this, windowTitle(),
                         tr("%1: %2").arg(QDir::toNativeSeparators(fileName),
                                          RulesText::fileError(error)));
}

void RulesDialog::loadSets()
{
    if (!m_setBox)
        return;
    m_sets.clear();
    FilterFile::Error error;
    if (QFile::exists(m_setsFile) && !FilterFile::load(m_setsFile, &m_sets, &error))
        warnFile(m_setsFile, error); // the file is left alone: nothing is overwritten unasked
    m_setBox->clear();
    for (const NamedRuleSet &s : std::as_const(m_sets))
        m_setBox->addItem(s.name);
}

bool RulesDialog::saveSets()
{
    QDir().mkpath(QFileInfo(m_setsFile).absolutePath());
    FilterFile::Error error;
    if (!FilterFile::save(m_setsFile, m_sets, &error)) {
        warnFile(m_setsFile, error);
        return false;
    }
    const QString current = m_setBox->currentText();
    m_setBox->clear();
    for (const NamedRuleSet &s : std::as_const(m_sets))
        m_setBox->addItem(s.name);
    m_setBox->setCurrentIndex(qMax(0, m_setBox->findText(current)));
    return true;
}

void RulesDialog::loadNamedSet()
{
    const int i = m_setBox->currentIndex();
    if (i >= 0 && i < m_sets.size())
        setRules(m_sets.at(i).rules);
}

void RulesDialog::saveNamedSet()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Rule Set"), tr("Name:"),
                                               QLineEdit::Normal, m_setBox->currentText(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    auto it = std::find_if(m_sets.begin(), m_sets.end(),
                           [&](const NamedRuleSet &s) { return s.name == name; });
    if (it != m_sets.end()) {
        if (QMessageBox::question(this, tr("Save Rule Set"),
                                  tr("Replace the set \u201c%1\u201d?").arg(name))
            != QMessageBox::Yes)
            return;
        it->rules = m_model->rules();
    } else {
        m_sets.append({name, m_model->rules()});
    }
    m_setBox->addItem(name); // so saveSets() selects it
    m_setBox->setCurrentText(name);
    saveSets();
    m_setBox->setCurrentIndex(m_setBox->findText(name));
}

void RulesDialog::renameNamedSet()
{
    const int i = m_setBox->currentIndex();
    if (i < 0 || i >= m_sets.size())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Rule Set"), tr("Name:"),
                                               QLineEdit::Normal, m_sets.at(i).name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_sets[i].name = name;
    saveSets();
    m_setBox->setCurrentIndex(i);
}

void RulesDialog::deleteNamedSet()
{
    const int i = m_setBox->currentIndex();
    if (i < 0 || i >= m_sets.size())
        return;
    if (QMessageBox::question(this, tr("Delete Rule Set"),
                              tr("Delete the set \u201c%1\u201d?").arg(m_sets.at(i).name))
        != QMessageBox::Yes)
        return;
    m_sets.removeAt(i);
    saveSets();
}

void RulesDialog::importFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Filter"), QString(),
                                                      tr("Filter files (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QList<NamedRuleSet> sets;
    FilterFile::Error error;
    if (!FilterFile::load(file, &sets, &error)) {
        warnFile(file, error);
        return;
    }
    if (sets.isEmpty())
        return;
    setRules(sets.first().rules);
    // Every set of the file joins the saved sets, so a shared file is kept whole.
    for (const NamedRuleSet &s : std::as_const(sets)) {
        if (std::none_of(m_sets.begin(), m_sets.end(),
                         [&](const NamedRuleSet &mine) { return mine.name == s.name; }))
            m_sets.append(s);
    }
    saveSets();
}

void RulesDialog::exportFile()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Export Filter"), QString(),
                                                tr("Filter files (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".json");
    const QString name = m_setBox && !m_setBox->currentText().isEmpty()
        ? m_setBox->currentText()
        : tr("Exported");
    FilterFile::Error error;
    if (!FilterFile::save(file, {{name, m_model->rules()}}, &error))
        warnFile(file, error);
}
