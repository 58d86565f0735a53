// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/ProtocolEvent.h"

namespace Postbote {

QString ProtocolEvent::prefix(Direction direction)
{
    // Fixed tokens, not translated: the "C:"/"S:" form is how RFC 1939 writes dialogues.
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("C:");
    case Direction::Server:
        return QStringLiteral("S:");
    case Direction::Tls:
        return QStringLiteral("TLS");
    case Direction::Info:
        return QStringLiteral("--");
    }
    return {};
}

QString ProtocolEvent::toPlainText(bool withTimestamp) const
{
    QString line;
    if (withTimestamp) {
        line = timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char(' ');
    }
    return line + prefix(direction) + QLatin1Char(' ') + text;
}

} // namespace Postbote
