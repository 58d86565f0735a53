// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing and decoding the text of a message: MimeMessage::body() and the warnings' texts.
#include "mail/MimeMessagePrivate.h"

#include "mail/Charset.h"
#include "mail/FlowedText.h"
#include "mail/HeaderDecoder.h"
#include "mail/HtmlText.h"
#include "mail/MailDate.h"
#include "mail/MimeParameters.h"

#include <QLocale>

namespace Postbote {

namespace {

enum class Kind { None, Plain, Html };

bool isBodyText(const QByteArray& type)
{
    return type == "text/plain" || type == "text/html";
}

bool isAttachment(GMimeObject* object)
{
    return MimeParameters::parse(GMimeSupport::rawHeader(object, "Content-Disposition")).value()
        == "attachment";
}

/// The root of multipart/related: the part named by "start", else the first (RFC 2387 §3.2).
GMimeObject* relatedRoot(GMimeMultipart* multipart)
{
    const int count = g_mime_multipart_get_count(multipart);
    if (count == 0) {
        return nullptr;
    }
    const QString start
        = MimeParameters::parse(GMimeSupport::rawHeader(GMIME_OBJECT(multipart), "Content-Type"))
              .parameter("start")
              .remove(QLatin1Char('<'))
              .remove(QLatin1Char('>'))
              .trimmed();
    for (int i = 0; i < count && !start.isEmpty(); ++i) {
        GMimeObject* child = g_mime_multipart_get_part(multipart, i);
        QString cid = HeaderDecoder::decodeText(GMimeSupport::rawHeader(child, "Content-ID"));
        cid.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        if (cid.trimmed() == start) {
            return child;
        }
    }
    return g_mime_multipart_get_part(multipart, 0);
}

/// What kind of text a part would show; bounded by depth like every walk.
Kind kindOf(GMimeObject* object, int depth)
{
    if (!object || depth > MimeMessage::MaxDepth) {
        return Kind::None;
    }
    const QByteArray type = GMimeSupport::mimeType(object);
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        if (type == "multipart/related") {
            return kindOf(relatedRoot(multipart), depth + 1);
        }
        Kind best = Kind::None;
        const int count = std::min(g_mime_multipart_get_count(multipart), MimeMessage::MaxParts);
        for (int i = 0; i < count; ++i) {
            const Kind k = kindOf(g_mime_multipart_get_part(multipart, i), depth + 1);
            if (k == Kind::Html) {
                return k;
            }
            if (k == Kind::Plain) {
                best = k;
                if (type != "multipart/alternative") {
                    return best;
                }
            }
        }
        return best;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        return Kind::Plain;
    }
    if (type == "text/html") {
        return Kind::Html;
    }
    return type == "text/plain" ? Kind::Plain : Kind::None;
}

/// The charset an HTML document names in <meta> (HTML 5 §4.2.5.5), when MIME names none.
QByteArray metaCharset(const QByteArray& html)
{
    const QByteArray head = html.left(4096).toLower();
    const qsizetype at = head.indexOf("charset=");
    if (at < 0) {
        return {};
    }
    qsizetype i = at + 8;
    while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' ')) {
        ++i;
    }
    const qsizetype start = i;
    while (i < head.size() && head[i] != '"' && head[i] != '\'' && head[i] != ' ' && head[i] != ';'
        && head[i] != '>' && head[i] != '/') {
        ++i;
    }
    return head.mid(start, i - start);
}

/// Drops an incomplete UTF-8 sequence at the end of bytes cut at a size limit.
void trimIncompleteUtf8(QByteArray* bytes)
{
    qsizetype i = bytes->size();
    int back = 0;
    while (i > 0 && back < 4 && (static_cast<unsigned char>(bytes->at(i - 1)) & 0xc0) == 0x80) {
        --i;
        ++back;
    }
    if (i > 0 && static_cast<unsigned char>(bytes->at(i - 1)) >= 0xc0) {
        const unsigned char lead = static_cast<unsigned char>(bytes->at(i - 1));
        const int need = lead >= 0xf0 ? 3 : (lead >= 0xe0 ? 2 : 1);
        if (back < need) {
            bytes->truncate(i - 1);
        }
    }
}

