// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Postbote {

/// Receives the payload of a RETR or TOP as it streams from the socket, dot-unstuffed, with
/// line ends as the server sent them. The session never holds a message whole.
class Pop3DataSink
{
public:
    virtual ~Pop3DataSink() = default;
    /// Takes the next chunk. Returning false (disk full, size limit) fails the session with a
    /// storage error; nothing more is written to this sink.
    virtual bool writeData(QByteArrayView chunk) = 0;
    /// The payload ended with its terminator (RFC 1939 §3). Returning false is a storage error.
    virtual bool finish() = 0;
    /// The reply was -ERR, or the session failed before the terminator: drop what was written.
    virtual void discard() = 0;
};

} // namespace Postbote
