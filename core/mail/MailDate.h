// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Postbote {

/// Parses a Date field body (RFC 5322 §3.3) into UTC, forgiving the forms found in real
/// mail: obsolete zones and two-digit years (§4.3), missing day name, seconds or zone,
/// asctime order ("Mon Jan  2 15:04:05 2006"), ISO 8601, German month abbreviations, a time
/// glued to its zone. Returns an invalid QDateTime when no date can be recovered.
class MailDate
{
public:
    static QDateTime parse(const QByteArray& fieldBody);
};

} // namespace Postbote
