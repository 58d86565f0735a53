// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/HeaderDecoder.h"

#include "mail/Base64Decoder.h"
#include "mail/Charset.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace Postbote {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/// One piece of a field body: literal text or an encoded word.
struct Segment
{
    bool encoded = false;
    QByteArray bytes;   ///< literal bytes, or the encoded word's payload (still encoded)
    QByteArray charset; ///< lower case; encoded words only
    char encoding = 0;  ///< 'B' or 'Q'
};

/// Tries to read "=?charset?X?payload?=" at pos (RFC 2047 §2). Every scan stops at the next
/// '?' or white space, so trying every "=?" keeps the whole pass linear.
bool readEncodedWord(const QByteArray& s, qsizetype pos, Segment* word, qsizetype* end)
{
    const qsizetype n = s.size();
    qsizetype i = pos + 2;
    const qsizetype charsetStart = i;
    while (i < n && s[i] != '?' && !isWsp(s[i])) {
        ++i;
    }
    if (i >= n || s[i] != '?' || i == charsetStart || i + 2 >= n) {
        return false;
    }
    const QByteArray charset = s.mid(charsetStart, i - charsetStart).toLower();
    const char encoding = char(s[i + 1] & ~0x20);
    if ((encoding != 'B' && encoding != 'Q') || s[i + 2] != '?') {
        return false;
    }
    i += 3;
    const qsizetype payloadStart = i;
    while (i < n && s[i] != '?' && !isWsp(s[i])) {
        ++i;
    }
    if (i + 1 >= n || s[i] != '?' || s[i + 1] != '=') {
        return false;
    }
    word->encoded = true;
    word->charset = charset;
    word->encoding = encoding;
    word->bytes = s.mid(payloadStart, i - payloadStart);
    *end = i + 2;
    return true;
}

QList<Segment> split(const QByteArray& s)
{
    QList<Segment> segments;
    QByteArray literal;
    qsizetype i = 0;
    while (i < s.size()) {
        Segment word;
        qsizetype end = 0;
        if (s[i] == '=' && i + 1 < s.size() && s[i + 1] == '?'
            && readEncodedWord(s, i, &word, &end)) {
            if (!literal.isEmpty()) {
                segments.append(Segment {false, literal, {}, 0});
                literal.clear();
            }
            segments.append(word);
            i = end;
        } else {
            literal.append(s[i]);
            ++i;
        }
    }
    if (!literal.isEmpty()) {
        segments.append(Segment {false, literal, {}, 0});
    }
    // RFC 2047 §6.2: white space between adjacent encoded words is not displayed.
    QList<Segment> result;
    for (qsizetype k = 0; k < segments.size(); ++k) {
        const Segment& seg = segments[k];
        const bool betweenWords = !seg.encoded && k > 0 && k + 1 < segments.size()
            && segments[k - 1].encoded && segments[k + 1].encoded
            && std::all_of(seg.bytes.cbegin(), seg.bytes.cend(), isWsp);
        if (!betweenWords) {
            result.append(seg);
        }
    }
    return result;
}

