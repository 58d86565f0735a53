// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Postbote {

/// Turns the bytes of a stored message, chunk by chunk, into what the demo server sends:
/// every line ending as CRLF (a bare LF gains its CR, an unterminated last line gets CRLF),
/// and in Wire mode dot-stuffed (RFC 1939 §3: a line that begins with "." gets one more).
/// The same code computes the sizes and unique-ids (Normalize mode), so LIST announces
/// exactly the octets that RETR sends before stuffing.
///
/// With a body line limit it implements TOP (RFC 1939 §7): the header, the blank line that
/// ends it, and at most that many body lines. A message without a blank line is all header.
class DemoMessageEncoder
{
public:
    enum class Mode {
        Normalize, ///< line ends only
        Wire,      ///< line ends and dot-stuffing
    };

    /// \a bodyLines < 0 passes the whole message.
    explicit DemoMessageEncoder(Mode mode, int bodyLines = -1);

    /// Appends the encoded form of \a raw to \a out. Input after the TOP limit is ignored.
    void encode(QByteArrayView raw, QByteArray& out);
    /// Ends a message: terminates an unfinished last line. The ".\r\n" terminator is the
    /// caller's.
    void finish(QByteArray& out);
    /// The TOP limit was reached; nothing more will be appended.
    bool isComplete() const { return m_complete; }

private:
    void endLine();

    Mode m_mode;
    int m_bodyLines;
    int m_bodyLinesSent = 0;
    qint64 m_lineLength = 0; // bytes of the current line so far, a trailing CR included
    bool m_atLineStart = true;
    bool m_lastWasCr = false;
    bool m_inBody = false;
    bool m_complete = false;
};

} // namespace Postbote
