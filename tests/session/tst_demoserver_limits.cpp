// SPDX-License-Identifier: GPL-3.0-or-later
// The demo POP3 server under abuse: over-long and endless lines, too many errors, a client
// that never reads, an idle one, too many connections. Its memory stays bounded and it
// closes what it must.
#include "DemoServerTesting.h"
#include "server/DemoPop3Server.h"
#include "server/DemoServerSession.h"

#include <QDeadlineTimer>
#include <QTest>

#include <memory>

using namespace Postbote;
using namespace Postbote::Test;

class TestDemoServerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void lineLengthCap_data();
    void lineLengthCap();
    void endlessLineClosesConnection();
    void tooManyErrorsCloseConnection();
    void unreadPipelineKeepsMemoryBounded();
    void idleClientIsLoggedOut();
    void tooManyConnections();

private:
    std::unique_ptr<DemoPop3Server> m_server;
    quint16 port() const { return m_server->serverPort(); }
};

void TestDemoServerLimits::init()
{
    m_server = std::make_unique<DemoPop3Server>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_server->serverPort() != 0);
}

void TestDemoServerLimits::cleanup()
{
    m_server.reset();
}

void TestDemoServerLimits::lineLengthCap_data()
{
    QTest::addColumn<int>("nameLength");
    QTest::addColumn<QByteArray>("ending");
    QTest::addColumn<bool>("accepted");
    // "USER " (5) + name + CRLF (2): 255 octets at most (RFC 2449 §4).
    QTest::newRow("255 octets") << 248 << QByteArray("\r\n") << true;
    QTest::newRow("256 octets") << 249 << QByteArray("\r\n") << false;
    QTest::newRow("253 + bare LF") << 248 << QByteArray("\n") << true;
    QTest::newRow("1000 octets") << 993 << QByteArray("\r\n") << false;
    QTest::newRow("5000 octets") << 4993 << QByteArray("\r\n") << false;
}

void TestDemoServerLimits::lineLengthCap()
{
    QFETCH(int, nameLength);
    QFETCH(QByteArray, ending);
    QFETCH(bool, accepted);
    LineClient c(port());
    QVERIFY(c.line().startsWith("+OK"));
    const QByteArray line = "USER " + QByteArray(nameLength, 'x') + ending;
    // In pieces, as a slow client would send it.
    for (qsizetype pos = 0; pos < line.size(); pos += 100) {
        c.socket().write(line.mid(pos, 100));
        c.socket().flush();
        QCoreApplication::processEvents();
    }
    const QByteArray reply = c.line();
    QVERIFY2(reply.startsWith(accepted ? "+OK" : "-ERR"), reply.constData());
    // The connection goes on: the next command is answered as usual.
    QVERIFY(c.command("CAPA").startsWith("+OK"));
    QVERIFY(c.payload().contains("USER"));
    QVERIFY(c.command("USER max").startsWith("+OK"));
    QVERIFY(c.command("PASS password").startsWith("+OK"));
}

void TestDemoServerLimits::endlessLineClosesConnection()
{
    LineClient c(port());
    QVERIFY(c.line().startsWith("+OK"));
    c.socket().write(QByteArray(100 * 1024, 'A'));
    const QByteArray reply = c.line();
    QVERIFY2(reply.startsWith("-ERR"), reply.constData());
    QVERIFY(c.waitClosed());
}

void TestDemoServerLimits::tooManyErrorsCloseConnection()
{
    LineClient c(port());
    QVERIFY(c.line().startsWith("+OK"));
    QByteArray junk;
    for (int i = 0; i < DemoServerSession::MaxConsecutiveErrors + 5; ++i) {
        junk += "XYZZY\r\n";
    }
    c.socket().write(junk);
    for (int i = 0; i < DemoServerSession::MaxConsecutiveErrors; ++i) {
        QVERIFY(c.line().startsWith("-ERR"));
    }
    QCOMPARE(c.line(), QByteArray("<closed>"));
}

void TestDemoServerLimits::unreadPipelineKeepsMemoryBounded()
{
    constexpr int Requests = 40;
    const qint64 messageSize = m_server->mailbox().messages().at(6).size;
    LineClient c(port(), 64 * 1024);
    QVERIFY(c.login());
    QByteArray requests;
    for (int i = 0; i < Requests; ++i) {
        requests += "RETR 7\r\n";
    }
    c.socket().write(requests);
    // Fill every buffer between the two ends, then see what the server holds.
    QVERIFY(waitUntil([&] { return c.socket().bytesAvailable() >= 64 * 1024; }));
    const auto sessions = m_server->findChildren<DemoServerSession*>();
    QCOMPARE(sessions.size(), 1);
    DemoServerSession* session = sessions.first();
    qint64 peak = 0;
    QDeadlineTimer settle(300);
    while (!settle.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        peak = qMax(peak, session->bufferedBytes());
    }
    QVERIFY2(peak < 1024 * 1024,
        qPrintable(QStringLiteral("session buffers %1 bytes for %2 requested")
                       .arg(peak)
                       .arg(Requests * messageSize)));

    c.socket().setReadBufferSize(0);
    for (int i = 0; i < Requests; ++i) {
        QCOMPARE(c.line(), "+OK message follows (" + QByteArray::number(messageSize) + " octets)");
        QCOMPARE(c.payload().size(), dotStuffed(normalized(sampleMessage(7))).size());
    }
    QVERIFY(c.command("QUIT").startsWith("+OK"));
}

void TestDemoServerLimits::idleClientIsLoggedOut()
{
    // Long enough that a busy machine does not log out a client between two commands.
    m_server->setIdleTimeout(1000);
    LineClient c(port());
    QVERIFY(c.login());
    QVERIFY(c.command("DELE 1").startsWith("+OK"));
    const QByteArray bye = c.line();
    QVERIFY2(bye.startsWith("-ERR"), bye.constData());
    QVERIFY(c.waitClosed());
    QVERIFY(waitUntil([this] { return !m_server->mailbox().isLocked(); }));
    QCOMPARE(m_server->mailbox().count(), sampleFiles().size());
}

void TestDemoServerLimits::tooManyConnections()
{
    m_server->setMaxSessions(1);
    LineClient first(port());
    QVERIFY(first.line().startsWith("+OK"));
    LineClient second(port());
    const QByteArray refused = second.line();
    QVERIFY2(refused.startsWith("-ERR [SYS/TEMP]"), refused.constData());
    QVERIFY(second.waitClosed());
    QVERIFY(first.command("NOOP").startsWith("-ERR")); // still there, not logged in
    first.socket().abort();
    QVERIFY(waitUntil([this] { return m_server->sessionCount() == 0; }));
    LineClient third(port());
    QVERIFY(third.login());
}

QTEST_GUILESS_MAIN(TestDemoServerLimits)
#include "tst_demoserver_limits.moc"
