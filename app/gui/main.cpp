// SPDX-License-Identifier: GPL-3.0-or-later
// postbote: the desktop program. --help and --version answer without a display, so they are
// handled before QApplication (which needs one) is created.
#include "DesktopSession.h"
#include "i18n/Translations.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

namespace {

void describeOptions(QCommandLineParser& parser, QCommandLineOption& demo)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Postbote retrieves mail over POP3 and shows every command and reply as it happens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demo);
}

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("Postbote"));
    QCoreApplication::setOrganizationName(QStringLiteral("Postbote"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTBOTE_VERSION));
}

bool wantsOnlyText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0) {
                return true;
            }
        }
    }
    return false;
}

int printText(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setNames();
    Postbote::Translations::installForSystemLocale(&app);
    QCommandLineParser parser;
    QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Start the built-in demo server and open its \"Demo\" account."));
    describeOptions(parser, demo);
    parser.process(app); // prints help or version and exits
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (wantsOnlyText(argc, argv)) {
        return printText(argc, argv);
    }
    QApplication app(argc, argv);
    setNames();
    QApplication::setDesktopFileName(QStringLiteral("postbote"));

    Postbote::DesktopSession session;
    QCommandLineParser parser;
    QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Start the built-in demo server and open its \"Demo\" account."));
    describeOptions(parser, demo);
    parser.process(app);

    Postbote::DesktopSession::Options options;
    options.demo = parser.isSet(demo);
    QString error;
    if (!session.start(options, &error)) {
        std::fprintf(stderr, "postbote: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    session.window()->show();
    return QApplication::exec();
}
