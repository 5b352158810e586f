#pragma once

class QCoreApplication;

// Puts fsnoop's words in the user's language, for the window and the command line alike.
class Translators final
{
public:
    // Installs, as children of `app`, fsnoop's translation for the system locale (LANGUAGE /
    // LC_ALL / LANG) and Qt's own (standard dialog buttons).
    static void install(QCoreApplication &app);
};
