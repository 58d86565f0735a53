// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ServerProbe.h"

#include "net/CertificateException.h"
#include "net/SslSocketTransport.h"
#include "pop3/Pop3Session.h"

namespace Postbote {

ServerProbe::ServerProbe(const ProbeCandidate& candidate, const Options& options,
    Pop3Transport* transport, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_transport(transport)
{
    qRegisterMetaType<Postbote::ProbeResult>();
    m_result.candidate = candidate;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerProbe::onTimeout);
}

ServerProbe::~ServerProbe()
{
    // The session must go before the transport it reads from.
    delete m_session;
    m_session = nullptr;
}

void ServerProbe::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (!m_transport) {
        m_ownTransport = std::make_unique<SslSocketTransport>();
        m_transport = m_ownTransport.get();
    }
    SessionOptions options;
    options.host = m_result.candidate.host;
    options.port = m_result.candidate.port;
    options.security = m_result.candidate.security;
    options.caCertificates = m_options.caCertificates;
    options.probeOnly = true; // no user name and no password are even known here
    const int step = qMax(1000, m_options.timeoutMs);
    options.timeouts.connectMs = step;
    options.timeouts.handshakeMs = step;
    options.timeouts.replyMs = step;
    m_session = new Pop3Session(m_transport, options, this);
    connect(m_session, &Pop3Session::probed, this, &ServerProbe::onProbed);
    connect(m_session, &Pop3Session::failed, this, &ServerProbe::onFailed);
    connect(m_session, &Pop3Session::finished, this, [this] { complete(m_result); });
    connect(m_session, &Pop3Session::traffic, this, &ServerProbe::traffic);
    if (m_options.inspectUntrusted) {
        connect(m_session, &Pop3Session::certificateDecisionNeeded, this,
            &ServerProbe::onCertificateQuestion);
    }
    if (m_options.timeoutMs > 0) {
        m_timer.start(m_options.timeoutMs);
    }
    m_session->open();
}

void ServerProbe::abort()
{
    if (m_finished) {
        return;
    }
    ProbeResult result = m_result;
    result.usable = false;
    result.error = Pop3Error(Pop3Error::Kind::Cancelled, tr("The probe was cancelled."));
    complete(result);
}

void ServerProbe::complete(const ProbeResult& result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    m_result = result;
    if (m_session) {
        m_session->disconnect(this);
        m_session->abort(); // a no-op once it has closed
    }
    Q_EMIT finished(m_result);
}

void ServerProbe::recordPeerCertificate()
{
    const QList<QSslCertificate> chain = m_transport->peerCertificateChain();
    if (!chain.isEmpty() && m_result.peerCertificate.isNull()) {
        m_result.peerCertificate = chain.first();
        m_result.sha256 = CertificateException::digestOf(chain.first());
    }
    m_result.tlsDescription = m_transport->encryptionDescription();
}

void ServerProbe::onProbed(const Pop3Capabilities& capabilities)
{
    m_result.usable = true;
    if (m_session->isEncrypted()) {
        m_result.security = m_result.candidate.security == Security::ImplicitTls
            ? Security::ImplicitTls
            : Security::StartTls;
        if (m_result.certificate == ProbeResult::CertificateStatus::None) {
            m_result.certificate = ProbeResult::CertificateStatus::Verified;
        }
        recordPeerCertificate();
    } else {
        m_result.security = Security::None;
        m_result.certificate = ProbeResult::CertificateStatus::None;
    }
    m_result.capaSupported = capabilities.isKnown();
    m_result.saslMechanisms = capabilities.saslMechanisms();
    // RFC 2449 §6.7: USER is listed if USER/PASS works; a server without CAPA is a plain
    // RFC 1939 server, where USER/PASS is the usual way in.
    m_result.userPass = !capabilities.isKnown() || capabilities.hasUser();
    m_result.apop = m_session->offersApop();
    m_result.pipelining = capabilities.hasPipelining();
    m_result.uidl = capabilities.hasUidl();
    m_result.top = capabilities.hasTop();
    m_result.expire = capabilities.arguments("EXPIRE").join(' ');
    m_result.implementation = capabilities.implementation();
    // The session now says QUIT; finished() or a failure after this completes the probe.
}

void ServerProbe::onCertificateQuestion(
    const QList<QSslCertificate>& chain, const QList<QSslError>& errors)
{
    m_result.certificate = ProbeResult::CertificateStatus::Untrusted;
    m_result.sslErrors = errors;
    if (!chain.isEmpty()) {
        m_result.peerCertificate = chain.first();
        m_result.sha256 = CertificateException::digestOf(chain.first());
    }
    // Only for this connection, only to read CAPA: the exception lives in this session's
    // options and dies with it. The session fails if an error cannot be excused.
    m_session->acceptCertificate();
}

void ServerProbe::onFailed(const Pop3Error& error)
{
    if (m_result.usable) {
        complete(m_result); // the capabilities were read; a failed QUIT changes nothing
        return;
    }
    ProbeResult result = m_result;
    result.error = error;
    if (error.kind() == Pop3Error::Kind::SecurityRefusal && !error.sslErrors().isEmpty()) {
        result.certificate = ProbeResult::CertificateStatus::Untrusted;
        result.sslErrors = error.sslErrors();
        const QList<QSslCertificate> chain = error.certificateChain();
        if (!chain.isEmpty()) {
            result.peerCertificate = chain.first();
            result.sha256 = CertificateException::digestOf(chain.first());
        }
    } else if (error.kind() == Pop3Error::Kind::SecurityRefusal
        && m_result.candidate.security == Security::StartTls) {
        // Without a certificate problem this refusal means: greeted, but STLS is missing
        // or was refused. The server works, only unencrypted; report it so (it ranks last).
        const Pop3Capabilities capabilities = m_session->capabilities();
        onProbed(capabilities);
        result = m_result;
        result.error = error;
    }
    complete(result);
}

void ServerProbe::onTimeout()
{
    ProbeResult result = m_result;
    result.usable = false;
    result.error = Pop3Error(Pop3Error::Kind::Timeout,
        tr("%1, port %2 did not answer in time.")
            .arg(m_result.candidate.host)
            .arg(m_result.candidate.port));
    complete(result);
}

} // namespace Postbote
