// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/TransportError.h"
#include "pop3/CommandQueue.h"
#include "pop3/Pop3Capabilities.h"
#include "pop3/Pop3Command.h"
#include "pop3/Pop3Error.h"
#include "pop3/Pop3Reply.h"
#include "pop3/Pop3ReplyParser.h"
#include "pop3/SessionOptions.h"
#include "pop3/SessionState.h"
#include "trace/ProtocolEvent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace Postbote {

class Pop3DataSink;
class Pop3Transport;
class SaslMechanism;

/// A POP3 client session over an injected transport: connect, TLS, greeting, CAPA, STLS,
/// authentication, then a queue of transaction commands with optional pipelining, and QUIT.
///
/// Asynchronous and single-threaded: it never blocks and never waits in a loop. Call open();
/// after ready() enqueue commands and match replyReceived() by id; call quit() to commit
/// deletions (RFC 1939 §6). A failure emits failed() once and closes the connection without
/// QUIT, so the server deletes nothing (RFC 1939 §6: no UPDATE state without QUIT).
class Pop3Session : public QObject
{
    Q_OBJECT

public:
    using CommandId = quint64;

    /// The session does not own \a transport; it must outlive the session.
    Pop3Session(Pop3Transport* transport, const SessionOptions& options, QObject* parent = nullptr);
    ~Pop3Session() override;

    void open();

    /// Queues a transaction command; returns its id, or 0 if refused (not in the
    /// Transaction state, or the command is invalid). \a sink receives a RETR/TOP payload;
    /// it must stay alive until its reply arrived or the session failed (then discard() was
    /// called on it) or was destroyed.
    CommandId enqueue(const Pop3Command& command, Pop3DataSink* sink = nullptr);
    CommandId stat() { return enqueue(Pop3Command::stat()); }
    CommandId list(int number = 0) { return enqueue(Pop3Command::list(number)); }
    CommandId uidl(int number = 0) { return enqueue(Pop3Command::uidl(number)); }
    CommandId retrieve(int number, Pop3DataSink* sink)
    {
        return enqueue(Pop3Command::retr(number), sink);
    }
    CommandId top(int number, int lines, Pop3DataSink* sink)
    {
        return enqueue(Pop3Command::top(number, lines), sink);
    }
    CommandId dele(int number) { return enqueue(Pop3Command::dele(number)); }
    CommandId rset() { return enqueue(Pop3Command::rset()); }
    CommandId noop() { return enqueue(Pop3Command::noop()); }
    /// Sends QUIT after everything queued; finished() follows the server's +OK.
    void quit();
    /// Closes at once without QUIT: nothing marked for deletion is deleted. Emits failed()
    /// with Kind::Cancelled if the session was still running.
    void abort();

    /// Answers certificateDecisionNeeded(): accept exactly that certificate for the errors
    /// shown (the session reconnects), or refuse (the session fails, nothing was sent).
    void acceptCertificate();
    void rejectCertificate();

    SessionState state() const { return m_state; }
    const Pop3Capabilities& capabilities() const { return m_capabilities; }
    const Pop3Error& error() const { return m_error; }
    bool isEncrypted() const;
    /// The mechanism actually used to log in (Auto until then).
    AuthMethod authMethod() const { return m_usedAuth; }
    /// True if the greeting carried an APOP timestamp (RFC 1939 §7).
    bool offersApop() const { return !m_apopTimestamp.isEmpty(); }
    /// Commands allowed in flight at once: 1, or the high watermark when pipelining.
    int pipelineWindow() const { return m_queue.highWatermark(); }
    int commandsInFlight() const { return m_queue.inFlightCount(); }
    /// The exceptions in force, including ones accepted during this session.
    QList<CertificateException> certificateExceptions() const
    {
        return m_options.certificateExceptions;
    }
    /// Bytes the reply parser holds right now (bounded; exposed for tests).
    qsizetype bufferedBytes() const { return m_parser.bufferedBytes(); }

Q_SIGNALS:
    void stateChanged(Postbote::SessionState state);
    /// Logged in: transaction commands may be queued.
    void ready();
    void replyReceived(Postbote::Pop3Session::CommandId id, const Postbote::Pop3Reply& reply);
    /// Payload bytes received so far for a RETR or TOP.
    void dataProgress(Postbote::Pop3Session::CommandId id, qint64 bytes);
    /// The certificate is not trusted. Answer with acceptCertificate() or rejectCertificate().
    /// With nothing connected to this signal, the session fails at once.
    void certificateDecisionNeeded(
        const QList<QSslCertificate>& chain, const QList<QSslError>& errors);
    void failed(const Postbote::Pop3Error& error);
    /// QUIT was acknowledged; the server has committed the deletions.
    void finished();
    /// SessionOptions::probeOnly: the capabilities were read (after STLS, if chosen); QUIT
    /// follows, then finished().
    void probed(const Postbote::Pop3Capabilities& capabilities);
    void traffic(const Postbote::ProtocolEvent& event);

private:
    /// What an internal command in flight is for; transaction commands carry Step::Command.
    enum class Step { Command, Capa, Stls, User, Pass, Apop, Auth, Quit };

