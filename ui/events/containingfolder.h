#pragma once

#include <QDBusConnection>
#include <QString>

#include <functional>

class QObject;
class QWidget;

// "Open Containing Folder": asks the desktop's file manager to show the file selected, through
// the freedesktop FileManager1 D-Bus interface (ShowItems, implemented by Nautilus, Dolphin,
// Nemo, Caja, Thunar...); without one, opens the folder with the desktop's URL handler; and when
// nothing can, says so in the window rather than only on stderr (issue 15).
class ContainingFolder final
{
public:
    enum class Result { ShownInFileManager, OpenedFolder, Failed };

    // Asynchronous (a file manager started by D-Bus activation takes a moment; the window must
    // not freeze meanwhile): `done` runs with the result, in `context`'s thread, unless `context`
    // is gone by then.
    static void show(const QString &filePath, const QDBusConnection &bus, QObject *context,
                     std::function<void(Result)> done);

    // show() on the session bus, and on failure a message over `parent` naming the folder (also
    // put on the clipboard, so the user can paste it into whatever they use).
    static void showOrSay(const QString &filePath, QWidget *parent);
};
