// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/DemoMailbox.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>

namespace Postbote::Test {

/// The demo POP3 server (DemoServerSession over the built-in sample mailbox) behind implicit
/// TLS with a self-signed certificate made at run time, for testing what the program does
/// with a certificate nobody vouches for. It counts the connections whose handshake
/// finished: a client that refused the certificate never got one, so it sent nothing.
class TlsDemoServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

    /// Makes a certificate for \a commonName (also its only DNS name, plus IP 127.0.0.1 when
    /// it is "localhost") and listens on a free port of 127.0.0.1.
    bool setUp(const QString& commonName, QString* error);
    QSslCertificate certificate() const { return m_certificate; }
    /// Connections that completed the TLS handshake (and so could have sent commands).
    int encryptedConnections() const { return m_encrypted; }
    int connections() const { return m_connections; }
    DemoMailbox& mailbox() { return m_mailbox; }
    /// The password of the user "max".
    void setPassword(const QString& password) { m_password = password; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    DemoMailbox m_mailbox;
    int m_encrypted = 0;
    int m_connections = 0;
    qint64 m_stamp = 0;
    QString m_password = QStringLiteral("password");
};

} // namespace Postbote::Test
