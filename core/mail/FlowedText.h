// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Postbote {

/// Decoding of text/plain; format=flowed (RFC 3676).
///
/// Flowed text lets the sender wrap long paragraphs at ~72 columns while the reader's view
/// re-wraps them at its own width. decode() joins the soft-broken lines of each paragraph into
/// one line so the view (PlainTextRenderer, QTextBrowser) can wrap it.
struct FlowedText
{
    /// Joins soft line breaks and returns plain text with hard line breaks only.
    ///
    /// - A line ending in a space is flowed and continues on the next line (RFC 3676 §4.2);
    ///   with delSp (DelSp=yes) that trailing space is removed when joining.
    /// - Quote depth is the number of leading '>' (§4.5); the result writes each quoted line
    ///   again as ">" repeated depth times plus one space, so quoting stays visible. Lines of
    ///   different quote depth are never joined.
    /// - One leading space after the quote marks is space-stuffing and is removed (§4.4).
    /// - The signature separator "-- " is never treated as flowed (§4.3).
    /// Line ends may be LF or CRLF; the result uses LF. A trailing line break is kept.
    static QString decode(const QString& text, bool delSp);
};

} // namespace Postbote
