// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace Postbote {

/// Parsing of the STAT, LIST and UIDL replies (RFC 1939 §5, §7). A malformed line makes the
/// whole listing invalid: guessing would risk fetching or deleting the wrong message.
namespace ScanListing {

struct Stat
{
    int count = 0;
    qint64 octets = 0;
};

struct SizeEntry
{
    int number = 0;
    qint64 octets = 0;
};

struct UidEntry
{
    int number = 0;
    QByteArray uid;
};

/// "+OK nn mm" text of STAT.
std::optional<Stat> parseStat(QByteArrayView text);
/// One scan line "n size" (a LIST payload line, or the text of "+OK n size").
std::optional<SizeEntry> parseScanLine(QByteArrayView line);
/// One unique-id line "n uid"; the uid is 1 to 70 characters in 0x21..0x7E (RFC 1939 §7).
std::optional<UidEntry> parseUidLine(QByteArrayView line);
/// Whole payloads; nothing if any line is malformed or a message number repeats.
std::optional<QList<SizeEntry>> parseList(const QList<QByteArray>& lines);
std::optional<QList<UidEntry>> parseUidl(const QList<QByteArray>& lines);

} // namespace ScanListing
} // namespace Postbote
