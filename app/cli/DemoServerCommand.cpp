// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoServerCommand.h"

#include "ExitCode.h"
#include "server/DemoPop3Server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#else
#include <QTimer>
#endif

namespace Postbote::Cli {

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    // Scripts and tests wait for the port on a pipe: hand it over at once.
    std::fflush(stream);
}

int usageError(const QString& message)
{
    printLine(stderr, message);
    printLine(stderr,
        QCoreApplication::translate(
            "DemoServerCommand", "Run “postbote-cli demo-server --help” to see the options."));
    return UsageError;
}

#ifdef Q_OS_UNIX
// The self-pipe trick: the signal handler may only do async-signal-safe things, so it
// writes one byte that the event loop picks up through a QSocketNotifier.
int g_signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int signal)
{
    const int savedErrno = errno;
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
    errno = savedErrno;
}

/// Quits \a loop on SIGINT or SIGTERM while it exists, then restores the old handlers.
class TerminationSignals
{
public:
    explicit TerminationSignals(QEventLoop* loop)
    {
        if (::pipe(g_signalPipe) != 0) {
            return;
        }
        for (const int fd : g_signalPipe) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
        m_notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier, &QSocketNotifier::activated, loop, [loop] {
            char byte = 0;
            while (::read(g_signalPipe[0], &byte, 1) > 0) { }
            loop->quit();
        });
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        m_installed = true;
    }

    ~TerminationSignals()
    {
        if (m_installed) {
            ::sigaction(SIGINT, &m_oldInt, nullptr);
            ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        }
        delete m_notifier;
        for (int& fd : g_signalPipe) {
            if (fd >= 0) {
                ::close(fd);
                fd = -1;
            }
        }
    }

    TerminationSignals(const TerminationSignals&) = delete;
    TerminationSignals& operator=(const TerminationSignals&) = delete;

private:
    QSocketNotifier* m_notifier = nullptr;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_installed = false;
};
#else
// Without POSIX signals, a flag set by the handler (the one thing it may safely do) is
// polled by the event loop.
volatile std::sig_atomic_t g_terminate = 0;

extern "C" void onTerminationSignal(int)
{
    g_terminate = 1;
}

class TerminationSignals
{
public:
    explicit TerminationSignals(QEventLoop* loop)
    {
        m_oldInt = std::signal(SIGINT, onTerminationSignal);
        m_oldTerm = std::signal(SIGTERM, onTerminationSignal);
        QObject::connect(&m_poll, &QTimer::timeout, loop, [loop] {
            if (g_terminate) {
                loop->quit();
            }
        });
        m_poll.start(200);
    }

    ~TerminationSignals()
    {
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
    }

    TerminationSignals(const TerminationSignals&) = delete;
    TerminationSignals& operator=(const TerminationSignals&) = delete;

private:
    QTimer m_poll;
    void (*m_oldInt)(int) = nullptr;
    void (*m_oldTerm)(int) = nullptr;
};
#endif

} // namespace

