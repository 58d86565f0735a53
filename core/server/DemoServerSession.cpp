// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/DemoServerSession.h"

#include "pop3/auth/ApopDigest.h"

#include <QCryptographicHash>
#include <QTcpSocket>

#include <climits>

namespace Postbote {

// The protocol texts below stay English and untranslated: they are wire data that any
// client, in any language, reads (RFC 1939 leaves them free, RFC 2449 codes carry meaning).

namespace {

// What the socket may buffer for us; the rest waits in the kernel, so a client that floods
// commands is slowed down by TCP flow control instead of growing our memory.
constexpr qint64 ReadBufferSize = 16 * 1024;
constexpr qint64 InputChunk = 4 * 1024;
constexpr qint64 FileChunk = 64 * 1024;

std::optional<qint64> parseNumber(const QByteArray& text)
{
    // RFC 1939 numbers are plain decimal; no sign, no blanks, nothing that overflows.
    if (text.isEmpty() || text.size() > 9) {
        return std::nullopt;
    }
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    return text.toLongLong();
}

/// "1 message", "2 messages": the human part of a reply, read by people using telnet.
QByteArray messages(qsizetype count)
{
    return QByteArray::number(count) + (count == 1 ? " message" : " messages");
}

bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    // Compare digests rather than the strings, so the time taken says nothing about how
    // much of a guess was right.
    return QCryptographicHash::hash(a, QCryptographicHash::Sha256)
        == QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

} // namespace

DemoServerSession::DemoServerSession(
    QTcpSocket* socket, DemoMailbox* mailbox, const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_mailbox(mailbox)
    , m_settings(settings)
{
    socket->setParent(this);
    socket->setReadBufferSize(ReadBufferSize);
    m_peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &DemoServerSession::onIdleTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &DemoServerSession::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &DemoServerSession::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &DemoServerSession::onDisconnected);
}

DemoServerSession::~DemoServerSession()
{
    releaseLock();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void DemoServerSession::start()
{
    m_idleTimer.start(m_settings.idleTimeoutMs);
    // RFC 1939 §7: a timestamp in the greeting offers APOP.
    ok(QByteArrayLiteral("Postbote demo POP3 server ready ") + m_settings.timestamp);
    processInput();
}

qint64 DemoServerSession::bufferedBytes() const
{
    qint64 bytes = m_input.size();
    if (m_socket) {
        bytes += m_socket->bytesAvailable() + m_socket->bytesToWrite();
    }
    return bytes;
}

void DemoServerSession::onReadyRead()
{
    processInput();
}

void DemoServerSession::onBytesWritten()
{
    if (m_state == State::Closed) {
        return;
    }
    // A client that is still reading a long message is not idle.
    m_idleTimer.start(m_settings.idleTimeoutMs);
    pumpMessage();
    processInput();
}

void DemoServerSession::onDisconnected()
{
    // Commands that arrived before the client hung up are still carried out, in order: a
    // "… QUIT" piped through nc must commit its deletions even though nobody reads the
    // answers. Without a QUIT nothing is deleted (RFC 1939 §6).
    m_peerClosed = true;
    processInput();
}

void DemoServerSession::onIdleTimeout()
{
    if (m_state == State::Closed) {
        // The goodbye could not be delivered to a client that stopped reading.
        if (m_socket) {
            m_socket->abort();
        }
        finish();
        return;
    }
    // RFC 1939 §3: the autologout timer closes without entering UPDATE.
    error(QByteArrayLiteral("autologout: idle for too long"));
    closeConnection();
}

void DemoServerSession::processInput()
{
    if (m_processing || !m_socket) {
        return;
    }
    m_processing = true;
    while (m_state != State::Closed) {
        if (!m_peerClosed && (m_encoder || isCongested())) {
            break; // resumed by bytesWritten
        }
        const qsizetype lf = m_input.indexOf('\n');
        if (lf < 0) {
            if (m_input.size() >= MaxLineLength) {
                // Already too long to be a command: drop it while waiting for its end.
                m_discarding = qMax<qint64>(m_discarding, 0) + m_input.size();
                m_input.clear();
                if (m_discarding > AbusiveLineLength) {
                    error(QByteArrayLiteral("line too long, closing connection"));
                    closeConnection();
                    break;
                }
            }
            if (m_socket->bytesAvailable() <= 0) {
                break;
            }
            m_input += m_socket->read(InputChunk - m_input.size());
            continue;
        }
        QByteArray line = m_input.left(lf);
        m_input.remove(0, lf + 1);
        m_idleTimer.start(m_settings.idleTimeoutMs);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (m_discarding >= 0 || line.size() > MaxLineLength - 2) {
            // RFC 2449 §4: 255 octets including CRLF; answer and carry on.
            m_discarding = -1;
            protocolError(QByteArrayLiteral("line too long (at most 255 octets)"));
            continue;
        }
        handleLine(line);
    }
    m_processing = false;
    if (m_peerClosed) {
        closeConnection();
        finish();
    }
}

bool DemoServerSession::isCongested() const
{
    return m_socket->bytesToWrite() > OutputHighWater;
}

void DemoServerSession::handleLine(QByteArray line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray keyword = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1);
    if (keyword.isEmpty()) {
        protocolError(QByteArrayLiteral("empty command"));
        return;
    }
    if (keyword == "CAPA") {
        sendCapabilities();
        return;
    }
    if (keyword == "QUIT") {
        quit();
        return;
    }
    if (keyword == "STLS") {
        // Deliberately absent from CAPA: the demo is plaintext, meant for loopback.
        error(QByteArrayLiteral("STLS is not available on this demo server"));
        return;
    }
    if (keyword == "AUTH") {
        error(QByteArrayLiteral("AUTH is not supported; use USER and PASS, or APOP"));
        return;
    }
    if (m_state == State::Authorization) {
        handleAuthorization(keyword, rest);
        return;
    }
    handleTransaction(keyword, rest.simplified().split(' '));
}

void DemoServerSession::handleAuthorization(const QByteArray& keyword, const QByteArray& arguments)
{
    if (keyword == "USER") {
        const QByteArray name = arguments.trimmed();
        if (name.isEmpty()) {
            protocolError(QByteArrayLiteral("USER needs a user name"));
            return;
        }
        // Answered +OK for any name, so that USER does not tell which names exist.
        m_pendingUser = QString::fromUtf8(name);
        ok(QByteArrayLiteral("enter password"));
        return;
    }
    if (keyword == "PASS") {
        if (!m_pendingUser) {
            protocolError(QByteArrayLiteral("send USER first"));
            return;
        }
        const QString user = *m_pendingUser;
        m_pendingUser.reset();
        // RFC 1939 §7: PASS has one argument, so blanks inside belong to the password.
        login(user == m_settings.user && sameSecret(arguments, m_settings.password.toUtf8()));
        return;
    }
    if (keyword == "APOP") {
        m_pendingUser.reset();
        const QList<QByteArray> parts = arguments.simplified().split(' ');
        if (parts.size() != 2 || parts.at(0).isEmpty()) {
            protocolError(QByteArrayLiteral("APOP needs a user name and a digest"));
            return;
        }
        const QByteArray expected = apopDigest(m_settings.timestamp, m_settings.password);
        login(QString::fromUtf8(parts.at(0)) == m_settings.user
            && sameSecret(parts.at(1).toLower(), expected));
        return;
    }
    static const QList<QByteArray> transactionOnly
        = {"STAT", "LIST", "UIDL", "RETR", "TOP", "DELE", "RSET", "NOOP"};
    if (transactionOnly.contains(keyword)) {
        protocolError(QByteArrayLiteral("log in first, with USER and PASS or with APOP"));
        return;
    }
    protocolError(QByteArrayLiteral("unknown command"));
}

void DemoServerSession::handleTransaction(
    const QByteArray& keyword, const QList<QByteArray>& arguments)
{
    // split() of an empty line yields one empty part: that is no argument.
    QList<QByteArray> args = arguments;
    args.removeAll(QByteArray());
    if (keyword == "STAT") {
        sendStat();
    } else if (keyword == "LIST") {
        sendList(args, false);
    } else if (keyword == "UIDL") {
        sendList(args, true);
    } else if (keyword == "RETR") {
        startMessage(args, false);
    } else if (keyword == "TOP") {
        startMessage(args, true);
    } else if (keyword == "DELE") {
        dele(args);
    } else if (keyword == "RSET") {
        rset();
    } else if (keyword == "NOOP") {
        ok({});
    } else if (keyword == "USER" || keyword == "PASS" || keyword == "APOP") {
        protocolError(QByteArrayLiteral("already logged in"));
    } else {
        protocolError(QByteArrayLiteral("unknown command"));
    }
}

void DemoServerSession::sendCapabilities()
{
    // RFC 2449 §5. AUTH-RESP-CODE (RFC 3206) promises [AUTH] and [SYS/…] on login failures.
    send(QByteArrayLiteral("+OK capability list follows\r\n"
                           "TOP\r\n"
                           "UIDL\r\n"
                           "USER\r\n"
                           "PIPELINING\r\n"
                           "RESP-CODES\r\n"
                           "AUTH-RESP-CODE\r\n"
                           "IMPLEMENTATION Postbote-Demo\r\n"
                           ".\r\n"));
    m_consecutiveErrors = 0;
}

void DemoServerSession::login(bool credentialsValid)
{
    if (!credentialsValid) {
        // RFC 3206 §4: [AUTH] says the credentials were wrong, not the server.
        if (++m_failedLogins >= MaxFailedLogins) {
            error(QByteArrayLiteral("[AUTH] invalid user name or password; closing connection"));
            closeConnection();
            return;
        }
        error(QByteArrayLiteral("[AUTH] invalid user name or password"));
        return;
    }
    // RFC 1939 §8, RFC 2449 §8.1.1: one session at a time; [IN-USE] says why.
    if (!m_mailbox->lock(this)) {
        error(QByteArrayLiteral("[IN-USE] the maildrop is locked by another session"));
        return;
    }
    m_locked = true;
    if (!m_mailbox->refresh()) {
        releaseLock();
        error(QByteArrayLiteral("[SYS/TEMP] the maildrop cannot be read"));
        return;
    }
    // The numbering is fixed for the rest of the session (RFC 1939 §5).
    m_messages = m_mailbox->messages();
    m_deleted = QList<bool>(m_messages.size(), false);
    m_failedLogins = 0;
    m_state = State::Transaction;
    ok("maildrop locked and ready, " + messages(m_messages.size()) + " ("
        + QByteArray::number(m_mailbox->totalSize()) + " octets)");
}

void DemoServerSession::quit()
{
    if (m_state != State::Transaction) {
        ok(QByteArrayLiteral("Postbote demo server signing off"));
        closeConnection();
        return;
    }
    // RFC 1939 §6: only now are the messages marked as deleted removed.
    m_state = State::Update;
    QList<QByteArray> doomed;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_deleted.at(i)) {
            doomed.append(m_messages.at(i).uidl);
        }
    }
    const bool removed = doomed.isEmpty() || m_mailbox->remove(doomed);
    releaseLock();
    if (removed) {
        ok("Postbote demo server signing off (" + messages(doomed.size()) + " deleted)");
    } else {
        error(QByteArrayLiteral("[SYS/TEMP] some deleted messages not removed"));
    }
    closeConnection();
}

