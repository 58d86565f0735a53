// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliOutput.h"

#include "ExitCode.h"
#include "archive/ArchiveExporter.h"
#include "archive/ArchiveStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Postbote::Cli {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::ExportCommand)
};

} // namespace

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption archive(QStringLiteral("archive"),
        ExportText::tr("The archive folder to export."), QStringLiteral("DIR"));
    const QCommandLineOption mbox(QStringLiteral("mbox"),
        ExportText::tr("Write one mbox file (mboxrd, RFC 4155)."), QStringLiteral("FILE"));
    const QCommandLineOption eml(QStringLiteral("eml"),
        ExportText::tr("Write one .eml file per message into DIR."), QStringLiteral("DIR"));
    parser.addOptions({archive, mbox, eml});
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("export")} + arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Success;
    }
    if (!parser.isSet(archive)) {
        printError(ExportText::tr("--archive is missing: name the archive folder to export."));
        return UsageError;
    }
    if (parser.isSet(mbox) == parser.isSet(eml)) {
        printError(ExportText::tr("Give exactly one of --mbox FILE or --eml DIR."));
        return UsageError;
    }

    ArchiveStore store(parser.value(archive));
    QString error;
    if (!store.open(&error)) {
        printError(error);
        return StorageError;
    }
    const int count = parser.isSet(mbox)
        ? ArchiveExporter::exportMbox(store, parser.value(mbox), &error)
        : ArchiveExporter::exportEml(store, parser.value(eml), &error);
    if (count < 0) {
        printError(error);
        return StorageError;
    }
    std::fprintf(stdout, "%s\n",
        ExportText::tr("%n message(s) exported", nullptr, count).toUtf8().constData());
    return Success;
}

} // namespace Postbote::Cli
