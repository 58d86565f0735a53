// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Session against a scripted in-memory transport: the test plays the server and checks
// the exact bytes the session writes. No sockets, no sleeps.
#include "MemorySink.h"
#include "ScriptedTransport.h"
#include "pop3/Pop3Session.h"
#include "pop3/auth/ApopDigest.h"

#include <QSignalSpy>
#include <QTest>

using namespace Postbote;
using Postbote::Test::MemorySink;
using Postbote::Test::ScriptedTransport;

namespace {

const QByteArray CapaWithPipelining
    = "+OK\r\nTOP\r\nUIDL\r\nUSER\r\nRESP-CODES\r\nPIPELINING\r\nSTLS\r\n"
      "SASL PLAIN LOGIN CRAM-MD5\r\n.\r\n";
const QByteArray CapaPlain = "+OK\r\nTOP\r\nUIDL\r\nUSER\r\n.\r\n";

SessionOptions options(
    Security security = Security::ImplicitTls, AuthMethod auth = AuthMethod::UserPass)
{
    SessionOptions o;
    o.host = QStringLiteral("pop.example.org");
    o.port = security == Security::ImplicitTls ? 995 : 110;
    o.security = security;
    o.user = QStringLiteral("max");
    o.password = QStringLiteral("password");
    o.auth = auth;
    o.timeouts.replyMs = 60000;
    return o;
}

} // namespace

class TestPop3Session : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginWithUserPassOverTls();
    void traceMasksPassword();
    void pipelinedRetrievalWritesBeforeReplies();
    void pipeliningOffSendsOneAtATime();
    void pipeliningWindowRefillsAtLowWatermark();
    void quitWaitsForPipelineAndCommits();
    void transactionRefusesAuthorizationCommands();
    void startTlsMissingSendsNoCredential();
    void startTlsRefusedSendsNoCredential();
    void startTlsIgnoresInjectedBytes();
    void authFailureKinds_data();
    void authFailureKinds();
    void cleartextRefusedOverPlainConnection();
    void apopOverPlainConnection();
    void saslCramMd5Exchange();
    void saslPlainExplicitOverPlain();
    void errOnRetrKeepsSessionAlive();
    void dropMidRetrFailsAndDiscards();
    void dropOfPipelineIsFlagged();
    void replyTimeout();
    void floodWithoutLineEnd();
    void largePayloadStreamsInChunks();
    void storageFailure();
    void unsolicitedReply();
    void greetingRefused();
    void certificateDecisionAccept();
    void certificateDecisionReject();
    void certificateWithoutHandlerIsRefused();
    void abortSendsNoQuit();

private:
    // Drives a session from connect to ready(); returns what was written after the greeting.
    void login(ScriptedTransport& t, Pop3Session& s, const QByteArray& capa);
};

void TestPop3Session::login(ScriptedTransport& t, Pop3Session& s, const QByteArray& capa)
{
    QSignalSpy ready(&s, &Pop3Session::ready);
    s.open();
    t.acceptConnection();
    t.serverSends("+OK POP3 server ready\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\n"));
    t.serverSends(capa);
    QCOMPARE(t.takeWritten(), QByteArray("USER max\r\n"));
    t.serverSends("+OK send PASS\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("PASS password\r\n"));
    t.serverSends("+OK Mailbox locked and ready\r\n");
    QCOMPARE(ready.count(), 1);
    QCOMPARE(s.state(), SessionState::Transaction);
}

void TestPop3Session::loginWithUserPassOverTls()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaPlain);
    QCOMPARE(t.mode(), Pop3Transport::Mode::ImplicitTls);
    QCOMPARE(t.host(), u"pop.example.org"_qs);
    QVERIFY(s.isEncrypted());
    QCOMPARE(s.authMethod(), AuthMethod::UserPass);
    QVERIFY(s.capabilities().hasUidl());
    QCOMPARE(s.pipelineWindow(), 1); // not advertised
}

void TestPop3Session::traceMasksPassword()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    QList<ProtocolEvent> events;
    connect(&s, &Pop3Session::traffic, this, [&](const ProtocolEvent& e) { events.append(e); });
    login(t, s, CapaPlain);
    QStringList clientLines;
    QString all;
    for (const ProtocolEvent& e : events) {
        all += e.text + u'\n';
        if (e.direction == ProtocolEvent::Direction::Client) {
            clientLines << e.text;
        }
    }
    QCOMPARE(clientLines, QStringList({u"CAPA"_qs, u"USER max"_qs, u"PASS ****"_qs}));
    QVERIFY(!all.contains(u"password"_qs));
    QVERIFY(all.contains(u"+OK POP3 server ready"_qs));
}

