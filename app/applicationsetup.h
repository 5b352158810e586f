#pragma once

class QCoreApplication;

// What every way in (the window, record, export, help) sets before it says a word: the names
// QSettings and --version use, and the translators for the user's language.
void setUpApplication(QCoreApplication &app);
