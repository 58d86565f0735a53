// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/HtmlTokenizer.h"

namespace Postbote {

namespace {

/// Attributes beyond this many are parsed but dropped (no element needs more).
constexpr qsizetype MaxAttributes = 64;

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// HTML whitespace: tab, LF, FF, CR, space (§13.2.5.32 and friends).
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

} // namespace

HtmlTokenizer::HtmlTokenizer(QStringView input)
    : m_input(input)
{ }

bool HtmlTokenizer::isRawTextElement(const QString& name)
{
    static const QStringList names {QStringLiteral("script"), QStringLiteral("style"),
        QStringLiteral("textarea"), QStringLiteral("title"), QStringLiteral("xmp"),
        QStringLiteral("iframe"), QStringLiteral("noembed"), QStringLiteral("noframes"),
        QStringLiteral("plaintext")};
    return names.contains(name);
}

void HtmlTokenizer::skipUntil(QStringView terminator)
{
    const qsizetype found = m_input.indexOf(terminator, m_pos);
    m_pos = found < 0 ? m_input.size() : found + terminator.size();
}

HtmlToken HtmlTokenizer::next()
{
    const qsizetype n = m_input.size();
    while (m_pos < n) {
        const qsizetype textStart = m_pos;
        // Text runs to the next '<' that starts markup.
        while (m_pos < n) {
            if (m_input.at(m_pos) == u'<' && m_pos + 1 < n) {
                const QChar c = m_input.at(m_pos + 1);
                if (isAsciiAlpha(c) || c == u'/' || c == u'!' || c == u'?')
                    break;
            }
            ++m_pos;
        }
        if (m_pos > textStart) {
            HtmlToken token;
            token.type = HtmlToken::Type::Text;
            token.text = m_input.mid(textStart, m_pos - textStart);
            return token;
        }
        // m_input[m_pos] == '<' followed by a markup character.
        const QStringView rest = m_input.mid(m_pos);
        if (rest.startsWith(u"<!--")) {
            // §13.2.5.43: a comment ends at "-->" (or "--!>"); "<!-->" is an empty one.
            // Conditional comments "<!--[if mso]>…<![endif]-->" go with it.
            if (rest.startsWith(u"<!-->")) {
                m_pos += 5;
                continue;
            }
            if (rest.startsWith(u"<!--->")) {
                m_pos += 6;
                continue;
            }
            // One forward search, so that many comments stay linear.
            qsizetype search = m_pos + 4;
            m_pos = n;
            while (true) {
                const qsizetype dashes = m_input.indexOf(u"--", search);
                if (dashes < 0)
                    break;
                const QStringView after = m_input.mid(dashes + 2);
                if (after.startsWith(u'>')) {
                    m_pos = dashes + 3;
                    break;
                }
                if (after.startsWith(u"!>")) {
                    m_pos = dashes + 4;
                    break;
                }
                search = dashes + 1;
            }
            continue;
        }
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
            // DOCTYPE, "<![CDATA[…]]>" (a bogus comment outside foreign content,
            // §13.2.5.42), "<![if !mso]>", processing instructions: up to the next '>'.
            m_pos += 2;
            skipUntil(u">");
            continue;
        }
        if (rest.startsWith(u"</")) {
            if (rest.size() > 2 && isAsciiAlpha(rest.at(2))) {
                HtmlToken token;
                token.type = HtmlToken::Type::EndTag;
                m_pos += 2;
                if (parseTag(&token))
                    return token;
                return HtmlToken(); // unterminated end tag: nothing more (§13.2.5.9)
            }
            // "</>" is ignored, "</ something>" is a bogus comment (§13.2.5.7).
            m_pos += 2;
            skipUntil(u">");
            continue;
        }
        HtmlToken token;
        token.type = HtmlToken::Type::StartTag;
        m_pos += 1;
        if (parseTag(&token))
            return token;
        return HtmlToken(); // EOF inside a tag: the tag is dropped (§13.2.5.32 ff.)
    }
    return HtmlToken();
}