QByteArray decodeQ(const QByteArray& payload)
{
    QByteArray out;
    out.reserve(payload.size());
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const char c = payload[i];
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < payload.size() && hexValue(payload[i + 1]) >= 0
            && hexValue(payload[i + 2]) >= 0) {
            out.append(char(hexValue(payload[i + 1]) * 16 + hexValue(payload[i + 2])));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

/// Decodes a run of adjacent encoded words of one charset to bytes. A B word that is not a
/// whole number of base64 groups (some senders split one base64 string across words) hands
/// its leftover characters on to the next B word.
QByteArray decodeRun(const QList<Segment>& words)
{
    QByteArray bytes;
    QByteArray carry;
    for (qsizetype k = 0; k < words.size(); ++k) {
        const Segment& w = words[k];
        if (w.encoding == 'Q') {
            if (!carry.isEmpty()) {
                bytes += Base64Decoder::decode(carry);
                carry.clear();
            }
            bytes += decodeQ(w.bytes);
            continue;
        }
        QByteArray text = carry + w.bytes;
        carry.clear();
        const bool nextIsB = k + 1 < words.size() && words[k + 1].encoding == 'B';
        const qsizetype rest = text.size() % 4;
        if (nextIsB && rest != 0 && !text.contains('=')) {
            carry = text.right(rest);
            text.chop(rest);
        }
        bytes += Base64Decoder::decode(text);
    }
    if (!carry.isEmpty()) {
        bytes += Base64Decoder::decode(carry);
    }
    return bytes;
}

HeaderDecoder::Result decodeSegments(const QList<Segment>& segments)
{
    HeaderDecoder::Result result;
    qsizetype k = 0;
    while (k < segments.size()) {
        const Segment& seg = segments[k];
        if (!seg.encoded) {
            const Charset::Decoded d = Charset::decodeUnlabelled(seg.bytes);
            result.text += d.text;
            result.fallback = result.fallback || d.fallback;
            ++k;
            continue;
        }
        QList<Segment> run {seg};
        qsizetype next = k + 1;
        while (next < segments.size() && segments[next].encoded
            && segments[next].charset == seg.charset) {
            run.append(segments[next]);
            ++next;
        }
        const Charset::Decoded d = Charset::decode(decodeRun(run), seg.charset);
        result.text += d.text;
        result.fallback = result.fallback || d.fallback;
        k = next;
    }
    return result;
}

} // namespace

QByteArray HeaderDecoder::unfold(const QByteArray& raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r' || c == '\n') {
            continue;
        }
        out.append(c);
    }
    return out;
}

bool HeaderDecoder::stripControls(QString* text)
{
    bool removed = false;
    QString out;
    out.reserve(text->size());
    for (const QChar c : std::as_const(*text)) {
        const char16_t u = c.unicode();
        if (u == '\t' || u == '\r' || u == '\n') {
            out.append(QLatin1Char(' '));
        } else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            removed = true;
        } else {
            out.append(c);
        }
    }
    *text = out;
    return removed;
}

HeaderDecoder::Result HeaderDecoder::decode(const QByteArray& raw)
{
    const bool truncated = raw.size() > MaxInputBytes;
    const QByteArray input = unfold(truncated ? raw.left(MaxInputBytes) : raw).trimmed();
    Result result = decodeSegments(split(input));
    result.truncated = truncated;
    result.controls = stripControls(&result.text);
    return result;
}

HeaderDecoder::Result HeaderDecoder::decodePhrase(const QByteArray& raw)
{
    const bool truncated = raw.size() > MaxInputBytes;
    const QByteArray input = unfold(truncated ? raw.left(MaxInputBytes) : raw).trimmed();
    // Quoted strings become their contents; encoded words inside them are decoded with the
    // rest (RFC 5322 §3.2.4 for quoting, RFC 2047 §5(3) lenient).
    QByteArray unquoted;
    unquoted.reserve(input.size());
    bool quoted = false;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char c = input[i];
        if (c == '\\' && quoted && i + 1 < input.size()) {
            unquoted.append(input[++i]);
        } else if (c == '"') {
            quoted = !quoted;
        } else {
            unquoted.append(c);
        }
    }
    Result result = decodeSegments(split(unquoted.trimmed()));
    result.truncated = truncated;
    result.controls = stripControls(&result.text);
    result.text = result.text.simplified();
    return result;
}

QStringList HeaderDecoder::messageIds(const QByteArray& raw)
{
    // RFC 5322 §3.6.4: msg-id lists; anything between '<' and '>' counts (obsolete forms
    // with phrases in between are skipped).
    QStringList ids;
    const QByteArray s = unfold(raw.left(MaxInputBytes));
    qsizetype i = 0;
    while (ids.size() < 10000) {
        const qsizetype open = s.indexOf('<', i);
        if (open < 0) {
            break;
        }
        const qsizetype close = s.indexOf('>', open);
        if (close < 0) {
            break;
        }
        QString id = decodeText(s.mid(open + 1, close - open - 1)).remove(QLatin1Char(' '));
        if (!id.isEmpty()) {
            ids.append(id);
        }
        i = close + 1;
    }
    if (ids.isEmpty()) {
        const QString bare = decodeText(s).trimmed();
        if (!bare.isEmpty() && !bare.contains(QLatin1Char(' '))) {
            ids.append(bare); // an ID without angle brackets
        }
    }
    return ids;
}

} // namespace Postbote