void DemoServerSession::sendStat()
{
    // RFC 1939 §5: messages marked as deleted are not counted.
    qsizetype count = 0;
    qint64 size = 0;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (!m_deleted.at(i)) {
            ++count;
            size += m_messages.at(i).size;
        }
    }
    ok(QByteArray::number(count) + ' ' + QByteArray::number(size));
}

void DemoServerSession::sendList(const QList<QByteArray>& arguments, bool uidl)
{
    if (!checkArgumentCount(arguments, 0, 1)) {
        return;
    }
    const auto value = [&](qsizetype i) {
        return uidl ? m_messages.at(i).uidl : QByteArray::number(m_messages.at(i).size);
    };
    if (arguments.size() == 1) {
        const std::optional<qsizetype> index = messageIndex(arguments.at(0));
        if (index) {
            ok(QByteArray::number(*index + 1) + ' ' + value(*index));
        }
        return;
    }
    qsizetype count = 0;
    qint64 size = 0;
    QByteArray lines;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_deleted.at(i)) {
            continue;
        }
        ++count;
        size += m_messages.at(i).size;
        lines += QByteArray::number(i + 1) + ' ' + value(i) + "\r\n";
    }
    if (uidl) {
        ok(QByteArrayLiteral("unique-id listing follows"));
    } else {
        ok(messages(count) + " (" + QByteArray::number(size) + " octets)");
    }
    send(lines + ".\r\n");
}