void TestPop3Session::pipelinedRetrievalWritesBeforeReplies()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaWithPipelining);
    QVERIFY(s.pipelineWindow() > 1);

    MemorySink sinks[3];
    QList<Pop3Session::CommandId> ids;
    for (int i = 0; i < 3; ++i) {
        ids << s.retrieve(i + 1, &sinks[i]);
        QVERIFY(ids.last() != 0);
    }
    // All three RETRs are on the wire before the server said anything (RFC 2449 §6.6).
    QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\nRETR 2\r\nRETR 3\r\n"));
    QCOMPARE(s.commandsInFlight(), 3);

    QList<Pop3Session::CommandId> answered;
    connect(
        &s, &Pop3Session::replyReceived, this, [&](Pop3Session::CommandId id, const Pop3Reply& r) {
            QVERIFY(r.isOk());
            answered << id;
        });
    t.serverSends("+OK 10 octets\r\nSubject: a\r\n\r\n..dot\r\n.\r\n+OK\r\nbody 2\r\n.\r\n+OK\r\n");
    t.serverSends(".\r\n");
    QCOMPARE(answered, ids);
    QCOMPARE(sinks[0].data(), QByteArray("Subject: a\r\n\r\n.dot\r\n"));
    QVERIFY(sinks[0].isFinished());
    QCOMPARE(sinks[1].data(), QByteArray("body 2\r\n"));
    QCOMPARE(sinks[2].data(), QByteArray());
    QVERIFY(sinks[2].isFinished());
}

void TestPop3Session::pipeliningOffSendsOneAtATime()
{
    ScriptedTransport t;
    SessionOptions o = options();
    o.pipelining = PipeliningMode::Off;
    Pop3Session s(&t, o);
    login(t, s, CapaWithPipelining);
    QCOMPARE(s.pipelineWindow(), 1);
    MemorySink a, b;
    s.retrieve(1, &a);
    s.retrieve(2, &b);
    QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\n"));
    t.serverSends("+OK\r\nx\r\n.\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("RETR 2\r\n"));
}

void TestPop3Session::pipeliningWindowRefillsAtLowWatermark()
{
    ScriptedTransport t;
    SessionOptions o = options();
    o.highWatermark = 4;
    o.lowWatermark = 1;
    Pop3Session s(&t, o);
    login(t, s, CapaWithPipelining);
    for (int i = 1; i <= 7; ++i) {
        s.dele(i);
    }
    QCOMPARE(t.takeWritten(), QByteArray("DELE 1\r\nDELE 2\r\nDELE 3\r\nDELE 4\r\n"));
    t.serverSends("+OK\r\n+OK\r\n");
    QCOMPARE(t.takeWritten(), QByteArray()); // 2 in flight, above the low watermark
    t.serverSends("+OK\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("DELE 5\r\nDELE 6\r\nDELE 7\r\n"));
}

void TestPop3Session::quitWaitsForPipelineAndCommits()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaWithPipelining);
    QSignalSpy finished(&s, &Pop3Session::finished);
    s.dele(1);
    s.dele(2);
    s.quit();
    QCOMPARE(s.dele(3), Pop3Session::CommandId(0)); // nothing after QUIT
    QCOMPARE(t.takeWritten(), QByteArray("DELE 1\r\nDELE 2\r\n"));
    t.serverSends("+OK marked\r\n");
    QCOMPARE(t.takeWritten(), QByteArray());
    t.serverSends("+OK marked\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    QCOMPARE(s.state(), SessionState::Update);
    t.serverSends("+OK bye\r\n");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(s.state(), SessionState::Closed);
}

void TestPop3Session::transactionRefusesAuthorizationCommands()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    QCOMPARE(s.stat(), Pop3Session::CommandId(0)); // not logged in yet
    login(t, s, CapaPlain);
    QCOMPARE(s.enqueue(Pop3Command::user(u"other"_qs)), Pop3Session::CommandId(0));
    QCOMPARE(s.enqueue(Pop3Command::stls()), Pop3Session::CommandId(0));
    QCOMPARE(s.enqueue(Pop3Command::quit()), Pop3Session::CommandId(0));
    QCOMPARE(s.enqueue(Pop3Command::retr(0)), Pop3Session::CommandId(0));
    QCOMPARE(t.takeWritten(), QByteArray());
    QVERIFY(s.stat() != 0);
    QCOMPARE(t.takeWritten(), QByteArray("STAT\r\n"));
}

