// SPDX-License-Identifier: GPL-3.0-or-later
// The demo POP3 server's logins (USER/PASS, APOP, a mailbox in use), its capabilities
// (RFC 2449) and its answers to wrong commands, over real loopback sockets.
#include "DemoServerTesting.h"
#include "pop3/Pop3Reply.h"
#include "pop3/auth/ApopDigest.h"
#include "server/DemoPop3Server.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Postbote;
using namespace Postbote::Test;

class TestDemoServerLogins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void apop_data();
    void apop();
    void userPassFailures_data();
    void userPassFailures();
    void concurrentLoginIsInUse();
    void capabilities();
    void greetingTimestampsDiffer();
    void commandErrors_data();
    void commandErrors();
    void deletedMessageRefused();

private:
    std::unique_ptr<DemoPop3Server> m_server;
    quint16 port() const { return m_server->serverPort(); }
};

void TestDemoServerLogins::init()
{
    m_server = std::make_unique<DemoPop3Server>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_server->serverPort() != 0);
}

void TestDemoServerLogins::cleanup()
{
    m_server.reset();
}

void TestDemoServerLogins::apop_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("upperCase");
    QTest::addColumn<bool>("otherTimestamp");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("right digest") << QByteArray("max") << QStringLiteral("password") << false
                                  << false << QByteArray("+OK");
    QTest::newRow("upper-case hex")
        << QByteArray("max") << QStringLiteral("password") << true << false << QByteArray("+OK");
    QTest::newRow("wrong secret") << QByteArray("max") << QStringLiteral("passwort") << false
                                  << false << QByteArray("-ERR [AUTH]");
    QTest::newRow("wrong user") << QByteArray("erika") << QStringLiteral("password") << false
                                << false << QByteArray("-ERR [AUTH]");
    QTest::newRow("replayed digest") << QByteArray("max") << QStringLiteral("password") << false
                                     << true << QByteArray("-ERR [AUTH]");
}

void TestDemoServerLogins::apop()
{
    QFETCH(QByteArray, user);
    QFETCH(QString, secret);
    QFETCH(bool, upperCase);
    QFETCH(bool, otherTimestamp);
    QFETCH(QByteArray, expected);
    QByteArray stolenTimestamp;
    if (otherTimestamp) {
        LineClient earlier(port());
        stolenTimestamp = apopTimestamp(earlier.line());
        QVERIFY(!stolenTimestamp.isEmpty());
    }
    LineClient c(port());
    const QByteArray greeting = c.line();
    const QByteArray timestamp = otherTimestamp ? stolenTimestamp : apopTimestamp(greeting);
    QVERIFY2(!timestamp.isEmpty(), greeting.constData());
    QByteArray digest = apopDigest(timestamp, secret);
    if (upperCase) {
        digest = digest.toUpper();
    }
    const QByteArray reply = c.command("APOP " + user + ' ' + digest);
    QVERIFY2(reply.startsWith(expected), reply.constData());
    if (expected.startsWith("-ERR")) {
        QCOMPARE(responseCode(reply), QByteArray("AUTH"));
        QVERIFY(c.command("STAT").startsWith("-ERR"));
    } else {
        QVERIFY(c.command("STAT").startsWith("+OK"));
    }
}

void TestDemoServerLogins::userPassFailures_data()
{
    QTest::addColumn<QByteArrayList>("commands");
    QTest::addColumn<QByteArrayList>("replies");
    QTest::newRow("wrong password") << QByteArrayList {"USER max", "PASS passwort", "STAT"}
                                    << QByteArrayList {"+OK", "-ERR [AUTH]", "-ERR"};
    QTest::newRow("unknown user") << QByteArrayList {"USER moritz", "PASS password"}
                                  << QByteArrayList {"+OK", "-ERR [AUTH]"};
    QTest::newRow("password with a blank")
        << QByteArrayList {"USER max", "PASS pass word"} << QByteArrayList {"+OK", "-ERR [AUTH]"};
    QTest::newRow("PASS without USER") << QByteArrayList {"PASS password", "USER max",
        "PASS password"} << QByteArrayList {"-ERR", "+OK", "+OK"};
    QTest::newRow("USER again after a failure")
        << QByteArrayList {"USER max", "PASS x", "PASS password", "USER max", "PASS password"}
        << QByteArrayList {"+OK", "-ERR [AUTH]", "-ERR", "+OK", "+OK"};
    QTest::newRow("third failure closes")
        << QByteArrayList {"USER max", "PASS a", "USER max", "PASS b", "USER max", "PASS c", "NOOP"}
        << QByteArrayList {
               "+OK", "-ERR [AUTH]", "+OK", "-ERR [AUTH]", "+OK", "-ERR [AUTH]", "<closed>"};
}

