// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/DemoMailbox.h"
#include "server/DemoMessageEncoder.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class QTcpSocket;

namespace Postbote {

/// One connection to the demo server: the server side of RFC 1939, AUTHORIZATION →
/// TRANSACTION → UPDATE, with the RFC 2449 extensions it announces in CAPA.
///
/// Commands are read one line at a time and answered in order, so pipelined commands
/// (RFC 2449 §6.6) need nothing special. Memory per connection stays bounded: the socket's
/// read buffer is capped, at most one command line is held, a message is streamed from its
/// file while the client keeps up, and no further command is read while output is waiting.
/// Lines may end in CRLF or a bare LF (telnet, nc); keywords are case-insensitive.
class DemoServerSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Authorization, Transaction, Update, Closed };

    struct Settings
    {
        QString user;
        QString password;
        /// The APOP timestamp of the greeting, "<…>" included (RFC 1939 §7).
        QByteArray timestamp;
        /// RFC 1939 §3: an inactivity autologout timer of at least 10 minutes.
        int idleTimeoutMs = 10 * 60 * 1000;
    };

    /// RFC 2449 §4: a command line is at most 255 octets, CRLF included.
    static constexpr qsizetype MaxLineLength = 255;
    /// A "line" this long is no command: the client is dropped.
    static constexpr qsizetype AbusiveLineLength = 16 * 1024;
    /// Unknown or malformed commands in a row before the client is dropped.
    static constexpr int MaxConsecutiveErrors = 20;
    /// Failed logins on one connection before it is closed.
    static constexpr int MaxFailedLogins = 3;
    /// Output queued in the socket above which no more is produced until the client reads.
    static constexpr qint64 OutputHighWater = 256 * 1024;

    /// Takes ownership of \a socket. \a mailbox must outlive the session.
    DemoServerSession(
        QTcpSocket* socket, DemoMailbox* mailbox, const Settings& settings, QObject* parent);
    ~DemoServerSession() override;

    /// Sends the greeting and starts reading commands.
    void start();
    State state() const { return m_state; }
    /// Bytes this session holds: unread command input and output not yet sent (tests).
    qint64 bufferedBytes() const;
    QString peer() const { return m_peer; }

Q_SIGNALS:
    /// The connection is closed; the session may be deleted.
    void finished();

private:
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void onIdleTimeout();

    void processInput();
    bool isCongested() const;
    void handleLine(QByteArray line);
    void handleAuthorization(const QByteArray& keyword, const QByteArray& arguments);
    void handleTransaction(const QByteArray& keyword, const QList<QByteArray>& arguments);

    void sendCapabilities();
    void login(bool credentialsValid);
    void quit();
    void sendStat();
    void sendList(const QList<QByteArray>& arguments, bool uidl);
    void startMessage(const QList<QByteArray>& arguments, bool top);
    void pumpMessage();
    void dele(const QList<QByteArray>& arguments);
    void rset();

    /// The 0-based index of a message number argument, or nullopt after answering -ERR.
    std::optional<qsizetype> messageIndex(const QByteArray& argument);
    bool checkArgumentCount(const QList<QByteArray>& arguments, qsizetype min, qsizetype max);
    void ok(const QByteArray& text);
    void error(const QByteArray& text);
    /// An -ERR for a line that was no valid command; too many in a row end the connection.
    void protocolError(const QByteArray& text);
    void send(const QByteArray& bytes);
    void closeConnection();
    /// Reports the end of the connection, once.
    void finish();
    void releaseLock();

    QPointer<QTcpSocket> m_socket;
    DemoMailbox* m_mailbox;
    Settings m_settings;
    QString m_peer;
    State m_state = State::Authorization;
    QTimer m_idleTimer;

    QByteArray m_input;
    qint64 m_discarding = -1; // bytes of an over-long line dropped so far, or -1
    bool m_peerClosed = false;
    bool m_processing = false;
    bool m_finished = false;
    int m_consecutiveErrors = 0;
    int m_failedLogins = 0;

    std::optional<QString> m_pendingUser; // after USER, until PASS
    bool m_locked = false;
    QList<DemoMailbox::Message> m_messages; // the maildrop as locked, numbered from 1
    QList<bool> m_deleted;

    // A RETR or TOP being streamed.
    QFile m_file;
    std::optional<DemoMessageEncoder> m_encoder;
};

} // namespace Postbote
