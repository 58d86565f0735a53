// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Account.h"
#include "pop3/Pop3Error.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QSettings;

namespace Postbote {
class AccountStore;
class CertificatePolicy;
class CredentialError;
} // namespace Postbote

namespace Postbote::Cli {

/// Helpers shared by the `account` subcommands and `fetch --account`. The translations use
/// the context of the first function's class.
class AccountSupport
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::AccountSupport)

public:
    static void printError(const QString& text);
    static void printLine(const QString& text);
    /// Finds an account by name; prints the "no such account" error if there is none.
    static std::optional<Account> findAccount(const AccountStore& store, const QString& name);
    /// After a refused certificate: records it as the account's pending decision and prints
    /// what the user must compare (subject, issuer, validity, SHA-256) and the trust command.
    /// Returns false if \a error is no certificate problem.
    static bool reportCertificateProblem(
        const Account& account, const Pop3Error& error, CertificatePolicy& policy);
    /// Reads a password synchronously from the keychain. Returns nothing and prints a
    /// message (exit code 4 for the caller) if none can be had.
    static std::optional<QString> readStoredPassword(const Account& account);
    /// Stores a password that just worked for a login; prints where it went. Returns false
    /// if it could only be kept in memory or not at all.
    static bool rememberPassword(const Account& account, const QString& password, bool quiet);
};

} // namespace Postbote::Cli
