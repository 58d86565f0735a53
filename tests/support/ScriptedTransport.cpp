// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedTransport.h"

#include <cstring>

namespace Postbote::Test {

void ScriptedTransport::connectToHost(const QString& host, quint16, Mode mode, int)
{
    m_host = host;
    m_mode = mode;
    m_connecting = true;
    m_open = false;
    m_encrypted = false;
    m_tlsStarted = false;
    m_aborted = false;
    m_incoming.clear();
    ++m_connectCount;
}

void ScriptedTransport::startTls()
{
    // As the real transport does: plaintext not yet read is dropped, never interpreted.
    m_incoming.clear();
    m_tlsStarted = true;
}

void ScriptedTransport::write(const QByteArray& bytes)
{
    if (!m_open) {
        return;
    }
    m_written += bytes;
    m_allWritten += bytes;
}

QByteArray ScriptedTransport::readAll()
{
    QByteArray bytes;
    bytes.swap(m_incoming);
    return bytes;
}

qint64 ScriptedTransport::read(char* data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_incoming.size());
    std::memcpy(data, m_incoming.constData(), size_t(n));
    m_incoming.remove(0, n);
    return n;
}

void ScriptedTransport::abort()
{
    m_open = false;
    m_connecting = false;
    m_aborted = true;
}

void ScriptedTransport::disconnectFromHost()
{
    m_open = false;
}

QString ScriptedTransport::encryptionDescription() const
{
    return m_encrypted ? QStringLiteral("TLSv1.3 (scripted)") : QString();
}

void ScriptedTransport::acceptConnection()
{
    if (!m_connecting) {
        return;
    }
    m_connecting = false;
    m_open = true;
    if (m_mode == Mode::ImplicitTls) {
        m_encrypted = true;
        Q_EMIT encrypted();
    }
    Q_EMIT connected();
}

void ScriptedTransport::completeTls()
{
    if (!m_open || !m_tlsStarted) {
        return;
    }
    m_encrypted = true;
    Q_EMIT encrypted();
}

void ScriptedTransport::serverSends(const QByteArray& bytes)
{
    if (!m_open) {
        return;
    }
    m_incoming += bytes;
    Q_EMIT readyRead();
}

void ScriptedTransport::serverCloses()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    Q_EMIT disconnected();
}

void ScriptedTransport::failWith(const TransportError& error)
{
    m_open = false;
    m_connecting = false;
    Q_EMIT failed(error);
}

QByteArray ScriptedTransport::takeWritten()
{
    QByteArray bytes;
    bytes.swap(m_written);
    return bytes;
}

} // namespace Postbote::Test
