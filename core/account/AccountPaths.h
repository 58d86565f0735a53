// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

class QSettings;

namespace Postbote {

/// Where accounts and their archives live, the same for the GUI and postbote-cli: QSettings
/// of organisation "Postbote", application "Postbote", and the application-data folder of
/// that name. The CLI's own application name ("postbote-cli") plays no part, so both programs
/// see the same accounts and archives.
class AccountPaths
{
public:
    static QString organisationName() { return QStringLiteral("Postbote"); }
    static QString applicationName() { return QStringLiteral("Postbote"); }

    /// The shared settings (native format, user scope).
    static std::unique_ptr<QSettings> openSettings();
    /// QStandardPaths::AppDataLocation as it is for the application "Postbote".
    static QString dataDirectory();
    /// The Maildir archive of one account: <data>/accounts/<id>.
    static QString archiveDirectory(const QString& accountId);
};

} // namespace Postbote
