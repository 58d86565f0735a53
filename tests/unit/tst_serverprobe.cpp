// SPDX-License-Identifier: GPL-3.0-or-later
// ServerProbe and Pop3Session's probe-only mode on the scripted transport: the probe reads
// the greeting and CAPA (and STLS + CAPA again), says QUIT, and never sends a credential.
#include "ScriptedTransport.h"
#include "account/ServerProbe.h"
#include "net/CertificateException.h"
#include "pop3/Pop3Session.h"

#include <QSignalSpy>
#include <QTest>

using namespace Postbote;
using Postbote::Test::ScriptedTransport;

namespace {

const QByteArray Greeting = "+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>\r\n";
const QByteArray CapaBeforeTls = "+OK\r\nUIDL\r\nSTLS\r\nSASL CRAM-MD5\r\n.\r\n";
const QByteArray CapaFull = "+OK\r\nTOP\r\nUIDL\r\nUSER\r\nPIPELINING\r\nEXPIRE 30\r\n"
                            "IMPLEMENTATION Scripted\r\nSASL SCRAM-SHA-256 PLAIN LOGIN\r\n.\r\n";

ProbeCandidate candidate(Security security)
{
    return {QStringLiteral("pop.example.org"),
        quint16(security == Security::ImplicitTls ? 995 : 110), security,
        ProbeCandidate::Source::Guess};
}

QSslCertificate selfSigned()
{
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(QStringLiteral(POSTBOTE_TEST_DATA_DIR "/selfsigned.pem"));
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

/// Nothing that could carry a secret: no USER, PASS, APOP or AUTH command.
bool sentNoCredential(const QByteArray& written)
{
    for (const QByteArray& line : written.split('\n')) {
        const QByteArray verb = line.trimmed().split(' ').first().toUpper();
        if (verb == "USER" || verb == "PASS" || verb == "APOP" || verb == "AUTH") {
            return false;
        }
    }
    return true;
}

} // namespace

class TestServerProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionProbeOnlyQuitsAfterCapa();
    void implicitTlsReadsGreetingAndCapaOnly();
    void startTlsAsksCapaAgainAfterTls();
    void startTlsMissingReportsPlainServer();
    void noCapaMeansRfc1939Server();
    void untrustedCertificateIsReported();
    void untrustedCertificateNotInspected();
    void greetingRefused();
    void abortReportsCancelled();
    void timeout();
};

void TestServerProbe::sessionProbeOnlyQuitsAfterCapa()
{
    ScriptedTransport t;
    SessionOptions options;
    options.host = QStringLiteral("pop.example.org");
    options.user = QStringLiteral("max");
    options.password = QStringLiteral("geheim"); // present, yet never to be sent
    options.probeOnly = true;
    Pop3Session s(&t, options);
    QSignalSpy probed(&s, &Pop3Session::probed);
    QSignalSpy ready(&s, &Pop3Session::ready);
    QSignalSpy finished(&s, &Pop3Session::finished);
    s.open();
    t.acceptConnection();
    t.serverSends(Greeting);
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\n"));
    t.serverSends(CapaFull);
    QCOMPARE(probed.count(), 1);
    QVERIFY(probed.first().first().value<Pop3Capabilities>().hasPipelining());
    QVERIFY(s.offersApop());
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK bye\r\n");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(s.state(), SessionState::Closed);
    QVERIFY(!t.allWritten().contains("geheim"));
    QVERIFY(sentNoCredential(t.allWritten()));
}

