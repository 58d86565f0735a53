// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ServerDiscovery.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Postbote {

ServerDiscovery::ServerDiscovery(DnsResolver* resolver, QObject* parent)
    : ServerDiscovery(resolver, Options(), parent)
{ }

ServerDiscovery::ServerDiscovery(DnsResolver* resolver, const Options& options, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_options(options)
{
    qRegisterMetaType<Postbote::ProbeResult>();
    m_dnsTimer.setSingleShot(true);
    connect(&m_dnsTimer, &QTimer::timeout, this, &ServerDiscovery::onDnsTimeout);
    if (m_resolver) {
        connect(m_resolver, &DnsResolver::srvLookupFinished, this, &ServerDiscovery::onSrvFinished);
    }
    m_probeFactory = [](const ProbeCandidate& candidate, const ServerProbe::Options& probeOptions) {
        return new ServerProbe(candidate, probeOptions);
    };
}

ServerDiscovery::~ServerDiscovery()
{
    for (ServerProbe* probe : std::as_const(m_running)) {
        probe->disconnect(this);
        delete probe;
    }
    m_running.clear();
    if (m_resolver) {
        m_resolver->cancel(m_pop3sLookup);
        m_resolver->cancel(m_pop3Lookup);
    }
}

QString ServerDiscovery::domainOf(const QString& address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0 || trimmed.contains(QRegularExpression(QStringLiteral("\\s")))) {
        return {};
    }
    QString domain = trimmed.mid(at + 1).toLower();
    if (domain.endsWith(u'.')) {
        domain.chop(1);
    }
    // IDNA (RFC 5891): DNS and certificates use the ASCII form.
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    if (ace.isEmpty() || ace.size() > 253) {
        return {};
    }
    // RFC 1123 §2.1 host name syntax: letters, digits and hyphens, labels of 1 to 63.
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = ace.split(u'.');
    for (const QString& part : labels) {
        if (!label.match(part).hasMatch()) {
            return {};
        }
    }
    return ace;
}

bool ServerDiscovery::isRunning() const
{
    return m_phase != Phase::Idle && m_phase != Phase::Finished;
}

bool ServerDiscovery::start(const QString& address)
{
    if (isRunning()) {
        return false;
    }
    m_domain = domainOf(address);
    if (m_domain.isEmpty()) {
        m_error = tr("“%1” is not a valid e-mail address. Enter it as name@example.org.")
                      .arg(address.trimmed());
        return false;
    }
    if (!m_resolver) {
        m_error = tr("No DNS resolver is available.");
        return false;
    }
    m_address = address.trimmed();
    m_error.clear();
    m_cancelled = false;
    m_pop3sRefused = m_pop3Refused = false;
    m_pop3sAnswer = m_pop3Answer = SrvLookupResult();
    m_queue.clear();
    m_tried.clear();
    m_results.clear();

    setPhase(Phase::LookingUpSrv);
    Q_EMIT statusMessage(tr("Looking up the mail servers of %1 …").arg(m_domain));
    // RFC 6186 §3.1: both services may be asked for; pop3s is preferred when both exist.
    m_pop3sLookup = m_resolver->lookupSrv(QStringLiteral("_pop3s._tcp.") + m_domain);
    m_pop3Lookup = m_resolver->lookupSrv(QStringLiteral("_pop3._tcp.") + m_domain);
    if (m_options.dnsTimeoutMs > 0) {
        m_dnsTimer.start(m_options.dnsTimeoutMs);
    }
    return true;
}

void ServerDiscovery::cancel()
{
    if (!isRunning()) {
        return;
    }
    m_cancelled = true;
    m_dnsTimer.stop();
    if (m_resolver) {
        m_resolver->cancel(m_pop3sLookup);
        m_resolver->cancel(m_pop3Lookup);
    }
    m_pop3sLookup = m_pop3Lookup = 0;
    m_queue.clear();
    const QList<ServerProbe*> running = m_running;
    m_running.clear();
    for (ServerProbe* probe : running) {
        probe->disconnect(this);
        probe->abort();
        probe->deleteLater();
    }
    finish();
}

void ServerDiscovery::setPhase(Phase phase)
{
    if (m_phase != phase) {
        m_phase = phase;
        Q_EMIT phaseChanged(phase);
    }
}

void ServerDiscovery::onSrvFinished(DnsResolver::LookupId id, const SrvLookupResult& result)
{
    if (m_phase != Phase::LookingUpSrv || id == 0) {
        return;
    }
    if (id == m_pop3sLookup) {
        m_pop3sAnswer = result;
        m_pop3sLookup = 0;
    } else if (id == m_pop3Lookup) {
        m_pop3Answer = result;
        m_pop3Lookup = 0;
    } else {
        return;
    }
    if (m_pop3sLookup == 0 && m_pop3Lookup == 0) {
        srvDone();
    }
}

void ServerDiscovery::onDnsTimeout()
{
    if (m_phase != Phase::LookingUpSrv) {
        return;
    }
    // An answer that did not come in time counts as a failed lookup; guessing goes on.
    if (m_resolver) {
        m_resolver->cancel(m_pop3sLookup);
        m_resolver->cancel(m_pop3Lookup);
    }
    if (m_pop3sLookup != 0) {
        m_pop3sAnswer.error = SrvLookupResult::Error::Failed;
    }
    if (m_pop3Lookup != 0) {
        m_pop3Answer.error = SrvLookupResult::Error::Failed;
    }
    m_pop3sLookup = m_pop3Lookup = 0;
    srvDone();
}