void DemoServerSession::startMessage(const QList<QByteArray>& arguments, bool top)
{
    if (!checkArgumentCount(arguments, top ? 2 : 1, top ? 2 : 1)) {
        return;
    }
    int bodyLines = -1;
    if (top) {
        const std::optional<qint64> lines = parseNumber(arguments.at(1));
        if (!lines) {
            protocolError(QByteArrayLiteral("TOP needs a message number and a line count"));
            return;
        }
        bodyLines = static_cast<int>(qMin<qint64>(*lines, INT_MAX));
    }
    const std::optional<qsizetype> index = messageIndex(arguments.at(0));
    if (!index) {
        return;
    }
    if (m_peerClosed) {
        // Commands the client pipelined before hanging up are still carried out (a QUIT
        // among them commits, RFC 1939 §6), but nobody is left to read a message.
        return;
    }
    const DemoMailbox::Message& message = m_messages.at(*index);
    m_file.setFileName(message.path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        error(QByteArrayLiteral("[SYS/TEMP] the message cannot be read"));
        return;
    }
    if (top) {
        ok(QByteArrayLiteral("top of message follows"));
    } else {
        ok("message follows (" + QByteArray::number(message.size) + " octets)");
    }
    m_encoder.emplace(DemoMessageEncoder::Mode::Wire, bodyLines);
    pumpMessage();
}

