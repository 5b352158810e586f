#include "events/tailfollower.h"

#include "events/eventtablemodel.h"
#include "events/eventtableview.h"

#include <QAction>
#include <QEvent>
#include <QScrollBar>
#include <QToolButton>

TailFollower::TailFollower(EventTableView *view)
    : QObject(view)
    , m_view(view)
    , m_jump(new QToolButton(view))
{
    m_jump->setObjectName(QStringLiteral("jumpToLatest"));
    m_jump->setText(tr("Not following new events \u2014 Jump to Latest (End)"));
    m_jump->setToolTip(tr("Scroll to the newest event and follow new ones again"));
    m_jump->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_jump->hide();
    connect(m_jump, &QToolButton::clicked, this, &TailFollower::jumpToLatest);

    // End goes to the latest event (QTableView's own End only moves to the last column).
    auto *end = new QAction(tr("Jump to Latest"), view);
    end->setShortcut(QKeySequence(Qt::Key_End));
    end->setShortcutContext(Qt::WidgetShortcut);
    connect(end, &QAction::triggered, this, &TailFollower::jumpToLatest);
    view->addAction(end);

    // Rows added below a windowed table's window come without rowsInserted(): the model's own
    // signals cover every addition.
    auto *model = qobject_cast<EventTableModel *>(view->model());
    connect(model, &EventTableModel::rowsAboutToBeAppended, this,
            [this] { m_wasAtBottom = atBottom(); });
    connect(model, &EventTableModel::rowsAppended, this, [this] {
        if (m_following && m_wasAtBottom) {
            m_scrolling = true;
            m_view->scrollToLastRow();
            m_scrolling = false;
        }
        updateButton();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &TailFollower::updateButton);
    // Both bars: the view's own, and the one over all rows when the table is windowed.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &TailFollower::onScrolled);
    connect(view->allRowsBar(), &QScrollBar::valueChanged, this, &TailFollower::onScrolled);
    view->installEventFilter(this);
}

bool TailFollower::atBottom() const
{
    const QScrollBar *bar = m_view->rowScrollBar();
    return bar->value() >= bar->maximum();
}

void TailFollower::onScrolled()
{
    if (m_scrolling)
        return;
    if (atBottom()) {
        if (!m_following && !m_userOff)
            setState(true); // back at the tail: follow again
    } else if (m_following) {
        setState(false); // the user scrolled up to read: stop following, visibly
    }
    updateButton();
}

void TailFollower::setFollowing(bool following)
{
    m_userOff = !following;
    if (following)
        jumpToLatest();
    else
        setState(false);
    updateButton();
}

void TailFollower::jumpToLatest()
{
    m_userOff = false;
    m_scrolling = true;
    m_view->scrollToLastRow();
    m_scrolling = false;
    setState(true);
    updateButton();
}

void TailFollower::setState(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    Q_EMIT followingChanged(following);
}

void TailFollower::updateButton()
{
    const bool show = !m_following && m_view->model()->rowCount() > 0;
    if (show)
        placeButton();
    m_jump->setVisible(show);
}

void TailFollower::placeButton()
{
    // Bottom right of the rows, clear of the scroll bar.
    m_jump->adjustSize();
    const QRect area = m_view->viewport()->geometry();
    m_jump->move(area.right() - m_jump->width() - 8, area.bottom() - m_jump->height() - 8);
    m_jump->raise();
}

bool TailFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && m_jump->isVisible())
        placeButton();
    return QObject::eventFilter(watched, event);
}
