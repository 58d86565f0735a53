// SPDX-License-Identifier: GPL-3.0-or-later
// ServerDiscovery on a resolver the test controls: SRV first (pop3s before pop3, RFC 2782
// order), then the usual names; "." means "not offered" (RFC 6186 §3.1); results best
// first; bounded parallelism; cancellation; and one run with real probes against the demo
// server on loopback.
#include "FakeDnsResolver.h"
#include "account/ServerDiscovery.h"
#include "server/DemoPop3Server.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Postbote;
using Postbote::Test::FakeDnsResolver;

namespace {

QString key(const ProbeCandidate& c)
{
    return QStringLiteral("%1:%2:%3").arg(c.host).arg(c.port).arg(int(c.security));
}

/// Outcomes per candidate, and a log of what was started and how many ran at once.
struct ProbeWorld
{
    QHash<QString, ProbeResult> outcomes; // missing: unreachable
    QStringList started;
    QStringList aborted;
    int running = 0;
    int maxRunning = 0;
    int delayMs = 1;
};

class FakeProbe : public ServerProbe
{
public:
    FakeProbe(const ProbeCandidate& candidate, ProbeWorld* world)
        : ServerProbe(candidate, {})
        , m_world(world)
    { }
    ~FakeProbe() override
    {
        if (m_running) {
            --m_world->running;
        }
    }
    void start() override
    {
        m_running = true;
        m_world->started.append(key(candidate()));
        m_world->maxRunning = qMax(m_world->maxRunning, ++m_world->running);
        QTimer::singleShot(m_world->delayMs, this, [this] {
            ProbeResult result = m_world->outcomes.value(key(candidate()));
            result.candidate = candidate();
            if (!result.usable) {
                result.error = Pop3Error(Pop3Error::Kind::Network, QStringLiteral("unreachable"));
            }
            stop();
            complete(result);
        });
    }
    void abort() override
    {
        m_world->aborted.append(key(candidate()));
        stop();
        ServerProbe::abort();
    }

private:
    void stop()
    {
        if (m_running) {
            m_running = false;
            --m_world->running;
        }
    }
    ProbeWorld* m_world;
    bool m_running = false;
};

ProbeResult works(Security security, QList<QByteArray> sasl = {"PLAIN"},
    ProbeResult::CertificateStatus certificate = ProbeResult::CertificateStatus::Verified)
{
    ProbeResult r;
    r.usable = true;
    r.security = security;
    r.certificate = security == Security::None ? ProbeResult::CertificateStatus::None : certificate;
    r.capaSupported = true;
    r.saslMechanisms = sasl;
    r.userPass = true;
    return r;
}

ProbeCandidate cand(const char* host, quint16 port, Security security)
{
    return {QString::fromLatin1(host), port, security, ProbeCandidate::Source::Given};
}

struct Fixture
{
    FakeDnsResolver resolver;
    ProbeWorld world;
    ServerDiscovery::Options options;
    std::unique_ptr<ServerDiscovery> discovery;

    Fixture()
    {
        options.tlsPort = 1995;
        options.startTlsPort = 1110;
        options.maxParallelProbes = 1;
        options.dnsTimeoutMs = 5000;
    }
    ServerDiscovery& make()
    {
        discovery = std::make_unique<ServerDiscovery>(&resolver, options);
        discovery->setRandomSource([](quint32) { return 0u; });
        ProbeWorld* w = &world;
        discovery->setProbeFactory([w](const ProbeCandidate& c, const ServerProbe::Options&) {
            return new FakeProbe(c, w);
        });
        return *discovery;
    }
    bool run(const QString& address)
    {
        ServerDiscovery& d = discovery ? *discovery : make();
        QSignalSpy finished(&d, &ServerDiscovery::finished);
        if (!d.start(address)) {
            return false;
        }
        return finished.wait(5000) && finished.count() == 1;
    }
};

QStringList keys(const QList<ProbeResult>& results)
{
    QStringList out;
    for (const ProbeResult& r : results) {
        out.append(key(r.candidate));
    }
    return out;
}

QStringList guesses(const char* domain, bool tls = true, bool startTls = true)
{
    QStringList out;
    const QString d = QString::fromLatin1(domain);
    for (const QString& host : QStringList {u"pop."_qs + d, u"pop3."_qs + d, u"mail."_qs + d, d}) {
        if (tls) {
            out.append(key({host, 1995, Security::ImplicitTls, {}}));
        }
        if (startTls) {
            out.append(key({host, 1110, Security::StartTls, {}}));
        }
    }
    return out;
}

} // namespace

class TestServerDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void domainOf_data();
    void domainOf();
    void invalidAddressIsRefused();
    void srvCandidatesFirstAndBestFirst();
    void fallbackNamesWithoutSrv();
    void fallbackWhenSrvTargetsFail();
    void dotMeansNotOffered();
    void dotForOneServiceSkipsItsGuesses();
    void ranking_data();
    void ranking();
    void boundedParallelism();
    void dnsTimeoutFallsBackToGuesses();
    void cancelDuringDns();
    void cancelDuringProbing();
    void realProbeAgainstDemoServer();
};

void TestServerDiscovery::domainOf_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("domain");
    QTest::newRow("plain") << u"max@example.org"_qs << u"example.org"_qs;
    QTest::newRow("case and final dot") << u" Max@Example.ORG. "_qs << u"example.org"_qs;
    QTest::newRow("last @ counts") << u"\"a@b\"@example.org"_qs << u"example.org"_qs;
    QTest::newRow("IDN") << u"anna@bücher.de"_qs << u"xn--bcher-kva.de"_qs;
    QTest::newRow("no @") << u"example.org"_qs << QString();
    QTest::newRow("no local part") << u"@example.org"_qs << QString();
    QTest::newRow("no domain") << u"max@"_qs << QString();
    QTest::newRow("space") << u"max@exa mple.org"_qs << QString();
    QTest::newRow("leading hyphen") << u"max@-bad.org"_qs << QString();
    QTest::newRow("empty label") << u"max@example..org"_qs << QString();
    QTest::newRow("underscore") << u"max@ex_ample.org"_qs << QString();
}

void TestServerDiscovery::domainOf()
{
    QFETCH(QString, address);
    QFETCH(QString, domain);
    QCOMPARE(ServerDiscovery::domainOf(address), domain);
}

void TestServerDiscovery::invalidAddressIsRefused()
{
    Fixture f;
    ServerDiscovery& d = f.make();
    QSignalSpy finished(&d, &ServerDiscovery::finished);
    QVERIFY(!d.start(u"not an address"_qs));
    QVERIFY(!d.errorString().isEmpty());
    QVERIFY(f.resolver.askedNames().isEmpty());
    QCOMPARE(finished.count(), 0);
}

void TestServerDiscovery::srvCandidatesFirstAndBestFirst()
{
    Fixture f;
    f.resolver.setRecords(u"_pop3s._tcp.example.org"_qs,
        {{u"b.example.net"_qs, 995, 20, 0}, {u"a.example.net"_qs, 995, 10, 0}});
    f.resolver.setRecords(u"_pop3._tcp.example.org"_qs, {{u"c.example.net"_qs, 110, 0, 0}});
    f.world.outcomes.insert(key(cand("a.example.net", 995, Security::ImplicitTls)),
        works(Security::ImplicitTls, {"PLAIN"}));
    f.world.outcomes.insert(key(cand("c.example.net", 110, Security::StartTls)),
        works(Security::StartTls, {"SCRAM-SHA-256"}));
    ServerDiscovery& d = f.make();
    QSignalSpy probed(&d, &ServerDiscovery::candidateProbed);
    QSignalSpy progress(&d, &ServerDiscovery::progress);
    QVERIFY(f.run(u"max@example.org"_qs));

    QCOMPARE(f.resolver.askedNames(),
        QStringList({u"_pop3s._tcp.example.org"_qs, u"_pop3._tcp.example.org"_qs}));
    // pop3s in priority order, then pop3; no guessing since something works.
    QCOMPARE(f.world.started,
        QStringList({key(cand("a.example.net", 995, Security::ImplicitTls)),
            key(cand("b.example.net", 995, Security::ImplicitTls)),
            key(cand("c.example.net", 110, Security::StartTls))}));
    QCOMPARE(probed.count(), 3);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    // Verified implicit TLS beats STARTTLS even with the weaker mechanism.
    QCOMPARE(keys(d.workingResults()),
        QStringList({key(cand("a.example.net", 995, Security::ImplicitTls)),
            key(cand("c.example.net", 110, Security::StartTls))}));
    QCOMPARE(d.results().size(), 3);
    QVERIFY(!d.results().last().usable);
    QCOMPARE(d.results().first().candidate.source, ProbeCandidate::Source::SrvPop3s);
    QCOMPARE(d.suggestedUserName(), u"max@example.org"_qs);
    QCOMPARE(d.phase(), ServerDiscovery::Phase::Finished);
}

