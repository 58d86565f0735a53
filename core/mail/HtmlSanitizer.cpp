// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/HtmlSanitizer.h"

#include "mail/CssSanitizer.h"
#include "mail/HtmlEntities.h"
#include "mail/HtmlTokenizer.h"
#include "mail/HtmlUrlPolicy.h"

#include <QHash>
#include <QSet>

#include <bitset>

namespace Postbote {

namespace {

enum Flag : quint8 {
    Allowed = 1,          ///< written to the output (as far as QTextBrowser knows it)
    Void = 2,             ///< has no end tag
    BlockAlias = 4,       ///< HTML5 element QTextBrowser does not know; becomes <div>
    DropContent = 8,      ///< removed with everything inside (code, plug-ins, form controls, media)
    Dangerous = 16,       ///< counts as "dangerous, removed"
    ClosesParagraph = 32, ///< closes an open <p> (WHATWG HTML §13.2.6.4.7)
};

constexpr int MaxElements = 128;
using ElementSet = std::bitset<MaxElements>;

/// Every element the sanitizer treats specially, numbered, so that the open-element stack
/// holds small integers and the implicit-close rules are bit tests (linear time even for
/// 100,000 nested tags).
class ElementTable
{
public:
    ElementTable()
    {
        add({"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "caption", "cite", "code",
                "col", "colgroup", "dd", "del", "dfn", "dt", "em", "font", "i", "img", "ins", "kbd",
                "li", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
                "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "var"},
            Allowed);
        add({"address", "blockquote", "center", "div", "dl", "h1", "h2", "h3", "h4", "h5", "h6",
                "hr", "ol", "p", "pre", "table", "ul"},
            Allowed | ClosesParagraph);
        add({"br", "hr", "img", "col"}, Void);
        add({"article", "aside", "details", "figcaption", "figure", "footer", "header", "hgroup",
                "main", "nav", "section", "summary"},
            BlockAlias);
        add({"applet", "audio", "button", "canvas", "datalist", "frameset", "map", "math", "object",
                "option", "portal", "select", "svg", "template", "video"},
            DropContent);
        add({"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
                "button", "select", "textarea", "base", "meta", "link", "svg", "math", "portal",
                "template"},
            Dangerous);
        Q_ASSERT(m_names.size() <= MaxElements);
    }

    int id(const QString& name) const { return m_ids.value(name, -1); }
    bool has(int id, quint8 flag) const { return id >= 0 && (m_flags.at(id) & flag); }
    const QString& name(int id) const { return m_names.at(id); }
    ElementSet set(std::initializer_list<const char*> list) const
    {
        ElementSet result;
        for (const char* name : list)
            result.set(size_t(m_ids.value(QLatin1String(name))));
        return result;
    }

private:
    void add(std::initializer_list<const char*> list, int flags)
    {
        for (const char* name : list) {
            const QString key = QLatin1String(name);
            int index = m_ids.value(key, -1);
            if (index < 0) {
                index = int(m_names.size());
                m_names.append(key);
                m_flags.append(0);
                m_ids.insert(key, index);
            }
            m_flags[index] = quint8(m_flags.at(index) | flags);
        }
    }

    QStringList m_names;
    QList<quint8> m_flags;
    QHash<QString, int> m_ids;
};

const ElementTable& elements()
{
    static const ElementTable table;
    return table;
}

const QSet<QString>& commonAttributes()
{
    static const QSet<QString> set = [] {
        QSet<QString> result;
        for (const char* name : {"abbr", "align", "bgcolor", "border", "cellpadding", "cellspacing",
                 "class", "clear", "color", "cols", "colspan", "dir", "face", "headers", "height",
                 "hspace", "id", "lang", "nowrap", "reversed", "rowspan", "scope", "size", "span",
                 "start", "summary", "title", "type", "valign", "value", "vspace", "width"})
            result.insert(QLatin1String(name));
        return result;
    }();
    return set;
}

class Sanitizer
{
public:
    Sanitizer(const QString& input, const HtmlSanitizer::Options& options)
        : m_tokenizer(input)
        , m_options(options)
        , m_css(options.allowRemoteContent)
    {
        m_out.reserve(input.size());
    }

    SanitizedHtml run();

private:
    void startTag(const HtmlToken& token);
    void endTag(const QString& name);
    void closeTo(qsizetype index);
    void implicitClose(const ElementSet& closing, const ElementSet& boundary);
    void skipContent(const QString& name);
    QString attributes(const QString& element, const HtmlToken& token);
    void blocked(const QString& url);

