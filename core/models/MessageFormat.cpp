// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MessageFormat.h"

#include <QStringList>

namespace Postbote {

QString MessageFormat::size(qint64 bytes, const QLocale& locale)
{
    constexpr qint64 Kilo = 1024;
    if (bytes < Kilo) {
        return exactSize(bytes, locale);
    }
    if (bytes < Kilo * Kilo) {
        return tr("%1 KB").arg(locale.toString(qRound(double(bytes) / double(Kilo))));
    }
    if (bytes < Kilo * Kilo * Kilo) {
        return tr("%1 MB").arg(locale.toString(double(bytes) / double(Kilo * Kilo), 'f', 1));
    }
    return tr("%1 GB").arg(locale.toString(double(bytes) / double(Kilo * Kilo * Kilo), 'f', 1));
}

QString MessageFormat::exactSize(qint64 bytes, const QLocale& locale)
{
    // Not "%n byte(s)": plural forms need a catalogue even in English, and sizes need the
    // locale's digit grouping, which %n would take from the default locale.
    return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(locale.toString(qMax<qint64>(0, bytes)));
}

QString MessageFormat::dateTime(const QDateTime& utc, const QLocale& locale, bool longForm)
{
    return locale.toString(
        utc.toLocalTime(), longForm ? QLocale::LongFormat : QLocale::ShortFormat);
}

QString MessageFormat::status(bool seen, bool flagged, bool deletedLocally, bool partial)
{
    QStringList states;
    states.append(seen ? tr("Read") : tr("Unread"));
    if (flagged) {
        states.append(tr("Flagged"));
    }
    if (deletedLocally) {
        states.append(tr("Deleted locally"));
    }
    if (partial) {
        states.append(tr("Only the header was downloaded"));
    }
    return states.join(QLatin1String(", "));
}

QString MessageFormat::attachments(bool hasAttachments)
{
    return hasAttachments ? tr("Has attachments") : QString();
}

QString MessageFormat::noSubject()
{
    return tr("(no subject)");
}

} // namespace Postbote
