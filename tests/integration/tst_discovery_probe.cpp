// SPDX-License-Identifier: GPL-3.0-or-later
// Discovery against real servers: ServerProbe against the demo server (plaintext) and a
// dovecot with implicit TLS and STARTTLS (certificate verified for the name used, untrusted
// without the CA or under another name), with proof that no credential was sent; and real
// SRV lookups through QDnsLookup against a dnsmasq that the test starts on a loopback
// address, ending in `postbote-cli account discover`.
#include "DovecotFixture.h"
#include "account/QDnsLookupResolver.h"
#include "account/ServerDiscovery.h"
#include "account/ServerProbe.h"
#include "account/SrvOrdering.h"
#include "net/CertificateException.h"
#include "server/DemoPop3Server.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Postbote;
using Postbote::Test::DovecotFixture;

Q_DECLARE_METATYPE(Postbote::Security)

namespace {

constexpr int WaitMs = 20000;

/// Runs one probe to its end; the client's lines of the dialogue go to \a clientLines.
ProbeResult probe(const ProbeCandidate& candidate, const QList<QSslCertificate>& ca,
    QStringList* clientLines = nullptr)
{
    ServerProbe::Options options;
    options.timeoutMs = 10000;
    options.caCertificates = ca;
    ServerProbe p(candidate, options);
    QObject::connect(&p, &ServerProbe::traffic, &p, [clientLines](const ProtocolEvent& e) {
        if (clientLines && e.direction == ProtocolEvent::Direction::Client) {
            clientLines->append(e.text);
        }
    });
    QSignalSpy finished(&p, &ServerProbe::finished);
    p.start();
    if (!p.isFinished()) {
        finished.wait(WaitMs);
    }
    return p.result();
}

/// A name in /etc/hosts for 127.0.0.1 that the fixture's certificate does not cover.
QString otherLoopbackName()
{
    QFile hosts(QStringLiteral("/etc/hosts"));
    if (!hosts.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray& raw : hosts.readAll().split('\n')) {
        const QList<QByteArray> fields = raw.simplified().split(' ');
        if (fields.size() < 2 || fields.first() != "127.0.0.1") {
            continue;
        }
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QString name = QString::fromLatin1(fields.at(i));
            if (name.startsWith(u'#')) {
                break;
            }
            if (name.compare(u"localhost"_qs, Qt::CaseInsensitive) != 0) {
                return name;
            }
        }
    }
    return {};
}

} // namespace

class TestDiscoveryProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void demoServer_data();
    void demoServer();
    void dovecotVerified_data();
    void dovecotVerified();
    void dovecotUnknownCa();
    void dovecotOtherName();
    void dovecotSawNoCredential();

    void dnsmasqSrvLookup();
    void dnsmasqRootTarget();
    void discoveryWithDnsmasq();
    void cliDiscover();
    void cliDiscoverRefused();
    void cliUsageErrors();

private:
    bool startDnsmasq(QString* why);
    void requireDnsmasq();

    DovecotFixture m_dovecot;
    QProcess m_dnsmasq;
    QHostAddress m_dnsAddress;
    QString m_dnsProblem;
    int m_probes = 0;
};

void TestDiscoveryProbe::initTestCase()
{
    m_dovecot.addUser(u"alice@example.test"_qs, u"Geheim-4711"_qs);
    QString error;
    QVERIFY2(m_dovecot.start(&error), qPrintable(error));
    if (!startDnsmasq(&m_dnsProblem)) {
        qWarning("dnsmasq tests will be skipped: %s", qPrintable(m_dnsProblem));
    }
}

void TestDiscoveryProbe::cleanupTestCase()
{
    if (m_dnsmasq.state() != QProcess::NotRunning) {
        m_dnsmasq.terminate();
        if (!m_dnsmasq.waitForFinished(5000)) {
            m_dnsmasq.kill();
            m_dnsmasq.waitForFinished(5000);
        }
    }
    m_dovecot.stop();
}

