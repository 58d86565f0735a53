// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Reply.h"

namespace Postbote {

namespace {

// RFC 1939 §3: the indicator is followed by a space or ends the line. Indicators are
// case-sensitive, so "+ok" is not a reply.
bool hasIndicator(QByteArrayView line, QByteArrayView indicator)
{
    return line.startsWith(indicator)
        && (line.size() == indicator.size() || line.at(indicator.size()) == ' ');
}

QByteArrayView afterIndicator(QByteArrayView line, qsizetype indicatorSize)
{
    // The single separating space belongs to the syntax; anything after it is the text.
    return line.size() > indicatorSize ? line.sliced(indicatorSize + 1) : QByteArrayView();
}

// RFC 2449 §8: resp-code = "[" resp-level *("/" resp-level) "]", resp-level = 1*CHAR
// without "/" and "]". Real codes are atoms, so a bracket holding spaces or control
// characters is taken as prose and left in the text.
qsizetype responseCodeEnd(QByteArrayView text)
{
    if (!text.startsWith('[')) {
        return -1;
    }
    bool levelEmpty = true;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == ']') {
            return levelEmpty ? -1 : i;
        }
        if (c == '/') {
            if (levelEmpty) {
                return -1;
            }
            levelEmpty = true;
        } else if (c > ' ' && c < 0x7f && c != '[') {
            levelEmpty = false;
        } else {
            return -1;
        }
    }
    return -1;
}

} // namespace

std::optional<Pop3Reply> Pop3Reply::fromStatusLine(QByteArrayView line)
{
    Pop3Reply reply;
    QByteArrayView text;
    if (hasIndicator(line, "+OK")) {
        reply.status = Status::Ok;
        text = afterIndicator(line, 3);
    } else if (hasIndicator(line, "-ERR")) {
        reply.status = Status::Err;
        text = afterIndicator(line, 4);
    } else if (hasIndicator(line, "+")) {
        // RFC 5034 §4: the challenge is base64, so it never carries a response code.
        reply.status = Status::Continuation;
        reply.text = afterIndicator(line, 1).toByteArray();
        return reply;
    } else {
        return std::nullopt;
    }

    const qsizetype codeEnd = responseCodeEnd(text);
    if (codeEnd > 0) {
        reply.code = text.sliced(1, codeEnd - 1).toByteArray();
        text = text.sliced(codeEnd + 1);
        if (text.startsWith(' ')) {
            text = text.sliced(1);
        }
    }
    reply.text = text.toByteArray();
    return reply;
}

} // namespace Postbote
