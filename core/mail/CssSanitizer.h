// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace Postbote {

/// Cleans CSS from mail (style attributes and <style> elements) for QTextBrowser.
///
/// CSS can load resources (url(), @import, image-set()) and, in old engines, run code
/// (expression(), behavior, -moz-binding). A declaration is kept only when it is plainly
/// harmless: no backslash escapes (which could hide "url("), no code, and every url()
/// allowed by HtmlUrlPolicy::resource(). Remote URLs that caused a declaration to be dropped
/// are collected in blocked().
class CssSanitizer
{
public:
    explicit CssSanitizer(bool allowRemote);

    /// A declaration list ("color: red; background: url(cid:x)").
    QString declarations(QStringView css);
    /// A style sheet: rules keep their selector and cleaned declarations; at-rules
    /// (@import, @font-face, @media, …) are dropped with their blocks.
    QString styleSheet(QStringView css);

    const QList<QUrl>& blocked() const { return m_blocked; }
    int removed() const { return m_removed; }

private:
    QString declaration(QStringView declaration);
    void block(const QString& url);

    bool m_allowRemote;
    QList<QUrl> m_blocked;
    int m_removed = 0;
};

} // namespace Postbote