void TestDemoServerLogins::userPassFailures()
{
    QFETCH(QByteArrayList, commands);
    QFETCH(QByteArrayList, replies);
    LineClient c(port());
    QVERIFY(c.line().startsWith("+OK"));
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QByteArray reply = c.command(commands.at(i));
        QVERIFY2(reply.startsWith(replies.at(i)),
            qPrintable(QString::fromUtf8(commands.at(i) + " → " + reply)));
    }
}

void TestDemoServerLogins::concurrentLoginIsInUse()
{
    LineClient first(port());
    QVERIFY(first.login());
    LineClient second(port());
    QVERIFY(second.line().startsWith("+OK"));
    QVERIFY(second.command("USER max").startsWith("+OK"));
    const QByteArray refused = second.command("PASS password");
    QVERIFY2(refused.startsWith("-ERR [IN-USE]"), refused.constData());
    QCOMPARE(responseCode(refused), QByteArray("IN-USE"));
    QVERIFY(second.command("STAT").startsWith("-ERR"));

    // A wrong password stays [AUTH] even while the maildrop is locked.
    QVERIFY(second.command("USER max").startsWith("+OK"));
    QVERIFY(second.command("PASS nope").startsWith("-ERR [AUTH]"));

    // Once the first session has quit, the lock is free.
    QVERIFY(first.command("QUIT").startsWith("+OK"));
    QVERIFY(first.waitClosed());
    QVERIFY(second.command("USER max").startsWith("+OK"));
    QVERIFY(second.command("PASS password").startsWith("+OK"));
    QVERIFY(second.command("STAT").startsWith("+OK"));

    // A session that simply drops its connection releases the lock too.
    second.socket().abort();
    LineClient third(port());
    QVERIFY(waitUntil([this] { return !m_server->mailbox().isLocked(); }));
    QVERIFY(third.login());
}

void TestDemoServerLogins::capabilities()
{
    LineClient c(port());
    QVERIFY(c.line().startsWith("+OK"));
    QVERIFY(c.command("CAPA").startsWith("+OK"));
    const QByteArray before = c.payload();
    const QList<QByteArray> lines = before.trimmed().split('\n');
    QList<QByteArray> capabilities;
    for (const QByteArray& line : lines) {
        capabilities.append(line.trimmed());
    }
    for (const char* expected :
        {"TOP", "UIDL", "USER", "PIPELINING", "RESP-CODES", "IMPLEMENTATION Postbote-Demo"}) {
        QVERIFY2(capabilities.contains(expected), expected);
    }
    for (const QByteArray& capability : capabilities) {
        QVERIFY2(!capability.startsWith("STLS") && !capability.startsWith("SASL"),
            capability.constData());
    }
    QVERIFY(c.command("STLS").startsWith("-ERR"));
    QVERIFY(c.command("USER max").startsWith("+OK"));
    QVERIFY(c.command("PASS password").startsWith("+OK"));
    // RFC 2449 §5: CAPA works in the TRANSACTION state as well.
    QVERIFY(c.command("capa").startsWith("+OK"));
    QCOMPARE(c.payload(), before);
}

void TestDemoServerLogins::greetingTimestampsDiffer()
{
    LineClient a(port());
    LineClient b(port());
    const QByteArray greetingA = a.line();
    const QByteArray greetingB = b.line();
    const QRegularExpression shape(QStringLiteral("^\\+OK .*<\\d+\\.\\d+@[A-Za-z0-9.-]+>$"));
    QVERIFY2(shape.match(QString::fromLatin1(greetingA)).hasMatch(), greetingA.constData());
    QVERIFY2(shape.match(QString::fromLatin1(greetingB)).hasMatch(), greetingB.constData());
    QVERIFY(apopTimestamp(greetingA) != apopTimestamp(greetingB));
}