int runDemoServer(const QStringList& arguments)
{
    // QCommandLineParser takes the first argument for the program name.
    const QStringList args = QStringList {QStringLiteral("postbote-cli")} + arguments;

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("DemoServerCommand",
        "Serves a demo mailbox over POP3 (RFC 1939), for lessons and for trying Postbote "
        "without a mail account. Log in as “max” with the password “password”. The "
        "connection is not encrypted, so by default only this computer can connect."));
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QCoreApplication::translate("DemoServerCommand",
            "The IP address to listen on (default 127.0.0.1; 0.0.0.0 lets other computers "
            "connect)."),
        QCoreApplication::translate("DemoServerCommand", "ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        QCoreApplication::translate(
            "DemoServerCommand", "The port to listen on; 0, the default, picks a free one."),
        QCoreApplication::translate("DemoServerCommand", "P"), QStringLiteral("0"));
    const QCommandLineOption mailboxOption(QStringLiteral("mailbox"),
        QCoreApplication::translate("DemoServerCommand",
            "Serve the .eml files of this folder instead of the built-in sample mailbox. "
            "Messages deleted by a client are deleted from the folder."),
        QCoreApplication::translate("DemoServerCommand", "DIR"));
    parser.addOptions({listenOption, portOption, mailboxOption});

    if (!parser.parse(args)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The parser names only the program; this is one of its commands.
        QString help = parser.helpText().trimmed();
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        help.replace(0, firstLineEnd,
            QCoreApplication::translate("DemoServerCommand",
                "Usage: postbote-cli demo-server [--listen ADDR] [--port P] [--mailbox DIR]"));
        printLine(stdout, help);
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            QCoreApplication::translate("DemoServerCommand", "Unexpected argument “%1”.")
                .arg(parser.positionalArguments().constFirst()));
    }

    const QString listenText = parser.value(listenOption);
    QHostAddress address;
    if (listenText == QLatin1String("localhost")) {
        address = QHostAddress(QHostAddress::LocalHost);
    } else if (!address.setAddress(listenText)) {
        return usageError(
            QCoreApplication::translate("DemoServerCommand", "--listen: “%1” is not an IP address.")
                .arg(listenText));
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        return usageError(QCoreApplication::translate(
            "DemoServerCommand", "--port: “%1” is not a port number from 0 to 65535.")
                              .arg(parser.value(portOption)));
    }

    DemoPop3Server server;
    if (parser.isSet(mailboxOption)) {
        const QString directory = parser.value(mailboxOption);
        if (!QFileInfo(directory).isDir()) {
            return usageError(
                QCoreApplication::translate("DemoServerCommand", "--mailbox: “%1” is not a folder.")
                    .arg(directory));
        }
        if (!server.openMailboxDirectory(directory)) {
            printLine(stderr, server.errorString());
            return StorageError;
        }
    }

    QEventLoop loop;
    const TerminationSignals signalGuard(&loop);
    if (!server.listen(address, static_cast<quint16>(port))) {
        printLine(stderr, server.errorString());
        return NetworkError;
    }

    QObject::connect(&server, &DemoPop3Server::sessionStarted, &server, [](const QString& peer) {
        printLine(stderr,
            QCoreApplication::translate("DemoServerCommand", "Client %1 connected.").arg(peer));
    });
    QObject::connect(&server, &DemoPop3Server::sessionFinished, &server, [](const QString& peer) {
        printLine(stderr,
            QCoreApplication::translate("DemoServerCommand", "Client %1 disconnected.").arg(peer));
    });

    printLine(stdout,
        QCoreApplication::translate("DemoServerCommand",
            "Demo POP3 server listening on %1 port %2; log in as user “%3” with password “%4”.")
            .arg(server.serverAddress().toString())
            .arg(server.serverPort())
            .arg(server.user(), server.password()));
    if (server.mailbox().isBuiltIn()) {
        printLine(stderr,
            QCoreApplication::translate("DemoServerCommand",
                "Serving the built-in sample mailbox (%n message(s)). Deletions last until the "
                "server stops; the next start has all messages again.",
                nullptr, static_cast<int>(server.mailbox().count())));
    } else {
        printLine(stderr,
            QCoreApplication::translate("DemoServerCommand",
                "Serving %1 (%n message(s)). Messages deleted by a client are deleted from the "
                "folder.",
                nullptr, static_cast<int>(server.mailbox().count()))
                .arg(server.mailbox().location()));
    }
    if (!address.isLoopback()) {
        printLine(stderr,
            QCoreApplication::translate("DemoServerCommand",
                "Warning: other computers can connect, and POP3 without TLS sends the password "
                "and the mail unencrypted."));
    }
    printLine(stderr, QCoreApplication::translate("DemoServerCommand", "Press Ctrl+C to stop."));

    loop.exec();
    server.close();
    printLine(stderr, QCoreApplication::translate("DemoServerCommand", "Demo server stopped."));
    return Success;
}

} // namespace Postbote::Cli
