// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Postbote {

/// How the inbox writes sizes, dates and message states, in the language of a locale.
/// Texts only: icons and colours are the views' business.
class MessageFormat
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::MessageFormat)

public:
    /// "512 bytes", "12 KB", "1.4 MB" in the locale's number format, translated.
    static QString size(qint64 bytes, const QLocale& locale);
    /// The exact size, "12,345 bytes", for tool tips.
    static QString exactSize(qint64 bytes, const QLocale& locale);
    /// A UTC time in local time, short ("26.11.26 13:00") or long form.
    static QString dateTime(const QDateTime& utc, const QLocale& locale, bool longForm = false);
    /// "Unread, Flagged" and the like, for the status column's tool tip and screen readers.
    static QString status(bool seen, bool flagged, bool deletedLocally, bool partial);
    static QString attachments(bool hasAttachments);
    static QString noSubject();
};

} // namespace Postbote
