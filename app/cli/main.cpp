// SPDX-License-Identifier: GPL-3.0-or-later
// postbote-cli: the headless face of Postbote, following the contract in DESIGN.md.
#include "AccountCommand.h"
#include "DemoServerCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "FetchCommand.h"
#include "ListCommand.h"
#include "MallocTuning.h"
#include "ShowCommand.h"
#include "i18n/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    Postbote::Cli::tuneMallocForStreaming();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postbote-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTBOTE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Postbote"));
    Postbote::Translations::installForSystemLocale(&app);

    // Commands parse their own options; the global parser only sees what precedes them.
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == u"fetch") {
        return Postbote::Cli::runFetch(arguments.mid(2));
    }
    if (arguments.size() > 1 && arguments.at(1) == u"account") {
        return Postbote::Cli::runAccount(arguments.mid(2));
    }
    if (arguments.size() > 1 && arguments.at(1) == u"list") {
        return Postbote::Cli::runList(arguments.mid(2));
    }
    if (arguments.size() > 1 && arguments.at(1) == u"show") {
        return Postbote::Cli::runShow(arguments.mid(2));
    }
    if (arguments.size() > 1 && arguments.at(1) == u"export") {
        return Postbote::Cli::runExport(arguments.mid(2));
    }
    if (arguments.size() > 1 && arguments.at(1) == u"demo-server") {
        return Postbote::Cli::runDemoServer(arguments.mid(2));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Postbote retrieves mail over POP3 into a local archive.\n\n"
        "Commands:\n"
        "  fetch        fetch new mail from a POP3 server into an archive\n"
        "  list         list the messages of an archive\n"
        "  show         show one archived message, its safe HTML, source or attachments\n"
        "  export       export the archive as an mbox file or .eml files\n"
        "  account      add, change, remove and discover accounts; passwords, trust\n"
        "  demo-server  run the built-in demo POP3 server on this computer"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), QCoreApplication::translate("main", "The command to run."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return Postbote::Cli::UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main", "No command given. Run “postbote-cli --help” to see the commands.")));
        return Postbote::Cli::UsageError;
    }
    std::fprintf(stderr, "%s\n",
        qPrintable(QCoreApplication::translate("main",
            "Unknown command “%1”. Run “postbote-cli --help” to "
            "see the commands.")
                       .arg(positional.first())));
    return Postbote::Cli::UsageError;
}
