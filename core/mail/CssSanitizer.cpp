// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/CssSanitizer.h"

#include "mail/HtmlUrlPolicy.h"

#include <QRegularExpression>

namespace Postbote {

namespace {

/// Removes /* comments */ (CSS 2.1 §4.1.9); an unterminated one runs to the end.
QString withoutComments(QStringView css)
{
    QString out;
    out.reserve(css.size());
    qsizetype pos = 0;
    while (pos < css.size()) {
        const qsizetype start = css.indexOf(u"/*", pos);
        if (start < 0) {
            out += css.mid(pos);
            break;
        }
        out += css.mid(pos, start - pos);
        // Dropped without a trace: "url/**/(" becomes "url(" and "expr/**/ession"
        // "expression", which the checks then see.
        const qsizetype end = css.indexOf(u"*/", start + 2);
        if (end < 0)
            break;
        pos = end + 2;
    }
    return out;
}

/// Splits at `separator` outside of quotes and parentheses.
QList<QStringView> splitTopLevel(QStringView css, QChar separator)
{
    QList<QStringView> parts;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < css.size(); ++i) {
        const QChar c = css.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            depth = qMax(0, depth - 1);
        } else if (c == separator && depth == 0) {
            parts.append(css.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(css.mid(start));
    return parts;
}

bool isPropertyName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || c == u'-' || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

} // namespace

CssSanitizer::CssSanitizer(bool allowRemote)
    : m_allowRemote(allowRemote)
{ }

void CssSanitizer::block(const QString& url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    if (!m_blocked.contains(parsed))
        m_blocked.append(parsed);
}

QString CssSanitizer::declaration(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return QString();
    const QString property = text.left(colon).trimmed().toString().toLower();
    const QString value = text.mid(colon + 1).trimmed().toString();
    if (!isPropertyName(property) || value.isEmpty())
        return QString();
    const QString lower = value.toLower();
    // Escapes could spell "url(" or "expression(" in a way the checks below do not see;
    // the others run code in old engines or load what cannot be judged here.
    static const QStringList code {QStringLiteral("\\"), QStringLiteral("expression"),
        QStringLiteral("javascript:"), QStringLiteral("vbscript:"), QStringLiteral("@import"),
        QStringLiteral("image-set("), QStringLiteral("image("), QStringLiteral("cross-fade("),
        QStringLiteral("src("), QStringLiteral("<"), QStringLiteral("{"), QStringLiteral("}")};
    static const QStringList badProperties {QStringLiteral("behavior"),
        QStringLiteral("-moz-binding"), QStringLiteral("binding"), QStringLiteral("position"),
        QStringLiteral("-ms-behavior")};
    // "url (" is no URL to a browser, but it is kept out rather than argued about.
    static const QRegularExpression spacedFunction(QStringLiteral("(url|image|src)\\s+\\("));
    bool bad = badProperties.contains(property) || spacedFunction.match(lower).hasMatch();
    for (const QString& word : code)
        bad = bad || lower.contains(word);
    if (bad) {
        ++m_removed;
        return QString();
    }

    // Every url(…) must be allowed; they are written back cleaned and quoted.
    QString out;
    qsizetype pos = 0;
    bool keep = true;
    while (true) {
        const qsizetype start = lower.indexOf(u"url(", pos);
        if (start < 0) {
            out += QStringView(value).mid(pos);
            break;
        }
        out += QStringView(value).mid(pos, start - pos);
        const qsizetype end = value.indexOf(u')', start + 4);
        if (end < 0) {
            keep = false;
            break;
        }
        QString argument = value.mid(start + 4, end - start - 4).trimmed();
        if (argument.size() >= 2 && (argument.front() == u'"' || argument.front() == u'\'')
            && argument.back() == argument.front())
            argument = argument.mid(1, argument.size() - 2);
        const HtmlUrlPolicy::Result verdict = HtmlUrlPolicy::resource(argument, m_allowRemote);
        if (verdict.verdict == HtmlUrlPolicy::Verdict::Keep) {
            QString quoted = verdict.url;
            quoted.replace(u'\'', QStringLiteral("%27"));
            out += QStringLiteral("url('%1')").arg(quoted);
        } else {
            if (verdict.verdict == HtmlUrlPolicy::Verdict::BlockedRemote)
                block(verdict.url);
            keep = false;
        }
        pos = end + 1;
    }
    if (!keep) {
        ++m_removed;
        return QString();
    }
    return property + QStringLiteral(": ") + out;
}

QString CssSanitizer::declarations(QStringView css)
{
    const QString text = withoutComments(css);
    QStringList kept;
    for (const QStringView part : splitTopLevel(text, u';')) {
        if (part.trimmed().isEmpty())
            continue;
        const QString clean = declaration(part);
        if (!clean.isEmpty())
            kept.append(clean);
    }
    return kept.join(QStringLiteral("; "));
}

QString CssSanitizer::styleSheet(QStringView css)
{
    QString text = withoutComments(css);
    text.remove(u'<'); // the result goes into a <style> element; no "</style" inside
    QString out;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    // The next '{' and ';' are remembered between rounds so that the scan stays linear.
    qsizetype open = -1;
    qsizetype semicolon = -1;
    bool noMoreOpen = false;
    bool noMoreSemicolon = false;
    while (pos < n) {
        if (!noMoreOpen && open < pos) {
            open = text.indexOf(u'{', pos);
            noMoreOpen = open < 0;
        }
        if (noMoreOpen)
            open = -1;
        if (!noMoreSemicolon && semicolon < pos) {
            semicolon = text.indexOf(u';', pos);
            noMoreSemicolon = semicolon < 0;
        }
        if (noMoreSemicolon)
            semicolon = -1;
        const QStringView prelude
            = QStringView(text).mid(pos, (open < 0 ? n : open) - pos).trimmed();
        if (prelude.startsWith(u'@') && semicolon >= 0 && (open < 0 || semicolon < open)) {
            // A statement at-rule (@import url(…); @charset …;): dropped, but a remote
            // @import counts as blocked.
            const QStringView statement = QStringView(text).mid(pos, semicolon - pos);
            const qsizetype quote
                = statement.indexOf(u'"') >= 0 ? statement.indexOf(u'"') : statement.indexOf(u'\'');
            const qsizetype urlStart = statement.indexOf(u"url(", 0, Qt::CaseInsensitive);
            QString target;
            if (urlStart >= 0) {
                target = statement.mid(urlStart + 4).toString();
                target = target.left(target.indexOf(u')')).trimmed();
                target.remove(u'"');
                target.remove(u'\'');
            } else if (quote >= 0) {
                const QChar q = statement.at(quote);
                const qsizetype end = statement.indexOf(q, quote + 1);
                target = statement.mid(quote + 1, end < 0 ? -1 : end - quote - 1).toString();
            }
            const HtmlUrlPolicy::Result verdict = HtmlUrlPolicy::resource(target, false);
            if (verdict.verdict == HtmlUrlPolicy::Verdict::BlockedRemote)
                block(verdict.url);
            ++m_removed;
            pos = semicolon + 1;
            continue;
        }
        if (open < 0)
            break; // trailing junk without a block
        // Find the end of the block, counting nested braces (@media { a { … } }).
        int depth = 0;
        qsizetype close = open;
        for (; close < n; ++close) {
            if (text.at(close) == u'{') {
                ++depth;
            } else if (text.at(close) == u'}' && --depth == 0) {
                break;
            }
        }
        const QStringView body = QStringView(text).mid(open + 1, close - open - 1);
        pos = close < n ? close + 1 : n;
        if (prelude.startsWith(u'@') || prelude.contains(u'\\') || close >= n
            || body.contains(u'{')) {
            ++m_removed; // @media, @font-face (remote fonts), escaped selectors, broken
            continue;
        }
        const QString clean = declarations(body);
        if (!clean.isEmpty() && !prelude.isEmpty())
            out += prelude.toString() + QStringLiteral(" { ") + clean + QStringLiteral(" }\n");
    }
    return out;
}

} // namespace Postbote
