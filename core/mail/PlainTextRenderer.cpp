// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/PlainTextRenderer.h"

#include "mail/HtmlEntities.h"

#include <QList>
#include <QRegularExpression>

namespace Postbote {

namespace {

/// Signatures longer than this after a bare "--" are not taken as signatures: "--" without
/// the space is often just a line of text, while "-- " is the real separator.
constexpr int MaxLooseSignatureLines = 10;

/// Quote levels beyond this are shown at this depth (keeps the nesting bounded).
constexpr int MaxShownDepth = 20;

QString openQuote(int level)
{
    return QStringLiteral("<blockquote class=\"quote quote%1\">").arg((level - 1) % 3 + 1);
}

} // namespace

int PlainTextRenderer::quoteDepth(QStringView line, qsizetype* contentStart)
{
    int depth = 0;
    qsizetype pos = 0;
    qsizetype afterLast = 0;
    while (pos < line.size()) {
        if (line.at(pos) == u'>') {
            ++depth;
            ++pos;
            afterLast = pos;
        } else if (line.at(pos) == u' ' && depth > 0 && pos + 1 < line.size()
            && line.at(pos + 1) == u'>') {
            ++pos; // "> > text"
        } else {
            break;
        }
    }
    if (depth > 0 && afterLast < line.size() && line.at(afterLast) == u' ')
        ++afterLast;
    if (contentStart)
        *contentStart = afterLast;
    return depth;
}

QString PlainTextRenderer::linkify(QStringView text)
{
    // RFC 3986 does not allow spaces, quotes or angle brackets in a URI; "<http://…>" (RFC
    // 3986 Appendix C) is therefore cut at the '>'.
    static const QRegularExpression url(
        QStringLiteral("\\b(?:(?:https?|ftp)://|mailto:|www\\.)[^\\s<>\"]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        if (start < pos)
            continue;
        QStringView target = match.capturedView();
        // Punctuation at the end belongs to the sentence; a ')' only if there is no '('.
        while (!target.isEmpty()) {
            const QChar last = target.back();
            if (QStringView(u".,;:!?'\u00bb\u201c\u201d").contains(last)
                || (last == u')' && !target.contains(u'('))
                || (last == u']' && !target.contains(u'['))) {
                target.chop(1);
                continue;
            }
            break;
        }
        if (target.size() <= 7 || target.endsWith(u"://") || target.endsWith(u"www."))
            continue;
        out += HtmlEntities::escape(text.mid(pos, start - pos));
        QString href = target.toString();
        if (href.startsWith(u"www.", Qt::CaseInsensitive))
            href.prepend(QStringLiteral("http://"));
        const QString escapedHref = HtmlEntities::escape(href);
        out += QStringLiteral("<a href=\"") + escapedHref + QStringLiteral("\" title=\"")
            + escapedHref + QStringLiteral("\">") + HtmlEntities::escape(target)
            + QStringLiteral("</a>");
        pos = start + target.size();
    }
    out += HtmlEntities::escape(text.mid(pos));
    return out;
}

QString PlainTextRenderer::toHtml(const QString& text)
{
    QList<QStringView> lines = QStringView(text).split(u'\n');
    if (lines.size() > 1 && lines.back().isEmpty())
        lines.removeLast(); // the final line break ends the last line, it adds none
    for (QStringView& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }

    // The signature starts at the last separator at quote depth 0.
    qsizetype signature = -1;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (lines.at(i) == u"-- "
            || (lines.at(i) == u"--" && lines.size() - i - 1 <= MaxLooseSignatureLines)) {
            signature = i;
            break;
        }
    }

    QString out;
    out.reserve(text.size() + text.size() / 4 + 64);
    out += QStringLiteral("<div class=\"plain\" style=\"white-space: pre-wrap\">");
    int open = 0; // open blockquotes
    bool inSignature = false;
    bool firstInBlock = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        qsizetype contentStart = 0;
        int depth = inSignature ? 0 : qMin(quoteDepth(line, &contentStart), MaxShownDepth);
        if (i == signature) {
            while (open > 0) {
                out += QStringLiteral("</blockquote>");
                --open;
            }
            out += QStringLiteral("<div class=\"signature\" style=\"color: gray\">");
            inSignature = true;
            firstInBlock = true;
            depth = 0;
            contentStart = 0;
        }
        if (depth != open) {
            while (open > depth) {
                out += QStringLiteral("</blockquote>");
                --open;
            }
            while (open < depth) {
                ++open;
                out += openQuote(open);
            }
            firstInBlock = true;
        }
        const bool first = firstInBlock;
        if (!firstInBlock)
            out += QStringLiteral("<br>");
        firstInBlock = false;
        const QStringView content = line.mid(contentStart);
        // An empty block would collapse to nothing; a no-break space keeps the blank line.
        const bool nextContinues = i + 1 < lines.size() && i + 1 != signature
            && (inSignature || quoteDepth(lines.at(i + 1), nullptr) == depth);
        if (content.isEmpty() && first && !nextContinues)
            out += QStringLiteral("&nbsp;");
        else
            out += linkify(content);
    }
    while (open > 0) {
        out += QStringLiteral("</blockquote>");
        --open;
    }
    if (inSignature)
        out += QStringLiteral("</div>");
    out += QStringLiteral("</div>");
    return out;
}

QString PlainTextRenderer::defaultStyleSheet()
{
    return QStringLiteral(
        "blockquote.quote { margin-left: 8px; margin-right: 0px; padding-left: 8px; }\n"
        "blockquote.quote1 { color: #1f5fa8; }\n"
        "blockquote.quote2 { color: #2e7d32; }\n"
        "blockquote.quote3 { color: #8e3b8e; }\n"
        "div.signature { color: gray; }\n");
}

} // namespace Postbote