/// Line ends to LF; control characters other than tab, line feed and form feed removed (they
/// could drive a terminal or hide text).
QString cleanText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (u == '\r') {
            out.append(QLatin1Char('\n'));
            if (i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
        } else if ((u < 0x20 && u != '\t' && u != '\n' && u != '\f') || u == 0x7f
            || (u >= 0x80 && u < 0xa0)) {
            continue;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

QString plainToHtml(const QString& text)
{
    return QLatin1String("<pre>") + text.toHtmlEscaped() + QLatin1String("</pre>");
}

} // namespace

GMimeObject* MimeMessage::Private::chooseAlternative(
    GMimeMultipart* multipart, BodyPreference preference, int depth)
{
    // RFC 2046 §5.1.4: the parts are in increasing faithfulness, the last one preferred.
    const Kind wanted = preference == BodyPreference::Html ? Kind::Html : Kind::Plain;
    const int count = std::min(g_mime_multipart_get_count(multipart), MaxParts);
    GMimeObject* other = nullptr;
    for (int i = count - 1; i >= 0; --i) {
        GMimeObject* child = g_mime_multipart_get_part(multipart, i);
        const Kind kind = kindOf(child, depth + 1);
        if (kind == wanted) {
            return child;
        }
        if (kind != Kind::None && !other) {
            other = child;
        }
    }
    return other;
}

MimeMessage::Private::Piece MimeMessage::Private::decodeText(GMimePart* part, qint64 maxBytes)
{
    GMimeObject* object = GMIME_OBJECT(part);
    const MimeParameters contentType
        = MimeParameters::parse(GMimeSupport::rawHeader(object, "Content-Type"));
    const bool html = GMimeSupport::mimeType(object) == "text/html";
    QByteArray bytes;
    GMimeSupport::DecodeStats stats;
    GMimeSupport::decodeContent(
        part,
        [&](const char* data, qsizetype size) {
            bytes.append(data, qsizetype(std::min<qint64>(size, maxBytes - bytes.size())));
            return bytes.size() < maxBytes;
        },
        &stats);
    if (stats.invalidBase64 > 0) {
        warn(Warning::InvalidBase64);
    }
    QByteArray charset = contentType.parameter("charset").toLatin1().trimmed().toLower();
    if (charset.isEmpty() && html) {
        charset = metaCharset(bytes);
    }
    if (stats.truncated) {
        if (maxBytes >= MaxTextBytes) {
            warn(Warning::TextTruncated);
        }
        if (charset.isEmpty() || charset == "utf-8" || charset == "utf8") {
            trimIncompleteUtf8(&bytes);
        }
    }
    const Charset::Decoded decoded = Charset::decode(bytes, charset);
    Piece piece;
    piece.format = html ? MessageBody::Format::Html : MessageBody::Format::PlainText;
    piece.charset = QString::fromLatin1(charset);
    piece.fallback = decoded.fallback;
    if (decoded.fallback) {
        warn(Charset::isKnown(charset) || charset.isEmpty() ? Warning::WrongCharset
                                                            : Warning::UnknownCharset,
            charset.isEmpty() ? QStringLiteral("us-ascii") : piece.charset);
    } else if (decoded.invalidBytes) {
        warn(Warning::InvalidBytes, piece.charset);
    }
    piece.text = cleanText(decoded.text);
    // RFC 3676 §4: format=flowed with optional DelSp=yes.
    if (!html
        && contentType.parameter("format").compare(QLatin1String("flowed"), Qt::CaseInsensitive)
            == 0) {
        piece.flowed = true;
        piece.delSp
            = contentType.parameter("delsp").compare(QLatin1String("yes"), Qt::CaseInsensitive)
            == 0;
        piece.text = FlowedText::decode(piece.text, piece.delSp);
    }
    return piece;
}

void MimeMessage::Private::collect(GMimeObject* object, int depth, BodyPreference preference,
    qint64 maxBytes, QList<Piece>* pieces, Walk* walk)
{
    if (!object || !enter(depth, walk)) {
        return;
    }
    const QByteArray type = GMimeSupport::mimeType(object);
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        if (g_mime_multipart_get_count(multipart) == 0) {
            // No part begins with the declared boundary: everything went into the preamble
            // (RFC 2046 §5.1.1). Showing it is better than showing nothing.
            const char* prologue = g_mime_multipart_get_prologue(multipart);
            if (prologue && *prologue) {
                warn(Warning::EmptyMultipart);
                Piece piece;
                const Charset::Decoded decoded
                    = Charset::decodeUnlabelled(QByteArray(prologue).left(maxBytes));
                piece.text = cleanText(decoded.text).trimmed();
                piece.fallback = decoded.fallback;
                pieces->append(piece);
            }
            return;
        }
        if (type == "multipart/alternative") {
            collect(chooseAlternative(multipart, preference, depth), depth + 1, preference,
                maxBytes, pieces, walk);
        } else if (type == "multipart/related") {
            collect(relatedRoot(multipart), depth + 1, preference, maxBytes, pieces, walk);
        } else if (type == "multipart/signed") {
            // RFC 1847 §2.1: the first part is the content, the second the signature.
            collect(g_mime_multipart_get_part(multipart, 0), depth + 1, preference, maxBytes,
                pieces, walk);
        } else if (type == "multipart/encrypted") {
            warn(Warning::Encrypted);
        } else {
            // mixed, digest, parallel, report and unknown subtypes (RFC 2046 §5.1.7: treat
            // as mixed): every inline text, nested multipart and nested message in order.
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count && walk->parts <= MaxParts; ++i) {
                GMimeObject* child = g_mime_multipart_get_part(multipart, i);
                const QByteArray childType = GMimeSupport::mimeType(child);
                const bool shown = GMIME_IS_MULTIPART(child) || GMIME_IS_MESSAGE_PART(child)
                    || (isBodyText(childType) && !isAttachment(child));
                if (shown) {
                    collect(child, depth + 1, preference, maxBytes, pieces, walk);
                }
            }
        }
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* nested = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (!nested) {
            return;
        }
        GMimeObject* headers = GMIME_OBJECT(nested);
        Piece block;
        block.headerBlock = true;
        const auto field = [&](const QString& label, const QString& value) {
            if (!value.isEmpty()) {
                block.fields.append({label, value});
            }
        };
        field(MimeMessage::tr("From:"), MailAddress::displayList(addresses(headers, "From")));
        field(MimeMessage::tr("To:"), MailAddress::displayList(addresses(headers, "To")));
        field(MimeMessage::tr("Cc:"), MailAddress::displayList(addresses(headers, "Cc")));
        const QDateTime date = MailDate::parse(GMimeSupport::rawHeader(headers, "Date"));
        if (date.isValid()) {
            field(MimeMessage::tr("Date:"),
                QLocale().toString(date.toLocalTime(), QLocale::ShortFormat));
        }
        field(MimeMessage::tr("Subject:"), header(headers, "Subject"));
        pieces->append(block);
        collect(
            g_mime_message_get_mime_part(nested), depth + 1, preference, maxBytes, pieces, walk);
        return;
    }
    if (GMIME_IS_PART(object) && (isBodyText(type) || depth == 0) && type.startsWith("text/")) {
        // A lone text/* of another subtype (text/enriched, text/x-…) at the top is shown
        // as plain text rather than not at all.
        pieces->append(decodeText(GMIME_PART(object), maxBytes));
    }
}

