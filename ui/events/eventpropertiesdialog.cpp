#include "events/eventpropertiesdialog.h"

#include "analysis/sessionstats.h"
#include "core/session.h"
#include "events/eventdescription.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "text/timetext.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *sectionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names are the kernel's bytes, not markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QGroupBox *section(const QString &title, QLabel *label, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(label);
    return box;
}
} // namespace

EventPropertiesDialog::EventPropertiesDialog(QAbstractItemView *view,
                                             const EventTableModel *model,
                                             const SessionStats *renames, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_model(model)
    , m_renames(renames)
    , m_event(sectionLabel(this))
    , m_chain(sectionLabel(this))
    , m_process(sectionLabel(this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    setObjectName(QStringLiteral("eventProperties"));
    setWindowTitle(tr("Event Properties"));
    m_previous->setObjectName(QStringLiteral("previousEvent"));
    m_next->setObjectName(QStringLiteral("nextEvent"));
    m_previous->setToolTip(tr("The event above in the table"));
    m_next->setToolTip(tr("The event below in the table"));
    m_previous->setAutoDefault(false);
    m_next->setAutoDefault(false);
    connect(m_previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(+1); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previous, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(section(tr("Event"), m_event, this));
    layout->addWidget(section(tr("Rename chain"), m_chain, this));
    layout->addWidget(section(tr("Process"), m_process, this));
    layout->addStretch();
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    // Rows come and go under a filter; the numbers shown must stay the table's.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showRow(m_model->rowOf(m_view->currentIndex()));
    });
}

void EventPropertiesDialog::install(QAbstractItemView *view, const EventTableModel *model,
                                    const SessionStats *renames)
{
    auto *action = new QAction(tr("Event Properties"), view);
    // Enter belongs to the table only while it has the focus: elsewhere it does what it did.
    action->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    auto open = [view, model, renames](const QModelIndex &index) {
        if (!index.isValid())
            return;
        auto *dialog = view->findChild<EventPropertiesDialog *>();
        if (!dialog)
            dialog = new EventPropertiesDialog(view, model, renames, view);
        dialog->showRow(model->rowOf(index));
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    };
    QObject::connect(action, &QAction::triggered, view, [view, open] { open(view->currentIndex()); });
    QObject::connect(view, &QAbstractItemView::doubleClicked, view, open);
}

void EventPropertiesDialog::showRow(int row)
{
    m_row = row;
    const QStringList event = EventDescription::eventLines(*m_model, row);
    if (event.isEmpty()) {
        m_event->setText(tr("No event selected."));
        m_chain->clear();
        m_process->clear();
        updateButtons();
        return;
    }
    QString text = event.join(u'\n');
    const QString meaning = EventDescription::meaning(*m_model, row);
    if (!meaning.isEmpty())
        text += QStringLiteral("\n\n") + meaning;
    m_event->setText(text);
    m_chain->setText(describeRenames());
    const QStringList process = EventDescription::processLines(*m_model, row);
    m_process->setText(process.isEmpty()
                           ? tr("Unknown: inotify does not tell which process did it. Watch with "
                                "process information (administrator) to see it.")
                           : process.join(u'\n'));
    updateButtons();
}

QString EventPropertiesDialog::describeRenames() const
{
    if (!m_renames || !m_model->session())
        return tr("Rename chains are not available.");
    const RenameTracker &tracker = m_renames->renames();
    const FsEvent &e = m_model->eventAt(m_row);
    int current = -1;
    const int chain = tracker.chainOfEvent(e, &current);
    if (chain < 0)
        return tr("Not part of a rename.");
    const PathTable &paths = m_model->session()->paths();
    QStringList lines;
    const RenameTracker::Steps steps = tracker.chain(chain).steps;
    for (int i = 0; i < steps.size(); ++i) {
        const RenameTracker::Step &s = steps.at(i);
        QString line;
        if (s.kind == RenameTracker::Step::MovedIn)
            line = tr("moved in from outside \u2192 %1").arg(paths.displayPath(s.to));
        else if (s.kind == RenameTracker::Step::MovedOut)
            line = tr("%1 \u2192 moved out of the watched folders").arg(paths.displayPath(s.from));
        else
            line = tr("%1 \u2192 %2").arg(paths.displayPath(s.from), paths.displayPath(s.to));
        // The step of this very event is marked, so a long chain shows where it stands.
        lines << QStringLiteral("%1 %2  %3")
                     .arg(i == current ? QStringLiteral("\u25b6") : QStringLiteral("  "),
                          TimeText::timeOfDay(s.timeNs), line);
    }
    return lines.join(u'\n');
}

void EventPropertiesDialog::step(int delta)
{
    const int target = m_row + delta;
    if (target < 0 || target >= m_model->shownCount())
        return;
    // The event table moves its row window to the row if need be.
    if (auto *table = qobject_cast<EventTableView *>(m_view)) {
        table->goToRow(target);
    } else {
        m_view->setCurrentIndex(m_model->index(target, 0));
        m_view->scrollTo(m_model->index(target, 0));
    }
    showRow(target);
}

void EventPropertiesDialog::updateButtons()
{
    m_previous->setEnabled(m_row > 0);
    m_next->setEnabled(m_row >= 0 && m_row + 1 < m_model->shownCount());
}

QString EventPropertiesDialog::eventText() const
{
    return m_event->text();
}

QString EventPropertiesDialog::renameText() const
{
    return m_chain->text();
}

QString EventPropertiesDialog::processText() const
{
    return m_process->text();
}