    void setState(SessionState state);
    void connectTransport();
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void onTransportFailed(const Postbote::TransportError& error);
    void onTimeout();

    void sendInternal(const Pop3Command& command, Step step);
    void pump();
    void processEvents();
    void continueNextTurn();
    void handleStatus(const Pop3Reply& reply);
    void handleData(QByteArrayView data);
    void handleEnd();
    void completeHead(const Pop3Reply& reply);

    void onGreeting(const Pop3Reply& reply);
    void requestCapabilities();
    void onCapabilities(const Pop3Reply& reply);
    void onStls(const Pop3Reply& reply);
    void beginAuthentication();
    void onAuthReply(Step step, const Pop3Reply& reply);
    void onSaslChallenge(const Pop3Reply& reply);
    void writeSaslResponse(const Pop3Command& response);
    void onQuitReply(const Pop3Reply& reply);
    void enterTransaction();

    void fail(Pop3Error error);
    Pop3Error authFailure(const Pop3Reply& reply) const;
    Pop3Error connectionLost() const;
    void trace(ProtocolEvent::Direction direction, const QString& text);
    void traceServerLine(const Pop3Reply& reply);
    void tracePayload(QByteArrayView data);
    void armTimer(int ms);
    bool isRunning() const;

    Pop3Transport* m_transport;
    SessionOptions m_options;
    SessionState m_state = SessionState::Disconnected;
    Pop3ReplyParser m_parser;
    CommandQueue m_queue;
    Pop3Capabilities m_capabilities;
    Pop3Error m_error;
    QTimer m_timer;
    QByteArray m_apopTimestamp;
    AuthMethod m_usedAuth = AuthMethod::Auto;
    std::unique_ptr<SaslMechanism> m_sasl;
    QByteArray m_deferredInitialResponse;
    CommandId m_nextId = 1;
    bool m_awaitingGreeting = false;
    bool m_awaitingTls = false;
    bool m_tlsActive = false;
    bool m_quitQueued = false;
    bool m_saslCancelled = false;
    bool m_tracing = false;
    bool m_processing = false;
    QTimer m_continuation; ///< onReadyRead() goes on from the event loop
    /// A fast server can keep the transport full for seconds. Stopping after a slice of work
    /// and going on from the event loop keeps a window that runs this session responsive
    /// (issue goal: no stall over 50 ms during a fetch); the data waits in the transport or
    /// the parser.
    static constexpr qint64 TurnBudgetMs = 10;
    QElapsedTimer m_turn;
    bool m_parserPending = false; ///< the parser holds replies not handled yet
    QList<QSslError> m_pendingSslErrors;
    QList<QSslCertificate> m_pendingChain;
    // The multi-line reply being read, if any.
    Pop3Reply m_current;
    QByteArray m_lineCarry;
    qint64 m_payloadBytes = 0;
    int m_tracedLines = 0;
    QByteArray m_traceCarry;
    QByteArray m_readBuffer;
    qint64 m_untracedBytes = 0;
};

} // namespace Postbote
