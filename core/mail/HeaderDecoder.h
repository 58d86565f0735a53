// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Postbote {

/// Decodes header field bodies to text: unfolding (RFC 5322 §2.2.3), encoded words
/// (RFC 2047) and raw 8-bit bytes.
///
/// Postbote's own code, not GMime's: GMime 3.2.13 cuts off adjacent B words whose first
/// ends in padding and breaks a UTF-8 character split across two words (TOOLCHAIN.md §9).
/// Here every encoded word is decoded to bytes first and adjacent words of one charset are
/// joined before the bytes become text (RFC 2047 §6.2 also drops the white space between
/// adjacent encoded words). Control characters are removed from the result, so that a
/// header cannot inject line breaks or terminal escapes into a view or a log.
class HeaderDecoder
{
public:
    /// Input beyond this many bytes is ignored (a 1 MB header line stays bounded).
    static constexpr qsizetype MaxInputBytes = 1024 * 1024;

    struct Result
    {
        QString text;
        bool fallback = false;  ///< an unknown/wrong charset or raw 8-bit non-UTF-8 bytes
        bool truncated = false; ///< the input was longer than MaxInputBytes
        bool controls = false;  ///< control characters were removed
    };

    /// An unstructured field (Subject, Comments, …), or any value shown as text.
    static Result decode(const QByteArray& raw);
    static QString decodeText(const QByteArray& raw) { return decode(raw).text; }
    /// A phrase (display name): quoted strings are unquoted (RFC 5322 §3.2.4) and encoded
    /// words decoded, also inside quotes, which many mail programs send although RFC 2047
    /// §5 forbids it.
    static Result decodePhrase(const QByteArray& raw);

    /// The message IDs of a Message-ID, In-Reply-To or References field (RFC 5322 §3.6.4),
    /// without angle brackets; an ID sent without brackets is accepted alone.
    static QStringList messageIds(const QByteArray& raw);

    /// Removes CRLF / LF that are followed by white space (RFC 5322 §2.2.3) and any other
    /// line break.
    static QByteArray unfold(const QByteArray& raw);
    /// Replaces tabs and line breaks by spaces and removes other C0/C1 controls and DEL.
    /// Returns whether anything other than white space was removed.
    static bool stripControls(QString* text);
};

} // namespace Postbote
