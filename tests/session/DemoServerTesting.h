// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the demo server's tests share: waiting for a condition with a deadline, a telnet-like
// line client, the sample mailbox's files, and the bytes a client must receive for them.
#include "pop3/Pop3Reply.h"
#include "server/DemoMailbox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <optional>

namespace Postbote::Test {

inline constexpr int WaitMs = 10000;

/// Runs the event loop until \a done() holds or the deadline passes. A ticking timer makes
/// sure the condition is looked at even when no event arrives.
inline bool waitUntil(const std::function<bool()>& done, int ms = WaitMs)
{
    QDeadlineTimer deadline(ms);
    QTimer tick;
    tick.start(20);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

/// The bytes a client must receive for a stored message: CRLF line ends, nothing else.
inline QByteArray normalized(QByteArray raw)
{
    raw.replace("\r\n", "\n");
    raw.replace("\n", "\r\n");
    if (!raw.isEmpty() && !raw.endsWith("\r\n")) {
        raw += "\r\n";
    }
    return raw;
}

/// RFC 1939 §3, written independently of the server: a leading "." is doubled.
inline QByteArray dotStuffed(const QByteArray& crlfText)
{
    QByteArray out;
    const QList<QByteArray> lines = crlfText.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith('.')) {
            out += '.';
        }
        out += lines.at(i);
        if (i + 1 < lines.size()) {
            out += '\n';
        }
    }
    return out;
}

inline QStringList sampleFiles()
{
    return QDir(DemoMailbox::builtInPath())
        .entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

inline QByteArray sampleMessage(int number)
{
    return readFile(
        DemoMailbox::builtInPath() + QLatin1Char('/') + sampleFiles().value(number - 1));
}

inline QByteArray headerOf(const QByteArray& message)
{
    const qsizetype end = message.indexOf("\n\n");
    return end < 0 ? message : message.left(end + 1);
}

/// A telnet-like client: writes command lines, reads reply lines.
class LineClient
{
public:
    explicit LineClient(quint16 port, qint64 readBufferSize = 0)
    {
        m_socket.setReadBufferSize(readBufferSize);
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }

    QTcpSocket& socket() { return m_socket; }

    /// The next line without its CRLF; "<timeout>" or "<closed>" if none arrives.
    QByteArray line()
    {
        waitUntil([this] {
            return m_socket.canReadLine() || m_socket.state() == QAbstractSocket::UnconnectedState;
        });
        if (!m_socket.canReadLine()) {
            return m_socket.state() == QAbstractSocket::UnconnectedState
                ? QByteArrayLiteral("<closed>")
                : QByteArrayLiteral("<timeout>");
        }
        QByteArray text = m_socket.readLine();
        if (text.endsWith("\r\n")) {
            text.chop(2);
        }
        return text;
    }

    QByteArray command(const QByteArray& line)
    {
        m_socket.write(line + "\r\n");
        return this->line();
    }

    /// The payload of a multi-line reply as sent (still dot-stuffed), CRLFs kept, up to and
    /// without the terminating ".\r\n".
    QByteArray payload()
    {
        QByteArray data;
        for (;;) {
            waitUntil([this] { return m_socket.canReadLine() || !m_socket.isOpen(); });
            if (!m_socket.canReadLine()) {
                return data + "<incomplete>";
            }
            const QByteArray text = m_socket.readLine();
            if (text == ".\r\n") {
                return data;
            }
            data += text;
        }
    }

    bool login(const QByteArray& user = "max", const QByteArray& password = "password")
    {
        return line().startsWith("+OK") && command("USER " + user).startsWith("+OK")
            && command("PASS " + password).startsWith("+OK");
    }

    bool waitClosed()
    {
        return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; });
    }

private:
    QTcpSocket m_socket;
};

/// "+OK <count> ", the start of a STAT reply for that many messages.
inline QByteArray statPrefix(qsizetype count)
{
    return QByteArray("+OK " + QByteArray::number(count) + ' ');
}

inline QByteArray responseCode(const QByteArray& statusLine)
{
    const std::optional<Pop3Reply> reply = Pop3Reply::fromStatusLine(statusLine);
    return reply ? reply->code : QByteArrayLiteral("<not a reply>");
}

} // namespace Postbote::Test
