// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/Charset.h"

#include <QStringDecoder>

namespace Postbote {

namespace {

bool isAscii(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

QByteArray normalized(const QByteArray& charset)
{
    QByteArray name = charset.trimmed().toLower();
    // RFC 2231 §5 allows a language suffix in encoded words: "utf-8*de".
    const qsizetype star = name.indexOf('*');
    if (star >= 0) {
        name.truncate(star);
    }
    if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"')) {
        name = name.mid(1, name.size() - 2);
    }
    return name;
}

bool isUsAscii(const QByteArray& name)
{
    return name.isEmpty() || name == "us-ascii" || name == "ascii" || name == "ansi_x3.4-1968"
        || name == "iso646-us" || name == "us" || name == "7bit";
}

bool isUtf8(const QByteArray& name)
{
    return name == "utf-8" || name == "utf8" || name == "x-unicode20utf8";
}

// ISO-8859-1 text is in practice written by Windows programs and holds windows-1252
// characters (€, “ ”) in 0x80–0x9F; WHATWG Encoding treats the names alike, and so do we.
bool isLatin1(const QByteArray& name)
{
    return name == "iso-8859-1" || name == "iso8859-1" || name == "latin1" || name == "l1"
        || name == "iso_8859-1" || name == "iso-ir-100" || name == "cp819" || name == "ibm819";
}

QString windows1252(const QByteArray& bytes)
{
    QStringDecoder decoder("windows-1252");
    if (!decoder.isValid()) {
        return QString::fromLatin1(bytes);
    }
    return decoder.decode(bytes);
}

} // namespace

bool Charset::isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    return !decoder.hasError();
}

bool Charset::isKnown(const QByteArray& charset)
{
    const QByteArray name = normalized(charset);
    if (isUsAscii(name) || isUtf8(name) || isLatin1(name)) {
        return true;
    }
    return QStringDecoder(name.constData()).isValid();
}

Charset::Decoded Charset::decodeUnlabelled(const QByteArray& bytes)
{
    Decoded result;
    if (isAscii(bytes)) {
        result.text = QString::fromLatin1(bytes);
    } else if (isValidUtf8(bytes)) {
        result.text = QString::fromUtf8(bytes);
    } else {
        result.text = windows1252(bytes);
        result.fallback = true;
    }
    return result;
}

Charset::Decoded Charset::decode(const QByteArray& bytes, const QByteArray& charset)
{
    const QByteArray name = normalized(charset);
    if (isAscii(bytes) && (isUsAscii(name) || isUtf8(name) || isLatin1(name))) {
        return {QString::fromLatin1(bytes), false, false};
    }
    if (isUsAscii(name)) {
        // 8-bit bytes in us-ascii: the declaration is wrong (RFC 2045 §5.2 default included).
        Decoded result = decodeUnlabelled(bytes);
        result.fallback = true;
        return result;
    }
    if (isLatin1(name)) {
        return {windows1252(bytes), false, false};
    }
    if (isUtf8(name)) {
        QStringDecoder decoder(QStringConverter::Utf8);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            return {text, false, false};
        }
        return {windows1252(bytes), true, false};
    }
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid()) {
        Decoded result = decodeUnlabelled(bytes);
        result.fallback = true;
        return result;
    }
    Decoded result;
    result.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Not valid in the declared charset. Valid UTF-8 is the usual truth; otherwise keep
        // the declared charset's reading with replacement characters for the bad bytes.
        if (isValidUtf8(bytes)) {
            return {QString::fromUtf8(bytes), true, false};
        }
        result.invalidBytes = true;
    }
    return result;
}

} // namespace Postbote
