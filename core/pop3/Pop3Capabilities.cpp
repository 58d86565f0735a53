// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Capabilities.h"

namespace Postbote {

Pop3Capabilities Pop3Capabilities::fromLines(const QList<QByteArray>& lines)
{
    Pop3Capabilities caps;
    caps.m_known = true;
    for (const QByteArray& line : lines) {
        // RFC 2449 §5: each line is a tag, optionally followed by space-separated arguments.
        QList<QByteArray> words = line.simplified().split(' ');
        if (words.isEmpty() || words.first().isEmpty()) {
            continue;
        }
        words.first() = words.first().toUpper();
        caps.m_entries.append(words);
    }
    return caps;
}

bool Pop3Capabilities::has(const QByteArray& tag) const
{
    const QByteArray upper = tag.toUpper();
    for (const QList<QByteArray>& entry : m_entries) {
        if (entry.first() == upper) {
            return true;
        }
    }
    return false;
}

QList<QByteArray> Pop3Capabilities::arguments(const QByteArray& tag) const
{
    const QByteArray upper = tag.toUpper();
    QList<QByteArray> result;
    for (const QList<QByteArray>& entry : m_entries) {
        if (entry.first() == upper) {
            for (qsizetype i = 1; i < entry.size(); ++i) {
                result.append(entry.at(i).toUpper());
            }
        }
    }
    return result;
}

bool Pop3Capabilities::hasSasl(const QByteArray& mechanism) const
{
    return saslMechanisms().contains(mechanism.toUpper());
}

QByteArray Pop3Capabilities::implementation() const
{
    for (const QList<QByteArray>& entry : m_entries) {
        if (entry.first() == "IMPLEMENTATION") {
            return entry.mid(1).join(' ');
        }
    }
    return {};
}

QList<QByteArray> Pop3Capabilities::tags() const
{
    QList<QByteArray> result;
    for (const QList<QByteArray>& entry : m_entries) {
        result.append(entry.first());
    }
    return result;
}

} // namespace Postbote
