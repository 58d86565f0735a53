// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Postbote {

/// A rough HTML to plain-text conversion for previews and for showing an HTML-only part as
/// text: tags dropped, <script>/<style>/<head> contents dropped, block ends become line
/// breaks, character references decoded. Not a renderer: it only has to be readable and safe.
class HtmlText
{
public:
    /// Stops after about maxChars characters of output (-1: no limit).
    static QString toPlainText(const QString& html, qsizetype maxChars = -1);
};

} // namespace Postbote
