// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailAddress.h"

#include "mail/Charset.h"
#include "mail/HeaderDecoder.h"

#include <QStringList>

#include <algorithm>

namespace Postbote {

namespace {

/// More mailboxes than this in one field are ignored.
constexpr int MaxAddresses = 10000;

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Splits at top-level separators: ',' between mailboxes, and group syntax
/// "name: a, b;" (RFC 5322 §3.4) whose name is dropped.
QList<QByteArray> splitMailboxes(const QByteArray& s)
{
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    bool angle = false;
    int comment = 0;
    bool group = false;
    for (qsizetype i = 0; i < s.size() && pieces.size() < MaxAddresses; ++i) {
        const char c = s[i];
        if (quoted) {
            current.append(c);
            if (c == '\\' && i + 1 < s.size()) {
                current.append(s[++i]);
            } else if (c == '"') {
                quoted = false;
            }
            continue;
        }
        if (comment > 0) {
            current.append(c);
            if (c == '\\' && i + 1 < s.size()) {
                current.append(s[++i]);
            } else if (c == '(') {
                ++comment;
            } else if (c == ')') {
                --comment;
            }
            continue;
        }
        switch (c) {
        case '"':
            quoted = true;
            current.append(c);
            break;
        case '(':
            comment = 1;
            current.append(c);
            break;
        case '<':
            angle = true;
            current.append(c);
            break;
        case '>':
            angle = false;
            current.append(c);
            break;
        case ',':
            if (angle) {
                current.append(c); // obsolete route "<@a,@b:x@y>"
            } else {
                pieces.append(current);
                current.clear();
            }
            break;
        case ':':
            if (angle || group) {
                current.append(c);
            } else {
                group = true; // the group's display name is not a mailbox
                current.clear();
            }
            break;
        case ';':
            if (group && !angle) {
                group = false;
                pieces.append(current);
                current.clear();
            } else {
                current.append(c);
            }
            break;
        default:
            current.append(c);
        }
    }
    pieces.append(current);
    return pieces;
}

/// Removes comments outside quoted strings; returns the first comment's text in *first.
QByteArray withoutComments(const QByteArray& s, QByteArray* first)
{
    QByteArray out;
    QByteArray text;
    bool quoted = false;
    int depth = 0;
    bool haveFirst = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (depth > 0) {
            if (c == '\\' && i + 1 < s.size()) {
                text.append(s[++i]);
                continue;
            }
            if (c == '(') {
                ++depth;
            } else if (c == ')' && --depth == 0) {
                if (!haveFirst && first) {
                    *first = text;
                    haveFirst = true;
                }
                text.clear();
                out.append(' ');
                continue;
            }
            text.append(c);
            continue;
        }
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\\' && quoted && i + 1 < s.size()) {
            out.append(c);
            out.append(s[++i]);
            continue;
        } else if (c == '(' && !quoted) {
            depth = 1;
            continue;
        }
        out.append(c);
    }
    if (depth > 0 && !haveFirst && first) {
        *first = text;
    }
    return out;
}

QString cleanAddress(const QByteArray& raw)
{
    QByteArray spec;
    for (const char c : raw) {
        if (!isWsp(c) && c != '"') {
            spec.append(c);
        }
    }
    // Obsolete route (RFC 5322 §4.4): "@relay1,@relay2:user@example.org".
    if (spec.startsWith('@')) {
        const qsizetype colon = spec.indexOf(':');
        if (colon >= 0) {
            spec = spec.mid(colon + 1);
        }
    }
    // Addresses may be UTF-8 (RFC 6532).
    QString address = Charset::decodeUnlabelled(spec).text;
    HeaderDecoder::stripControls(&address);
    return address;
}

bool parseMailbox(const QByteArray& piece, MailAddress* result)
{
    QByteArray comment;
    const QByteArray s = withoutComments(piece, &comment).trimmed();
    if (s.isEmpty() && comment.isEmpty()) {
        return false;
    }
    // Find a top-level '<'.
    bool quoted = false;
    qsizetype open = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && quoted) {
            ++i;
        } else if (s[i] == '"') {
            quoted = !quoted;
        } else if (s[i] == '<' && !quoted) {
            open = i;
            break;
        }
    }
    if (open >= 0) {
        qsizetype close = s.indexOf('>', open);
        if (close < 0) {
            close = s.size();
        }
        result->name = HeaderDecoder::decodePhrase(s.left(open)).text;
        result->address = cleanAddress(s.mid(open + 1, close - open - 1));
        if (result->name.isEmpty() && !comment.isEmpty()) {
            result->name = HeaderDecoder::decodePhrase(comment).text;
        }
        return !result->name.isEmpty() || !result->address.isEmpty();
    }
    // "user@example.org (Name)" (RFC 5322 §3.4, a comment as the name), or broken input.
    const QByteArray trimmed = s.trimmed();
    const bool hasSpace = std::any_of(trimmed.cbegin(), trimmed.cend(), isWsp);
    if (!trimmed.contains('@') && (hasSpace || trimmed.contains('"') || trimmed.contains("=?"))) {
        result->name = HeaderDecoder::decodePhrase(trimmed).text; // a name without address
    } else {
        result->address = cleanAddress(trimmed);
        result->name = HeaderDecoder::decodePhrase(comment).text;
    }
    return !result->name.isEmpty() || !result->address.isEmpty();
}

} // namespace

QString MailAddress::display() const
{
    if (name.isEmpty()) {
        return address;
    }
    if (address.isEmpty() || name == address) {
        return name;
    }
    return name + QLatin1String(" <") + address + QLatin1Char('>');
}

QString MailAddress::displayList(const QList<MailAddress>& addresses)
{
    QStringList parts;
    for (const MailAddress& a : addresses) {
        parts.append(a.display());
    }
    return parts.join(QLatin1String(", "));
}

QList<MailAddress> MailAddress::parseList(const QByteArray& fieldBody)
{
    const QByteArray s = HeaderDecoder::unfold(fieldBody.left(HeaderDecoder::MaxInputBytes));
    const QList<QByteArray> pieces = splitMailboxes(s);
    QList<MailAddress> result;
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        QByteArray piece = pieces[k];
        // An unquoted display name with a comma ("Müller, Hans <h@example.org>", sent by
        // some programs) splits into a piece without '@' or '<' and one with '<'.
        const QByteArray t = piece.trimmed();
        if (!t.isEmpty() && !t.contains('@') && !t.contains('<') && !t.contains('"')
            && k + 1 < pieces.size() && pieces[k + 1].contains('<')
            && !pieces[k + 1].left(pieces[k + 1].indexOf('<')).contains('"')
            && !pieces[k + 1].left(pieces[k + 1].indexOf('<')).trimmed().isEmpty()) {
            piece = t + ',' + pieces[k + 1];
            ++k;
        }
        MailAddress address;
        if (parseMailbox(piece, &address)) {
            result.append(address);
        }
    }
    return result;
}

} // namespace Postbote
