#include "window/sessionsdialog.h"

#include "text/sessiontext.h"
#include "window/capturebudget.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { Started, Roots, Events, Size, Age, ColumnCount };
constexpr int kFileRole = Qt::UserRole;
constexpr int kLockedRole = Qt::UserRole + 1;
constexpr qint64 kGiB = qint64(1) << 30;
constexpr qint64 kMiB = qint64(1) << 20;
} // namespace

SessionsDialog::SessionsDialog(const QString &ownFile, QWidget *parent)
    : QDialog(parent)
    , m_ownFile(ownFile)
    , m_folderLabel(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_maxAge(new QSpinBox(this))
    , m_maxSize(new QSpinBox(this))
    , m_budget(new QSpinBox(this))
    , m_totalLabel(new QLabel(this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_cleanButton(new QPushButton(tr("&Clean Up Now"), this))
{
    setObjectName(QStringLiteral("SessionsDialog"));
    setWindowTitle(tr("Sessions"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Started"), tr("Watched"), tr("Events"), tr("Size"), tr("Age")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Roots, QHeaderView::Stretch);
    for (int c : {Started, Events, Size, Age})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SessionsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &SessionsDialog::openSelected);

    // The rule, in the words the user thinks in: days and gigabytes; 0 turns a limit off.
    m_maxAge->setObjectName(QStringLiteral("maxAgeDays"));
    m_maxAge->setRange(0, 3650);
    m_maxAge->setSpecialValueText(tr("no limit"));
    m_maxAge->setSuffix(tr(" days"));
    m_maxSize->setObjectName(QStringLiteral("maxTotalGiB"));
    m_maxSize->setRange(0, 100000);
    m_maxSize->setSpecialValueText(tr("no limit"));
    m_maxSize->setSuffix(tr(" GB"));
    m_budget->setObjectName(QStringLiteral("captureBudgetMiB"));
    m_budget->setRange(64, 1024 * 1024); // CaptureBudget refuses less than 64 MB
    m_budget->setSingleStep(256);
    m_budget->setSuffix(tr(" MB"));
    m_budget->setToolTip(tr("How much of a live capture the window keeps, about %1 events per MB; "
                            "past it the oldest go from the table (the session file keeps them). "
                            "For the next capture.")
                             .arg(QLocale().toString(kMiB / CaptureBudget::kBytesPerEvent)));
    auto *rule = new QFormLayout;
    rule->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // a number, not a text line
    rule->addRow(tr("Delete sessions older than:"), m_maxAge);
    rule->addRow(tr("Keep the folder under:"), m_maxSize);
    rule->addRow(tr("Capture budget:"), m_budget);
    auto *ruleNote = new QLabel(
        tr("Applied each time fsnoop starts, oldest first. The running capture, sessions "
           "another fsnoop is writing and files saved elsewhere are never deleted."),
        this);
    ruleNote->setWordWrap(true);

    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_cleanButton->setObjectName(QStringLiteral("cleanButton"));
    connect(m_openButton, &QPushButton::clicked, this, &SessionsDialog::openSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &SessionsDialog::deleteSelected);
    connect(m_cleanButton, &QPushButton::clicked, this, &SessionsDialog::cleanUpNow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_openButton);
    actions->addWidget(m_deleteButton);
    actions->addStretch(1);
    actions->addWidget(m_totalLabel);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cleanButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &SessionsDialog::saveSettings);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addLayout(rule);
    layout->addWidget(ruleNote);
    layout->addWidget(buttons);
    resize(820, 480);
    reload();
}

void SessionsDialog::reload()
{
    m_folderLabel->setText(tr("Captures are saved as they run in %1")
                               .arg(QDir::toNativeSeparators(SpoolDirectory::path())));
    QSettings settings;
    const SpoolCleanup::Rule r = SpoolCleanup::rule(settings);
    m_maxAge->setValue(r.maxAgeDays);
    m_maxSize->setValue(int(qMin<qint64>((r.maxTotalBytes + kGiB - 1) / kGiB, m_maxSize->maximum())));
    m_budget->setValue(int(qMin<qint64>(CaptureBudget::bytes(settings) / kMiB, m_budget->maximum())));

    m_list->clear();
    const QDateTime now = QDateTime::currentDateTime();
    qint64 total = 0;
    const QList<SpoolDirectory::Entry> entries = SpoolDirectory::entries(m_ownFile);
    for (const SpoolDirectory::Entry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Started, SessionText::started(e));
        item->setText(Roots, SessionText::roots(e));
        item->setText(Events, e.events < 0 ? QString() : QLocale().toString(e.events));
        item->setText(Size, SessionText::size(e.bytes));
        item->setText(Age, e.locked ? tr("capturing") : SessionText::age(e.modified, now));
        item->setTextAlignment(Events, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(Roots, QDir::toNativeSeparators(e.file));
        item->setData(0, kFileRole, e.file);
        item->setData(0, kLockedRole, e.locked);
        total += e.bytes;
    }
    m_totalLabel->setText(tr("%n session(s), %1", nullptr, int(entries.size()))
                              .arg(SessionText::size(total)));
    updateButtons();
}

void SessionsDialog::updateButtons()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    bool anyFree = false;
    for (const QTreeWidgetItem *item : selected)
        anyFree = anyFree || !item->data(0, kLockedRole).toBool();
    m_openButton->setEnabled(selected.size() == 1);
    m_deleteButton->setEnabled(anyFree);
}

void SessionsDialog::openSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.size() != 1)
        return;
    const QString file = selected.first()->data(0, kFileRole).toString();
    accept();
    Q_EMIT openRequested(file);
}

void SessionsDialog::deleteSelected()
{
    QStringList files;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        if (!item->data(0, kLockedRole).toBool())
            files.append(item->data(0, kFileRole).toString());
    }
    if (files.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete Sessions"),
                              tr("Delete %n session(s)? This cannot be undone.", nullptr,
                                 int(files.size())))
        != QMessageBox::Yes)
        return;
    for (const QString &file : files) {
        // Checked again: a capture may have started on it since the list was made.
        if (SpoolDirectory::contains(file) && !SpoolDirectory::entry(file, m_ownFile).locked)
            SpoolDirectory::remove(file);
    }
    reload();
}

SpoolCleanup::Rule SessionsDialog::editedRule() const
{
    SpoolCleanup::Rule r;
    r.maxAgeDays = m_maxAge->value();
    r.maxTotalBytes = qint64(m_maxSize->value()) * kGiB;
    return r;
}

void SessionsDialog::saveSettings()
{
    QSettings settings;
    SpoolCleanup::setRule(settings, editedRule());
    CaptureBudget::setBytes(settings, qint64(m_budget->value()) * kMiB);
}

void SessionsDialog::cleanUpNow()
{
    saveSettings();
    SpoolCleanup::apply(editedRule(), m_ownFile);
    reload();
}
