// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Session, part 3: reading — turning what the transport received into replies and
// payload for the sinks, in slices that keep the event loop responsive. Part 1,
// Pop3Session.cpp, holds the transport events, the command queue, failure and tracing; part 2,
// Pop3SessionLogin.cpp, the AUTHORIZATION state.
#include "pop3/Pop3Session.h"

#include "net/Pop3Transport.h"
#include "pop3/Pop3DataSink.h"

#include <QTimer>

namespace Postbote {

void Pop3Session::onReadyRead()
{
    if (m_awaitingTls) {
        // DESIGN rule 4: nothing received between the +OK to STLS and the end of the
        // handshake is ever interpreted; an attacker could have injected it.
        const QByteArray dropped = m_transport->readAll();
        if (!dropped.isEmpty()) {
            trace(ProtocolEvent::Direction::Tls,
                tr("Discarded %n bytes received before the TLS handshake completed", nullptr,
                    int(qMin<qsizetype>(dropped.size(), INT_MAX))));
        }
        return;
    }
    if (!isRunning() || m_state == SessionState::Connecting
        || m_state == SessionState::AwaitingCertificateDecision) {
        m_transport->readAll();
        return;
    }
    // One buffer for the whole session: reading a large message allocates nothing per read.
    constexpr qsizetype ReadChunk = 256 * 1024;
    if (m_readBuffer.size() != ReadChunk) {
        m_readBuffer.resize(ReadChunk);
    }
    m_turn.start();
    // Replies already received but not yet handled (the last turn ran out) come first.
    if (m_parserPending && !m_processing) {
        processEvents();
    }
    for (;;) {
        if (m_parserPending || m_turn.elapsed() >= TurnBudgetMs) {
            continueNextTurn();
            return;
        }
        const qint64 n = m_transport->read(m_readBuffer.data(), m_readBuffer.size());
        if (n <= 0) {
            return;
        }
        if (m_awaitingGreeting || m_queue.hasInFlight()) {
            armTimer(m_options.timeouts.replyMs);
        }
        m_parser.feed(QByteArrayView(m_readBuffer.constData(), qsizetype(n)));
        if (!m_processing) {
            processEvents();
        }
        // A failure, STLS or a certificate question ends reading here; whatever is left in
        // the transport is dropped by it (STLS) or never looked at.
        if (!isRunning() || m_awaitingTls || m_state == SessionState::AwaitingCertificateDecision) {
            return;
        }
    }
}

void Pop3Session::continueNextTurn()
{
    // A timer, not a posted call: posted calls run before timers, so slice after slice would
    // still starve the window's own timers (repaints, animations) for the whole backlog.
    if (!m_continuation.isActive()) {
        m_continuation.start();
    }
}

// --- reading ----------------------------------------------------------------------------

void Pop3Session::processEvents()
{
    m_processing = true;
    while (isRunning() && !m_awaitingTls && m_state != SessionState::AwaitingCertificateDecision) {
        const bool multiline = !m_awaitingGreeting && m_queue.hasInFlight()
            && m_queue.head().command.expectsMultiline();
        m_parser.setMultilineExpected(multiline);
        Pop3ReplyParser::Event event = m_parser.next();
        switch (event.type) {
        case Pop3ReplyParser::Event::Type::NeedMore:
            m_parserPending = false;
            m_processing = false;
            return;
        case Pop3ReplyParser::Event::Type::Error:
            fail(Pop3Error(Pop3Error::Kind::Protocol,
                event.error == Pop3ReplyParser::Error::StatusLineTooLong
                    ? tr("The server sent a reply line longer than POP3 allows. The server is "
                         "broken or hostile; the connection was closed.")
                    : tr("The server sent something that is not a POP3 reply. The server is "
                         "broken or hostile; the connection was closed.")));
            break;
        case Pop3ReplyParser::Event::Type::Status:
            handleStatus(event.reply);
            break;
        case Pop3ReplyParser::Event::Type::Data:
            handleData(event.data);
            break;
        case Pop3ReplyParser::Event::Type::End:
            handleEnd();
            break;
        }
        // 256 KB of small messages are a hundred replies, each stored and announced: the
        // turn may end between two of them too; the parser keeps the rest.
        if (m_turn.isValid() && m_turn.elapsed() >= TurnBudgetMs) {
            m_parserPending = true;
            break;
        }
    }
    m_processing = false;
}

void Pop3Session::handleStatus(const Pop3Reply& reply)
{
    traceServerLine(reply);
    if (m_awaitingGreeting) {
        m_awaitingGreeting = false;
        onGreeting(reply);
        return;
    }
    if (!m_queue.hasInFlight()) {
        fail(Pop3Error(Pop3Error::Kind::Protocol,
            tr("The server sent a reply nobody asked for. The server is broken; "
               "the connection was closed.")));
        return;
    }
    const CommandQueue::Entry& head = m_queue.head();
    if (reply.status == Pop3Reply::Status::Continuation) {
        if (Step(head.step) != Step::Auth) {
            fail(Pop3Error(Pop3Error::Kind::Protocol,
                tr("The server sent a reply that POP3 does not allow here (“+”). "
                   "The connection was closed."),
                reply.text));
            return;
        }
        onSaslChallenge(reply);
        return;
    }
    if (reply.isOk() && head.command.expectsMultiline()) {
        m_current = reply;
        m_lineCarry.clear();
        m_payloadBytes = 0;
        m_tracedLines = 0;
        m_traceCarry.clear();
        m_untracedBytes = 0;
        return;
    }
    completeHead(reply);
}

void Pop3Session::handleData(QByteArrayView data)
{
    CommandQueue::Entry& head = m_queue.head();
    m_payloadBytes += data.size();
    tracePayload(data);
    const bool streams = head.command.verb() == Pop3Command::Verb::Retr
        || head.command.verb() == Pop3Command::Verb::Top;
    if (streams) {
        if (head.sink && !head.sink->writeData(data)) {
            fail(Pop3Error(Pop3Error::Kind::Storage,
                tr("The message could not be stored. Check that the disk has space "
                   "and the archive folder is writable.")));
            return;
        }
        Q_EMIT dataProgress(head.id, m_payloadBytes);
        return;
    }
    if (m_payloadBytes > m_options.maxListingBytes) {
        fail(Pop3Error(Pop3Error::Kind::Protocol,
            tr("The server sent a listing larger than %n MB. The connection was "
               "closed.",
                nullptr, int(m_options.maxListingBytes / (1024 * 1024)))));
        return;
    }
    m_lineCarry += data;
    qsizetype from = 0;
    for (qsizetype lf = m_lineCarry.indexOf('\n'); lf >= 0; lf = m_lineCarry.indexOf('\n', from)) {
        qsizetype end = lf;
        if (end > from && m_lineCarry.at(end - 1) == '\r') {
            --end;
        }
        m_current.lines.append(m_lineCarry.mid(from, end - from));
        from = lf + 1;
    }
    m_lineCarry.remove(0, from);
}

void Pop3Session::handleEnd()
{
    if (!m_lineCarry.isEmpty()) {
        m_current.lines.append(m_lineCarry);
        m_lineCarry.clear();
    }
    if (m_tracing && m_untracedBytes > 0) {
        trace(ProtocolEvent::Direction::Info,
            tr("… %n more bytes not shown", nullptr, int(qMin<qint64>(m_untracedBytes, INT_MAX))));
    }
    trace(ProtocolEvent::Direction::Server, QStringLiteral("."));
    m_current.dataBytes = m_payloadBytes;
    const Pop3Reply reply = m_current;
    m_current = Pop3Reply();
    completeHead(reply);
}

void Pop3Session::completeHead(const Pop3Reply& reply)
{
    const CommandQueue::Entry entry = m_queue.takeHead();
    switch (Step(entry.step)) {
    case Step::Capa:
        onCapabilities(reply);
        break;
    case Step::Stls:
        onStls(reply);
        break;
    case Step::User:
    case Step::Pass:
    case Step::Apop:
    case Step::Auth:
        onAuthReply(Step(entry.step), reply);
        break;
    case Step::Quit:
        onQuitReply(reply);
        break;
    case Step::Command:
        if (entry.sink) {
            if (!reply.isOk()) {
                entry.sink->discard();
            } else if (!entry.sink->finish()) {
                fail(Pop3Error(Pop3Error::Kind::Storage,
                    tr("The message could not be stored. Check that the disk has "
                       "space and the archive folder is writable.")));
                return;
            }
        }
        Q_EMIT replyReceived(entry.id, reply);
        if (m_state == SessionState::Transaction || m_state == SessionState::Update) {
            pump();
        }
        break;
    }
}

void Pop3Session::onQuitReply(const Pop3Reply& reply)
{
    m_timer.stop();
    if (!reply.isOk()) {
        // RFC 1939 §6: -ERR to QUIT means some deletions could not be done.
        fail(Pop3Error(Pop3Error::Kind::Server,
            tr("The server could not delete all messages marked for deletion. They "
               "stay on the server and are deleted at the next check."),
            reply.text, reply.code));
        return;
    }
    setState(SessionState::Closed);
    trace(ProtocolEvent::Direction::Info, tr("Connection closed"));
    m_transport->disconnectFromHost();
    Q_EMIT finished();
}

} // namespace Postbote
