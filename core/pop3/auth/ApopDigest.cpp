// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/ApopDigest.h"

#include <QCryptographicHash>

namespace Postbote {

namespace {

// RFC 1939 §7 wants a msg-id (RFC 822); servers vary, so anything bracketed that cannot be
// mistaken for ordinary greeting text (no blanks, no controls, no nested '<') is accepted.
bool isTimestampByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u != 0x7f && c != '<' && c != '>';
}

} // namespace

QByteArray apopTimestamp(QByteArrayView greetingText)
{
    qsizetype open = greetingText.indexOf('<');
    while (open >= 0) {
        qsizetype end = open + 1;
        while (end < greetingText.size() && isTimestampByte(greetingText.at(end))) {
            ++end;
        }
        if (end < greetingText.size() && greetingText.at(end) == '>' && end > open + 1) {
            return greetingText.sliced(open, end - open + 1).toByteArray();
        }
        // Not a timestamp ("<" followed by a blank, another "<" or no ">"): look further on.
        open = greetingText.indexOf('<', open + 1);
    }
    return {};
}

QByteArray apopDigest(QByteArrayView timestamp, const QString& secret)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(timestamp);
    md5.addData(secret.toUtf8());
    return md5.result().toHex();
}

} // namespace Postbote
