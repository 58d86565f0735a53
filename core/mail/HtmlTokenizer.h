// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace Postbote {

/// One token of an HTML document as HtmlTokenizer sees it.
struct HtmlToken
{
    enum class Type { Text, StartTag, EndTag, EndOfInput };
    Type type = Type::EndOfInput;
    /// Lower-case tag name (StartTag, EndTag).
    QString name;
    /// Raw text (character references NOT decoded) for Text tokens.
    QStringView text;
    /// Lower-case attribute names with their raw values (references not decoded), in
    /// document order; duplicates are dropped (the first wins, as in HTML), and at most 64
    /// are kept.
    QList<std::pair<QString, QString>> attributes;
    bool selfClosing = false;
};

/// A small, tolerant HTML tokenizer after the states of WHATWG HTML §13.2.5, enough to
/// sanitize mail: tags with quoted, unquoted and valueless attributes, comments (also
/// conditional comments), markup declarations (DOCTYPE, CDATA, "<![if …]>") and processing
/// instructions are recognised and skipped; a '<' that starts no tag is text; a tag or
/// comment that never ends swallows the rest of the input, as in a browser.
///
/// Every character is looked at a bounded number of times, so the work is linear in the
/// input size whatever the input is. The input must outlive the tokenizer.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView input);

    HtmlToken next();

    /// For raw-text elements (script, style, textarea, title, xmp, iframe, noembed,
    /// noframes, plaintext; noscript is parsed as markup, since no script ever runs): after
    /// their start tag, returns everything up to the matching end tag (case-insensitive) and
    /// consumes that end tag; "plaintext" and an element that is never closed take the rest
    /// of the input.
    QStringView readRawText(const QString& name);

    /// True for the names readRawText() is meant for.
    static bool isRawTextElement(const QString& name);

private:
    bool parseTag(HtmlToken* token);
    void skipUntil(QStringView terminator);

    QStringView m_input;
    qsizetype m_pos = 0;
};

} // namespace Postbote