void TestServerDiscovery::fallbackNamesWithoutSrv()
{
    Fixture f; // nothing set up: both SRV names are NXDOMAIN
    f.world.outcomes.insert(
        key(cand("mail.example.org", 1110, Security::StartTls)), works(Security::StartTls));
    ServerDiscovery& d = f.make();
    QSignalSpy phases(&d, &ServerDiscovery::phaseChanged);
    QVERIFY(f.run(u"max@example.org"_qs));
    QCOMPARE(f.world.started, guesses("example.org"));
    QCOMPARE(keys(d.workingResults()),
        QStringList({key(cand("mail.example.org", 1110, Security::StartTls))}));
    QCOMPARE(d.workingResults().first().candidate.source, ProbeCandidate::Source::Guess);
    QCOMPARE(phases.first().first().value<ServerDiscovery::Phase>(),
        ServerDiscovery::Phase::LookingUpSrv);
    bool guessed = false;
    for (const QList<QVariant>& p : phases) {
        guessed
            |= p.first().value<ServerDiscovery::Phase>() == ServerDiscovery::Phase::ProbingGuesses;
    }
    QVERIFY(guessed);
}

void TestServerDiscovery::fallbackWhenSrvTargetsFail()
{
    Fixture f;
    f.resolver.setRecords(u"_pop3s._tcp.example.org"_qs, {{u"gone.example.org"_qs, 995, 0, 0}});
    f.resolver.setFailure(u"_pop3._tcp.example.org"_qs);
    f.world.outcomes.insert(
        key(cand("pop.example.org", 1995, Security::ImplicitTls)), works(Security::ImplicitTls));
    ServerDiscovery& d = f.make();
    QVERIFY(f.run(u"max@example.org"_qs));
    QCOMPARE(f.world.started,
        QStringList({key(cand("gone.example.org", 995, Security::ImplicitTls))})
            + guesses("example.org"));
    QCOMPARE(d.workingResults().size(), 1);
    QCOMPARE(d.workingResults().first().candidate.host, u"pop.example.org"_qs);
}

void TestServerDiscovery::dotMeansNotOffered()
{
    Fixture f;
    f.resolver.setRecords(u"_pop3s._tcp.example.org"_qs, {{u"."_qs, 0, 0, 0}});
    f.resolver.setRecords(u"_pop3._tcp.example.org"_qs, {{u"."_qs, 0, 0, 0}});
    ServerDiscovery& d = f.make();
    QVERIFY(f.run(u"max@example.org"_qs));
    QVERIFY(d.serviceRefused());
    QVERIFY(f.world.started.isEmpty());
    QVERIFY(d.results().isEmpty());
}

void TestServerDiscovery::dotForOneServiceSkipsItsGuesses()
{
    Fixture f;
    f.resolver.setRecords(u"_pop3s._tcp.example.org"_qs, {{u"."_qs, 0, 0, 0}});
    ServerDiscovery& d = f.make();
    QVERIFY(f.run(u"max@example.org"_qs));
    QVERIFY(!d.serviceRefused());
    QCOMPARE(f.world.started, guesses("example.org", false, true));
}

void TestServerDiscovery::ranking_data()
{
    using CS = ProbeResult::CertificateStatus;
    QTest::addColumn<ProbeResult>("better");
    QTest::addColumn<ProbeResult>("worse");
    QTest::newRow("verified TLS > STARTTLS")
        << works(Security::ImplicitTls) << works(Security::StartTls, {"SCRAM-SHA-256"});
    QTest::newRow("STARTTLS > untrusted TLS") << works(
        Security::StartTls) << works(Security::ImplicitTls, {"SCRAM-SHA-256"}, CS::Untrusted);
    QTest::newRow("untrusted > plain") << works(Security::ImplicitTls, {"PLAIN"}, CS::Untrusted)
                                       << works(Security::None, {"SCRAM-SHA-256"});
    QTest::newRow("stronger mechanism") << works(Security::ImplicitTls, {"SCRAM-SHA-256"})
                                        << works(Security::ImplicitTls, {"PLAIN", "LOGIN"});
    QTest::newRow("CRAM-MD5 > PLAIN")
        << works(Security::StartTls, {"CRAM-MD5"}) << works(Security::StartTls, {"PLAIN"});
    ProbeResult unusable = works(Security::ImplicitTls, {"SCRAM-SHA-256"});
    unusable.usable = false;
    QTest::newRow("usable > unusable") << works(Security::None, {}) << unusable;
    ProbeResult first = works(Security::ImplicitTls);
    ProbeResult later = works(Security::ImplicitTls);
    first.order = 0;
    later.order = 1;
    QTest::newRow("tie: tried first") << first << later;
}