void DemoServerSession::pumpMessage()
{
    while (m_encoder && !m_peerClosed && m_state != State::Closed && !isCongested()) {
        QByteArray out;
        if (!m_encoder->isComplete() && !m_file.atEnd()) {
            const QByteArray chunk = m_file.read(FileChunk);
            if (chunk.isEmpty()) {
                // Half a message was sent: there is no way to say -ERR any more.
                closeConnection();
                return;
            }
            m_encoder->encode(chunk, out);
        }
        if (m_encoder->isComplete() || m_file.atEnd()) {
            m_encoder->finish(out);
            out += ".\r\n"; // RFC 1939 §3: the termination octet
            m_encoder.reset();
            m_file.close();
        }
        send(out);
    }
    if (m_encoder && (m_peerClosed || m_state == State::Closed)) {
        m_encoder.reset();
        m_file.close();
    }
}

void DemoServerSession::dele(const QList<QByteArray>& arguments)
{
    if (!checkArgumentCount(arguments, 1, 1)) {
        return;
    }
    const std::optional<qsizetype> index = messageIndex(arguments.at(0));
    if (!index) {
        return;
    }
    // RFC 1939 §5: only marked; QUIT removes it, RSET or a lost connection keeps it.
    m_deleted[*index] = true;
    ok("message " + QByteArray::number(*index + 1) + " marked for deletion");
}

void DemoServerSession::rset()
{
    m_deleted.fill(false);
    ok("maildrop has " + messages(m_messages.size()) + " ("
        + QByteArray::number(m_mailbox->totalSize()) + " octets)");
}

std::optional<qsizetype> DemoServerSession::messageIndex(const QByteArray& argument)
{
    const std::optional<qint64> number = parseNumber(argument);
    if (!number) {
        protocolError(QByteArrayLiteral("invalid message number"));
        return std::nullopt;
    }
    if (*number < 1 || *number > m_messages.size()) {
        // Classroom material often counts from 0; RFC 1939 §5 counts from 1.
        error("no such message; messages are numbered from 1 to "
            + QByteArray::number(m_messages.size()));
        return std::nullopt;
    }
    const qsizetype index = static_cast<qsizetype>(*number - 1);
    if (m_deleted.at(index)) {
        error("message " + QByteArray::number(*number) + " already deleted");
        return std::nullopt;
    }
    return index;
}

bool DemoServerSession::checkArgumentCount(
    const QList<QByteArray>& arguments, qsizetype min, qsizetype max)
{
    if (arguments.size() < min) {
        protocolError(QByteArrayLiteral("missing argument"));
        return false;
    }
    if (arguments.size() > max) {
        protocolError(QByteArrayLiteral("too many arguments"));
        return false;
    }
    return true;
}

void DemoServerSession::ok(const QByteArray& text)
{
    m_consecutiveErrors = 0;
    send(text.isEmpty() ? QByteArrayLiteral("+OK\r\n") : QByteArray("+OK " + text + "\r\n"));
}

void DemoServerSession::error(const QByteArray& text)
{
    send("-ERR " + text + "\r\n");
}

void DemoServerSession::protocolError(const QByteArray& text)
{
    if (++m_consecutiveErrors >= MaxConsecutiveErrors) {
        error(text + "; too many errors, closing connection");
        closeConnection();
        return;
    }
    error(text);
}

void DemoServerSession::send(const QByteArray& bytes)
{
    if (m_socket && !m_peerClosed && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(bytes);
    }
}

void DemoServerSession::closeConnection()
{
    if (m_state == State::Closed) {
        return;
    }
    m_state = State::Closed;
    releaseLock();
    m_encoder.reset();
    m_file.close();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        // Sends what is queued, then closes; disconnected() finishes the session. A client
        // that never reads is cut off when the idle timer runs out.
        m_idleTimer.start(m_settings.idleTimeoutMs);
        m_socket->disconnectFromHost();
        return;
    }
    m_peerClosed = true;
    if (!m_processing) {
        finish();
    }
}

void DemoServerSession::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_idleTimer.stop();
    Q_EMIT finished();
}

void DemoServerSession::releaseLock()
{
    if (m_locked) {
        m_locked = false;
        m_mailbox->unlock(this);
    }
}

} // namespace Postbote