    HtmlTokenizer m_tokenizer;
    HtmlSanitizer::Options m_options;
    CssSanitizer m_css;
    QString m_out;
    QList<int> m_stack; // ids of the open elements (ElementTable)
    SanitizedHtml m_result;
    QString m_altText; // of the last img whose source was not kept
};

SanitizedHtml Sanitizer::run()
{
    while (true) {
        const HtmlToken token = m_tokenizer.next();
        if (token.type == HtmlToken::Type::EndOfInput)
            break;
        if (token.type == HtmlToken::Type::Text)
            HtmlEntities::appendTextAsHtml(m_out, token.text);
        else if (token.type == HtmlToken::Type::StartTag)
            startTag(token);
        else
            endTag(token.name);
    }
    closeTo(0);
    for (const QUrl& url : m_css.blocked()) {
        if (!m_result.blockedResources.contains(url))
            m_result.blockedResources.append(url);
    }
    m_result.removedCount += m_css.removed();
    m_result.html = m_out;
    return m_result;
}

void Sanitizer::blocked(const QString& url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    if (!m_result.blockedResources.contains(parsed))
        m_result.blockedResources.append(parsed);
}

void Sanitizer::skipContent(const QString& name)
{
    // Everything up to the matching end tag, counting nested elements of the same name.
    int depth = 1;
    while (depth > 0) {
        const HtmlToken token = m_tokenizer.next();
        if (token.type == HtmlToken::Type::EndOfInput)
            return;
        if (token.type == HtmlToken::Type::StartTag) {
            if (HtmlTokenizer::isRawTextElement(token.name))
                m_tokenizer.readRawText(token.name);
            else if (token.name == name && !token.selfClosing)
                ++depth;
        } else if (token.type == HtmlToken::Type::EndTag && token.name == name) {
            --depth;
        }
    }
}

void Sanitizer::startTag(const HtmlToken& token)
{
    const ElementTable& table = elements();
    QString name = token.name == u"image" ? QStringLiteral("img") : token.name;
    int id = table.id(name);
    if (table.has(id, Dangerous))
        ++m_result.removedCount;

    if (HtmlTokenizer::isRawTextElement(name)) {
        // script, textarea, title, iframe, noembed, noframes: the content goes with them.
        const QStringView raw = m_tokenizer.readRawText(name);
        if (name == u"style") {
            const QString css = m_css.styleSheet(raw);
            if (!css.isEmpty())
                m_out += QStringLiteral("<style>") + css + QStringLiteral("</style>");
        } else if (name == u"xmp" || name == u"plaintext") {
            m_out += QStringLiteral("<pre>") + HtmlEntities::escape(raw) + QStringLiteral("</pre>");
        }
        return;
    }
    if (table.has(id, DropContent)) {
        if (!token.selfClosing)
            skipContent(name);
        return;
    }
    if (table.has(id, BlockAlias)) {
        name = QStringLiteral("div");
        id = table.id(name);
    }
    if (!table.has(id, Allowed))
        return; // unknown, html/head/body, form, meta, …: the tag goes, its text stays

    // The implicit end tags of HTML (§13.2.6.4.7) that keep tables and lists in shape.
    static const ElementSet li = table.set({"li"});
    static const ElementSet listBoundary = table.set({"ul", "ol", "table", "td", "th"});
    static const ElementSet definition = table.set({"dt", "dd"});
    static const ElementSet definitionBoundary = table.set({"dl", "table", "td", "th"});
    static const ElementSet cell = table.set({"td", "th"});
    static const ElementSet cellBoundary = table.set({"tr", "table"});
    static const ElementSet row = table.set({"tr"});
    static const ElementSet section = table.set({"tbody", "thead", "tfoot"});
    static const ElementSet rowBoundary = table.set({"table", "tbody", "thead", "tfoot"});
    static const ElementSet tableBoundary = table.set({"table"});
    static const ElementSet paragraph = table.set({"p"});
    static const ElementSet paragraphBoundary
        = table.set({"table", "td", "th", "caption", "li", "dd", "dt", "blockquote"});
    static const ElementSet anchor = table.set({"a"});
    if (table.has(id, ClosesParagraph))
        implicitClose(paragraph, paragraphBoundary);
    if (li.test(size_t(id)))
        implicitClose(li, listBoundary);
    else if (definition.test(size_t(id)))
        implicitClose(definition, definitionBoundary);
    else if (cell.test(size_t(id)))
        implicitClose(cell, cellBoundary);
    else if (row.test(size_t(id)))
        implicitClose(row, rowBoundary);
    else if (section.test(size_t(id)))
        implicitClose(section, tableBoundary);
    else if (anchor.test(size_t(id)))
        implicitClose(anchor, tableBoundary); // links do not nest

    m_altText.clear();
    const QString attrs = attributes(name, token);
    if (name == u"img" && !attrs.contains(u" src=\"")) {
        // Not loaded: show the alt text, so the reader knows something is missing.
        if (!m_altText.trimmed().isEmpty())
            m_out += QStringLiteral("<span class=\"postbote-blocked-image\">[")
                + HtmlEntities::escape(m_altText) + QStringLiteral("]</span>");
        return;
    }
    const bool isVoid = table.has(id, Void);
    if (!isVoid && m_stack.size() >= HtmlSanitizer::MaxDepth)
        return; // too deep: the tag is dropped, its text stays
    m_out += u'<';
    m_out += name;
    m_out += attrs;
    m_out += u'>';
    if (!isVoid)
        m_stack.append(id);
}

void Sanitizer::closeTo(qsizetype index)
{
    const ElementTable& table = elements();
    while (m_stack.size() > index) {
        m_out += u"</";
        m_out += table.name(m_stack.takeLast());
        m_out += u'>';
    }
}

void Sanitizer::implicitClose(const ElementSet& closing, const ElementSet& boundary)
{
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        const size_t id = size_t(m_stack.at(i));
        if (closing.test(id)) {
            closeTo(i);
            return;
        }
        if (boundary.test(id))
            return;
    }
}

void Sanitizer::endTag(const QString& tagName)
{
    const ElementTable& table = elements();
    int id = table.id(tagName);
    if (table.has(id, BlockAlias))
        id = table.id(QStringLiteral("div"));
    if (tagName == u"br") {
        m_out += u"<br>"; // "</br>" is a line break in browsers, too
        return;
    }
    if (!table.has(id, Allowed) || table.has(id, Void))
        return;
    // Close up to the innermost open element of that name; a stray end tag is ignored.
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        if (m_stack.at(i) == id) {
            closeTo(i);
            return;
        }
    }
}

QString Sanitizer::attributes(const QString& element, const HtmlToken& token)
{
    QString out;
    const auto write = [&out](const QString& name, const QString& value) {
        out += u' ' + name + QStringLiteral("=\"") + HtmlEntities::escape(value) + u'"';
    };
    const bool isLink = element == u"a";
    const bool isImage = element == u"img";
    QString linkTarget;
    for (const auto& [name, rawValue] : token.attributes) {
        if (name.startsWith(u"on")) {
            ++m_result.removedCount; // event handlers: onload, onerror, onmouseover, …
            continue;
        }
        const QString value = HtmlEntities::decode(rawValue);
        if (isLink && name == u"href") {
            const HtmlUrlPolicy::Result verdict = HtmlUrlPolicy::link(value);
            if (verdict.verdict == HtmlUrlPolicy::Verdict::Keep) {
                linkTarget = verdict.url;
                const QUrl url(linkTarget, QUrl::TolerantMode);
                if (!m_result.links.contains(url))
                    m_result.links.append(url);
            } else {
                ++m_result.removedCount;
            }
        } else if ((isImage && name == u"src") || name == u"background") {
            const HtmlUrlPolicy::Result verdict
                = HtmlUrlPolicy::resource(value, m_options.allowRemoteContent);
            if (verdict.verdict == HtmlUrlPolicy::Verdict::Keep) {
                write(name, verdict.url);
            } else if (verdict.verdict == HtmlUrlPolicy::Verdict::BlockedRemote) {
                blocked(verdict.url);
            } else {
                ++m_result.removedCount;
            }
        } else if (isImage && (name == u"srcset" || name == u"lowsrc" || name == u"dynsrc")) {
            // Not supported by QTextBrowser; only reported, so the count is honest.
            for (const QString& candidate : value.split(u',', Qt::SkipEmptyParts)) {
                const QString url = candidate.trimmed().section(u' ', 0, 0);
                const HtmlUrlPolicy::Result verdict
                    = HtmlUrlPolicy::resource(url, m_options.allowRemoteContent);
                if (verdict.verdict == HtmlUrlPolicy::Verdict::BlockedRemote)
                    blocked(verdict.url);
            }
        } else if (isImage && name == u"alt") {
            m_altText = value;
            write(name, value);
        } else if (isLink && name == u"title") {
            continue; // replaced by the real target below
        } else if (isLink && name == u"name") {
            write(name, value);
        } else if (name == u"style") {
            const QString css = m_css.declarations(value);
            if (!css.isEmpty())
                write(name, css);
        } else if (commonAttributes().contains(name)) {
            write(name, value);
        }
    }
    if (isLink && !linkTarget.isEmpty()) {
        write(QStringLiteral("href"), linkTarget);
        write(QStringLiteral("title"), linkTarget);
    }
    return out;
}

} // namespace

SanitizedHtml HtmlSanitizer::sanitize(const QString& html, const Options& options)
{
    Sanitizer sanitizer(html, options);
    return sanitizer.run();
}

} // namespace Postbote
