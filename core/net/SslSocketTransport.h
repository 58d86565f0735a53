// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Pop3Transport.h"
#include "net/ReceiveLowWater.h"

#include <QAbstractSocket>
#include <QList>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace Postbote {

/// The real Pop3Transport over QSslSocket: implicit TLS (RFC 8314), plain, and the STLS
/// upgrade (RFC 2595 §4). TLS 1.2 or newer; the system's CAs plus the policy's are trusted,
/// and certificate errors are ignored only when the account's exceptions excuse every one.
///
/// Each connectToHost() uses a fresh socket, so the transport can reconnect after the user
/// accepted a certificate. A socket that is given up is detached first: after abort() or
/// failed() no further signal of the old connection reaches the session.
class SslSocketTransport : public Pop3Transport
{
    Q_OBJECT

public:
    /// Upper bound of what the socket buffers for us; a flooding server is throttled by TCP
    /// flow control instead of growing our memory (DESIGN rule 5).
    static constexpr qint64 ReadBufferSize = 1024 * 1024;

    explicit SslSocketTransport(QObject* parent = nullptr);
    ~SslSocketTransport() override;

    void setTlsPolicy(const TlsPolicy& policy) override;
    void connectToHost(const QString& host, quint16 port, Mode mode, int timeoutMs) override;
    void startTls() override;
    void write(const QByteArray& bytes) override;
    QByteArray readAll() override;
    qint64 read(char* data, qint64 maxSize) override;
    void setReceiveLowWater(int bytes) override;
    void abort() override;
    void disconnectFromHost() override;
    bool isEncrypted() const override;
    QString encryptionDescription() const override;
    QList<QSslCertificate> peerCertificateChain() const override;

private:
    enum class Phase {
        Idle,        ///< no connection
        Connecting,  ///< TCP connect under way
        Handshaking, ///< TLS handshake under way (implicit TLS or STLS)
        Open,        ///< bytes flow; connected() was emitted
        Closing,     ///< disconnectFromHost() was called; nothing more is reported
        Done,        ///< failed, aborted or closed by the peer; nothing more is reported
    };

    void onSocketConnected();
    void onSocketEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onSocketDisconnected();
    void onSocketReadyRead();
    void onTimeout();

    void fail(const TransportError& error);
    /// Disconnects and closes the socket without letting it report anything more.
    void detachSocket();
    /// Emits connected() (once per connection) and hands over bytes that arrived with it.
    void becomeOpen();

    QPointer<QSslSocket> m_socket;
    TlsPolicy m_policy;
    QTimer m_timer;
    ReceiveLowWater m_lowWater;
    Phase m_phase = Phase::Idle;
    Mode m_mode = Mode::Plain;
    bool m_connectedEmitted = false;
    // Certificate errors the policy did not excuse: the handshake failure that follows is
    // reported as a certificate problem, with these errors and this chain.
    QList<QSslError> m_rejectedErrors;
    QList<QSslCertificate> m_chain;
};

} // namespace Postbote
