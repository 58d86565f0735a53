// SPDX-License-Identifier: GPL-3.0-or-later
// postbote-cli: the headless face of Postbote. This first version knows --help and
// --version; fetch, demo-server and export follow the contract in DESIGN.md.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

// Exit codes of the CLI contract (DESIGN.md).
constexpr int ExitUsage = 2;

void loadTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(
            QLocale(), QStringLiteral("postbote"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postbote-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTBOTE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Postbote"));
    loadTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Postbote retrieves mail over POP3 into a local archive.\n\n"
        "Commands:\n"
        "  fetch        fetch new mail from a POP3 server (coming soon)\n"
        "  demo-server  run the built-in demo POP3 server (coming soon)\n"
        "  export       export the archive as mbox or .eml files (coming soon)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), QCoreApplication::translate("main", "The command to run."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return ExitUsage;
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
        return ExitUsage;
    }
    std::fprintf(stderr, "%s\n",
        qPrintable(QCoreApplication::translate("main",
            "Unknown command “%1”. Run “postbote-cli --help” to "
            "see the commands.")
                       .arg(positional.first())));
    return ExitUsage;
}
