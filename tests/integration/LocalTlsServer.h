// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>

namespace Postbote::Test {

/// A tiny server on 127.0.0.1 for testing SslSocketTransport on its own: it speaks TLS at
/// once, or plain (and can switch to TLS later, as STLS does), or accepts and stays silent.
/// Its certificate is self-signed, made at run time for localhost and 127.0.0.1.
class LocalTlsServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Behaviour {
        ImplicitTls, ///< handshake at once, then send the greeting
        Plain,       ///< send the greeting in clear
        Silent,      ///< accept and say nothing, not even a TLS ServerHello
    };

    using QTcpServer::QTcpServer;

    /// Makes the certificate (openssl CLI) and listens on a free port.
    bool setUp(QString* error);
    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    /// Sent once the connection is up (after the handshake for ImplicitTls).
    void setGreeting(const QByteArray& greeting) { m_greeting = greeting; }

    QSslCertificate certificate() const { return m_certificate; }
    /// The server side of the newest connection.
    QSslSocket* lastConnection() const;
    int connectionCount() const { return int(m_connections.size()); }
    /// Begins TLS on the newest (plain) connection, as a server does after "+OK" to STLS.
    void startTls();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    Behaviour m_behaviour = Behaviour::ImplicitTls;
    QByteArray m_greeting;
    QList<QPointer<QSslSocket>> m_connections;
};

} // namespace Postbote::Test
