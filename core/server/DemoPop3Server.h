// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/DemoMailbox.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace Postbote {

class DemoServerSession;

/// A small POP3 server (RFC 1939 with the RFC 2449 extensions TOP, UIDL, USER, PIPELINING,
/// RESP-CODES) over one demo mailbox, for classrooms and for testing Postbote offline.
///
/// Plaintext only, so it listens on 127.0.0.1 unless told otherwise; port 0 picks a free
/// port, which serverPort() reports. One DemoServerSession serves each connection; the
/// mailbox lock lets only one of them at a time into the TRANSACTION state. It starts with
/// the built-in sample mailbox and the classroom credentials "max" / "password".
class DemoPop3Server : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxSessions = 64;

    explicit DemoPop3Server(QObject* parent = nullptr);
    ~DemoPop3Server() override;

    /// Serves the .eml files of \a directory instead of the built-in mailbox; deletions then
    /// remove files. Returns false (see errorString()) if it cannot be read.
    bool openMailboxDirectory(const QString& directory);
    DemoMailbox& mailbox() { return m_mailbox; }
    const DemoMailbox& mailbox() const { return m_mailbox; }

    void setCredentials(const QString& user, const QString& password);
    QString user() const { return m_user; }
    QString password() const { return m_password; }

    /// The autologout timer (RFC 1939 §3 asks for at least 10 minutes; tests use less).
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    /// Connections served at once; more are refused with [SYS/TEMP].
    void setMaxSessions(int sessions) { m_maxSessions = sessions; }

    bool listen(
        const QHostAddress& address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    void close();
    bool isListening() const { return m_server.isListening(); }
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    quint16 serverPort() const { return m_server.serverPort(); }
    /// Why listen() or openMailboxDirectory() failed, as one translated sentence.
    QString errorString() const { return m_error; }

    int sessionCount() const { return m_sessions; }

Q_SIGNALS:
    /// A client connected; \a peer is "address:port".
    void sessionStarted(const QString& peer);
    void sessionFinished(const QString& peer);

private:
    void onNewConnection();
    /// A fresh APOP timestamp "<pid.time@host>" (RFC 1939 §7: unique for each greeting).
    QByteArray nextTimestamp();

    QTcpServer m_server;
    DemoMailbox m_mailbox;
    QString m_user = QStringLiteral("max");
    QString m_password = QStringLiteral("password");
    QString m_error;
    QByteArray m_hostName;
    qint64 m_lastStamp = 0;
    int m_idleTimeoutMs = 10 * 60 * 1000;
    int m_maxSessions = DefaultMaxSessions;
    int m_sessions = 0;
};

} // namespace Postbote
