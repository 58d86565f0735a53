// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/HtmlEntities.h"

#include <algorithm>
#include <iterator>

namespace Postbote {

namespace {

struct NamedEntity
{
    const char* name;
    char32_t value;
};

// Latin-1 (HTML 4 §24.2), the special and symbol entities mail uses most (HTML 4 §24.3/24.4)
// and the HTML5 punctuation names used to hide "javascript:" (&colon;, &Tab;, &NewLine;).
// Sorted by name (strcmp order) for binary search.
constexpr NamedEntity entities[] = {
    {"AElig", 0xc6},
    {"Aacute", 0xc1},
    {"Acirc", 0xc2},
    {"Agrave", 0xc0},
    {"Aring", 0xc5},
    {"Atilde", 0xc3},
    {"Auml", 0xc4},
    {"Ccedil", 0xc7},
    {"Dagger", 0x2021},
    {"ETH", 0xd0},
    {"Eacute", 0xc9},
    {"Ecirc", 0xca},
    {"Egrave", 0xc8},
    {"Euml", 0xcb},
    {"Iacute", 0xcd},
    {"Icirc", 0xce},
    {"Igrave", 0xcc},
    {"Iuml", 0xcf},
    {"NewLine", 0x0a},
    {"Ntilde", 0xd1},
    {"OElig", 0x152},
    {"Oacute", 0xd3},
    {"Ocirc", 0xd4},
    {"Ograve", 0xd2},
    {"Oslash", 0xd8},
    {"Otilde", 0xd5},
    {"Ouml", 0xd6},
    {"Scaron", 0x160},
    {"THORN", 0xde},
    {"Tab", 0x09},
    {"Uacute", 0xda},
    {"Ucirc", 0xdb},
    {"Ugrave", 0xd9},
    {"Uuml", 0xdc},
    {"Yacute", 0xdd},
    {"Yuml", 0x178},
    {"aacute", 0xe1},
    {"acirc", 0xe2},
    {"acute", 0xb4},
    {"aelig", 0xe6},
    {"agrave", 0xe0},
    {"amp", 0x26},
    {"apos", 0x27},
    {"aring", 0xe5},
    {"ast", 0x2a},
    {"atilde", 0xe3},
    {"auml", 0xe4},
    {"bdquo", 0x201e},
    {"brvbar", 0xa6},
    {"bsol", 0x5c},
    {"bull", 0x2022},
    {"ccedil", 0xe7},
    {"cedil", 0xb8},
    {"cent", 0xa2},
    {"circ", 0x2c6},
    {"colon", 0x3a},
    {"comma", 0x2c},
    {"commat", 0x40},
    {"copy", 0xa9},
    {"curren", 0xa4},
    {"dagger", 0x2020},
    {"darr", 0x2193},
    {"deg", 0xb0},
    {"divide", 0xf7},
    {"dollar", 0x24},
    {"eacute", 0xe9},
    {"ecirc", 0xea},
    {"egrave", 0xe8},
    {"emsp", 0x2003},
    {"ensp", 0x2002},
    {"equals", 0x3d},
    {"eth", 0xf0},
    {"euml", 0xeb},
    {"euro", 0x20ac},
    {"excl", 0x21},
    {"frac12", 0xbd},
    {"frac14", 0xbc},
    {"frac34", 0xbe},
    {"grave", 0x60},
    {"gt", 0x3e},
    {"harr", 0x2194},
    {"hellip", 0x2026},
    {"iacute", 0xed},
    {"icirc", 0xee},
    {"iexcl", 0xa1},
    {"igrave", 0xec},
    {"iquest", 0xbf},
    {"iuml", 0xef},
    {"laquo", 0xab},
    {"larr", 0x2190},
    {"lcub", 0x7b},
    {"ldquo", 0x201c},
    {"lowbar", 0x5f},
    {"lpar", 0x28},
    {"lrm", 0x200e},
    {"lsaquo", 0x2039},
    {"lsqb", 0x5b},
    {"lsquo", 0x2018},
    {"lt", 0x3c},
    {"macr", 0xaf},
    {"mdash", 0x2014},
    {"micro", 0xb5},
    {"middot", 0xb7},
    {"minus", 0x2212},
    {"nbsp", 0xa0},
    {"ndash", 0x2013},
    {"not", 0xac},
    {"ntilde", 0xf1},
    {"num", 0x23},
    {"oacute", 0xf3},
    {"ocirc", 0xf4},
    {"oelig", 0x153},
    {"ograve", 0xf2},
    {"ordf", 0xaa},
    {"ordm", 0xba},
    {"oslash", 0xf8},
    {"otilde", 0xf5},
    {"ouml", 0xf6},
    {"para", 0xb6},
    {"percnt", 0x25},
    {"period", 0x2e},
    {"permil", 0x2030},
    {"plus", 0x2b},
    {"plusmn", 0xb1},
    {"pound", 0xa3},
    {"quest", 0x3f},
    {"quot", 0x22},
    {"raquo", 0xbb},
    {"rarr", 0x2192},
    {"rcub", 0x7d},
    {"rdquo", 0x201d},
    {"reg", 0xae},
    {"rlm", 0x200f},
    {"rpar", 0x29},
    {"rsaquo", 0x203a},
    {"rsqb", 0x5d},
    {"rsquo", 0x2019},
    {"sbquo", 0x201a},
    {"scaron", 0x161},
    {"sect", 0xa7},
    {"semi", 0x3b},
    {"shy", 0xad},
    {"sol", 0x2f},
    {"sup1", 0xb9},
    {"sup2", 0xb2},
    {"sup3", 0xb3},
    {"szlig", 0xdf},
    {"thinsp", 0x2009},
    {"thorn", 0xfe},
    {"tilde", 0x2dc},
    {"times", 0xd7},
    {"trade", 0x2122},
    {"uacute", 0xfa},
    {"uarr", 0x2191},
    {"ucirc", 0xfb},
    {"ugrave", 0xf9},
    {"uml", 0xa8},
    {"uuml", 0xfc},
    {"verbar", 0x7c},
    {"yacute", 0xfd},
    {"yen", 0xa5},
    {"yuml", 0xff},
    {"zwj", 0x200d},
    {"zwnj", 0x200c},
};

// WHATWG HTML §13.2.5.80: numeric references 0x80–0x9F mean windows-1252.
constexpr char16_t windows1252[32] = {0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
    0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178};

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

int lookupNamed(QStringView name)
{
    const QByteArray latin = name.toLatin1();
    const auto it = std::lower_bound(std::begin(entities), std::end(entities), latin,
        [](const NamedEntity& e, const QByteArray& key) {
            return qstrcmp(e.name, key.constData()) < 0;
        });
    if (it != std::end(entities) && qstrcmp(it->name, latin.constData()) == 0)
        return int(it->value);
    return -1;
}

/// Parses one reference at text[pos] == '&'. Returns the number of characters consumed (0
/// if it is no reference) and the code point in *value (-1 for an unknown named one).
qsizetype parseReference(QStringView text, qsizetype pos, int* value)
{
    const qsizetype n = text.size();
    qsizetype i = pos + 1;
    if (i < n && text.at(i) == u'#') {
        ++i;
        const bool hex = i < n && (text.at(i) == u'x' || text.at(i) == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        qint64 code = 0;
        while (i < n) {
            const QChar c = text.at(i);
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c.unicode() - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c.unicode() - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c.unicode() - u'A' + 10;
            if (digit < 0)
                break;
            if (code <= 0x10ffff)
                code = code * (hex ? 16 : 10) + digit; // saturates above the Unicode range
            ++i;
        }
        if (i == digitsStart)
            return 0;
        if (i < n && text.at(i) == u';')
            ++i;
        if (code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            code = 0xfffd;
        else if (code >= 0x80 && code <= 0x9f)
            code = windows1252[code - 0x80];
        *value = int(code);
        return i - pos;
    }
    while (i < n && i - pos <= 32 && isAsciiAlnum(text.at(i)))
        ++i;
    if (i == pos + 1 || i >= n || text.at(i) != u';')
        return 0;
    *value = lookupNamed(text.mid(pos + 1, i - pos - 1));
    return i + 1 - pos;
}

void appendEscaped(QString& out, char32_t c)
{
    switch (c) {
    case U'&':
        out += u"&amp;";
        break;
    case U'<':
        out += u"&lt;";
        break;
    case U'>':
        out += u"&gt;";
        break;
    case U'"':
        out += u"&quot;";
        break;
    case 0:
        out += QChar(0xfffd);
        break;
    default:
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(char16_t(c));
        }
    }
}

void decodeImpl(QString& out, QStringView text, bool toHtml)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        if (c == u'&') {
            int value = -1;
            const qsizetype used = parseReference(text, i, &value);
            if (used > 0 && value >= 0) {
                if (toHtml)
                    appendEscaped(out, char32_t(value));
                else {
                    const char32_t ucs4 = char32_t(value);
                    out += QString::fromUcs4(&ucs4, 1);
                }
                i += used;
                continue;
            }
            if (used > 0 && toHtml) {
                out += text.mid(i, used); // "&name;" of letters/digits: harmless, Qt knows it
                i += used;
                continue;
            }
        }
        if (toHtml)
            appendEscaped(out, c.unicode());
        else
            out += c.isNull() ? QChar(0xfffd) : c;
        ++i;
    }
}

} // namespace

QString HtmlEntities::decode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    decodeImpl(out, text, false);
    return out;
}

QString HtmlEntities::textToHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    decodeImpl(out, text, true);
    return out;
}

void HtmlEntities::appendTextAsHtml(QString& out, QStringView text)
{
    decodeImpl(out, text, true);
}

QString HtmlEntities::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text)
        appendEscaped(out, c.unicode());
    return out;
}

} // namespace Postbote