bool TestDiscoveryProbe::startDnsmasq(QString* why)
{
    const QString program = QStandardPaths::findExecutable(
        u"dnsmasq"_qs, {u"/usr/sbin"_qs, u"/sbin"_qs, u"/usr/local/sbin"_qs, u"/usr/bin"_qs});
    if (program.isEmpty()) {
        *why = u"dnsmasq is not installed (Debian package dnsmasq-base)"_qs;
        return false;
    }
    const QString pop3s = QString::number(m_dovecot.pop3sPort());
    const QString pop3 = QString::number(m_dovecot.pop3Port());
    // QDnsLookup (Qt 6.4) always asks port 53, so dnsmasq needs a loopback address of its
    // own; a few random ones in 127.83.0.0/16 avoid a clash with a parallel run.
    QString lastError;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint32 host = QRandomGenerator::global()->bounded(1u, 65534u);
        m_dnsAddress = QHostAddress((127u << 24) | (83u << 16) | host);
        const QStringList arguments {u"--keep-in-foreground"_qs, u"--conf-file=/dev/null"_qs,
            u"--no-resolv"_qs, u"--no-hosts"_qs, u"--no-poll"_qs, u"--pid-file="_qs,
            u"--bind-interfaces"_qs, u"--port=53"_qs, u"--log-facility=-"_qs,
            u"--listen-address="_qs + m_dnsAddress.toString(),
            u"--srv-host=_pop3s._tcp.example.test,localhost,"_qs + pop3s + u",10,10"_qs,
            u"--srv-host=_pop3._tcp.example.test,localhost,"_qs + pop3 + u",10,10"_qs,
            u"--srv-host=_pop3s._tcp.multi.test,second.multi.test,995,20,0"_qs,
            u"--srv-host=_pop3s._tcp.multi.test,first.multi.test,995,10,5"_qs,
            u"--srv-host=_pop3s._tcp.refused.test"_qs, u"--srv-host=_pop3._tcp.refused.test"_qs,
            // Authoritative for .test: unknown names get NXDOMAIN, not REFUSED.
            u"--local=/test/"_qs};
        m_dnsmasq.setProgram(program);
        m_dnsmasq.setArguments(arguments);
        m_dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
        m_dnsmasq.start();
        if (!m_dnsmasq.waitForStarted(5000)) {
            *why = u"dnsmasq could not be started: "_qs + m_dnsmasq.errorString();
            return false;
        }
        // It binds before it logs "started"; an error (address in use, no permission to
        // bind port 53) makes it exit at once.
        QByteArray output;
        QDeadlineTimer deadline(5000);
        while (!output.contains("started") && m_dnsmasq.state() == QProcess::Running
            && !deadline.hasExpired()) {
            m_dnsmasq.waitForReadyRead(200);
            output += m_dnsmasq.readAll();
        }
        if (m_dnsmasq.state() == QProcess::Running && output.contains("started")) {
            return true;
        }
        m_dnsmasq.kill();
        m_dnsmasq.waitForFinished(2000);
        lastError = QString::fromLocal8Bit(output + m_dnsmasq.readAll()).trimmed();
    }
    *why = u"dnsmasq could not listen on port 53 of a loopback address: "_qs + lastError;
    return false;
}

void TestDiscoveryProbe::requireDnsmasq()
{
    if (m_dnsmasq.state() != QProcess::Running) {
        QSKIP(qPrintable(u"no local DNS server: "_qs + m_dnsProblem));
    }
}

// --- probing --------------------------------------------------------------------------

void TestDiscoveryProbe::demoServer_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::newRow("plain") << Security::None << QStringList {u"CAPA"_qs, u"QUIT"_qs};
    // No STLS in the demo server's CAPA: the probe stops before STLS and reports plaintext.
    QTest::newRow("starttls") << Security::StartTls << QStringList {u"CAPA"_qs};
}

void TestDiscoveryProbe::demoServer()
{
    QFETCH(Security, security);
    QFETCH(QStringList, expectedLines);
    DemoPop3Server server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QStringList lines;
    const ProbeResult r = probe({u"127.0.0.1"_qs, server.serverPort(), security, {}}, {}, &lines);
    QVERIFY2(r.usable, qPrintable(r.error.toString()));
    QCOMPARE(r.security, Security::None);
    QCOMPARE(r.certificate, ProbeResult::CertificateStatus::None);
    QVERIFY(r.capaSupported);
    QVERIFY(r.userPass);
    QVERIFY(r.uidl);
    QVERIFY(r.top);
    QVERIFY(r.pipelining);
    QCOMPARE(lines, expectedLines);
}

void TestDiscoveryProbe::dovecotVerified_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QStringList>("expectedLines");
    const QStringList tlsLines {u"CAPA"_qs, u"QUIT"_qs};
    const QStringList stlsLines {u"CAPA"_qs, u"STLS"_qs, u"CAPA"_qs, u"QUIT"_qs};
    QTest::newRow("tls localhost") << u"localhost"_qs << Security::ImplicitTls << tlsLines;
    QTest::newRow("tls 127.0.0.1") << u"127.0.0.1"_qs << Security::ImplicitTls << tlsLines;
    QTest::newRow("starttls localhost") << u"localhost"_qs << Security::StartTls << stlsLines;
}

