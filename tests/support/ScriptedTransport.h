// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Pop3Transport.h"

#include <QByteArray>
#include <QList>

namespace Postbote::Test {

/// An in-memory Pop3Transport driven by the test: the test plays the server, decides when
/// the connection and TLS come up, and reads exactly the bytes the session wrote. Nothing
/// happens by itself and nothing waits, so session tests are deterministic.
class ScriptedTransport : public Pop3Transport
{
    Q_OBJECT

public:
    using Pop3Transport::Pop3Transport;

    // Pop3Transport
    void setTlsPolicy(const TlsPolicy& policy) override { m_policy = policy; }
    void connectToHost(const QString& host, quint16 port, Mode mode, int timeoutMs) override;
    void startTls() override;
    void write(const QByteArray& bytes) override;
    QByteArray readAll() override;
    qint64 read(char* data, qint64 maxSize) override;
    void setReceiveLowWater(int bytes) override { m_lowWaterCalls.append(bytes); }
    void abort() override;
    void disconnectFromHost() override;
    bool isEncrypted() const override { return m_encrypted; }
    QString encryptionDescription() const override;
    QList<QSslCertificate> peerCertificateChain() const override { return {}; }

    // The test's side.
    /// Completes the pending connect: emits connected() (after encrypted() for implicit TLS).
    void acceptConnection();
    /// Completes the STLS handshake the session started.
    void completeTls();
    /// The server sends \a bytes; the session is told at once.
    void serverSends(const QByteArray& bytes);
    /// The server closes the connection.
    void serverCloses();
    /// The connection fails (a TLS or certificate error, a reset …).
    void failWith(const TransportError& error);
    /// Returns and forgets what the session wrote since the last call.
    QByteArray takeWritten();
    QByteArray allWritten() const { return m_allWritten; }

    bool isOpen() const { return m_open; }
    bool wasAborted() const { return m_aborted; }
    bool tlsStarted() const { return m_tlsStarted; }
    int connectCount() const { return m_connectCount; }
    Mode mode() const { return m_mode; }
    QString host() const { return m_host; }
    const TlsPolicy& tlsPolicy() const { return m_policy; }
    /// Every setReceiveLowWater() the session's user made, in order.
    QList<int> receiveLowWaterCalls() const { return m_lowWaterCalls; }
    /// Bytes sent by the server that the session has not read (yet, or ever: those that
    /// arrived while a TLS handshake was pending are dropped).
    qsizetype pendingIncoming() const { return m_incoming.size(); }

private:
    TlsPolicy m_policy;
    QByteArray m_incoming;
    QByteArray m_written;
    QByteArray m_allWritten;
    QList<int> m_lowWaterCalls;
    QString m_host;
    Mode m_mode = Mode::Plain;
    int m_connectCount = 0;
    bool m_open = false;
    bool m_connecting = false;
    bool m_encrypted = false;
    bool m_tlsStarted = false;
    bool m_aborted = false;
};

} // namespace Postbote::Test
