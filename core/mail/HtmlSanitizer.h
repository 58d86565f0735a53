// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Postbote {

/// The result of HtmlSanitizer::sanitize().
struct SanitizedHtml
{
    /// HTML for QTextBrowser::setHtml(): only whitelisted elements and attributes, every
    /// element closed, text and attribute values escaped.
    QString html;
    /// Remote resources (images, backgrounds, style sheets) that were not loaded because
    /// remote content is not allowed for this message; each URL once, in document order.
    /// The view offers "Load remote content" when this is not empty.
    QList<QUrl> blockedResources;
    /// Targets of the links that were kept, each once, in document order.
    QList<QUrl> links;
    /// How many dangerous things were removed (script-like elements, event handlers,
    /// javascript: and other forbidden URLs, unsafe CSS); for diagnostics and tests.
    int removedCount = 0;
};

/// Makes the HTML of a message safe to show in a QTextBrowser.
///
/// Mail HTML is written by strangers. It must not run code, must not send anything over
/// the network on its own (a remote image tells the sender that, when and where a message
/// was read), and must not disguise where a link goes. The sanitizer works on a whitelist:
///
/// - Elements: text formatting, lists, tables, headings, quotes, links, images; HTML5
///   sectioning elements become <div>. script, style sheets' unsafe parts, iframe, frame,
///   object, embed, applet, svg, math, form controls (button, select, textarea with their
///   content; form and input as tags), base, meta (also refresh), link, template, audio,
///   video and canvas are removed; unknown elements lose their tags but keep their text.
/// - Attributes: presentational ones (align, width, color, …), class, id, title, alt, and
///   style after CssSanitizer. Every on* event handler is removed.
/// - URLs: see HtmlUrlPolicy; links keep their real target and get it as their title, so
///   hovering always shows where a link really goes. Blocked images are replaced by their
///   alt text.
///
/// The tokenizer (HtmlTokenizer) is tolerant and linear; nesting is limited to MaxDepth
/// open elements (deeper tags are dropped, their text kept), so a 10 MB message or
/// 100,000 nested <div>s take linear time.
class HtmlSanitizer
{
public:
    struct Options
    {
        /// Load http, https and ftp resources (the user allowed it for this message).
        bool allowRemoteContent = false;
    };

    static constexpr int MaxDepth = 200;

    static SanitizedHtml sanitize(const QString& html, const Options& options);
    static SanitizedHtml sanitize(const QString& html) { return sanitize(html, Options()); }
};

} // namespace Postbote