void TestDiscoveryProbe::dovecotVerified()
{
    QFETCH(QString, host);
    QFETCH(Security, security);
    QFETCH(QStringList, expectedLines);
    const quint16 port
        = security == Security::ImplicitTls ? m_dovecot.pop3sPort() : m_dovecot.pop3Port();
    QStringList lines;
    const ProbeResult r = probe({host, port, security, {}}, m_dovecot.caCertificates(), &lines);
    ++m_probes;
    QVERIFY2(r.usable, qPrintable(r.error.toString()));
    QCOMPARE(r.security, security);
    QCOMPARE(r.certificate, ProbeResult::CertificateStatus::Verified);
    QVERIFY(r.sslErrors.isEmpty());
    QCOMPARE(r.sha256, CertificateException::digestOf(m_dovecot.serverCertificate()));
    QVERIFY(r.saslMechanisms.contains("PLAIN"));
    QVERIFY(r.saslMechanisms.contains("SCRAM-SHA-256"));
    QVERIFY(r.userPass);
    QVERIFY(r.uidl);
    QVERIFY(r.top);
    QVERIFY(r.pipelining);
    QCOMPARE(r.recommendedMechanism(), AuthMethod::ScramSha256);
    QCOMPARE(lines, expectedLines);
}

void TestDiscoveryProbe::dovecotUnknownCa()
{
    QStringList lines;
    const ProbeResult r
        = probe({u"localhost"_qs, m_dovecot.pop3sPort(), Security::ImplicitTls, {}}, {}, &lines);
    ++m_probes;
    QVERIFY2(r.usable, qPrintable(r.error.toString()));
    QCOMPARE(r.certificate, ProbeResult::CertificateStatus::Untrusted);
    QVERIFY(!r.sslErrors.isEmpty());
    QCOMPARE(r.sha256, CertificateException::digestOf(m_dovecot.serverCertificate()));
    QCOMPARE(r.securityRank(), 1);
    QVERIFY(r.saslMechanisms.contains("PLAIN")); // read past it, for this connection only
    QCOMPARE(lines, QStringList({u"CAPA"_qs, u"QUIT"_qs}));
}

void TestDiscoveryProbe::dovecotOtherName()
{
    // The certificate names localhost and 127.0.0.1. Reached under another name (as an SRV
    // answer might name it), a trusted chain is not enough: the name must match.
    const QString name = otherLoopbackName();
    if (name.isEmpty()) {
        QSKIP("/etc/hosts has no name for 127.0.0.1 other than localhost");
    }
    const ProbeResult r = probe(
        {name, m_dovecot.pop3sPort(), Security::ImplicitTls, {}}, m_dovecot.caCertificates());
    ++m_probes;
    QCOMPARE(r.certificate, ProbeResult::CertificateStatus::Untrusted);
    bool mismatch = false;
    for (const QSslError& e : r.sslErrors) {
        mismatch |= e.error() == QSslError::HostNameMismatch;
    }
    QVERIFY(mismatch);
    QCOMPARE(r.sha256, CertificateException::digestOf(m_dovecot.serverCertificate()));
}

void TestDiscoveryProbe::dovecotSawNoCredential()
{
    QVERIFY(m_probes >= 4);
    const QString log = m_dovecot.logText();
    // auth_verbose is on: any USER/PASS, APOP or AUTH would show up as an auth attempt.
    QVERIFY2(log.contains(u"no auth attempts"_qs), qPrintable(log.right(2000)));
    QVERIFY2(!log.contains(u"alice"_qs), qPrintable(log.right(2000)));
    QVERIFY(!log.contains(u"auth failed"_qs, Qt::CaseInsensitive));
    QVERIFY(!log.contains(u"Login: user="_qs));
}

// --- DNS ------------------------------------------------------------------------------

void TestDiscoveryProbe::dnsmasqSrvLookup()
{
    requireDnsmasq();
    QDnsLookupResolver resolver;
    resolver.setNameserver(m_dnsAddress);
    QSignalSpy answered(&resolver, &DnsResolver::srvLookupFinished);
    const DnsResolver::LookupId id = resolver.lookupSrv(u"_pop3s._tcp.multi.test"_qs);
    QCOMPARE(answered.count(), 0); // never from inside the call
    QVERIFY(answered.wait(WaitMs));
    QCOMPARE(answered.first().at(0).value<DnsResolver::LookupId>(), id);
    const SrvLookupResult result = answered.first().at(1).value<SrvLookupResult>();
    QCOMPARE(result.error, SrvLookupResult::Error::None);
    QCOMPARE(result.records.size(), 2);
    const QList<SrvRecord> ordered = SrvOrdering::order(result.records);
    QCOMPARE(ordered.at(0), (SrvRecord {u"first.multi.test"_qs, 995, 10, 5}));
    QCOMPARE(ordered.at(1), (SrvRecord {u"second.multi.test"_qs, 995, 20, 0}));

    answered.clear();
    resolver.lookupSrv(u"_pop3s._tcp.nothing.test"_qs);
    QVERIFY(answered.wait(WaitMs));
    QCOMPARE(
        answered.first().at(1).value<SrvLookupResult>().error, SrvLookupResult::Error::NotFound);
}