void ServerDiscovery::srvDone()
{
    m_dnsTimer.stop();
    m_pop3sRefused = SrvOrdering::isServiceRefused(m_pop3sAnswer.records);
    m_pop3Refused = SrvOrdering::isServiceRefused(m_pop3Answer.records);
    if (serviceRefused()) {
        Q_EMIT statusMessage(tr("%1 states in DNS that it offers no POP3 service.").arg(m_domain));
        finish();
        return;
    }
    for (const SrvRecord& record : SrvOrdering::order(m_pop3sAnswer.records, m_random)) {
        enqueue(
            {record.target, record.port, Security::ImplicitTls, ProbeCandidate::Source::SrvPop3s});
    }
    for (const SrvRecord& record : SrvOrdering::order(m_pop3Answer.records, m_random)) {
        enqueue({record.target, record.port, Security::StartTls, ProbeCandidate::Source::SrvPop3});
    }
    if (m_queue.isEmpty()) {
        probeGuesses();
        return;
    }
    setPhase(Phase::ProbingSrv);
    launchProbes();
}

void ServerDiscovery::probeGuesses()
{
    setPhase(Phase::ProbingGuesses);
    const QStringList hosts {QStringLiteral("pop.") + m_domain, QStringLiteral("pop3.") + m_domain,
        QStringLiteral("mail.") + m_domain, m_domain};
    for (const QString& host : hosts) {
        // A kind of service that SRV declared "not offered" is not guessed either.
        if (!m_pop3sRefused) {
            enqueue(
                {host, m_options.tlsPort, Security::ImplicitTls, ProbeCandidate::Source::Guess});
        }
        if (!m_pop3Refused) {
            enqueue(
                {host, m_options.startTlsPort, Security::StartTls, ProbeCandidate::Source::Guess});
        }
    }
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    launchProbes();
}

void ServerDiscovery::enqueue(const ProbeCandidate& candidate)
{
    if (candidate.host.isEmpty() || candidate.port == 0) {
        return;
    }
    auto same = [&candidate](const ProbeCandidate& c) {
        return c.sameServer(candidate);
    };
    if (std::any_of(m_tried.cbegin(), m_tried.cend(), same)
        || std::any_of(m_queue.cbegin(), m_queue.cend(), same)) {
        return;
    }
    m_queue.append(candidate);
}

void ServerDiscovery::launchProbes()
{
    const int limit = qMax(1, m_options.maxParallelProbes);
    while (!m_queue.isEmpty() && m_running.size() < limit) {
        const ProbeCandidate candidate = m_queue.takeFirst();
        m_tried.append(candidate);
        ServerProbe::Options options;
        options.timeoutMs = m_options.probeTimeoutMs;
        options.caCertificates = m_options.caCertificates;
        options.inspectUntrusted = m_options.inspectUntrusted;
        ServerProbe* probe = m_probeFactory(candidate, options);
        probe->setParent(this);
        m_running.append(probe);
        connect(probe, &ServerProbe::finished, this,
            [this, probe](const ProbeResult& result) { onProbeFinished(probe, result); });
        Q_EMIT statusMessage(tr("Trying %1, port %2 (%3) …")
                                 .arg(candidate.host)
                                 .arg(candidate.port)
                                 .arg(securityName(candidate.security)));
        Q_EMIT progress(int(m_results.size()), int(m_tried.size() + m_queue.size()));
        probe->start();
        if (!isRunning()) {
            return; // cancelled from a slot
        }
    }
}

void ServerDiscovery::onProbeFinished(ServerProbe* probe, const ProbeResult& result)
{
    if (!m_running.removeOne(probe)) {
        return;
    }
    probe->disconnect(this);
    probe->deleteLater(); // we may be inside its signal
    ProbeResult stored = result;
    stored.order = int(m_results.size());
    for (qsizetype i = 0; i < m_tried.size(); ++i) {
        if (m_tried.at(i).sameServer(result.candidate)) {
            stored.order = int(i);
            break;
        }
    }
    m_results.append(stored);
    Q_EMIT candidateProbed(stored);
    if (!isRunning()) {
        return;
    }
    Q_EMIT progress(int(m_results.size()), int(m_tried.size() + m_queue.size()));
    if (!m_queue.isEmpty()) {
        launchProbes();
        return;
    }
    if (m_running.isEmpty()) {
        probingDone();
    }
}

void ServerDiscovery::probingDone()
{
    const bool anyWorks = std::any_of(
        m_results.cbegin(), m_results.cend(), [](const ProbeResult& r) { return r.usable; });
    if (m_phase == Phase::ProbingSrv && !anyWorks) {
        // RFC 6186 §3.1 names what the domain wants used; if none of it answers, the
        // usual names are the fallback.
        probeGuesses();
        return;
    }
    finish();
}

void ServerDiscovery::finish()
{
    setPhase(Phase::Finished);
    if (!m_cancelled) {
        const int working = int(workingResults().size());
        Q_EMIT statusMessage(working > 0
                ? tr("Found %n working server(s).", nullptr, working)
                : tr("No working POP3 server was found for %1.").arg(m_domain));
    }
    Q_EMIT finished();
}

QList<ProbeResult> ServerDiscovery::results() const
{
    QList<ProbeResult> sorted = m_results;
    std::stable_sort(sorted.begin(), sorted.end(), &ProbeResult::isBetter);
    return sorted;
}

QList<ProbeResult> ServerDiscovery::workingResults() const
{
    QList<ProbeResult> working;
    for (const ProbeResult& result : results()) {
        if (result.usable) {
            working.append(result);
        }
    }
    return working;
}

} // namespace Postbote