void TestServerDiscovery::ranking()
{
    QFETCH(ProbeResult, better);
    QFETCH(ProbeResult, worse);
    QVERIFY(ProbeResult::isBetter(better, worse));
    QVERIFY(!ProbeResult::isBetter(worse, better));
}

void TestServerDiscovery::boundedParallelism()
{
    Fixture f;
    f.options.maxParallelProbes = 3;
    f.world.delayMs = 20;
    ServerDiscovery& d = f.make();
    QVERIFY(f.run(u"max@example.org"_qs));
    QCOMPARE(f.world.started.size(), 8);
    QCOMPARE(f.world.maxRunning, 3);
    QCOMPARE(d.results().size(), 8);
    QVERIFY(d.workingResults().isEmpty());
}

void TestServerDiscovery::dnsTimeoutFallsBackToGuesses()
{
    Fixture f;
    f.options.dnsTimeoutMs = 50;
    f.resolver.hold(u"_pop3s._tcp.example.org"_qs);
    f.resolver.hold(u"_pop3._tcp.example.org"_qs);
    f.make();
    QVERIFY(f.run(u"max@example.org"_qs));
    QCOMPARE(f.resolver.cancelledIds().size(), 2);
    QCOMPARE(f.world.started, guesses("example.org"));
}

void TestServerDiscovery::cancelDuringDns()
{
    Fixture f;
    f.resolver.hold(u"_pop3s._tcp.example.org"_qs);
    ServerDiscovery& d = f.make();
    QSignalSpy finished(&d, &ServerDiscovery::finished);
    QVERIFY(d.start(u"max@example.org"_qs));
    QTest::qWait(20); // the _pop3 answer arrives, _pop3s is still pending
    QVERIFY(d.isRunning());
    d.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(d.wasCancelled());
    QCOMPARE(f.resolver.pendingCount(), 0);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QVERIFY(f.world.started.isEmpty());
}

void TestServerDiscovery::cancelDuringProbing()
{
    Fixture f;
    f.options.maxParallelProbes = 2;
    f.world.delayMs = 10000;
    ServerDiscovery& d = f.make();
    QSignalSpy finished(&d, &ServerDiscovery::finished);
    QSignalSpy probed(&d, &ServerDiscovery::candidateProbed);
    QVERIFY(d.start(u"max@example.org"_qs));
    QTRY_COMPARE(f.world.running, 2);
    d.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(d.wasCancelled());
    QCOMPARE(f.world.aborted.size(), 2);
    QCOMPARE(probed.count(), 0);
    QTest::qWait(50);
    QCOMPARE(f.world.started.size(), 2); // nothing new was started
    QCOMPARE(f.world.running, 0);
    QCOMPARE(finished.count(), 1);
}

void TestServerDiscovery::realProbeAgainstDemoServer()
{
    // Real ServerProbes over real sockets: the SRV record points at the demo server
    // (plaintext only), so STLS is missing and the result is an unencrypted server.
    DemoPop3Server server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    FakeDnsResolver resolver;
    resolver.setRecords(
        u"_pop3._tcp.example.test"_qs, {{u"127.0.0.1"_qs, server.serverPort(), 0, 0}});
    ServerDiscovery::Options options;
    options.probeTimeoutMs = 5000;
    ServerDiscovery d(&resolver, options);
    QSignalSpy finished(&d, &ServerDiscovery::finished);
    QVERIFY(d.start(u"max@example.test"_qs));
    QVERIFY(finished.wait(8000));
    const QList<ProbeResult> working = d.workingResults();
    QCOMPARE(working.size(), 1);
    const ProbeResult& r = working.first();
    QCOMPARE(r.candidate.port, server.serverPort());
    QCOMPARE(r.security, Security::None);
    QVERIFY(r.userPass);
    QVERIFY(r.uidl);
    QVERIFY(r.pipelining);
    QCOMPARE(d.candidatesTried().size(), 1); // it worked, so no names were guessed
}

QTEST_MAIN(TestServerDiscovery)
#include "tst_serverdiscovery.moc"