void TestPop3Session::startTlsMissingSendsNoCredential()
{
    ScriptedTransport t;
    Pop3Session s(&t, options(Security::StartTls));
    QSignalSpy failed(&s, &Pop3Session::failed);
    s.open();
    t.acceptConnection();
    t.serverSends("+OK ready\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\n"));
    t.serverSends(CapaPlain); // no STLS
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::SecurityRefusal);
    QCOMPARE(t.allWritten(), QByteArray("CAPA\r\n"));
    QVERIFY(t.wasAborted());
}

void TestPop3Session::startTlsRefusedSendsNoCredential()
{
    ScriptedTransport t;
    Pop3Session s(&t, options(Security::StartTls));
    QSignalSpy failed(&s, &Pop3Session::failed);
    s.open();
    t.acceptConnection();
    t.serverSends("+OK ready\r\n");
    t.serverSends(CapaWithPipelining);
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\nSTLS\r\n"));
    t.serverSends("-ERR [SYS/TEMP] TLS not available now\r\n");
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::SecurityRefusal);
    QCOMPARE(s.error().serverText(), u"TLS not available now"_qs);
    QCOMPARE(t.takeWritten(), QByteArray());
    QVERIFY(!t.tlsStarted());
}

void TestPop3Session::startTlsIgnoresInjectedBytes()
{
    ScriptedTransport t;
    Pop3Session s(&t, options(Security::StartTls));
    QSignalSpy failed(&s, &Pop3Session::failed);
    QSignalSpy ready(&s, &Pop3Session::ready);
    s.open();
    t.acceptConnection();
    t.serverSends("+OK ready\r\n");
    t.serverSends(CapaWithPipelining);
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\nSTLS\r\n"));
    QVERIFY(!s.isEncrypted());
    // A man in the middle appends replies to the +OK, and more before the handshake ends:
    // none of it may be taken as the answer to anything (CVE-2011-0411 style injection).
    t.serverSends("+OK begin TLS\r\n+OK\r\nUSER\r\n.\r\n+OK injected\r\n");
    QVERIFY(t.tlsStarted());
    t.serverSends("+OK\r\n+OK logged in\r\n");
    QCOMPARE(t.takeWritten(), QByteArray());
    t.completeTls();
    // RFC 2595 §4: capabilities are asked again over TLS.
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\n"));
    t.serverSends(CapaPlain);
    QCOMPARE(t.takeWritten(), QByteArray("USER max\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("PASS password\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);
    QVERIFY(s.isEncrypted());
    QVERIFY(!s.capabilities().hasPipelining()); // the pre-TLS CAPA was forgotten
}

void TestPop3Session::authFailureKinds_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<Pop3Error::Kind>("kind");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("bare -ERR") << QByteArray("-ERR invalid password\r\n")
                               << Pop3Error::Kind::Authentication << QByteArray();
    QTest::newRow("[AUTH]") << QByteArray("-ERR [AUTH] Authentication failed.\r\n")
                            << Pop3Error::Kind::Authentication << QByteArray("AUTH");
    QTest::newRow("[IN-USE]") << QByteArray("-ERR [IN-USE] Mailbox locked\r\n")
                              << Pop3Error::Kind::Server << QByteArray("IN-USE");
    QTest::newRow("[LOGIN-DELAY]") << QByteArray("-ERR [LOGIN-DELAY] wait\r\n")
                                   << Pop3Error::Kind::Server << QByteArray("LOGIN-DELAY");
    QTest::newRow("[SYS/TEMP]") << QByteArray("-ERR [SYS/TEMP] try later\r\n")
                                << Pop3Error::Kind::Server << QByteArray("SYS/TEMP");
    QTest::newRow("[SYS/PERM]") << QByteArray("-ERR [SYS/PERM] disabled\r\n")
                                << Pop3Error::Kind::Server << QByteArray("SYS/PERM");
}

