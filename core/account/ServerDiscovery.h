// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/DnsResolver.h"
#include "account/ProbeResult.h"
#include "account/ServerProbe.h"
#include "account/SrvOrdering.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace Postbote {

/// Finds the POP3 server for an e-mail address, asynchronously and cancellably:
/// 1. SRV records _pop3s._tcp.<domain> and _pop3._tcp.<domain> (RFC 6186 §3.1), both
///    asked at once, ordered by RFC 2782; implicit TLS (pop3s) is preferred (RFC 8314 §5.1).
///    A single record with the target "." says the service is not offered (RFC 6186 §3.1).
/// 2. If SRV named nothing that works: the usual names pop.<d>, pop3.<d>, mail.<d> and <d>,
///    each on port 995 (implicit TLS) and on 110 (STLS) — skipping a kind that SRV refused.
/// Every candidate is probed by a ServerProbe (greeting and CAPA only, no credential), a few
/// at a time. The results list what works, best first (ProbeResult::isBetter).
class ServerDiscovery : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, LookingUpSrv, ProbingSrv, ProbingGuesses, Finished };
    Q_ENUM(Phase)

    struct Options
    {
        quint16 tlsPort = 995;      ///< for guessed names (RFC 8314)
        quint16 startTlsPort = 110; ///< for guessed names (RFC 1939, RFC 2595)
        int dnsTimeoutMs = 10000;
        int probeTimeoutMs = 15000;
        int maxParallelProbes = 4;
        QList<QSslCertificate> caCertificates;
        bool inspectUntrusted = true;
    };
    using ProbeFactory
        = std::function<ServerProbe*(const ProbeCandidate& candidate, const ServerProbe::Options&)>;

    /// Does not own \a resolver; it must outlive the discovery.
    explicit ServerDiscovery(DnsResolver* resolver, QObject* parent = nullptr);
    ServerDiscovery(DnsResolver* resolver, const Options& options, QObject* parent = nullptr);
    ~ServerDiscovery() override;

    /// Tests replace the real probes; the discovery owns what the factory returns.
    void setProbeFactory(ProbeFactory factory) { m_probeFactory = std::move(factory); }
    void setRandomSource(SrvOrdering::RandomSource random) { m_random = std::move(random); }

    /// The domain of \a address (after the last "@"), lower-case, in ASCII (IDNA) form;
    /// empty if the address or the domain is not valid.
    static QString domainOf(const QString& address);

    /// Starts; returns false (see errorString()) if \a address is not a valid address.
    /// finished() follows exactly once, also after cancel().
    bool start(const QString& address);
    /// Stops every lookup and probe; finished() follows at once.
    void cancel();

    Phase phase() const { return m_phase; }
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }
    QString address() const { return m_address; }
    QString domain() const { return m_domain; }
    /// Most providers use the full address as the POP3 user name.
    QString suggestedUserName() const { return m_address; }
    /// Both SRV answers were ".": the domain says it offers no POP3 at all.
    bool serviceRefused() const { return m_pop3sRefused && m_pop3Refused; }
    /// Every probed candidate, best first.
    QList<ProbeResult> results() const;
    /// The usable ones, best first.
    QList<ProbeResult> workingResults() const;
    /// The candidates in the order they were started.
    QList<ProbeCandidate> candidatesTried() const { return m_tried; }
    /// Why start() refused, as one translated sentence.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void phaseChanged(Postbote::ServerDiscovery::Phase phase);
    /// A translated line for a status bar: what is being done right now.
    void statusMessage(const QString& message);
    /// Probes done out of those known so far (the total may grow with guessed names).
    void progress(int done, int total);
    void candidateProbed(const Postbote::ProbeResult& result);
    void finished();

private:
    void setPhase(Phase phase);
    void onSrvFinished(DnsResolver::LookupId id, const SrvLookupResult& result);
    void onDnsTimeout();
    void srvDone();
    void probeGuesses();
    void enqueue(const ProbeCandidate& candidate);
    void launchProbes();
    void onProbeFinished(ServerProbe* probe, const ProbeResult& result);
    void probingDone();
    void finish();

    QPointer<DnsResolver> m_resolver;
    Options m_options;
    ProbeFactory m_probeFactory;
    SrvOrdering::RandomSource m_random;
    QTimer m_dnsTimer;
    Phase m_phase = Phase::Idle;
    QString m_address;
    QString m_domain;
    QString m_error;
    DnsResolver::LookupId m_pop3sLookup = 0;
    DnsResolver::LookupId m_pop3Lookup = 0;
    SrvLookupResult m_pop3sAnswer;
    SrvLookupResult m_pop3Answer;
    bool m_pop3sRefused = false;
    bool m_pop3Refused = false;
    QList<ProbeCandidate> m_queue;
    QList<ProbeCandidate> m_tried;
    QList<ServerProbe*> m_running;
    QList<ProbeResult> m_results;
    bool m_cancelled = false;
};

} // namespace Postbote
