// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MessageSummary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Postbote {

/// Reads the MessageSummary of a message file, parsing no more of it than the summary needs.
///
/// A message up to prefixBytes is parsed whole. Of a larger one only the first prefixBytes are
/// parsed (the header block, the text the preview is taken from, the structure up to there),
/// and the rest is scanned for attachments by AttachmentScan: parsing all 20 MB of an attached
/// file cost as much CPU as receiving it (bench/README.md). The preview of a large message is
/// therefore taken from the text within its first prefixBytes; From, To, Subject, Date,
/// Message-ID and has-attachments are those of the whole message. Where the prefix cannot
/// tell (a header block longer than it, an inline nested message beyond it) the whole message
/// is parsed.
class MessageSummaryReader
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::MessageSummaryReader)

public:
    /// The preview needs a few hundred characters and a header block is rarely over 10 KB;
    /// reading more cost measurably more for every large message (bench/README.md).
    static constexpr qint64 DefaultPrefixBytes = 64 * 1024;

    /// Nothing (and *error set) only when the file cannot be read.
    static std::optional<MessageSummary> read(
        const QString& path, QString* error, qint64 prefixBytes = DefaultPrefixBytes);

private:
    /// has-attachments of the part beyond the prefix; nothing if only a full parse can tell.
    static std::optional<bool> scanRest(
        const QString& path, const MimeMessage& prefix, QString* error);
};

} // namespace Postbote
