// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/Pop3Reply.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Postbote {

/// Turns the bytes a POP3 server sends into replies, without any socket (sans-I/O).
///
/// The caller feeds bytes as they arrive and then pulls events until NeedMore. Before each
/// status line the caller says whether a positive reply to the command at the head of its
/// queue carries a multi-line payload (RETR, TOP, CAPA, LIST and UIDL without argument);
/// the parser cannot know that by itself.
///
/// Memory stays bounded whatever the server sends: a status line longer than 512 octets is an
/// error (RFC 2449 §4), and multi-line payloads are handed out in chunks of at most
/// chunkSize() bytes, so neither long lines nor large messages are ever held whole. At most a
/// few bytes of look-ahead (a line-leading ".", "\r") stay buffered between feeds.
class Pop3ReplyParser
{
public:
    /// RFC 2449 §4: a response line is at most 512 octets, CRLF included.
    static constexpr qsizetype MaxStatusLine = 512;
    static constexpr qsizetype DefaultChunkSize = 64 * 1024;

    enum class Error {
        None,
        StatusLineTooLong, ///< more than 512 octets without a line end
        MalformedStatus,   ///< a status line that is neither +OK, -ERR nor a "+ " continuation
    };

    struct Event
    {
        enum class Type {
            NeedMore, ///< feed more bytes
            Status,   ///< a status line; `reply` holds it (no payload yet)
            Data,     ///< a piece of multi-line payload in `data`: dot-unstuffed, line ends as sent
            End,      ///< the payload's terminating "." line (RFC 1939 §3) was seen
            Error,    ///< the stream is broken; `error` says how. The parser stays in this state.
        };
        Type type = Type::NeedMore;
        Pop3Reply reply;
        /// Points into the parser's buffer: valid until the next feed() or reset().
        QByteArrayView data;
        Error error = Error::None;
    };

    explicit Pop3ReplyParser(qsizetype chunkSize = DefaultChunkSize);

    /// Appends received bytes. Call next() until it returns NeedMore before feeding again to
    /// keep the buffer small.
    void feed(QByteArrayView bytes);
    /// Whether a positive status line parsed from now on opens a multi-line payload. Applies
    /// to every following status line until changed. A "-ERR" or "+ " line never does.
    void setMultilineExpected(bool expected) { m_multilineExpected = expected; }
    /// The next event from what has been fed so far.
    Event next();
    /// Forgets everything buffered and any payload in progress; clears an error. Used after
    /// STLS, where bytes that arrived before the handshake must never be interpreted.
    void reset();

    /// Bytes held between calls (look-ahead and an incomplete status line).
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    bool inMultiline() const { return m_inMultiline; }
    qsizetype chunkSize() const { return m_chunkSize; }

private:
    Event nextStatus();
    Event nextData();
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_chunkSize;
    bool m_multilineExpected = false;
    bool m_inMultiline = false;
    bool m_atLineStart = true;
    Error m_error = Error::None;
};

} // namespace Postbote
