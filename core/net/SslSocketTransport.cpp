// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/SslSocketTransport.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Postbote {

namespace {

QSslConfiguration tlsConfiguration(const Pop3Transport::TlsPolicy& policy)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // RFC 8996 retired TLS 1.0 and 1.1; RFC 8314 §4.1 asks mail clients for TLS 1.2 or newer.
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!policy.caCertificates.isEmpty()) {
        // Given CAs replace the system store for this connection, as curl's --cacert and
        // mpop's tls_trust_file do. Listing the system CAs as well would make Qt read and parse
        // every file under /etc/ssl/certs (~0.3 s) before each connection.
        configuration.setCaCertificates(policy.caCertificates);
    }
    return configuration;
}

QString protocolName(const QSslSocket& socket)
{
    switch (socket.sessionProtocol()) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return socket.sessionCipher().protocolString();
    }
}

bool isTlsError(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::SslHandshakeFailedError
        || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError;
}

} // namespace

SslSocketTransport::SslSocketTransport(QObject* parent)
    : Pop3Transport(parent)
{
    qRegisterMetaType<Postbote::TransportError>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SslSocketTransport::onTimeout);
}

SslSocketTransport::~SslSocketTransport()
{
    detachSocket();
}

void SslSocketTransport::setTlsPolicy(const TlsPolicy& policy)
{
    m_policy = policy;
}

void SslSocketTransport::connectToHost(const QString& host, quint16 port, Mode mode, int timeoutMs)
{
    detachSocket();
    m_mode = mode;
    m_connectedEmitted = false;
    m_rejectedErrors.clear();
    m_chain.clear();
    m_lowWater.setBytes(0); // each connection starts waking for every byte

    auto* socket = new QSslSocket(this);
    m_socket = socket;
    socket->setReadBufferSize(ReadBufferSize);
    socket->setSslConfiguration(tlsConfiguration(m_policy));
    connect(socket, &QSslSocket::connected, this, &SslSocketTransport::onSocketConnected);
    connect(socket, &QSslSocket::encrypted, this, &SslSocketTransport::onSocketEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &SslSocketTransport::onSslErrors);
    connect(socket, &QSslSocket::errorOccurred, this, &SslSocketTransport::onSocketError);
    connect(socket, &QSslSocket::disconnected, this, &SslSocketTransport::onSocketDisconnected);
    connect(socket, &QSslSocket::readyRead, this, &SslSocketTransport::onSocketReadyRead);

    m_phase = Phase::Connecting;
    if (timeoutMs > 0) {
        m_timer.start(timeoutMs);
    } else {
        m_timer.stop();
    }
    if (mode == Mode::ImplicitTls) {
        // The host name doubles as SNI and as the name the certificate must match; Qt sends
        // no SNI for an IP literal (RFC 6066 §3 allows only host names there).
        socket->connectToHostEncrypted(host, port);
    } else {
        socket->connectToHost(host, port);
    }
}

void SslSocketTransport::startTls()
{
    if (!m_socket || m_phase != Phase::Open || m_socket->isEncrypted()) {
        fail({TransportError::Kind::Tls,
            tr("STARTTLS is only possible on an open plain connection"), {}, {}});
        return;
    }
    // RFC 2595 §4 and DESIGN rule 4: plaintext that arrived after the +OK to STLS could
    // have been injected by an attacker; it is thrown away unread.
    m_socket->readAll();
    m_phase = Phase::Handshaking;
    if (m_policy.handshakeTimeoutMs > 0) {
        m_timer.start(m_policy.handshakeTimeoutMs);
    }
    m_socket->startClientEncryption();
}

void SslSocketTransport::write(const QByteArray& bytes)
{
    if (m_socket && m_phase == Phase::Open) {
        m_socket->write(bytes);
    }
}

void SslSocketTransport::setReceiveLowWater(int bytes)
{
    m_lowWater.setBytes(bytes);
}

QByteArray SslSocketTransport::readAll()
{
    if (!m_socket || m_phase != Phase::Open) {
        return {};
    }
    return m_socket->readAll();
}

qint64 SslSocketTransport::read(char* data, qint64 maxSize)
{
    if (!m_socket || m_phase != Phase::Open) {
        return 0;
    }
    return qMax<qint64>(0, m_socket->read(data, maxSize));
}

void SslSocketTransport::abort()
{
    m_timer.stop();
    m_phase = Phase::Idle;
    detachSocket();
}

void SslSocketTransport::disconnectFromHost()
{
    m_timer.stop();
    if (!m_socket || m_phase == Phase::Idle || m_phase == Phase::Done) {
        return;
    }
    m_phase = Phase::Closing;
    m_socket->disconnectFromHost();
}

bool SslSocketTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QString SslSocketTransport::encryptionDescription() const
{
    if (!isEncrypted()) {
        return {};
    }
    return QStringLiteral("%1, %2").arg(protocolName(*m_socket), m_socket->sessionCipher().name());
}

QList<QSslCertificate> SslSocketTransport::peerCertificateChain() const
{
    return m_chain;
}

// --- socket events ----------------------------------------------------------------------

