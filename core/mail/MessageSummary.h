// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Postbote {

class MimeMessage;

/// What the archive index keeps of a message for the inbox: computed once when the message
/// is archived (ArchiveStore) or found by a rebuild, so that listing never parses mail.
struct MessageSummary
{
    QString from; ///< display form of the From addresses
    QString to;   ///< display form of the To addresses
    QString subject;
    QDateTime date; ///< UTC; invalid if unknown
    QString messageId;
    bool hasAttachments = false;
    QString preview; ///< about PreviewLength characters of plain text, white space collapsed

    static constexpr int PreviewLength = 200;

    /// Headers plus the beginning of the first text part only, to stay cheap.
    static MessageSummary of(const MimeMessage& message);
    /// The preview of a text: quoted lines ("> …") and the signature ("-- ") left out,
    /// white space collapsed, cut at a word near PreviewLength with "…".
    static QString previewOf(const QString& plainText);
};

} // namespace Postbote
