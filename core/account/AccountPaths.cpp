// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountPaths.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace Postbote {

std::unique_ptr<QSettings> AccountPaths::openSettings()
{
    return std::make_unique<QSettings>(
        QSettings::NativeFormat, QSettings::UserScope, organisationName(), applicationName());
}

QString AccountPaths::dataDirectory()
{
    // QStandardPaths derives AppDataLocation from the running program's names; borrow the
    // shared names for the one call so that the CLI and the GUI agree on the folder.
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(organisationName());
    QCoreApplication::setApplicationName(applicationName());
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
    return path;
}

QString AccountPaths::archiveDirectory(const QString& accountId)
{
    return dataDirectory() + QStringLiteral("/accounts/") + accountId;
}

} // namespace Postbote