void TestPop3Session::authFailureKinds()
{
    QFETCH(QByteArray, reply);
    QFETCH(Pop3Error::Kind, kind);
    QFETCH(QByteArray, code);
    ScriptedTransport t;
    Pop3Session s(&t, options());
    QSignalSpy failed(&s, &Pop3Session::failed);
    s.open();
    t.acceptConnection();
    t.serverSends("+OK\r\n");
    t.serverSends(CapaPlain);
    t.serverSends("+OK\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\nUSER max\r\nPASS password\r\n"));
    t.serverSends(reply);
    QCOMPARE(failed.count(), 1);
    const auto error = failed.first().first().value<Pop3Error>();
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.responseCode(), code);
    QVERIFY(!error.serverText().isEmpty());
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(s.state(), SessionState::Failed);
}

void TestPop3Session::cleartextRefusedOverPlainConnection()
{
    ScriptedTransport t;
    Pop3Session s(&t, options(Security::None, AuthMethod::Auto));
    QSignalSpy failed(&s, &Pop3Session::failed);
    s.open();
    t.acceptConnection();
    t.serverSends("+OK no timestamp here\r\n");
    t.serverSends("+OK\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n");
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::SecurityRefusal);
    QCOMPARE(t.allWritten(), QByteArray("CAPA\r\n"));
}

void TestPop3Session::apopOverPlainConnection()
{
    ScriptedTransport t;
    SessionOptions o = options(Security::None, AuthMethod::Auto);
    o.user = QStringLiteral("mrose");
    o.password = QStringLiteral("tanstaaf");
    Pop3Session s(&t, o);
    QSignalSpy ready(&s, &Pop3Session::ready);
    s.open();
    t.acceptConnection();
    // RFC 1939 §7 example.
    t.serverSends("+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n");
    t.serverSends("-ERR unknown command\r\n"); // no CAPA: a plain RFC 1939 server
    QCOMPARE(
        t.takeWritten(), QByteArray("CAPA\r\nAPOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n"));
    t.serverSends("+OK maildrop has 1 message (369 octets)\r\n");
    QCOMPARE(ready.count(), 1);
    QCOMPARE(s.authMethod(), AuthMethod::Apop);
}

void TestPop3Session::saslCramMd5Exchange()
{
    ScriptedTransport t;
    SessionOptions o = options(Security::None, AuthMethod::Auto);
    o.user = QStringLiteral("tim");
    o.password = QStringLiteral("tanstaaftanstaaf");
    Pop3Session s(&t, o);
    QSignalSpy ready(&s, &Pop3Session::ready);
    QList<ProtocolEvent> events;
    connect(&s, &Pop3Session::traffic, this, [&](const ProtocolEvent& e) { events.append(e); });
    s.open();
    t.acceptConnection();
    t.serverSends("+OK hello\r\n");
    t.serverSends("+OK\r\nUSER\r\nSASL PLAIN CRAM-MD5\r\n.\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\nAUTH CRAM-MD5\r\n"));
    // RFC 2195 §2 example challenge and response.
    t.serverSends(
        "+ " + QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64() + "\r\n");
    QCOMPARE(
        t.takeWritten(), QByteArray("tim b913a602c7eda7a495b4e6e7334d3890").toBase64() + "\r\n");
    t.serverSends("+OK\r\n");
    QCOMPARE(ready.count(), 1);
    QCOMPARE(s.authMethod(), AuthMethod::CramMd5);
    for (const ProtocolEvent& e : events) {
        if (e.direction == ProtocolEvent::Direction::Client) {
            QVERIFY2(!e.text.contains(u"dGlt"_qs), qPrintable(e.text));
        }
    }
}

void TestPop3Session::saslPlainExplicitOverPlain()
{
    ScriptedTransport t;
    Pop3Session s(&t, options(Security::None, AuthMethod::Plain));
    QSignalSpy ready(&s, &Pop3Session::ready);
    s.open();
    t.acceptConnection();
    t.serverSends("+OK\r\n");
    t.serverSends("+OK\r\nSASL PLAIN\r\n.\r\n");
    // RFC 5034 §4 initial response; RFC 4616 message: authzid NUL authcid NUL password.
    QCOMPARE(t.takeWritten(),
        "CAPA\r\nAUTH PLAIN " + QByteArray("\0max\0password", 13).toBase64() + "\r\n");
    t.serverSends("+OK\r\n");
    QCOMPARE(ready.count(), 1);
}

