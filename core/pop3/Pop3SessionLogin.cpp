// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Session, part 2: the AUTHORIZATION state (RFC 1939 §4) — greeting, CAPA, STLS, the
// login itself — and the certificate decision. Part 1, Pop3Session.cpp, holds the transport
// events, the command queue, reply dispatch, the TRANSACTION and UPDATE states and tracing.
#include "pop3/Pop3Session.h"

#include "net/Pop3Transport.h"
#include "pop3/auth/ApopDigest.h"
#include "pop3/auth/AuthSelector.h"
#include "pop3/auth/SaslMechanism.h"

namespace Postbote {
// --- the AUTHORIZATION state ------------------------------------------------------------

void Pop3Session::onGreeting(const Pop3Reply& reply)
{
    if (!reply.isOk()) {
        fail(Pop3Error(Pop3Error::Kind::Server,
            tr("The server refused the connection. Try again later."), reply.text, reply.code));
        return;
    }
    m_apopTimestamp = apopTimestamp(reply.text);
    requestCapabilities();
}

void Pop3Session::requestCapabilities()
{
    setState(SessionState::Capabilities);
    sendInternal(Pop3Command::capa(), Step::Capa);
}

void Pop3Session::onCapabilities(const Pop3Reply& reply)
{
    // RFC 2449 §5: a server without CAPA answers -ERR; it is then a plain RFC 1939 server.
    m_capabilities = reply.isOk() ? Pop3Capabilities::fromLines(reply.lines) : Pop3Capabilities();

    if (m_options.security == Security::StartTls && !m_tlsActive) {
        if (m_capabilities.isKnown() && !m_capabilities.hasStls()) {
            fail(Pop3Error(Pop3Error::Kind::SecurityRefusal,
                tr("The server does not offer STARTTLS (STLS), so the password would "
                   "travel unencrypted. Nothing was sent. Choose TLS on port 995, "
                   "or ask your provider.")));
            return;
        }
        setState(SessionState::StartTls);
        sendInternal(Pop3Command::stls(), Step::Stls);
        return;
    }
    if (m_options.probeOnly) {
        // Discovery looks, never logs in: QUIT in the AUTHORIZATION state (RFC 1939 §4)
        // ends the connection without an UPDATE state, and no credential was sent.
        Q_EMIT probed(m_capabilities);
        if (m_state == SessionState::Capabilities) {
            m_quitQueued = true;
            sendInternal(Pop3Command::quit(), Step::Quit);
        }
        return;
    }

    bool pipelining = false;
    switch (m_options.pipelining) {
    case PipeliningMode::Auto:
        pipelining = m_capabilities.hasPipelining();
        break;
    case PipeliningMode::On:
        pipelining = true;
        break;
    case PipeliningMode::Off:
        break;
    }
    if (pipelining) {
        m_queue.setWindow(m_options.highWatermark, m_options.lowWatermark);
    } else {
        m_queue.setWindow(1, 0);
    }
    beginAuthentication();
}

void Pop3Session::onStls(const Pop3Reply& reply)
{
    if (!reply.isOk()) {
        fail(Pop3Error(Pop3Error::Kind::SecurityRefusal,
            tr("The server refused to switch to an encrypted connection (STLS), so "
               "nothing was sent. Choose TLS on port 995, or ask your provider."),
            reply.text, reply.code));
        return;
    }
    // Whatever follows the +OK in the same read was sent before TLS: drop it unread.
    m_parser.reset();
    m_awaitingTls = true;
    armTimer(m_options.timeouts.handshakeMs);
    m_transport->startTls();
}

void Pop3Session::beginAuthentication()
{
    const AuthSelector::Choice choice
        = AuthSelector::choose(m_options.auth, m_capabilities, m_apopTimestamp, m_tlsActive);
    if (!choice.ok()) {
        fail(Pop3Error(choice.securityRefusal ? Pop3Error::Kind::SecurityRefusal
                                              : Pop3Error::Kind::Authentication,
            choice.error));
        return;
    }
    setState(SessionState::Authorization);
    m_usedAuth = choice.method;
    trace(ProtocolEvent::Direction::Info,
        tr("Logging in with %1").arg(authMethodName(choice.method)));
    switch (choice.method) {
    case AuthMethod::UserPass:
        sendInternal(Pop3Command::user(m_options.user), Step::User);
        return;
    case AuthMethod::Apop:
        sendInternal(
            Pop3Command::apop(m_options.user, apopDigest(m_apopTimestamp, m_options.password)),
            Step::Apop);
        return;
    default:
        break;
    }
    m_sasl = SaslMechanism::create(choice.method, m_options.user, m_options.password);
    m_saslCancelled = false;
    m_deferredInitialResponse.clear();
    if (!m_sasl) {
        fail(Pop3Error(
            Pop3Error::Kind::Authentication, tr("The chosen login method is not available.")));
        return;
    }
    const std::optional<QByteArray> initial = m_sasl->initialResponse();
    if (initial) {
        // RFC 5034 §4: an empty initial response is sent as "=".
        const QByteArray encoded = initial->isEmpty() ? QByteArray("=") : initial->toBase64();
        const Pop3Command command = Pop3Command::auth(m_sasl->name(), encoded);
        if (command.isValid()) {
            sendInternal(command, Step::Auth);
            return;
        }
        // RFC 5034 §4: too long for one command line; send it after the empty challenge.
        m_deferredInitialResponse = encoded;
    }
    sendInternal(Pop3Command::auth(m_sasl->name()), Step::Auth);
}

void Pop3Session::writeSaslResponse(const Pop3Command& response)
{
    trace(ProtocolEvent::Direction::Client, response.maskedText());
    m_transport->write(response.wire());
    armTimer(m_options.timeouts.replyMs);
}

void Pop3Session::onSaslChallenge(const Pop3Reply& reply)
{
    if (m_saslCancelled) {
        return; // the server must answer our "*" with -ERR (RFC 5034 §4)
    }
    if (!m_deferredInitialResponse.isEmpty()) {
        writeSaslResponse(Pop3Command::authResponse(m_deferredInitialResponse));
        m_deferredInitialResponse.clear();
        return;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(reply.text, QByteArray::AbortOnBase64DecodingErrors);
    std::optional<QByteArray> response;
    if (decoded) {
        response = m_sasl->respond(*decoded);
    }
    if (!response) {
        m_saslCancelled = true;
        writeSaslResponse(Pop3Command::authCancel());
        return;
    }
    writeSaslResponse(Pop3Command::authResponse(response->toBase64()));
}

Pop3Error Pop3Session::authFailure(const Pop3Reply& reply) const
{
    // RFC 3206 §4 and RFC 2449 §8.1: these codes say the password was not the problem.
    const QByteArray code = reply.code.toUpper();
    if (code == "IN-USE") {
        return Pop3Error(Pop3Error::Kind::Server,
            tr("The mailbox is in use by another mail program. Close it or wait "
               "a few minutes, then try again."),
            reply.text, reply.code);
    }
    if (code == "LOGIN-DELAY") {
        return Pop3Error(Pop3Error::Kind::Server,
            tr("The server allows mail checks only at longer intervals. Wait a "
               "while, then try again."),
            reply.text, reply.code);
    }
    if (code == "SYS/TEMP") {
        return Pop3Error(Pop3Error::Kind::Server,
            tr("The server has a temporary problem. Try again later."), reply.text, reply.code);
    }
    if (code == "SYS/PERM") {
        return Pop3Error(Pop3Error::Kind::Server,
            tr("The server has a lasting problem with this mailbox. Contact your "
               "provider."),
            reply.text, reply.code);
    }
    return Pop3Error(Pop3Error::Kind::Authentication,
        tr("The server refused the user name or password. Check them and try "
           "again."),
        reply.text, reply.code);
}

void Pop3Session::onAuthReply(Step step, const Pop3Reply& reply)
{
    if (step == Step::User) {
        if (!reply.isOk()) {
            fail(authFailure(reply));
            return;
        }
        sendInternal(Pop3Command::pass(m_options.password), Step::Pass);
        return;
    }
    if (step == Step::Auth && m_saslCancelled) {
        fail(Pop3Error(Pop3Error::Kind::Authentication,
            m_sasl && !m_sasl->errorString().isEmpty()
                ? m_sasl->errorString()
                : tr("The server's login challenge was invalid. Try another login "
                     "method.")));
        return;
    }
    if (!reply.isOk()) {
        fail(authFailure(reply));
        return;
    }
    if (step == Step::Auth && (!m_sasl || !m_sasl->isComplete())) {
        // SCRAM authenticates the server too; a +OK without its proof could be an impostor.
        fail(Pop3Error(Pop3Error::Kind::SecurityRefusal,
            tr("The server accepted the login without proving that it knows the "
               "password. It may not be the real server; the connection was "
               "closed.")));
        return;
    }
    enterTransaction();
}

void Pop3Session::enterTransaction()
{
    m_sasl.reset();
    // The secret is no longer needed once logged in; do not keep it around longer.
    m_options.password.fill(QLatin1Char('\0'));
    m_options.password.clear();
    setState(SessionState::Transaction);
    trace(ProtocolEvent::Direction::Info, tr("Logged in"));
    m_timer.stop();
    Q_EMIT ready();
    if (m_state == SessionState::Transaction) {
        pump();
    }
}

// --- certificates -----------------------------------------------------------------------

void Pop3Session::acceptCertificate()
{
    if (m_state != SessionState::AwaitingCertificateDecision) {
        return;
    }
    // One exception per certificate named by the errors, excusing only those errors.
    QList<QSslCertificate> certificates;
    for (const QSslError& error : std::as_const(m_pendingSslErrors)) {
        if (error.certificate().isNull()) {
            Pop3Error refusal(Pop3Error::Kind::SecurityRefusal,
                tr("This certificate problem cannot be accepted: %1").arg(error.errorString()));
            refusal.setCertificateProblem(m_pendingSslErrors, m_pendingChain);
            fail(refusal);
            return;
        }
        if (!certificates.contains(error.certificate())) {
            certificates.append(error.certificate());
        }
    }
    for (const QSslCertificate& certificate : std::as_const(certificates)) {
        QList<QSslError> errors;
        for (const QSslError& error : std::as_const(m_pendingSslErrors)) {
            if (error.certificate() == certificate) {
                errors.append(error);
            }
        }
        m_options.certificateExceptions.append(
            CertificateException::fromErrors(certificate, errors));
    }
    trace(ProtocolEvent::Direction::Tls, tr("Certificate accepted by the user; reconnecting"));
    m_pendingSslErrors.clear();
    m_pendingChain.clear();
    connectTransport();
}

void Pop3Session::rejectCertificate()
{
    if (m_state != SessionState::AwaitingCertificateDecision) {
        return;
    }
    Pop3Error refusal(Pop3Error::Kind::SecurityRefusal,
        tr("The certificate of %1 was not accepted, so the connection was closed "
           "before anything was sent.")
            .arg(m_options.host));
    refusal.setCertificateProblem(m_pendingSslErrors, m_pendingChain);
    fail(refusal);
}

} // namespace Postbote
