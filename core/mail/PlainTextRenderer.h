// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Postbote {

/// Shows a text/plain body in the HTML message view.
///
/// The text is HTML-escaped, so nothing in it is ever markup. Lines keep their breaks and
/// runs of spaces (white-space: pre-wrap, so long lines still wrap in the view). Quoted
/// lines ('>' prefixes, also "> > ", RFC 3676 §4.5) become nested <blockquote
/// class="quote quoteN"> (N = 1–3, repeating for deeper levels) without the markers; http,
/// https, ftp, mailto and "www." addresses become links whose title shows the target; the
/// signature after the separator "-- " (RFC 3676 §4.3) is dimmed (class "signature").
///
/// For format=flowed bodies run FlowedText::decode() first.
class PlainTextRenderer
{
public:
    static QString toHtml(const QString& text);

    /// CSS for the classes above; the view passes it to QTextDocument::setDefaultStyleSheet.
    static QString defaultStyleSheet();

    /// The quote depth of a line and where its text starts (after the markers and one
    /// space). "> > a" and ">>a" both have depth 2.
    static int quoteDepth(QStringView line, qsizetype* contentStart);

    /// Escaped text with its URLs turned into links (one line, no quote handling).
    static QString linkify(QStringView text);
};

} // namespace Postbote