void TestDiscoveryProbe::dnsmasqRootTarget()
{
    requireDnsmasq();
    QDnsLookupResolver resolver;
    resolver.setNameserver(m_dnsAddress);
    QSignalSpy answered(&resolver, &DnsResolver::srvLookupFinished);
    resolver.lookupSrv(u"_pop3s._tcp.refused.test"_qs);
    QVERIFY(answered.wait(WaitMs));
    const SrvLookupResult result = answered.first().at(1).value<SrvLookupResult>();
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records.first().target, u"."_qs);
    QVERIFY(SrvOrdering::isServiceRefused(result.records));
}

void TestDiscoveryProbe::discoveryWithDnsmasq()
{
    requireDnsmasq();
    QDnsLookupResolver resolver;
    resolver.setNameserver(m_dnsAddress);
    ServerDiscovery::Options options;
    options.caCertificates = m_dovecot.caCertificates();
    options.probeTimeoutMs = 10000;
    ServerDiscovery discovery(&resolver, options);
    QSignalSpy finished(&discovery, &ServerDiscovery::finished);
    QVERIFY(discovery.start(u"alice@example.test"_qs));
    QVERIFY(finished.wait(WaitMs * 2));
    const QList<ProbeResult> working = discovery.workingResults();
    QCOMPARE(working.size(), 2);
    QCOMPARE(working.at(0).candidate.port, m_dovecot.pop3sPort());
    QCOMPARE(working.at(0).security, Security::ImplicitTls);
    QCOMPARE(working.at(0).certificate, ProbeResult::CertificateStatus::Verified);
    QCOMPARE(working.at(0).candidate.source, ProbeCandidate::Source::SrvPop3s);
    QCOMPARE(working.at(1).candidate.port, m_dovecot.pop3Port());
    QCOMPARE(working.at(1).security, Security::StartTls);
    QCOMPARE(discovery.candidatesTried().size(), 2); // SRV worked: no names guessed
    QCOMPARE(discovery.suggestedUserName(), u"alice@example.test"_qs);
}

// --- postbote-cli account discover -----------------------------------------------------

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(POSTBOTE_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

void TestDiscoveryProbe::cliDiscover()
{
    requireDnsmasq();
    const CliRun run = runCli({u"account"_qs, u"discover"_qs, u"alice@example.test"_qs,
        u"--dns-server"_qs, m_dnsAddress.toString(), u"--ca-file"_qs, m_dovecot.caCertificatePath(),
        u"--timeout"_qs, u"10"_qs});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QString tls = QStringLiteral("localhost, port %1").arg(m_dovecot.pop3sPort());
    const QString stls = QStringLiteral("localhost, port %1").arg(m_dovecot.pop3Port());
    QVERIFY2(run.out.contains(tls) && run.out.contains(stls), qPrintable(run.out));
    QVERIFY(run.out.indexOf(tls) < run.out.indexOf(stls)); // best first
    QVERIFY(run.out.contains(u"--security tls --auth scram-sha-256 --user alice@example.test"_qs));
    QVERIFY(run.out.contains(u"PIPELINING"_qs));
}

void TestDiscoveryProbe::cliDiscoverRefused()
{
    requireDnsmasq();
    const CliRun run = runCli({u"account"_qs, u"discover"_qs, u"bob@refused.test"_qs,
        u"--dns-server"_qs, m_dnsAddress.toString(), u"--timeout"_qs, u"5"_qs});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.out.contains(u"no POP3 service"_qs), qPrintable(run.out + run.err));
}

void TestDiscoveryProbe::cliUsageErrors()
{
    QCOMPARE(runCli({u"account"_qs, u"discover"_qs}).exitCode, 2);
    QCOMPARE(runCli({u"account"_qs, u"discover"_qs, u"not-an-address"_qs}).exitCode, 2);
    QCOMPARE(
        runCli({u"account"_qs, u"discover"_qs, u"a@example.test"_qs, u"--timeout"_qs, u"zero"_qs})
            .exitCode,
        2);
    QCOMPARE(runCli({u"account"_qs, u"discover"_qs, u"a@example.test"_qs, u"--ca-file"_qs,
                        u"/nonexistent.pem"_qs})
                 .exitCode,
        2);
}

QTEST_MAIN(TestDiscoveryProbe)
#include "tst_discovery_probe.moc"
