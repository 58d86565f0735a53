// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchCommand.h"

#include "CliOutput.h"

#include "AccountFetch.h"
#include "ExitCode.h"
#include "FetchOptions.h"
#include "ProgressReporter.h"
#include "archive/ArchiveStore.h"
#include "sync/CheckMailJob.h"
#include "trace/ProtocolEvent.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Postbote::Cli {

namespace { } // namespace

int runFetch(const QStringList& arguments)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        std::fputs(qPrintable(FetchOptionsParser::helpText()), stdout);
        return Success;
    }
    QString error;
    auto options = FetchOptionsParser::parse(arguments, &error);
    if (!options) {
        printError(error);
        return UsageError;
    }
    if (!options->accountName.isEmpty()) {
        return runAccountFetch(*options);
    }
    const auto password = readPassword(options->passwordFile, options->passwordFromStdin, &error);
    if (!password) {
        printError(error);
        return UsageError;
    }
    options->session.password = *password;

    QFile log;
    if (!options->logFile.isEmpty()) {
        log.setFileName(options->logFile);
        if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            printError(
                QCoreApplication::translate("main", "The log file “%1” cannot be written (%2).")
                    .arg(options->logFile, log.errorString()));
            return StorageError;
        }
    }

    ArchiveStore store(options->archiveDir);
    if (!store.open(&error)) {
        printError(error);
        return StorageError;
    }

    RetentionPolicy policy;
    policy.mode = options->deleteAfterArchiving ? RetentionPolicy::Mode::DeleteAfterArchiving
                                                : RetentionPolicy::Mode::KeepOnServer;
    policy.maxMessageBytes = options->maxSize;
    // DESIGN: without UIDL, --keep recognises archived messages by content, and --delete works
    // as classic POP3.
    policy.allowNoUidl = true;

    const QString account = options->session.user + QLatin1Char('@') + options->session.host;
    CheckMailJob job(options->session, &store, account, policy);
    ProgressReporter progress(options->quiet);
    QObject::connect(&job, &CheckMailJob::progress, &progress, &ProgressReporter::update);
    if (log.isOpen()) {
        QObject::connect(&job, &CheckMailJob::traffic, &job, [&log](const ProtocolEvent& event) {
            log.write(event.toPlainText().toUtf8() + '\n');
            log.flush();
        });
    }
    int exitCode = Success;
    QObject::connect(&job, &CheckMailJob::finished, &job, [&](const CheckMailJob::Result& result) {
        progress.finish();
        std::fprintf(stdout, "%s\n", result.summary().toUtf8().constData());
        if (result.error.isError()) {
            printError(result.error.toString());
        }
        if (result.error.isError()) {
            exitCode = exitCodeFor(result.error.kind());
        } else if (result.refused > 0) {
            exitCode = ServerError; // DESIGN: a refused message makes scripts notice
        }
        QCoreApplication::exit(0);
    });
    job.start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Postbote::Cli
