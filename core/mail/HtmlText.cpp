// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/HtmlText.h"

namespace Postbote {

namespace {

struct Entity
{
    const char* name;
    char32_t code;
};

// The named references (HTML 5 §13.5) that German and English mail actually uses.
const Entity entities[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0xa0}, {"auml", 0xe4}, {"ouml", 0xf6}, {"uuml", 0xfc}, {"Auml", 0xc4}, {"Ouml", 0xd6},
    {"Uuml", 0xdc}, {"szlig", 0xdf}, {"euro", 0x20ac}, {"copy", 0xa9}, {"reg", 0xae},
    {"trade", 0x2122}, {"laquo", 0xab}, {"raquo", 0xbb}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"hellip", 0x2026}, {"bdquo", 0x201e}, {"ldquo", 0x201c}, {"rdquo", 0x201d}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"sbquo", 0x201a}, {"eacute", 0xe9}, {"egrave", 0xe8}, {"agrave", 0xe0},
    {"aacute", 0xe1}, {"ccedil", 0xe7}, {"middot", 0xb7}, {"bull", 0x2022}, {"shy", 0xad},
    {"zwnj", 0x200c}, {"zwj", 0x200d}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}};

bool isBlockTag(const QString& tag)
{
    static const char* const blocks[]
        = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table",
            "ul", "ol", "pre", "hr", "section", "article", "header", "footer"};
    for (const char* b : blocks) {
        if (tag == QLatin1String(b)) {
            return true;
        }
    }
    return false;
}

void appendCode(QString* out, char32_t code)
{
    if (code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        code = 0xfffd;
    }
    const char32_t one[1] = {code};
    out->append(QString::fromUcs4(one, 1));
}

/// Reads a character reference at html[i] == '&'; returns the characters consumed (0: none).
qsizetype readReference(const QString& html, qsizetype i, QString* out)
{
    const qsizetype semi = html.indexOf(QLatin1Char(';'), i);
    if (semi < 0 || semi - i > 12) {
        return 0;
    }
    const QString name = html.mid(i + 1, semi - i - 1);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
            ? name.mid(2).toUInt(&ok, 16)
            : name.mid(1).toUInt(&ok, 10);
        if (!ok) {
            return 0;
        }
        appendCode(out, code);
        return semi - i + 1;
    }
    for (const Entity& e : entities) {
        if (name == QLatin1String(e.name)) {
            appendCode(out, e.code);
            return semi - i + 1;
        }
    }
    return 0;
}

} // namespace

QString HtmlText::toPlainText(const QString& html, qsizetype maxChars)
{
    QString out;
    QString skipUntil; // closing tag whose content is dropped ("</style")
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n && (maxChars < 0 || out.size() < maxChars)) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            qsizetype end = html.indexOf(QLatin1Char('>'), i + 1);
            if (end < 0) {
                end = n - 1;
            }
            const QString tag = html.mid(i + 1, end - i - 1).trimmed();
            i = end + 1;
            const bool closing = tag.startsWith(QLatin1Char('/'));
            QString name = (closing ? tag.mid(1) : tag).section(QLatin1Char(' '), 0, 0).toLower();
            name = name.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('\n'), 0, 0);
            if (!skipUntil.isEmpty()) {
                if (closing && name == skipUntil) {
                    skipUntil.clear();
                }
                continue;
            }
            if (!closing
                && (name == QLatin1String("script") || name == QLatin1String("style")
                    || name == QLatin1String("head") || name == QLatin1String("title"))) {
                skipUntil = name;
                continue;
            }
            if (isBlockTag(name)) {
                out.append(QLatin1Char('\n'));
            } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
                out.append(QLatin1Char(' '));
            }
            continue;
        }
        if (!skipUntil.isEmpty()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype used = readReference(html, i, &out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        if (c.isSpace()) {
            // White space in HTML source collapses (HTML 5 §15.3.6, roughly).
            if (!out.isEmpty() && !out.back().isSpace()) {
                out.append(QLatin1Char(' '));
            }
        } else {
            out.append(c);
        }
        ++i;
    }
    return out;
}

} // namespace Postbote
