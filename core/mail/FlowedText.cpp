// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/FlowedText.h"

#include <QStringView>

namespace Postbote {

namespace {

struct FlowedLine
{
    int depth = 0;
    QStringView content; // quote marks and stuffing removed, trailing space still there
    bool flowed = false;
};

FlowedLine parseLine(QStringView line)
{
    FlowedLine result;
    qsizetype pos = 0;
    // RFC 3676 §4.5: the quote depth is the number of '>' at the start of the line.
    while (pos < line.size() && line.at(pos) == u'>')
        ++pos;
    result.depth = int(pos);
    // §4.4: a space directly after the quote marks (or at the start) is stuffing.
    if (pos < line.size() && line.at(pos) == u' ')
        ++pos;
    result.content = line.mid(pos);
    // §4.3: "-- " is the signature separator and always fixed.
    const bool signatureSeparator = result.content == u"-- ";
    // §4.2: a line ending in a space is flowed. The check uses the line before unstuffing
    // so that a line of a single space counts as flowed.
    result.flowed = !signatureSeparator && !line.isEmpty() && line.back() == u' ';
    return result;
}

} // namespace

QString FlowedText::decode(const QString& text, bool delSp)
{
    QString out;
    out.reserve(text.size());

    const QStringView all(text);
    bool trailingNewline = false;
    QStringView body = all;
    if (body.endsWith(u'\n')) {
        trailingNewline = true;
        body.chop(1);
        if (body.endsWith(u'\r'))
            body.chop(1);
    }
    if (body.isEmpty() && !trailingNewline)
        return out;

    bool inParagraph = false; // the previous line was flowed and its paragraph is open
    int paragraphDepth = 0;
    qsizetype start = 0;
    const qsizetype end = body.size();
    while (start <= end) {
        qsizetype nl = body.indexOf(u'\n', start);
        if (nl < 0)
            nl = end;
        QStringView raw = body.mid(start, nl - start);
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        const FlowedLine line = parseLine(raw);

        const bool continues
            = inParagraph && line.depth == paragraphDepth && line.content != u"-- ";
        if (inParagraph && !continues) {
            // §4.5: a change of quote depth ends the paragraph as if the last line were fixed.
            out += u'\n';
        }
        if (!continues) {
            if (line.depth > 0) {
                out += QString(line.depth, u'>');
                if (!line.content.isEmpty())
                    out += u' ';
            }
        }
        QStringView content = line.content;
        if (line.flowed && delSp && content.endsWith(u' '))
            content.chop(1); // §4.2: DelSp=yes, the space was added only for flowing
        out += content;

        if (line.flowed) {
            inParagraph = true;
            paragraphDepth = line.depth;
        } else {
            inParagraph = false;
            if (nl < end)
                out += u'\n';
        }
        start = nl + 1;
    }
    if (inParagraph)
        out += u'\n';
    if (trailingNewline) {
        if (!inParagraph)
            out += u'\n';
    } else if (inParagraph) {
        out.chop(1);
    }
    return out;
}

} // namespace Postbote
