// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/ScanListing.h"

#include <QSet>
#include <limits>

namespace Postbote::ScanListing {

namespace {

// Splits "a b[ rest]" into its first two space-separated words; RFC 1939 §5 lets a server
// append more information after the size, which is ignored.
bool twoWords(QByteArrayView line, QByteArrayView& first, QByteArrayView& second)
{
    const qsizetype space = line.indexOf(' ');
    if (space <= 0) {
        return false;
    }
    first = line.first(space);
    QByteArrayView rest = line.sliced(space + 1);
    const qsizetype end = rest.indexOf(' ');
    second = end < 0 ? rest : rest.first(end);
    return !second.isEmpty();
}

template<typename T> std::optional<T> parseUnsigned(QByteArrayView digits, T maximum)
{
    if (digits.isEmpty() || digits.size() > 19) {
        return std::nullopt;
    }
    quint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + quint64(c - '0');
    }
    if (value > quint64(maximum)) {
        return std::nullopt;
    }
    return T(value);
}

std::optional<int> messageNumber(QByteArrayView digits)
{
    const auto n = parseUnsigned<int>(digits, std::numeric_limits<int>::max());
    if (!n || *n == 0) {
        return std::nullopt; // RFC 1939 §5: message numbers start at 1
    }
    return n;
}

} // namespace

std::optional<Stat> parseStat(QByteArrayView text)
{
    QByteArrayView count, octets;
    if (!twoWords(text, count, octets)) {
        return std::nullopt;
    }
    const auto n = parseUnsigned<int>(count, std::numeric_limits<int>::max());
    const auto size = parseUnsigned<qint64>(octets, std::numeric_limits<qint64>::max());
    if (!n || !size) {
        return std::nullopt;
    }
    return Stat {*n, *size};
}

std::optional<SizeEntry> parseScanLine(QByteArrayView line)
{
    QByteArrayView number, octets;
    if (!twoWords(line, number, octets)) {
        return std::nullopt;
    }
    const auto n = messageNumber(number);
    const auto size = parseUnsigned<qint64>(octets, std::numeric_limits<qint64>::max());
    if (!n || !size) {
        return std::nullopt;
    }
    return SizeEntry {*n, *size};
}

std::optional<UidEntry> parseUidLine(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    if (space <= 0) {
        return std::nullopt;
    }
    const auto n = messageNumber(line.first(space));
    const QByteArrayView uid = line.sliced(space + 1);
    // RFC 1939 §7: 1 to 70 characters in the range 0x21 to 0x7E.
    if (!n || uid.isEmpty() || uid.size() > 70) {
        return std::nullopt;
    }
    for (char c : uid) {
        if (c < 0x21 || c > 0x7e) {
            return std::nullopt;
        }
    }
    return UidEntry {*n, uid.toByteArray()};
}

std::optional<QList<SizeEntry>> parseList(const QList<QByteArray>& lines)
{
    QList<SizeEntry> entries;
    entries.reserve(lines.size());
    QSet<int> seen;
    for (const QByteArray& line : lines) {
        const auto entry = parseScanLine(line);
        if (!entry || seen.contains(entry->number)) {
            return std::nullopt;
        }
        seen.insert(entry->number);
        entries.append(*entry);
    }
    return entries;
}

std::optional<QList<UidEntry>> parseUidl(const QList<QByteArray>& lines)
{
    QList<UidEntry> entries;
    entries.reserve(lines.size());
    QSet<int> seen;
    for (const QByteArray& line : lines) {
        const auto entry = parseUidLine(line);
        if (!entry || seen.contains(entry->number)) {
            return std::nullopt;
        }
        seen.insert(entry->number);
        entries.append(*entry);
    }
    return entries;
}

} // namespace Postbote::ScanListing
