// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountCommand.h"

#include "AccountEditOptions.h"
#include "AccountSupport.h"
#include "ExitCode.h"
#include "account/AccountPaths.h"
#include "account/AccountStore.h"
#include "account/CertificatePolicy.h"
#include "account/CredentialStore.h"

#include <QEventLoop>
#include <QSettings>

#include <cstdio>

// `account discover` is written separately (DiscoverCommand.h declares
// `int Postbote::Cli::runAccountDiscover(const QStringList& arguments)`); until it is there
// the subcommand answers with a clear error.
#if __has_include("DiscoverCommand.h")
#include "DiscoverCommand.h"
#define POSTBOTE_HAVE_DISCOVER 1
#endif

namespace Postbote::Cli {

namespace {

using T = AccountCommand;

QString usage()
{
    return T::tr("Usage: postbote-cli account COMMAND …\n\n"
                 "Commands:\n"
                 "  add --name NAME --host H --user U [options]   add an account\n"
                 "  edit NAME [options]                           change an account\n"
                 "  list                                          list the accounts\n"
                 "  remove NAME                                   remove an account and its "
                 "password\n"
                 "  set-password NAME [--password-file F]         check a password (read from "
                 "standard input) by logging in, then store it in the keychain\n"
                 "  discover ADDRESS                              find the POP3 server of an "
                 "e-mail address\n"
                 "  trust NAME SHA256                             accept the certificate the "
                 "server showed\n"
                 "  trust-list NAME                               list the accepted "
                 "certificates\n"
                 "  trust-remove NAME SHA256                      withdraw an accepted "
                 "certificate\n\n"
                 "Options of add and edit:\n")
        + AccountEditOptions::helpText();
}

int runAdd(const QStringList& arguments)
{
    Account base = Account::create();
    // As `fetch` does: a server without UIDL still works (recognised by content, or
    // classic POP3 with --delete).
    base.retention.allowNoUidl = true;
    QString error;
    auto parsed = AccountEditOptions::apply(base, arguments, true, &error);
    if (!parsed) {
        AccountSupport::printError(error);
        return UsageError;
    }
    if (!parsed->positional.isEmpty()) {
        AccountSupport::printError(
            T::tr("Unexpected argument “%1”.").arg(parsed->positional.first()));
        return UsageError;
    }
    auto settings = AccountPaths::openSettings();
    AccountStore store(settings.get());
    if (!store.add(parsed->account, &error)) {
        AccountSupport::printError(error);
        return settings->status() == QSettings::NoError ? UsageError : StorageError;
    }
    AccountSupport::printLine(T::tr("Added the account “%1”.").arg(parsed->account.name));
    return Success;
}

int runEdit(const QStringList& arguments)
{
    if (arguments.isEmpty() || arguments.first().startsWith(QLatin1Char('-'))) {
        AccountSupport::printError(T::tr("Name the account to change: postbote-cli account "
                                         "edit NAME [options]."));
        return UsageError;
    }
    auto settings = AccountPaths::openSettings();
    AccountStore store(settings.get());
    const auto account = AccountSupport::findAccount(store, arguments.first());
    if (!account) {
        return UsageError;
    }
    QString error;
    auto parsed = AccountEditOptions::apply(*account, arguments.mid(1), false, &error);
    if (!parsed) {
        AccountSupport::printError(error);
        return UsageError;
    }
    if (!parsed->positional.isEmpty()) {
        AccountSupport::printError(
            T::tr("Unexpected argument “%1”.").arg(parsed->positional.first()));
        return UsageError;
    }
    if (!store.update(parsed->account, &error)) {
        AccountSupport::printError(error);
        return settings->status() == QSettings::NoError ? UsageError : StorageError;
    }
    AccountSupport::printLine(T::tr("Changed the account “%1”.").arg(parsed->account.name));
    return Success;
}

int runList(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        AccountSupport::printError(T::tr("Unexpected argument “%1”.").arg(arguments.first()));
        return UsageError;
    }
    auto settings = AccountPaths::openSettings();
    AccountStore store(settings.get());
    const QList<Account> accounts = store.accounts();
    if (accounts.isEmpty()) {
        std::fprintf(stderr, "%s\n",
            T::tr("No accounts yet. Add one with “postbote-cli account add”.")
                .toUtf8()
                .constData());
        return Success;
    }
    for (const Account& account : accounts) {
        QString line = QStringLiteral("%1\t%2@%3:%4\t%5\t%6\t%7")
                           .arg(account.name, account.user, account.host)
                           .arg(account.port)
                           .arg(securityName(account.security), authMethodName(account.auth),
                               account.retention.description());
        if (!account.enabled) {
            line += QLatin1Char('\t') + T::tr("(disabled)");
        }
        AccountSupport::printLine(line);
    }
    return Success;
}

int runRemove(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        AccountSupport::printError(
            T::tr("Name the account to remove: postbote-cli account remove NAME."));
        return UsageError;
    }
    auto settings = AccountPaths::openSettings();
    AccountStore store(settings.get());
    const auto account = AccountSupport::findAccount(store, arguments.first());
    if (!account) {
        return UsageError;
    }
    QString error;
    if (!store.remove(account->id, &error)) {
        AccountSupport::printError(error);
        return StorageError;
    }
    // Its password goes with it; a missing keychain or entry is no reason to complain.
    CredentialStore credentials;
    QEventLoop loop;
    CredentialError keychainError;
    QObject::connect(&credentials, &CredentialStore::removeFinished, &loop,
        [&](const QString&, const CredentialError& result) {
            keychainError = result;
            loop.quit();
        });
    credentials.remove(account->id);
    loop.exec();
    if (keychainError.kind() == CredentialError::Kind::AccessDenied
        || keychainError.kind() == CredentialError::Kind::Other) {
        AccountSupport::printError(keychainError.message());
    }
    AccountSupport::printLine(T::tr("Removed the account “%1”. Its archive in %2 was kept.")
                                  .arg(account->name, AccountPaths::archiveDirectory(account->id)));
    return Success;
}

int runDiscover(const QStringList& arguments)
{
#ifdef POSTBOTE_HAVE_DISCOVER
    return runAccountDiscover(arguments);
#else
    Q_UNUSED(arguments);
    AccountSupport::printError(
        T::tr("“account discover” is not available in this build of postbote-cli."));
    return UsageError;
#endif
}

} // namespace

int runAccount(const QStringList& arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h"
        || arguments.first() == u"help") {
        std::fputs(usage().toUtf8().constData(), arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? UsageError : Success;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"add") {
        return runAdd(rest);
    }
    if (command == u"edit") {
        return runEdit(rest);
    }
    if (command == u"list") {
        return runList(rest);
    }
    if (command == u"remove") {
        return runRemove(rest);
    }
    if (command == u"set-password") {
        return runAccountSetPassword(rest);
    }
    if (command == u"discover") {
        return runDiscover(rest);
    }
    if (command == u"trust") {
        return runAccountTrust(rest);
    }
    if (command == u"trust-list") {
        return runAccountTrustList(rest);
    }
    if (command == u"trust-remove") {
        return runAccountTrustRemove(rest);
    }
    AccountSupport::printError(T::tr("Unknown account command “%1”. Run “postbote-cli account "
                                     "--help” to see the commands.")
                                   .arg(command));
    return UsageError;
}

} // namespace Postbote::Cli
