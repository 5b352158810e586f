#pragma once

#include "core/watchoptions.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Asks what to watch: the folder, recursive or not, which events, exclude/include patterns,
// whether to record events on the folder itself, and the backend (inotify, or the privileged
// fanotify helper that also knows the process).
class WatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchDialog)

public:
    // Opens on `options` (the last ones used).
    explicit WatchDialog(const WatchOptions &options, QWidget *parent = nullptr);

    // The options as entered; invalid patterns are left out (accept() refuses them first).
    WatchOptions options() const;

    void accept() override;

private:
    void loadOptions(const WatchOptions &options);
    void browse();
    bool checkPatterns(); // says in the dialog which pattern is invalid, and refuses OK until fixed

    QLineEdit *m_folderEdit;
    QCheckBox *m_recursiveBox;
    QCheckBox *m_rootSelfBox;
    QListWidget *m_eventList;
    QPlainTextEdit *m_excludeEdit;
    QPlainTextEdit *m_includeEdit;
    QLabel *m_patternError;
    QPushButton *m_okButton = nullptr;
    QCheckBox *m_fanotifyBox;
};
