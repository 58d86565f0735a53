// SPDX-License-Identifier: GPL-3.0-or-later
// `postbote-cli demo-server`: usage errors, --help, serving until SIGTERM, and a dialogue
// piped through nc whose QUIT commits the deletions.
#include "DemoServerCommand.h"
#include "DemoServerTesting.h"
#include "server/DemoMailbox.h"
#include "server/DemoPop3Server.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Postbote;
using namespace Postbote::Test;

class TestDemoServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void quitPipedThroughNcCommits();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void cliHelp();
    void cliServesUntilSigterm();

private:
    std::unique_ptr<DemoPop3Server> m_server;
    quint16 port() const { return m_server->serverPort(); }
};

void TestDemoServerCli::init()
{
    m_server = std::make_unique<DemoPop3Server>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_server->serverPort() != 0);
}

void TestDemoServerCli::cleanup()
{
    m_server.reset();
}

void TestDemoServerCli::quitPipedThroughNcCommits()
{
    // `printf 'USER max\nPASS password\nDELE 1\nQUIT\n' | nc -q0 127.0.0.1 PORT` hangs up
    // right after sending: the QUIT was given, so the deletion is committed.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
    QVERIFY(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.write("USER max\nPASS password\nDELE 1\nQUIT\n");
    socket.flush();
    socket.disconnectFromHost();
    QVERIFY(waitUntil([this] { return m_server->mailbox().count() == sampleFiles().size() - 1; }));
    QVERIFY(waitUntil([this] { return m_server->sessionCount() == 0; }));
    QVERIFY(!m_server->mailbox().isLocked());
}

void TestDemoServerCli::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const auto row = [](const char* name, QStringList args, const char* option) {
        QTest::newRow(name) << args << QString::fromLatin1(option);
    };
    row("unknown option", {QStringLiteral("--bogus")}, "bogus");
    row("port not a number", {QStringLiteral("--port"), QStringLiteral("abc")}, "--port");
    row("port too big", {QStringLiteral("--port"), QStringLiteral("70000")}, "--port");
    row("port missing", {QStringLiteral("--port")}, "port");
    row("listen not an address", {QStringLiteral("--listen"), QStringLiteral("nowhere")},
        "--listen");
    row("mailbox missing", {QStringLiteral("--mailbox"), QStringLiteral("/nonexistent/dir")},
        "--mailbox");
    row("extra argument", {QStringLiteral("now")}, "now");
}

void TestDemoServerCli::cliUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    // What the command writes to stderr, caught at the file descriptor.
    QTemporaryFile capture;
    QVERIFY(capture.open());
    std::fflush(stderr);
    const int savedStderr = ::dup(STDERR_FILENO);
    QVERIFY(savedStderr >= 0);
    ::dup2(capture.handle(), STDERR_FILENO);
    const int exitCode = Cli::runDemoServer(arguments);
    std::fflush(stderr);
    ::dup2(savedStderr, STDERR_FILENO);
    ::close(savedStderr);
    QCOMPARE(exitCode, 2);
    capture.seek(0);
    const QString message = QString::fromLocal8Bit(capture.readAll());
    QVERIFY2(message.contains(named), qPrintable(message));
}

void TestDemoServerCli::cliHelp()
{
    QCOMPARE(Cli::runDemoServer({QStringLiteral("--help")}), 0);
}

void TestDemoServerCli::cliServesUntilSigterm()
{
    // Pick a free port, release it, and ask the command to listen there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost)));
    const quint16 freePort = probe.serverPort();
    probe.close();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(DemoMailbox::builtInPath() + QLatin1Char('/') + sampleFiles().at(0),
        dir.filePath(QStringLiteral("only.eml"))));

    struct sigaction before = {};
    QVERIFY(::sigaction(SIGTERM, nullptr, &before) == 0);
    QByteArray stat;
    bool signalled = false;
    QTimer::singleShot(0, this, [&] {
        LineClient c(freePort);
        if (c.login()) {
            stat = c.command("STAT");
            c.command("QUIT");
        }
        signalled = std::raise(SIGTERM) == 0;
    });
    const int exitCode = Cli::runDemoServer(
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(freePort), QStringLiteral("--mailbox"), dir.path()});
    QVERIFY(signalled);
    QCOMPARE(exitCode, 0);
    QVERIFY2(stat.startsWith("+OK 1 "), stat.constData());
    // The previous handler is back: SIGTERM is not swallowed after the command returned.
    struct sigaction after = {};
    QVERIFY(::sigaction(SIGTERM, nullptr, &after) == 0);
    QVERIFY(after.sa_handler == before.sa_handler);
    QCOMPARE(after.sa_flags, before.sa_flags);
}

QTEST_GUILESS_MAIN(TestDemoServerCli)
#include "tst_demoserver_cli.moc"
