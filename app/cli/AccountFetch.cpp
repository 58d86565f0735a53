// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountFetch.h"

#include "AccountCommand.h"
#include "AccountSupport.h"
#include "ExitCode.h"
#include "ProgressReporter.h"
#include "account/AccountPaths.h"
#include "account/AccountStore.h"
#include "account/AccountValidator.h"
#include "account/CertificatePolicy.h"
#include "archive/ArchiveStore.h"
#include "sync/CheckMailJob.h"

#include <QDir>
#include <QFile>
#include <QSettings>

#include <cstdio>

namespace Postbote::Cli {

namespace {

using T = AccountCommand;

} // namespace

int runAccountFetch(const FetchOptions& options)
{
    auto settings = AccountPaths::openSettings();
    AccountStore accounts(settings.get());
    const std::optional<Account> account
        = AccountSupport::findAccount(accounts, options.accountName);
    if (!account) {
        return UsageError;
    }
    const QString problem = AccountValidator::firstProblem(*account, accounts.accounts());
    if (!problem.isEmpty()) {
        AccountSupport::printError(
            T::tr("The account “%1” cannot be used: %2").arg(account->name, problem));
        return UsageError;
    }

    QString error;
    QString password;
    const bool typed = options.passwordFromStdin || !options.passwordFile.isEmpty();
    if (typed) {
        const auto given = readPassword(options.passwordFile, options.passwordFromStdin, &error);
        if (!given) {
            AccountSupport::printError(error);
            return UsageError;
        }
        password = *given;
    } else {
        const auto stored = AccountSupport::readStoredPassword(*account);
        if (!stored) {
            return AuthenticationFailed;
        }
        password = *stored;
    }

    SessionOptions session = account->sessionOptions();
    session.password = password;
    session.caCertificates = options.session.caCertificates;
    session.timeouts = options.session.timeouts;
    session.highWatermark = options.session.highWatermark;
    session.lowWatermark = options.session.lowWatermark;
    CertificatePolicy policy(settings.get(), account->id);
    session.certificateExceptions = policy.exceptions();

    QFile log;
    if (!options.logFile.isEmpty()) {
        log.setFileName(options.logFile);
        if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            AccountSupport::printError(
                QCoreApplication::translate("main", "The log file “%1” cannot be written (%2).")
                    .arg(options.logFile, log.errorString()));
            return StorageError;
        }
    }

    const QString archiveDir = AccountPaths::archiveDirectory(account->id);
    if (!QDir().mkpath(archiveDir)) {
        AccountSupport::printError(
            T::tr("The archive folder “%1” cannot be created.").arg(archiveDir));
        return StorageError;
    }
    ArchiveStore archive(archiveDir);
    if (!archive.open(&error)) {
        AccountSupport::printError(error);
        return StorageError;
    }

    // The archive is the account's own, so its index is keyed by the account id, which stays
    // the same when the account is renamed or moves to another server.
    CheckMailJob job(session, &archive, account->id, account->retention);
    session.password.fill(QLatin1Char('\0'));
    ProgressReporter progress(options.quiet);
    // CheckMailJob reports progress only once it has listed the mailbox, which needs a
    // successful login (RFC 1939 §4, TRANSACTION state): the first report proves the
    // password worked.
    bool loggedIn = false;
    QObject::connect(&job, &CheckMailJob::progress, &progress,
        [&](int messagesDone, int messagesTotal, qint64 bytesDone, qint64 bytesTotal) {
            loggedIn = true;
            progress.update(messagesDone, messagesTotal, bytesDone, bytesTotal);
        });
    if (log.isOpen()) {
        QObject::connect(&job, &CheckMailJob::traffic, &job, [&log](const ProtocolEvent& event) {
            log.write(event.toPlainText().toUtf8() + '\n');
            log.flush();
        });
    }
    CheckMailJob::Result result;
    QObject::connect(&job, &CheckMailJob::finished, &job, [&](const CheckMailJob::Result& r) {
        result = r;
        QCoreApplication::exit(0);
    });
    job.start();
    QCoreApplication::exec();
    progress.finish();

    std::fprintf(stdout, "%s\n", result.summary().toUtf8().constData());
    int exitCode = Success;
    if (result.error.isError()) {
        AccountSupport::printError(result.error.toString());
        AccountSupport::reportCertificateProblem(*account, result.error, policy);
        exitCode = exitCodeFor(result.error.kind());
    } else if (result.refused > 0) {
        exitCode = ServerError; // DESIGN: a refused message makes scripts notice
    }
    if (loggedIn || !result.error.isError()) {
        policy.clearPending(); // the server is trusted now; nothing waits for a decision
    }
    if (typed && (loggedIn || !result.error.isError())) {
        AccountSupport::rememberPassword(*account, password, options.quiet);
    }
    password.fill(QLatin1Char('\0'));
    return exitCode;
}

} // namespace Postbote::Cli