void TestPop3Session::errOnRetrKeepsSessionAlive()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaWithPipelining);
    QSignalSpy replies(&s, &Pop3Session::replyReceived);
    MemorySink a, b;
    const auto first = s.retrieve(1, &a);
    s.retrieve(2, &b);
    t.serverSends("-ERR no such message\r\n+OK\r\nhello\r\n.\r\n");
    QCOMPARE(replies.count(), 2);
    QCOMPARE(replies.at(0).at(0).value<Pop3Session::CommandId>(), first);
    QVERIFY(!replies.at(0).at(1).value<Pop3Reply>().isOk());
    QVERIFY(a.isDiscarded());
    QCOMPARE(b.data(), QByteArray("hello\r\n"));
    QCOMPARE(s.state(), SessionState::Transaction);
}

void TestPop3Session::dropMidRetrFailsAndDiscards()
{
    ScriptedTransport t;
    SessionOptions o = options();
    o.pipelining = PipeliningMode::Off;
    Pop3Session s(&t, o);
    login(t, s, CapaPlain);
    QSignalSpy failed(&s, &Pop3Session::failed);
    MemorySink sink;
    s.retrieve(1, &sink);
    t.serverSends("+OK\r\nSubject: half\r\n");
    t.serverCloses();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::Network);
    QVERIFY(!s.error().pipelineDropped());
    QVERIFY(sink.isDiscarded());
    QVERIFY(!sink.isFinished());
    QVERIFY(!t.allWritten().contains("QUIT"));
}

void TestPop3Session::dropOfPipelineIsFlagged()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaWithPipelining);
    QSignalSpy failed(&s, &Pop3Session::failed);
    MemorySink sinks[4];
    for (int i = 0; i < 4; ++i) {
        s.retrieve(i + 1, &sinks[i]);
    }
    t.serverCloses();
    QCOMPARE(failed.count(), 1);
    // The caller learns that this server may not survive pipelining, and falls back.
    QVERIFY(s.error().pipelineDropped());
    for (const MemorySink& sink : sinks) {
        QVERIFY(sink.isDiscarded());
    }
}

void TestPop3Session::replyTimeout()
{
    ScriptedTransport t;
    SessionOptions o = options();
    o.timeouts.replyMs = 150;
    Pop3Session s(&t, o);
    QSignalSpy failed(&s, &Pop3Session::failed);
    s.open();
    t.acceptConnection();
    t.serverSends("+OK\r\n"); // then silence after CAPA
    QVERIFY(failed.wait(5000));
    QCOMPARE(s.error().kind(), Pop3Error::Kind::Timeout);
    QVERIFY(t.wasAborted());
}

void TestPop3Session::floodWithoutLineEnd()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaPlain);
    QSignalSpy failed(&s, &Pop3Session::failed);
    s.stat();
    const QByteArray flood(64 * 1024, 'A');
    for (int i = 0; i < 160 && failed.isEmpty(); ++i) { // up to 10 MB
        t.serverSends(flood);
        QVERIFY(s.bufferedBytes() <= flood.size() + Pop3ReplyParser::MaxStatusLine);
    }
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::Protocol);
}

void TestPop3Session::largePayloadStreamsInChunks()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaPlain);
    MemorySink sink(false);
    QSignalSpy progress(&s, &Pop3Session::dataProgress);
    s.retrieve(1, &sink);
    t.serverSends("+OK 20 MB follow\r\n");
    // 20 MB in one endless line: memory must stay bounded by the chunk size.
    const QByteArray piece(256 * 1024, 'x');
    qsizetype maxBuffered = 0;
    for (int i = 0; i < 80; ++i) {
        t.serverSends(piece);
        maxBuffered = qMax(maxBuffered, s.bufferedBytes());
    }
    t.serverSends("\r\n.\r\n");
    QVERIFY(sink.isFinished());
    QCOMPARE(sink.bytes(), qint64(80) * piece.size() + 2);
    QVERIFY(sink.largestChunk() <= Pop3ReplyParser::DefaultChunkSize);
    QVERIFY2(maxBuffered <= 16, QByteArray::number(maxBuffered).constData());
    QVERIFY(progress.count() > 1);
}

void TestPop3Session::storageFailure()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaPlain);
    QSignalSpy failed(&s, &Pop3Session::failed);
    MemorySink sink;
    sink.failAfter(10);
    s.retrieve(1, &sink);
    t.serverSends("+OK\r\n0123456789abcdef\r\n.\r\n");
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::Storage);
    QVERIFY(sink.isDiscarded());
    QVERIFY(!t.allWritten().contains("QUIT"));
}