void TestDemoServerLogins::commandErrors_data()
{
    QTest::addColumn<bool>("loggedIn");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("STAT before login") << false << QByteArray("STAT") << QByteArray("-ERR");
    QTest::newRow("RETR before login") << false << QByteArray("RETR 1") << QByteArray("-ERR");
    QTest::newRow("unknown before login") << false << QByteArray("HELO") << QByteArray("-ERR");
    QTest::newRow("AUTH") << false << QByteArray("AUTH PLAIN") << QByteArray("-ERR");
    QTest::newRow("USER without name") << false << QByteArray("USER") << QByteArray("-ERR");
    QTest::newRow("APOP without digest") << false << QByteArray("APOP max") << QByteArray("-ERR");
    QTest::newRow("empty line") << true << QByteArray("") << QByteArray("-ERR");
    QTest::newRow("unknown") << true << QByteArray("FOO 1") << QByteArray("-ERR");
    QTest::newRow("RETR 0 (classroom numbering)")
        << true << QByteArray("RETR 0") << QByteArray("-ERR");
    QTest::newRow("RETR past the end") << true << QByteArray("RETR 99") << QByteArray("-ERR");
    QTest::newRow("RETR word") << true << QByteArray("RETR one") << QByteArray("-ERR");
    QTest::newRow("RETR negative") << true << QByteArray("RETR -1") << QByteArray("-ERR");
    QTest::newRow("RETR huge") << true << QByteArray("RETR 99999999999999999999")
                               << QByteArray("-ERR");
    QTest::newRow("RETR missing") << true << QByteArray("RETR") << QByteArray("-ERR");
    QTest::newRow("RETR two") << true << QByteArray("RETR 1 2") << QByteArray("-ERR");
    QTest::newRow("TOP missing lines") << true << QByteArray("TOP 1") << QByteArray("-ERR");
    QTest::newRow("TOP bad lines") << true << QByteArray("TOP 1 x") << QByteArray("-ERR");
    QTest::newRow("LIST 0") << true << QByteArray("LIST 0") << QByteArray("-ERR");
    QTest::newRow("UIDL past the end") << true << QByteArray("UIDL 42") << QByteArray("-ERR");
    QTest::newRow("DELE missing") << true << QByteArray("DELE") << QByteArray("-ERR");
    QTest::newRow("USER again") << true << QByteArray("USER max") << QByteArray("-ERR");
    QTest::newRow("APOP again") << true << QByteArray("APOP max 0123") << QByteArray("-ERR");
    QTest::newRow("STLS") << true << QByteArray("STLS") << QByteArray("-ERR");
    QTest::newRow("blanks around") << true << QByteArray("LIST  1 ") << QByteArray("+OK 1 ");
    QTest::newRow("NOOP") << true << QByteArray("noop") << QByteArray("+OK");
}

void TestDemoServerLogins::commandErrors()
{
    QFETCH(bool, loggedIn);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, expected);
    LineClient c(port());
    if (loggedIn) {
        QVERIFY(c.login());
    } else {
        QVERIFY(c.line().startsWith("+OK"));
    }
    const QByteArray reply = c.command(command);
    QVERIFY2(reply.startsWith(expected), reply.constData());
    QVERIFY2(Pop3Reply::fromStatusLine(reply).has_value(), reply.constData());
    // The session carries on in the same state.
    QCOMPARE(c.command("STAT").startsWith("+OK"), loggedIn);
    QVERIFY(c.command("QUIT").startsWith("+OK"));
    QCOMPARE(m_server->mailbox().count(), sampleFiles().size());
}

void TestDemoServerLogins::deletedMessageRefused()
{
    const qsizetype total = m_server->mailbox().count();
    LineClient c(port());
    QVERIFY(c.login());
    QVERIFY(c.command("DELE 2").startsWith("+OK"));
    for (const char* command : {"RETR 2", "LIST 2", "UIDL 2", "TOP 2 0", "DELE 2"}) {
        const QByteArray reply = c.command(command);
        QVERIFY2(reply.startsWith("-ERR"), command);
    }
    QVERIFY(c.command("STAT").startsWith(statPrefix(total - 1)));
    QVERIFY(c.command("LIST").startsWith(
        QByteArray("+OK " + QByteArray::number(total - 1) + " messages")));
    const QByteArray list = c.payload();
    QVERIFY(list.startsWith("1 "));
    QVERIFY(!list.contains("\r\n2 "));
    QVERIFY(list.contains("\r\n3 "));
    QVERIFY(c.command("UIDL").startsWith("+OK"));
    QVERIFY(!c.payload().contains("\r\n2 "));
    // Numbers never shift within a session (RFC 1939 §5), and RSET brings 2 back.
    QVERIFY(c.command("LIST 3").startsWith("+OK 3 "));
    QVERIFY(c.command("RSET").startsWith("+OK"));
    QVERIFY(c.command("RETR 2").startsWith("+OK"));
    QVERIFY(!c.payload().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoServerLogins)
#include "tst_demoserver_logins.moc"