MessageBody MimeMessage::Private::assemble(
    const QList<Piece>& pieces, BodyPreference preference) const
{
    MessageBody body;
    bool anyHtml = false;
    bool anyPlain = false;
    const Piece* first = nullptr;
    for (const Piece& p : pieces) {
        if (p.headerBlock) {
            continue;
        }
        (p.format == MessageBody::Format::Html ? anyHtml : anyPlain) = true;
        if (!first) {
            first = &p;
        }
        body.charsetFallback = body.charsetFallback || p.fallback;
    }
    const bool html = anyHtml && (preference == BodyPreference::Html || !anyPlain);
    body.format = html ? MessageBody::Format::Html : MessageBody::Format::PlainText;
    if (first) {
        body.flowed = first->flowed;
        body.delSp = first->delSp;
        body.charset = first->charset;
    }
    QStringList parts;
    for (const Piece& p : pieces) {
        if (p.headerBlock) {
            if (html) {
                QString rows;
                for (const auto& [label, value] : p.fields) {
                    rows += QLatin1String("<tr><th>") + label.toHtmlEscaped()
                        + QLatin1String("</th><td>") + value.toHtmlEscaped()
                        + QLatin1String("</td></tr>");
                }
                parts.append(QLatin1String("<hr><table class=\"postbote-attached-message\">") + rows
                    + QLatin1String("</table>"));
            } else {
                QString lines = QLatin1String("-------- ") + MimeMessage::tr("Attached message")
                    + QLatin1String(" --------\n");
                for (const auto& [label, value] : p.fields) {
                    lines += label + QLatin1Char(' ') + value + QLatin1Char('\n');
                }
                parts.append(lines);
            }
            continue;
        }
        const bool pieceHtml = p.format == MessageBody::Format::Html;
        if (pieceHtml == html) {
            parts.append(p.text);
        } else if (html) {
            parts.append(plainToHtml(p.text));
        } else {
            parts.append(HtmlText::toPlainText(p.text).trimmed());
        }
    }
    body.text = parts.join(html ? QLatin1String("\n") : QLatin1String("\n\n"));
    return body;
}

