// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Session, part 1: transport events, the command queue, the TRANSACTION and UPDATE
// states, failure and tracing. The AUTHORIZATION state is in Pop3SessionLogin.cpp, reading
// and reply dispatch in Pop3SessionRead.cpp.
#include "pop3/Pop3Session.h"

#include "net/Pop3Transport.h"
#include "pop3/Pop3DataSink.h"
#include "pop3/auth/SaslMechanism.h"

#include <QElapsedTimer>
#include <QMetaMethod>
#include <QTimer>

namespace Postbote {

namespace {

// A payload line longer than this is cut in the trace; the data itself is never cut.
constexpr qsizetype MaxTracedLineLength = 200;

} // namespace

Pop3Session::Pop3Session(Pop3Transport* transport, const SessionOptions& options, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_options(options)
{
    qRegisterMetaType<Postbote::Pop3Error>();
    qRegisterMetaType<Postbote::Pop3Reply>();
    qRegisterMetaType<Postbote::ProtocolEvent>();
    qRegisterMetaType<Postbote::SessionState>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Pop3Session::onTimeout);
    m_continuation.setSingleShot(true);
    m_continuation.setInterval(0);
    connect(&m_continuation, &QTimer::timeout, this, &Pop3Session::onReadyRead);
    connect(m_transport, &Pop3Transport::connected, this, &Pop3Session::onConnected);
    connect(m_transport, &Pop3Transport::encrypted, this, &Pop3Session::onEncrypted);
    connect(m_transport, &Pop3Transport::readyRead, this, &Pop3Session::onReadyRead);
    connect(m_transport, &Pop3Transport::disconnected, this, &Pop3Session::onDisconnected);
    connect(m_transport, &Pop3Transport::failed, this, &Pop3Session::onTransportFailed);
}

Pop3Session::~Pop3Session()
{
    disconnect(m_transport, nullptr, this, nullptr);
    // Sinks are not touched here: they may already be gone, and their owner cleans them up.
    if (isRunning()) {
        m_transport->abort();
    }
}

bool Pop3Session::isEncrypted() const
{
    return m_tlsActive && m_transport->isEncrypted();
}

bool Pop3Session::isRunning() const
{
    return m_state != SessionState::Disconnected && m_state != SessionState::Closed
        && m_state != SessionState::Failed;
}

void Pop3Session::open()
{
    if (m_state != SessionState::Disconnected) {
        return;
    }
    m_tracing = isSignalConnected(QMetaMethod::fromSignal(&Pop3Session::traffic));
    if (m_options.host.isEmpty()) {
        fail(Pop3Error(Pop3Error::Kind::Network,
            tr("No server name was given. Enter the name of your POP3 server.")));
        return;
    }
    connectTransport();
}

void Pop3Session::connectTransport()
{
    m_parser.reset();
    m_queue.clear();
    m_queue.setWindow(1, 0);
    m_capabilities = Pop3Capabilities();
    m_apopTimestamp.clear();
    m_tlsActive = false;
    m_awaitingTls = false;
    m_awaitingGreeting = false;

    Pop3Transport::TlsPolicy policy;
    policy.caCertificates = m_options.caCertificates;
    policy.exceptions = m_options.certificateExceptions;
    policy.handshakeTimeoutMs = m_options.timeouts.handshakeMs;
    m_transport->setTlsPolicy(policy);

    const bool implicitTls = m_options.security == Security::ImplicitTls;
    setState(SessionState::Connecting);
    trace(ProtocolEvent::Direction::Info,
        tr("Connecting to %1, port %2 (%3)")
            .arg(m_options.host)
            .arg(m_options.port)
            .arg(securityName(m_options.security)));
    armTimer(m_options.timeouts.connectMs + (implicitTls ? m_options.timeouts.handshakeMs : 0));
    m_transport->connectToHost(m_options.host, m_options.port,
        implicitTls ? Pop3Transport::Mode::ImplicitTls : Pop3Transport::Mode::Plain,
        m_options.timeouts.connectMs);
}

void Pop3Session::setState(SessionState state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Pop3Session::armTimer(int ms)
{
    if (ms > 0) {
        m_timer.start(ms);
    }
}

// --- transport events -------------------------------------------------------------------

void Pop3Session::onConnected()
{
    if (m_state != SessionState::Connecting && m_state != SessionState::TlsHandshake) {
        return;
    }
    trace(ProtocolEvent::Direction::Info, tr("Connected"));
    setState(SessionState::Greeting);
    m_awaitingGreeting = true;
    armTimer(m_options.timeouts.replyMs);
}

void Pop3Session::onEncrypted()
{
    trace(ProtocolEvent::Direction::Tls,
        tr("Encrypted: %1").arg(m_transport->encryptionDescription()));
    m_tlsActive = true;
    if (!m_awaitingTls) {
        return; // implicit TLS: connected() follows and the greeting comes over TLS
    }
    m_awaitingTls = false;
    // RFC 2595 §4: after STLS the client must forget what it learnt before and ask again.
    m_parser.reset();
    m_capabilities = Pop3Capabilities();
    requestCapabilities();
}

Pop3Error Pop3Session::connectionLost() const
{
    Pop3Error error(Pop3Error::Kind::Network,
        tr("The server closed the connection unexpectedly. Nothing was deleted on "
           "the server; try again later."));
    // Some servers advertise PIPELINING and then drop the connection when it is used
    // (ANCHORS.md, mpop notes): tell the caller so it can retry one command at a time.
    error.setPipelineDropped(m_queue.inFlightCount() > 1);
    return error;
}

void Pop3Session::onDisconnected()
{
    if (!isRunning() || m_state == SessionState::AwaitingCertificateDecision) {
        return;
    }
    trace(ProtocolEvent::Direction::Info, tr("The server closed the connection"));
    fail(connectionLost());
}

void Pop3Session::onTransportFailed(const TransportError& error)
{
    if (!isRunning() || m_state == SessionState::AwaitingCertificateDecision) {
        return;
    }
    const QString where = QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    switch (error.kind) {
    case TransportError::Kind::Certificate: {
        for (const QSslError& sslError : error.sslErrors) {
            trace(ProtocolEvent::Direction::Tls, sslError.errorString());
        }
        m_timer.stop();
        m_transport->abort();
        m_pendingSslErrors = error.sslErrors;
        m_pendingChain = error.chain;
        if (isSignalConnected(QMetaMethod::fromSignal(&Pop3Session::certificateDecisionNeeded))) {
            setState(SessionState::AwaitingCertificateDecision);
            Q_EMIT certificateDecisionNeeded(error.chain, error.sslErrors);
            return;
        }
        Pop3Error refusal(Pop3Error::Kind::SecurityRefusal,
            tr("The certificate of %1 is not trusted, so the connection was "
               "refused before anything was sent. Check the server name, or "
               "accept this certificate for the account if you trust it.")
                .arg(m_options.host));
        refusal.setCertificateProblem(error.sslErrors, error.chain);
        fail(refusal);
        return;
    }
    case TransportError::Kind::Tls:
        fail(Pop3Error(Pop3Error::Kind::Tls,
            tr("A secure connection to %1 could not be established (%2). Check the "
               "port and the security setting of the account.")
                .arg(where, error.detail)));
        return;
    case TransportError::Kind::Timeout:
        fail(Pop3Error(Pop3Error::Kind::Timeout,
            tr("%1 did not answer in time. Check the server name and port, and your "
               "network connection.")
                .arg(where)));
        return;
    case TransportError::Kind::Network:
        if (m_state == SessionState::Connecting) {
            fail(Pop3Error(Pop3Error::Kind::Network,
                tr("Could not connect to %1 (%2). Check the server name, the port "
                   "and your network connection.")
                    .arg(where, error.detail)));
        } else {
            fail(connectionLost());
        }
        return;
    }
}

void Pop3Session::onTimeout()
{
    if (!isRunning() || m_state == SessionState::AwaitingCertificateDecision) {
        return;
    }
    const int seconds = (m_state == SessionState::Connecting ? m_options.timeouts.connectMs
                                                             : m_options.timeouts.replyMs)
        / 1000;
    QString message;
    if (m_state == SessionState::Connecting || m_state == SessionState::TlsHandshake) {
        message = tr("%1 did not accept the connection within %n seconds. Check the server "
                     "name and port, and your network connection.",
            nullptr, seconds)
                      .arg(m_options.host);
    } else {
        message = tr("The server stopped answering for %n seconds. Nothing was deleted; try "
                     "again later.",
            nullptr, seconds);
    }
    Pop3Error error(Pop3Error::Kind::Timeout, message);
    error.setPipelineDropped(m_queue.inFlightCount() > 1);
    fail(error);
}

// --- writing ----------------------------------------------------------------------------

void Pop3Session::sendInternal(const Pop3Command& command, Step step)
{
    m_queue.enqueue({0, command, nullptr, int(step)});
    pump();
}

Pop3Session::CommandId Pop3Session::enqueue(const Pop3Command& command, Pop3DataSink* sink)
{
    if (m_state != SessionState::Transaction || m_quitQueued || !command.isValid()) {
        return 0;
    }
    switch (command.verb()) {
    case Pop3Command::Verb::Capa:
    case Pop3Command::Verb::Stat:
    case Pop3Command::Verb::List:
    case Pop3Command::Verb::Uidl:
    case Pop3Command::Verb::Retr:
    case Pop3Command::Verb::Top:
    case Pop3Command::Verb::Dele:
    case Pop3Command::Verb::Rset:
    case Pop3Command::Verb::Noop:
        break;
    default:
        return 0; // not valid in the TRANSACTION state (RFC 1939 §5), or quit()'s job
    }
    const bool streams
        = command.verb() == Pop3Command::Verb::Retr || command.verb() == Pop3Command::Verb::Top;
    const CommandId id = m_nextId++;
    m_queue.enqueue({id, command, streams ? sink : nullptr, int(Step::Command)});
    pump();
    return id;
}

void Pop3Session::pump()
{
    const QList<CommandQueue::Entry> batch = m_queue.takeWritable();
    if (batch.isEmpty()) {
        return;
    }
    // One write for the whole batch: with PIPELINING this puts many commands in one segment.
    QByteArray bytes;
    for (const CommandQueue::Entry& entry : batch) {
        bytes += entry.command.wire();
        trace(ProtocolEvent::Direction::Client, entry.command.maskedText());
        if (entry.command.verb() == Pop3Command::Verb::Quit) {
            setState(SessionState::Update);
        }
    }
    m_transport->write(bytes);
    armTimer(m_options.timeouts.replyMs);
}

void Pop3Session::quit()
{
    if (m_quitQueued) {
        return;
    }
    if (m_state != SessionState::Transaction) {
        abort(); // before login there is nothing to commit; just close
        return;
    }
    m_quitQueued = true;
    sendInternal(Pop3Command::quit(), Step::Quit);
}

void Pop3Session::abort()
{
    if (m_state == SessionState::AwaitingCertificateDecision || isRunning()) {
        fail(Pop3Error(Pop3Error::Kind::Cancelled,
            tr("The mail check was cancelled. Nothing was deleted on the server.")));
    }
}

// --- failure and tracing ----------------------------------------------------------------

void Pop3Session::fail(Pop3Error error)
{
    if (m_state == SessionState::Failed || m_state == SessionState::Closed) {
        return;
    }
    m_error = error;
    m_timer.stop();
    m_awaitingTls = false;
    m_sasl.reset();
    m_options.password.clear();
    // Nothing was committed without QUIT (RFC 1939 §6), so every partial payload is void.
    for (const CommandQueue::Entry& entry : m_queue.clear()) {
        if (entry.sink) {
            entry.sink->discard();
        }
    }
    // Failed before aborting: a transport that reports the close must find us done.
    setState(SessionState::Failed);
    m_transport->abort();
    trace(ProtocolEvent::Direction::Info, error.toString());
    Q_EMIT failed(error);
}

void Pop3Session::trace(ProtocolEvent::Direction direction, const QString& text)
{
    if (!m_tracing) {
        return;
    }
    Q_EMIT traffic(ProtocolEvent {QDateTime::currentDateTimeUtc(), direction, text});
}

void Pop3Session::traceServerLine(const Pop3Reply& reply)
{
    if (!m_tracing) {
        return;
    }
    QByteArray line = reply.status == Pop3Reply::Status::Ok
        ? QByteArray("+OK")
        : (reply.status == Pop3Reply::Status::Err ? QByteArray("-ERR") : QByteArray("+"));
    if (!reply.code.isEmpty()) {
        line += " [" + reply.code + ']';
    }
    if (!reply.text.isEmpty()) {
        line += ' ' + reply.text;
    }
    trace(ProtocolEvent::Direction::Server, QString::fromUtf8(line));
}

void Pop3Session::tracePayload(QByteArrayView data)
{
    if (!m_tracing) {
        return;
    }
    qsizetype from = 0;
    while (m_tracedLines < m_options.tracePayloadLines && from < data.size()) {
        const qsizetype lf = data.indexOf('\n', from);
        const qsizetype end = lf < 0 ? data.size() : lf;
        if (m_traceCarry.size() < MaxTracedLineLength) {
            m_traceCarry += data.sliced(from, qMin(end - from, MaxTracedLineLength));
        }
        if (lf < 0) {
            return;
        }
        if (m_traceCarry.endsWith('\r')) {
            m_traceCarry.chop(1);
        }
        trace(ProtocolEvent::Direction::Server, QString::fromUtf8(m_traceCarry));
        m_traceCarry.clear();
        ++m_tracedLines;
        from = lf + 1;
    }
    m_untracedBytes += data.size() - from;
}

} // namespace Postbote
