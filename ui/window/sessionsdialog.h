#pragma once

#include "session/spoolcleanup.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// File > Sessions: the captures spooled in the sessions folder, with when they started, what
// they watched, their events, size and age, the cleanup rule (SpoolCleanup) the user can see and
// change, and the capture budget (CaptureBudget). Open reopens one in the window; Delete removes
// it (never the running capture). Settings are saved when the dialog closes.
class SessionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsDialog)

public:
    // `ownFile`: the file this window's capture is writing (SpoolDirectory::entries), if any.
    explicit SessionsDialog(const QString &ownFile = {}, QWidget *parent = nullptr);

    // The sessions folder's entries again, and the rule from the settings.
    void reload();

Q_SIGNALS:
    void openRequested(const QString &fileName);

private:
    void openSelected();
    void deleteSelected();
    void cleanUpNow();
    SpoolCleanup::Rule editedRule() const;
    void saveSettings();
    void updateButtons();

    QString m_ownFile;
    QLabel *m_folderLabel;
    QTreeWidget *m_list;
    QSpinBox *m_maxAge;
    QSpinBox *m_maxSize;
    QSpinBox *m_budget;
    QLabel *m_totalLabel;
    QPushButton *m_openButton;
    QPushButton *m_deleteButton;
    QPushButton *m_cleanButton;
};