void SslSocketTransport::onSocketConnected()
{
    if (m_phase != Phase::Connecting) {
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_mode == Mode::ImplicitTls) {
        // QSslSocket starts the handshake by itself; from here on the handshake timeout runs.
        m_phase = Phase::Handshaking;
        if (m_policy.handshakeTimeoutMs > 0) {
            m_timer.start(m_policy.handshakeTimeoutMs);
        } else {
            m_timer.stop();
        }
        return;
    }
    becomeOpen();
}

void SslSocketTransport::onSocketEncrypted()
{
    if (m_phase != Phase::Handshaking || !m_socket) {
        return;
    }
    m_chain = m_socket->peerCertificateChain();
    m_phase = Phase::Open;
    m_timer.stop();
    Q_EMIT encrypted();
    if (m_phase == Phase::Open) {
        becomeOpen();
    }
}

void SslSocketTransport::becomeOpen()
{
    m_phase = Phase::Open;
    m_timer.stop();
    if (m_socket) {
        m_lowWater.attach(m_socket->socketDescriptor());
    }
    if (!m_connectedEmitted) {
        m_connectedEmitted = true;
        Q_EMIT connected();
    }
    // Bytes that came with the handshake's last flight were held back until now, so the
    // session never sees data before it knows the connection is up.
    if (m_phase == Phase::Open && m_socket && m_socket->bytesAvailable() > 0) {
        Q_EMIT readyRead();
    }
}

void SslSocketTransport::onSslErrors(const QList<QSslError>& errors)
{
    if (!m_socket) {
        return;
    }
    // Only an exception the user granted for this very certificate and these very errors
    // lets the handshake go on (DESIGN rule 4); anything else fails it, and the failure is
    // reported with the errors and chain so the user can decide.
    if (allExcused(errors, m_policy.exceptions)) {
        m_socket->ignoreSslErrors();
        return;
    }
    m_rejectedErrors = errors;
    m_chain = m_socket->peerCertificateChain();
}

void SslSocketTransport::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket || m_phase == Phase::Idle || m_phase == Phase::Closing
        || m_phase == Phase::Done) {
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError && m_phase == Phase::Open) {
        return; // an orderly close by the peer: disconnected() reports it
    }
    TransportError failure;
    failure.detail = m_socket->errorString();
    if (m_phase == Phase::Handshaking && !m_rejectedErrors.isEmpty()) {
        failure.kind = TransportError::Kind::Certificate;
        failure.sslErrors = m_rejectedErrors;
        failure.chain = m_chain;
    } else if (m_phase == Phase::Handshaking || isTlsError(error)) {
        failure.kind = TransportError::Kind::Tls;
    } else {
        failure.kind = TransportError::Kind::Network;
    }
    fail(failure);
}

void SslSocketTransport::onSocketDisconnected()
{
    switch (m_phase) {
    case Phase::Open:
        if (m_socket && m_socket->bytesAvailable() > 0) {
            Q_EMIT readyRead();
        }
        if (m_phase != Phase::Open) {
            return; // the reader gave up on the connection while reading the last bytes
        }
        m_phase = Phase::Done;
        m_timer.stop();
        Q_EMIT disconnected();
        return;
    case Phase::Connecting:
        fail({TransportError::Kind::Network, tr("The connection was closed while connecting"), {},
            {}});
        return;
    case Phase::Handshaking:
        if (!m_rejectedErrors.isEmpty()) {
            fail({TransportError::Kind::Certificate, tr("The certificate was not accepted"),
                m_rejectedErrors, m_chain});
        } else {
            fail({TransportError::Kind::Tls,
                tr("The server closed the connection during the TLS handshake"), {}, {}});
        }
        return;
    case Phase::Idle:
    case Phase::Closing:
    case Phase::Done:
        return;
    }
}

void SslSocketTransport::onSocketReadyRead()
{
    if (!m_socket) {
        return;
    }
    switch (m_phase) {
    case Phase::Open:
        m_lowWater.onRead();
        Q_EMIT readyRead();
        return;
    case Phase::Closing:
    case Phase::Done:
        // Nobody reads any more; drop what arrives so that it cannot pile up.
        m_socket->readAll();
        return;
    case Phase::Idle:
    case Phase::Connecting:
    case Phase::Handshaking:
        return; // held until the connection is open (see becomeOpen())
    }
}

void SslSocketTransport::onTimeout()
{
    if (m_phase == Phase::Connecting) {
        fail({TransportError::Kind::Timeout, tr("Connecting timed out"), {}, {}});
    } else if (m_phase == Phase::Handshaking) {
        fail({TransportError::Kind::Timeout, tr("The TLS handshake timed out"), {}, {}});
    }
}

void SslSocketTransport::fail(const TransportError& error)
{
    if (m_phase == Phase::Idle || m_phase == Phase::Done) {
        return;
    }
    m_phase = Phase::Done;
    m_timer.stop();
    detachSocket();
    Q_EMIT failed(error);
}

void SslSocketTransport::detachSocket()
{
    QSslSocket* socket = m_socket;
    m_socket = nullptr;
    if (!socket) {
        return;
    }
    m_lowWater.detach();
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    // This may run inside one of the socket's own signals; delete it once that returned.
    socket->deleteLater();
}

} // namespace Postbote
