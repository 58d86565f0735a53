// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <optional>

namespace Postbote {

/// A server's reply to one command: the status line and, for CAPA, LIST and UIDL, the
/// multi-line payload. RETR and TOP payloads never land here; they stream into a sink.
struct Pop3Reply
{
    enum class Status {
        Ok,           ///< "+OK"
        Err,          ///< "-ERR"
        Continuation, ///< "+ challenge" during SASL authentication (RFC 5034 §4)
    };

    Status status = Status::Err;
    /// The text after the status indicator, response code removed.
    QByteArray text;
    /// The RFC 2449 §8 response code without brackets, e.g. "IN-USE", "SYS/TEMP"; or empty.
    QByteArray code;
    /// Multi-line payload lines, dot-unstuffed, without line ends (CAPA, LIST, UIDL).
    QList<QByteArray> lines;
    /// Payload bytes handed to the data sink (RETR, TOP).
    qint64 dataBytes = 0;

    bool isOk() const { return status == Status::Ok; }

    /// Parses one status line (without its line end). Returns nothing if the line begins with
    /// neither "+OK", "-ERR" nor "+" followed by a space or the end (RFC 1939 §3).
    static std::optional<Pop3Reply> fromStatusLine(QByteArrayView line);
};

} // namespace Postbote

Q_DECLARE_METATYPE(Postbote::Pop3Reply)
