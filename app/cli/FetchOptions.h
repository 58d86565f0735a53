// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/SessionOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace Postbote::Cli {

/// What `postbote-cli fetch` was asked to do, parsed and checked, without the password
/// (which is read separately so that it never sits in an argument list).
struct FetchOptions
{
    SessionOptions session;
    QString passwordFile; ///< "-" never; stdin is passwordFromStdin
    bool passwordFromStdin = false;
    QString accountName;
    QString archiveDir;
    bool deleteAfterArchiving = false;
    QString logFile;
    qint64 maxSize = 0; ///< 0: no limit
    bool quiet = false;
};

/// Parses the arguments after "fetch". On a usage error returns nothing and sets \a error to
/// one translated sentence that names the wrong option.
class FetchOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::FetchOptionsParser)

public:
    static std::optional<FetchOptions> parse(const QStringList& arguments, QString* error);
    static QString helpText();
};

/// Reads the password: the first line of \a path, or of standard input for "-". Returns
/// nothing and sets \a error if it cannot be read or is empty.
std::optional<QString> readPassword(const QString& path, bool fromStdin, QString* error);

} // namespace Postbote::Cli