void TestPop3Session::unsolicitedReply()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaPlain);
    QSignalSpy failed(&s, &Pop3Session::failed);
    t.serverSends("+OK surprise\r\n");
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::Protocol);
}

void TestPop3Session::greetingRefused()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    QSignalSpy failed(&s, &Pop3Session::failed);
    s.open();
    t.acceptConnection();
    t.serverSends("-ERR [SYS/TEMP] too many connections\r\n");
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::Server);
    QCOMPARE(s.error().responseCode(), QByteArray("SYS/TEMP"));
    QCOMPARE(t.allWritten(), QByteArray());
}

static TransportError certificateError(const QSslCertificate& certificate)
{
    TransportError error;
    error.kind = TransportError::Kind::Certificate;
    error.sslErrors = {QSslError(QSslError::SelfSignedCertificate, certificate),
        QSslError(QSslError::HostNameMismatch, certificate)};
    error.chain = {certificate};
    return error;
}

static QSslCertificate testCertificate()
{
    const auto certificates
        = QSslCertificate::fromPath(QStringLiteral(POSTBOTE_TEST_DATA_DIR "/selfsigned.pem"));
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

void TestPop3Session::certificateDecisionAccept()
{
    const QSslCertificate certificate = testCertificate();
    QVERIFY(!certificate.isNull());
    ScriptedTransport t;
    Pop3Session s(&t, options());
    QSignalSpy decision(&s, &Pop3Session::certificateDecisionNeeded);
    QSignalSpy ready(&s, &Pop3Session::ready);
    s.open();
    t.failWith(certificateError(certificate));
    QCOMPARE(decision.count(), 1);
    QCOMPARE(s.state(), SessionState::AwaitingCertificateDecision);
    QCOMPARE(t.allWritten(), QByteArray());
    s.acceptCertificate();
    // Reconnected with an exception for exactly that certificate and those two errors.
    QCOMPARE(t.connectCount(), 2);
    QCOMPARE(t.tlsPolicy().exceptions.size(), 1);
    const CertificateException exception = t.tlsPolicy().exceptions.first();
    QCOMPARE(exception.sha256, CertificateException::digestOf(certificate));
    QCOMPARE(exception.errors.size(), 2);
    QVERIFY(exception.excuses(QSslError(QSslError::HostNameMismatch, certificate)));
    QVERIFY(!exception.excuses(QSslError(QSslError::CertificateExpired, certificate)));
    QCOMPARE(s.certificateExceptions().size(), 1);
    login(t, s, CapaPlain);
    QCOMPARE(ready.count(), 1);
}

void TestPop3Session::certificateDecisionReject()
{
    const QSslCertificate certificate = testCertificate();
    QVERIFY(!certificate.isNull());
    ScriptedTransport t;
    Pop3Session s(&t, options());
    QSignalSpy failed(&s, &Pop3Session::failed);
    connect(&s, &Pop3Session::certificateDecisionNeeded, &s, &Pop3Session::rejectCertificate);
    s.open();
    t.failWith(certificateError(certificate));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::SecurityRefusal);
    QCOMPARE(s.error().certificateChain().size(), 1);
    QCOMPARE(s.error().sslErrors().size(), 2);
    QCOMPARE(t.connectCount(), 1);
    QCOMPARE(t.allWritten(), QByteArray());
}

void TestPop3Session::certificateWithoutHandlerIsRefused()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    QList<Pop3Error> errors;
    connect(&s, &Pop3Session::failed, this, [&](const Pop3Error& e) { errors.append(e); });
    s.open();
    t.failWith(certificateError(testCertificate()));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().kind(), Pop3Error::Kind::SecurityRefusal);
}

void TestPop3Session::abortSendsNoQuit()
{
    ScriptedTransport t;
    Pop3Session s(&t, options());
    login(t, s, CapaPlain);
    QSignalSpy failed(&s, &Pop3Session::failed);
    s.dele(1);
    t.serverSends("+OK marked\r\n");
    s.abort();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(s.error().kind(), Pop3Error::Kind::Cancelled);
    // Without QUIT the server never enters UPDATE: the DELE is void (RFC 1939 §6).
    QVERIFY(!t.allWritten().contains("QUIT"));
    QVERIFY(t.wasAborted());
}

QTEST_GUILESS_MAIN(TestPop3Session)
#include "tst_pop3session.moc"
