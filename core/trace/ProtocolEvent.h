// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Postbote {

/// One line of the POP3 dialogue or a note about it, already masked. Views (log, sequence
/// diagram, console) and `--log` files all read these; none of them sees raw secrets.
struct ProtocolEvent
{
    enum class Direction {
        Client, ///< a command line sent ("C:")
        Server, ///< a line received ("S:")
        Tls,    ///< handshake results, certificate problems
        Info,   ///< connecting, state changes, summaries of long payloads
    };

    QDateTime timestamp;
    Direction direction = Direction::Info;
    QString text;

    /// "C:", "S:", "TLS" or "--", the prefix used in plain-text exports.
    static QString prefix(Direction direction);
    /// One export line: time, prefix, text.
    QString toPlainText(bool withTimestamp = true) const;
};

} // namespace Postbote

Q_DECLARE_METATYPE(Postbote::ProtocolEvent)
