// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/ProbeResult.h"
#include "trace/ProtocolEvent.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace Postbote {

class Pop3Capabilities;
class Pop3Session;
class Pop3Transport;

/// Probes one candidate server: connects with the engine's own transport and session,
/// reads the greeting and CAPA (on a STARTTLS candidate also STLS and CAPA again) and says
/// QUIT. It never sends a user name, password or AUTH command (SessionOptions::probeOnly).
///
/// The certificate is checked against the candidate's host name, never against the mail
/// domain an SRV answer came from: DNS is unauthenticated (RFC 6186 §6). An untrusted
/// certificate is reported (errors and SHA-256) and, since nothing secret is sent, the probe
/// looks past it for this one connection only, so that the result can still list the
/// mechanisms; nothing is stored and the result ranks below every trusted one.
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// Whole probe, connect to QUIT; each step also has the session's own timeouts.
        int timeoutMs = 15000;
        QList<QSslCertificate> caCertificates;
        /// Read CAPA past an untrusted certificate (reported as untrusted).
        bool inspectUntrusted = true;
    };

    /// With \a transport null the probe makes its own SslSocketTransport; otherwise it uses
    /// (and does not own) the one given, which must outlive the probe.
    ServerProbe(const ProbeCandidate& candidate, const Options& options,
        Pop3Transport* transport = nullptr, QObject* parent = nullptr);
    ~ServerProbe() override;

    const ProbeCandidate& candidate() const { return m_result.candidate; }
    /// Starts the probe; finished() follows exactly once (also after abort()).
    virtual void start();
    /// Gives up: finished() reports a cancelled, unusable result.
    virtual void abort();
    bool isFinished() const { return m_finished; }
    const ProbeResult& result() const { return m_result; }

Q_SIGNALS:
    void finished(const Postbote::ProbeResult& result);
    /// The dialogue, as Pop3Session traces it (already masked; there is nothing to mask).
    void traffic(const Postbote::ProtocolEvent& event);

protected:
    /// For fakes in tests: report \a result as this probe's outcome.
    void complete(const ProbeResult& result);

private:
    void onProbed(const Pop3Capabilities& capabilities);
    void onCertificateQuestion(const QList<QSslCertificate>& chain, const QList<QSslError>& errors);
    void onFailed(const Pop3Error& error);
    void onTimeout();
    void recordPeerCertificate();

    Options m_options;
    std::unique_ptr<Pop3Transport> m_ownTransport;
    Pop3Transport* m_transport;
    Pop3Session* m_session = nullptr;
    QTimer m_timer;
    ProbeResult m_result;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Postbote