bool HtmlTokenizer::parseTag(HtmlToken* token)
{
    const qsizetype n = m_input.size();
    const qsizetype nameStart = m_pos;
    while (m_pos < n && !isSpace(m_input.at(m_pos)) && m_input.at(m_pos) != u'/'
        && m_input.at(m_pos) != u'>')
        ++m_pos;
    token->name = m_input.mid(nameStart, m_pos - nameStart).toString().toLower();

    while (m_pos < n) {
        const QChar c = m_input.at(m_pos);
        if (isSpace(c)) {
            ++m_pos;
            continue;
        }
        if (c == u'>') {
            ++m_pos;
            return true;
        }
        if (c == u'/') {
            ++m_pos;
            if (m_pos < n && m_input.at(m_pos) == u'>') {
                token->selfClosing = true;
                ++m_pos;
                return true;
            }
            continue;
        }
        // Attribute name (§13.2.5.33): up to whitespace, '/', '>' or '='; a leading '=' is
        // part of the name.
        const qsizetype attrStart = m_pos;
        ++m_pos;
        while (m_pos < n) {
            const QChar a = m_input.at(m_pos);
            if (isSpace(a) || a == u'/' || a == u'>' || a == u'=')
                break;
            ++m_pos;
        }
        const QStringView attrName = m_input.mid(attrStart, m_pos - attrStart);
        while (m_pos < n && isSpace(m_input.at(m_pos)))
            ++m_pos;
        QStringView value;
        if (m_pos < n && m_input.at(m_pos) == u'=') {
            ++m_pos;
            while (m_pos < n && isSpace(m_input.at(m_pos)))
                ++m_pos;
            if (m_pos < n && (m_input.at(m_pos) == u'"' || m_input.at(m_pos) == u'\'')) {
                const QChar quote = m_input.at(m_pos);
                const qsizetype end = m_input.indexOf(quote, m_pos + 1);
                if (end < 0) {
                    m_pos = n;
                    return false;
                }
                value = m_input.mid(m_pos + 1, end - m_pos - 1);
                m_pos = end + 1;
            } else {
                const qsizetype valueStart = m_pos;
                while (m_pos < n && !isSpace(m_input.at(m_pos)) && m_input.at(m_pos) != u'>')
                    ++m_pos;
                value = m_input.mid(valueStart, m_pos - valueStart);
            }
        }
        // Strings are made only for attributes that are kept, so that a tag with a million
        // attributes costs no million allocations.
        if (token->attributes.size() >= MaxAttributes)
            continue;
        bool duplicate = false;
        for (const auto& existing : std::as_const(token->attributes)) {
            if (attrName.compare(existing.first, Qt::CaseInsensitive) == 0) {
                duplicate = true;
                break;
            }
        }
        if (!duplicate)
            token->attributes.append({attrName.toString().toLower(), value.toString()});
    }
    return false;
}

QStringView HtmlTokenizer::readRawText(const QString& name)
{
    const qsizetype n = m_input.size();
    const qsizetype start = m_pos;
    if (name == u"plaintext") {
        m_pos = n;
        return m_input.mid(start);
    }
    qsizetype search = m_pos;
    while (true) {
        const qsizetype lt = m_input.indexOf(u"</", search);
        if (lt < 0)
            break;
        const qsizetype afterName = lt + 2 + name.size();
        if (afterName <= n
            && m_input.mid(lt + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (afterName == n || isSpace(m_input.at(afterName)) || m_input.at(afterName) == u'>'
                || m_input.at(afterName) == u'/')) {
            const QStringView raw = m_input.mid(start, lt - start);
            m_pos = afterName;
            skipUntil(u">");
            return raw;
        }
        search = lt + 2;
    }
    m_pos = n;
    return m_input.mid(start);
}

} // namespace Postbote