void TestServerProbe::implicitTlsReadsGreetingAndCapaOnly()
{
    ScriptedTransport t;
    ServerProbe probe(candidate(Security::ImplicitTls), {}, &t);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    QCOMPARE(t.mode(), Pop3Transport::Mode::ImplicitTls);
    QCOMPARE(t.host(), u"pop.example.org"_qs); // the certificate is checked for this name
    t.acceptConnection();
    t.serverSends(Greeting);
    t.serverSends(CapaFull);
    QCOMPARE(finished.count(), 0); // waits for the answer to QUIT
    t.serverSends("+OK bye\r\n");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(t.allWritten(), QByteArray("CAPA\r\nQUIT\r\n"));

    const ProbeResult r = probe.result();
    QVERIFY(r.usable);
    QCOMPARE(r.security, Security::ImplicitTls);
    QCOMPARE(r.certificate, ProbeResult::CertificateStatus::Verified);
    QVERIFY(r.capaSupported);
    QCOMPARE(r.saslMechanisms, QList<QByteArray>({"SCRAM-SHA-256", "PLAIN", "LOGIN"}));
    QVERIFY(r.userPass);
    QVERIFY(r.apop);
    QVERIFY(r.pipelining);
    QVERIFY(r.uidl);
    QVERIFY(r.top);
    QCOMPARE(r.expire, QByteArray("30"));
    QCOMPARE(r.implementation, QByteArray("Scripted"));
    QCOMPARE(r.recommendedMechanism(), AuthMethod::ScramSha256);
    QCOMPARE(r.mechanisms(),
        QList<AuthMethod>({AuthMethod::ScramSha256, AuthMethod::Apop, AuthMethod::Plain,
            AuthMethod::Login, AuthMethod::UserPass}));
    QVERIFY(!r.error.isError());
}

void TestServerProbe::startTlsAsksCapaAgainAfterTls()
{
    ScriptedTransport t;
    ServerProbe probe(candidate(Security::StartTls), {}, &t);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    QCOMPARE(t.mode(), Pop3Transport::Mode::Plain);
    t.acceptConnection();
    t.serverSends(Greeting);
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\n"));
    t.serverSends(CapaBeforeTls);
    QCOMPARE(t.takeWritten(), QByteArray("STLS\r\n"));
    t.serverSends("+OK begin TLS\r\n");
    QVERIFY(t.tlsStarted());
    t.completeTls();
    QCOMPARE(t.takeWritten(), QByteArray("CAPA\r\n"));
    t.serverSends(CapaFull);
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.count(), 1);
    QVERIFY(sentNoCredential(t.allWritten()));

    const ProbeResult r = probe.result();
    QVERIFY(r.usable);
    QCOMPARE(r.security, Security::StartTls);
    QCOMPARE(r.certificate, ProbeResult::CertificateStatus::Verified);
    // RFC 2595 §4: only what the server said after TLS counts.
    QVERIFY(!r.saslMechanisms.contains("CRAM-MD5"));
    QVERIFY(r.saslMechanisms.contains("PLAIN"));
}

void TestServerProbe::startTlsMissingReportsPlainServer()
{
    ScriptedTransport t;
    ServerProbe probe(candidate(Security::StartTls), {}, &t);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    t.acceptConnection();
    t.serverSends("+OK hello\r\n");
    t.serverSends("+OK\r\nUSER\r\nUIDL\r\n.\r\n");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(t.allWritten(), QByteArray("CAPA\r\n"));
    const ProbeResult r = probe.result();
    QVERIFY(r.usable);
    QCOMPARE(r.security, Security::None);
    QCOMPARE(r.certificate, ProbeResult::CertificateStatus::None);
    QCOMPARE(r.error.kind(), Pop3Error::Kind::SecurityRefusal);
    QVERIFY(r.userPass);
    QVERIFY(!r.apop);
    // Only cleartext methods over an unencrypted connection: nothing "auto" would use.
    QCOMPARE(r.recommendedMechanism(), AuthMethod::Auto);
    QCOMPARE(r.securityRank(), 0);
}

void TestServerProbe::noCapaMeansRfc1939Server()
{
    ScriptedTransport t;
    ServerProbe probe(candidate(Security::None), {}, &t);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    t.acceptConnection();
    t.serverSends(Greeting);
    t.serverSends("-ERR unknown command\r\n");
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(t.allWritten(), QByteArray("CAPA\r\nQUIT\r\n"));
    const ProbeResult r = probe.result();
    QVERIFY(r.usable);
    QVERIFY(!r.capaSupported);
    QVERIFY(r.userPass);
    QVERIFY(r.apop);
    QCOMPARE(r.recommendedMechanism(), AuthMethod::Apop);
}

