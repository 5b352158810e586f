#include "applicationsetup.h"

#include "text/translators.h"

#include <QCoreApplication>

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("fsnoop"));
    QCoreApplication::setOrganizationName(QStringLiteral("fsnoop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FSNOOP_VERSION));
    Translators::install(app);
}