MessageBody MimeMessage::body(BodyPreference preference) const
{
    return body(preference, MaxTextBytes);
}

MessageBody MimeMessage::body(BodyPreference preference, qint64 maxBytesPerPart) const
{
    QList<Private::Piece> pieces;
    Private::Walk walk;
    d->collect(g_mime_message_get_mime_part(d->message), 0, preference,
        std::max<qint64>(1, maxBytesPerPart), &pieces, &walk);
    return d->assemble(pieces, preference);
}

QString MimeMessage::warningText(Warning warning, const QString& argument)
{
    switch (warning) {
    case Warning::NotAMessage:
        return tr("The file could not be read as a message; nothing of it can be shown.");
    case Warning::MissingBoundary:
        return tr("A multipart section of the message has no final boundary: the message may "
                  "be cut off.");
    case Warning::EmptyMultipart:
        return tr("No part of a multipart section begins with its declared boundary; its text "
                  "is shown as it is.");
    case Warning::Malformed:
        return tr("The structure of the message is damaged; parts of it may be missing or "
                  "shown wrongly.");
    case Warning::TooDeep:
        return tr("The message is nested more than %1 levels deep; the deeper parts are not "
                  "shown.")
            .arg(argument);
    case Warning::TooManyParts:
        return tr("The message has more than %1 parts; the remaining parts are not shown.")
            .arg(argument);
    case Warning::UnknownCharset:
        return tr("The text uses the unknown character set “%1”; it is shown as well as "
                  "possible and some characters may be wrong.")
            .arg(argument);
    case Warning::WrongCharset:
        return tr("The text is not valid in its declared character set “%1”; it is shown as "
                  "well as possible and some characters may be wrong.")
            .arg(argument);
    case Warning::InvalidBytes:
        return tr("The text contains bytes that are not valid in the character set “%1”; they "
                  "are shown as �.")
            .arg(argument);
    case Warning::HeaderCharset:
        return tr("Some header fields use an unknown or undeclared character set; they may be "
                  "shown wrongly.");
    case Warning::HeaderTooLong:
        return tr("A header field is longer than 1 MB; only its beginning is used.");
    case Warning::ControlCharacters:
        return tr("Control characters were removed from the header fields.");
    case Warning::InvalidBase64:
        return tr("A part of the message has damaged base64 encoding; its content may be "
                  "incomplete or wrong.");
    case Warning::TextTruncated:
        return tr("The text of the message is very long; only its beginning is shown.");
    case Warning::Encrypted:
        return tr("The message is encrypted; Postbote cannot show its content.");
    }
    return {};
}

} // namespace Postbote
