#pragma once

#include <QObject>

class EventTableView;
class QToolButton;

// Following the tail of the live table, visibly (issue 15). New rows scroll the table to the
// bottom while it follows; scrolling away from the bottom stops following and says so with a
// "Jump to Latest (End)" button over the table; End, that button, or scrolling back to the
// bottom follows again. Turned off explicitly (View > Follow New Events) it stays off until
// turned on or End is pressed. As Wireshark does, whether to scroll is decided before the rows
// arrive and done after. Over a windowed table (EventTableView) the bottom is that of all rows.
class TailFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TailFollower)

public:
    explicit TailFollower(EventTableView *view);

    bool isFollowing() const { return m_following; }
    // Turned off in the menu (the setting to remember), not merely scrolled away from the tail.
    bool isTurnedOff() const { return m_userOff; }
    // From the menu: on jumps to the latest row and follows; off stops until asked again.
    void setFollowing(bool following);
    void jumpToLatest();

    QToolButton *jumpButton() const { return m_jump; }

Q_SIGNALS:
    void followingChanged(bool following);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool atBottom() const;
    void onScrolled();
    void setState(bool following);
    void updateButton();
    void placeButton();

    EventTableView *m_view;
    QToolButton *m_jump;
    bool m_following = true;
    bool m_userOff = false;    // turned off in the menu: scrolling to the bottom does not resume
    bool m_wasAtBottom = true; // before the rows being inserted arrived
    bool m_scrolling = false;  // our own scrollToBottom(): not the user leaving the tail
};
