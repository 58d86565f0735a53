// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Postbote {

/// Character references of HTML (WHATWG HTML §13.2.5.72 ff.) as the sanitizer needs them:
/// decoding must be at least as eager as a browser's, so that "&#106;avascript:" or
/// "javascript&colon;" is recognised before a URL is judged.
class HtmlEntities
{
public:
    /// Decodes numeric references (with or without ';', decimal and hex; 0, surrogates and
    /// values above U+10FFFF become U+FFFD, 0x80–0x9F map as windows-1252 like browsers do)
    /// and the named references Postbote knows (with ';'). Unknown named references stay
    /// as they are.
    static QString decode(QStringView text);

    /// Text content for output: references are decoded and the result escaped again
    /// (& < > as entities), except unknown named references of letters and digits, which
    /// are passed on unchanged for QTextBrowser's own, larger table. NUL becomes U+FFFD.
    static QString textToHtml(QStringView text);
    /// The same, appended to `out`.
    static void appendTextAsHtml(QString& out, QStringView text);

    /// Escapes & < > " for text and double-quoted attribute values.
    static QString escape(QStringView text);
};

} // namespace Postbote