void TestServerProbe::untrustedCertificateIsReported()
{
    const QSslCertificate certificate = selfSigned();
    QVERIFY(!certificate.isNull());
    ScriptedTransport t;
    ServerProbe probe(candidate(Security::ImplicitTls), {}, &t);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    TransportError error;
    error.kind = TransportError::Kind::Certificate;
    error.sslErrors = {QSslError(QSslError::SelfSignedCertificate, certificate),
        QSslError(QSslError::HostNameMismatch, certificate)};
    error.chain = {certificate};
    t.failWith(error);
    // The probe looks past it for this one connection, pinned to exactly this certificate.
    QCOMPARE(t.connectCount(), 2);
    QCOMPARE(t.tlsPolicy().exceptions.size(), 1);
    QCOMPARE(t.tlsPolicy().exceptions.first().sha256, CertificateException::digestOf(certificate));
    t.acceptConnection();
    t.serverSends(Greeting);
    t.serverSends(CapaFull);
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(t.allWritten(), QByteArray("CAPA\r\nQUIT\r\n"));

    const ProbeResult r = probe.result();
    QVERIFY(r.usable);
    QCOMPARE(r.certificate, ProbeResult::CertificateStatus::Untrusted);
    QCOMPARE(r.sslErrors.size(), 2);
    QCOMPARE(r.sha256, CertificateException::digestOf(certificate));
    QCOMPARE(r.fingerprint().size(), 32 * 3 - 1);
    QCOMPARE(r.securityRank(), 1);
    QVERIFY(r.securityDescription().contains(u"NOT trusted"_qs));
}

void TestServerProbe::untrustedCertificateNotInspected()
{
    const QSslCertificate certificate = selfSigned();
    ScriptedTransport t;
    ServerProbe::Options options;
    options.inspectUntrusted = false;
    ServerProbe probe(candidate(Security::ImplicitTls), options, &t);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    TransportError error;
    error.kind = TransportError::Kind::Certificate;
    error.sslErrors = {QSslError(QSslError::SelfSignedCertificate, certificate)};
    error.chain = {certificate};
    t.failWith(error);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(t.connectCount(), 1);
    QVERIFY(t.allWritten().isEmpty());
    const ProbeResult r = probe.result();
    QVERIFY(!r.usable);
    QCOMPARE(r.certificate, ProbeResult::CertificateStatus::Untrusted);
    QCOMPARE(r.sha256, CertificateException::digestOf(certificate));
    QCOMPARE(r.error.kind(), Pop3Error::Kind::SecurityRefusal);
}

void TestServerProbe::greetingRefused()
{
    ScriptedTransport t;
    ServerProbe probe(candidate(Security::ImplicitTls), {}, &t);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    t.acceptConnection();
    t.serverSends("-ERR [SYS/TEMP] too busy\r\n");
    QCOMPARE(finished.count(), 1);
    QVERIFY(!probe.result().usable);
    QCOMPARE(probe.result().error.kind(), Pop3Error::Kind::Server);
    QCOMPARE(probe.result().error.serverText(), u"too busy"_qs);
    QVERIFY(t.allWritten().isEmpty());
}

void TestServerProbe::abortReportsCancelled()
{
    ScriptedTransport t;
    ServerProbe probe(candidate(Security::ImplicitTls), {}, &t);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    t.acceptConnection();
    probe.abort();
    probe.abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(probe.result().error.kind(), Pop3Error::Kind::Cancelled);
    QVERIFY(t.wasAborted());
}

void TestServerProbe::timeout()
{
    ScriptedTransport t;
    ServerProbe::Options options;
    options.timeoutMs = 200;
    ServerProbe probe(candidate(Security::ImplicitTls), options, &t);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    t.acceptConnection(); // connected, but the greeting never comes
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!probe.result().usable);
    QCOMPARE(probe.result().error.kind(), Pop3Error::Kind::Timeout);
}

QTEST_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"
