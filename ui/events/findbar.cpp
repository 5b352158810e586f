#include "events/findbar.h"

#include "events/eventfinder.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "text/shortcuttip.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

FindBar::FindBar(EventTableView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_model(qobject_cast<EventTableModel *>(view->model()))
    , m_finder(new EventFinder(m_model, this))
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in path, process or event type"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("findStatus"));

    auto *findAction = new QAction(tr("&Find\u2026"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, &FindBar::open);
    auto *nextAction = new QAction(tr("Find &Next"), this);
    nextAction->setObjectName(QStringLiteral("findNextAction"));
    nextAction->setShortcut(QKeySequence(Qt::Key_F3));
    connect(nextAction, &QAction::triggered, this, &FindBar::findNext);
    auto *previousAction = new QAction(tr("Find Pre&vious"), this);
    previousAction->setObjectName(QStringLiteral("findPreviousAction"));
    previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(previousAction, &QAction::triggered, this, &FindBar::findPrevious);
    m_actions = {findAction, nextAction, previousAction};

    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_edit);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(ShortcutTip::text(tr("Previous match"), previousAction->shortcut()));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(ShortcutTip::text(tr("Next match"), nextAction->shortcut()));
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(ShortcutTip::text(tr("Close the find bar"), QKeySequence(Qt::Key_Escape)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status, 1);
    layout->addWidget(closeButton);

    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_edit, &QLineEdit::textEdited, this, &FindBar::onTextEdited);
    connect(m_finder, &EventFinder::found, this, [this](int row, bool wrapped) {
        m_status->setText(wrapped ? tr("Search wrapped around") : QString());
        m_view->goToRow(row);
    });
    connect(m_finder, &EventFinder::notFound, this, [this] {
        m_status->setText(m_edit->text().isEmpty() ? QString() : tr("No match"));
    });
    hide();
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
    // Reopened with text still there: tint its matches again.
    m_model->setFindText(m_edit->text());
}

void FindBar::dismiss()
{
    m_finder->cancel();
    m_model->setFindText(QString());
    m_status->clear();
    hide();
    m_view->setFocus();
}

void FindBar::onTextEdited(const QString &text)
{
    m_model->setFindText(text);
    // As the user types, the current row counts too: start just before it.
    const QModelIndex current = m_view->currentIndex();
    m_status->setText(text.isEmpty() ? QString() : tr("Searching\u2026"));
    if (!text.isEmpty())
        m_finder->find(current.isValid() ? m_model->rowOf(current) - 1 : -1, true);
    else
        m_finder->cancel();
}

void FindBar::find(bool forward)
{
    if (isHidden() || m_edit->text().isEmpty()) {
        open();
        return;
    }
    m_status->setText(tr("Searching\u2026"));
    const QModelIndex current = m_view->currentIndex();
    m_finder->find(m_model->rowOf(current), forward);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
