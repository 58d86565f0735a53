// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MimeParameters.h"

#include "mail/Charset.h"
#include "mail/HeaderDecoder.h"

#include <map>

namespace Postbote {

namespace {

/// More continuation sections than this are ignored (RFC 2231 sets no limit; this keeps
/// hostile input bounded).
constexpr int MaxSections = 1000;

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = char(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

QByteArray percentDecode(const QByteArray& s)
{
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out.append(char(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2])));
            i += 2;
        } else {
            out.append(s[i]);
        }
    }
    return out;
}

struct Section
{
    QByteArray bytes;
    bool encoded = false;
};

struct Pending
{
    std::map<int, Section> sections; ///< RFC 2231 §3, ordered by number
    bool hasExtended = false;
    QByteArray plain; ///< the RFC 2045 value, if any
    bool hasPlain = false;
};

/// Reads a value at pos: a quoted string (RFC 5322 §3.2.4) or everything up to ';' (a token
/// in a correct message; lenient for unquoted names with spaces).
QByteArray readValue(const QByteArray& s, qsizetype* pos)
{
    qsizetype i = *pos;
    QByteArray value;
    if (i < s.size() && s[i] == '"') {
        ++i;
        while (i < s.size() && s[i] != '"') {
            if (s[i] == '\\' && i + 1 < s.size()) {
                ++i;
            }
            value.append(s[i]);
            ++i;
        }
        ++i; // closing quote (or end)
        while (i < s.size() && s[i] != ';') {
            ++i;
        }
    } else {
        while (i < s.size() && s[i] != ';') {
            value.append(s[i]);
            ++i;
        }
        value = value.trimmed();
    }
    *pos = i;
    return value;
}

} // namespace

MimeParameters MimeParameters::parse(const QByteArray& fieldBody)
{
    MimeParameters result;
    const QByteArray s = HeaderDecoder::unfold(fieldBody.left(HeaderDecoder::MaxInputBytes));
    qsizetype i = s.indexOf(';');
    if (i < 0) {
        i = s.size();
    }
    QByteArray value;
    for (const char c : s.left(i)) {
        if (!isWsp(c)) {
            value.append(c);
        }
    }
    // Drop a comment after the value: "text/plain (a note)".
    const qsizetype paren = value.indexOf('(');
    result.m_value = (paren >= 0 ? value.left(paren) : value).toLower();

    std::map<QByteArray, Pending> pending;
    QList<QByteArray> order;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ';' || isWsp(s[i]))) {
            ++i;
        }
        const qsizetype nameStart = i;
        while (i < s.size() && s[i] != '=' && s[i] != ';') {
            ++i;
        }
        if (i >= s.size() || s[i] != '=') {
            continue; // a parameter without value: ignored
        }
        QByteArray name = s.mid(nameStart, i - nameStart).trimmed().toLower();
        ++i;
        while (i < s.size() && isWsp(s[i])) {
            ++i;
        }
        const QByteArray raw = readValue(s, &i);
        if (name.isEmpty()) {
            continue;
        }
        // RFC 2231 §3/§4: name*N (section N), a trailing '*' marks a charset-encoded value.
        bool encoded = false;
        if (name.endsWith('*')) {
            encoded = true;
            name.chop(1);
        }
        int section = -1;
        const qsizetype star = name.indexOf('*');
        if (star >= 0) {
            bool ok = false;
            section = name.mid(star + 1).toInt(&ok);
            if (!ok || section < 0 || section >= MaxSections) {
                continue;
            }
            name.truncate(star);
        }
        if (!pending.count(name)) {
            order.append(name);
        }
        Pending& p = pending[name];
        if (section < 0 && !encoded) {
            if (!p.hasPlain) {
                p.plain = raw;
                p.hasPlain = true;
            }
            continue;
        }
        p.hasExtended = true;
        const int key = section < 0 ? 0 : section;
        if (!p.sections.count(key)) {
            p.sections[key] = Section {raw, encoded};
        }
    }

    for (const QByteArray& name : std::as_const(order)) {
        const Pending& p = pending[name];
        QString decoded;
        if (p.hasExtended) {
            QByteArray charset;
            QByteArray bytes;
            for (const auto& [number, section] : p.sections) {
                QByteArray part = section.bytes;
                if (section.encoded && number == p.sections.begin()->first) {
                    // charset'language'value (RFC 2231 §4); the quotes may be missing.
                    const qsizetype q1 = part.indexOf('\'');
                    const qsizetype q2 = q1 >= 0 ? part.indexOf('\'', q1 + 1) : -1;
                    if (q2 >= 0) {
                        charset = part.left(q1);
                        part = part.mid(q2 + 1);
                    }
                }
                bytes += section.encoded ? percentDecode(part) : part;
            }
            Charset::Decoded d;
            if (charset.isEmpty()) {
                d = Charset::decodeUnlabelled(bytes);
            } else {
                d = Charset::decode(bytes, charset);
            }
            decoded = d.text;
            result.m_fallback = result.m_fallback || d.fallback;
            HeaderDecoder::stripControls(&decoded);
        } else {
            const HeaderDecoder::Result d = HeaderDecoder::decode(p.plain);
            decoded = d.text;
            result.m_fallback = result.m_fallback || d.fallback;
        }
        if (decoded.isNull()) {
            decoded = QStringLiteral("");
        }
        result.m_params.insert(name, decoded);
    }
    return result;
}

} // namespace Postbote
