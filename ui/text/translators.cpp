#include "text/translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void Translators::install(QCoreApplication &app)
{
    // Our strings come from the .qm files qt_add_translations embeds in fsnoop_ui at :/i18n.
    // Without a translation for the locale, fsnoop_en still gives English its plural forms
    // ("1 folder", "2 folders" for "%n folder(s)").
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("fsnoop"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("fsnoop_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
}
