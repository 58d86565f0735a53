// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/CertificateException.h"
#include "net/TransportError.h"

#include <QByteArray>
#include <QObject>
#include <QSslCertificate>

namespace Postbote {

/// The byte pipe under a Pop3Session. The real one is SslSocketTransport; tests use a
/// scripted one. Keeping sockets out of the session lets every protocol path be tested
/// without a network (the Trojitá way).
class Pop3Transport : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Plain, ImplicitTls };

    struct TlsPolicy
    {
        /// When not empty, the only CAs trusted (instead of the system's).
        QList<QSslCertificate> caCertificates;
        /// Certificates the user accepted; errors they excuse are ignored, no others.
        QList<CertificateException> exceptions;
        int handshakeTimeoutMs = 30000;
    };

    using QObject::QObject;
    ~Pop3Transport() override;

    virtual void setTlsPolicy(const TlsPolicy& policy) = 0;
    /// Connects; emits connected() when bytes can flow: after TCP for Plain, after the TLS
    /// handshake for ImplicitTls (then encrypted() first). The host name is used for SNI and
    /// certificate verification.
    virtual void connectToHost(const QString& host, quint16 port, Mode mode, int timeoutMs) = 0;
    /// Upgrades a plain connection (STLS). Whatever plaintext arrived but was not read yet is
    /// dropped unread; encrypted() follows the handshake.
    virtual void startTls() = 0;
    virtual void write(const QByteArray& bytes) = 0;
    /// Takes the bytes received so far.
    virtual QByteArray readAll() = 0;
    /// Takes up to \a maxSize received bytes into \a data; returns how many (0: none yet).
    /// The session reads through one reused buffer this way, so a large message does not
    /// cost a fresh allocation (and its page faults) per read.
    virtual qint64 read(char* data, qint64 maxSize) = 0;
    /// While much is on its way (a large message), asks to be woken once at least \a bytes
    /// wait rather than for every segment; 0 asks for every byte again, the default. A
    /// transport that honours it still delivers a shorter tail within a few milliseconds.
    virtual void setReceiveLowWater(int bytes) { Q_UNUSED(bytes); }
    /// Closes at once, without waiting for anything to be sent.
    virtual void abort() = 0;
    /// Closes after what was written has been sent.
    virtual void disconnectFromHost() = 0;
    virtual bool isEncrypted() const = 0;
    /// e.g. "TLSv1.3, TLS_AES_256_GCM_SHA384"; empty when not encrypted.
    virtual QString encryptionDescription() const = 0;
    virtual QList<QSslCertificate> peerCertificateChain() const = 0;

Q_SIGNALS:
    void connected();
    void encrypted();
    void readyRead();
    /// The peer closed the connection (not emitted after abort()).
    void disconnected();
    /// The connection failed; nothing more will arrive.
    void failed(const Postbote::TransportError& error);
};

} // namespace Postbote
