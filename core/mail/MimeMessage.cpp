// SPDX-License-Identifier: GPL-3.0-or-later
// MimeMessage, part 1: parsing, structure, headers and attachments. Loading is in
// MimeMessageLoading.cpp, the text in MimeMessageBody.cpp.
#include "mail/MimeMessagePrivate.h"

#include "mail/HeaderDecoder.h"
#include "mail/MailDate.h"
#include "mail/MimeParameters.h"

#include <QDir>
#include <QFile>
#include <QUrl>

#include <vector>

namespace Postbote {

namespace {

void collectParserWarning(gint64, GMimeParserWarning code, const gchar*, gpointer userData)
{
    static_cast<std::vector<int>*>(userData)->push_back(int(code));
}

} // namespace

MimeMessage::Private::~Private()
{
    if (message) {
        g_object_unref(message);
    }
    if (stream) {
        g_object_unref(stream);
    }
}

std::unique_ptr<MimeMessage::Private> MimeMessage::Private::create(GMimeStream* stream, qint64 cut)
{
    GMimeSupport::ensureInitialized();
    if (cut >= 0) {
        GMimeStream* whole = stream;
        stream = g_mime_stream_substream(whole, 0, cut);
        g_object_unref(whole);
    }
    std::vector<int> codes;
    GMimeParserOptions* options = g_mime_parser_options_new();
    g_mime_parser_options_set_warning_callback(options, collectParserWarning, &codes);
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
    GMimeMessage* message = g_mime_parser_construct_message(parser, options);
    g_object_unref(parser);
    g_mime_parser_options_free(options);

    auto d = std::make_unique<MimeMessage::Private>();
    d->stream = stream;
    d->message = message;
    if (!message) {
        d->message = g_mime_message_new(TRUE);
        d->warn(MimeMessage::Warning::NotAMessage);
    }
    if (cut >= 0) {
        d->warn(MimeMessage::Warning::TooManyParts, QString::number(MimeMessage::MaxParts));
    }
    for (const int code : codes) {
        switch (code) {
        case GMIME_WARN_TRUNCATED_MESSAGE:
            d->warn(MimeMessage::Warning::MissingBoundary);
            break;
        case GMIME_WARN_MALFORMED_MULTIPART:
            d->warn(MimeMessage::Warning::EmptyMultipart);
            break;
        case GMIME_CRIT_NESTING_OVERFLOW:
            d->warn(MimeMessage::Warning::TooDeep, QString::number(MimeMessage::MaxDepth));
            break;
        case GMIME_WARN_MALFORMED_MESSAGE:
        case GMIME_CRIT_INVALID_HEADER_NAME:
        case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
            d->warn(MimeMessage::Warning::Malformed);
            break;
        default:
            break; // duplicated headers, 8-bit headers …: handled by our own decoding
        }
    }
    return d;
}

void MimeMessage::Private::warn(Warning warning, const QString& argument)
{
    const QPair<Warning, QString> entry(warning, argument);
    if (!warnings.contains(entry)) {
        warnings.append(entry);
    }
}

QString MimeMessage::Private::header(GMimeObject* object, const char* name)
{
    const QByteArray raw = GMimeSupport::rawHeader(object, name);
    if (raw.isNull()) {
        return {};
    }
    const HeaderDecoder::Result r = HeaderDecoder::decode(raw);
    if (r.fallback) {
        warn(Warning::HeaderCharset);
    }
    if (r.truncated) {
        warn(Warning::HeaderTooLong);
    }
    if (r.controls) {
        warn(Warning::ControlCharacters);
    }
    return r.text;
}

QList<MailAddress> MimeMessage::Private::addresses(GMimeObject* object, const char* name)
{
    const QByteArray raw = GMimeSupport::rawHeader(object, name);
    if (raw.size() > HeaderDecoder::MaxInputBytes) {
        warn(Warning::HeaderTooLong);
    }
    return raw.isNull() ? QList<MailAddress>() : MailAddress::parseList(raw);
}

bool MimeMessage::Private::enter(int depth, Walk* walk)
{
    if (depth > MaxDepth) {
        warn(Warning::TooDeep, QString::number(MaxDepth));
        return false;
    }
    if (++walk->parts > MaxParts) {
        warn(Warning::TooManyParts, QString::number(MaxParts));
        return false;
    }
    return true;
}

void MimeMessage::Private::enumerate(
    GMimeObject* object, int depth, bool inRelated, bool inSigned, Walk* walk)
{
    if (!object || !enter(depth, walk)) {
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        const QByteArray type = GMimeSupport::mimeType(object);
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count && walk->parts <= MaxParts; ++i) {
            enumerate(g_mime_multipart_get_part(multipart, i), depth + 1,
                type == "multipart/related", type == "multipart/signed", walk);
        }
        return;
    }
    const MimeParameters disposition
        = MimeParameters::parse(GMimeSupport::rawHeader(object, "Content-Disposition"));
    const MimeParameters contentType
        = MimeParameters::parse(GMimeSupport::rawHeader(object, "Content-Type"));
    const QByteArray type = GMimeSupport::mimeType(object);
    const bool attachment = disposition.value() == "attachment";

    AttachmentRef ref;
    ref.object = object;
    ref.info.mimeType = QString::fromLatin1(type);
    ref.info.fileName = disposition.parameter("filename");
    if (ref.info.fileName.isEmpty()) {
        ref.info.fileName = contentType.parameter("name");
    }
    if (disposition.charsetFallback() || contentType.charsetFallback()) {
        warn(Warning::HeaderCharset);
    }
    ref.info.isInline = disposition.value() == "inline" || (inRelated && !attachment);
    ref.counts = !(inRelated && !attachment);
    QString cid = HeaderDecoder::decodeText(GMimeSupport::rawHeader(object, "Content-ID"));
    cid.remove(QLatin1Char(' '));
    if (cid.startsWith(QLatin1Char('<')) && cid.endsWith(QLatin1Char('>'))) {
        cid = cid.mid(1, cid.size() - 2);
    }
    ref.info.contentId = cid;

    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* nested = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (attachment) {
            if (ref.info.fileName.isEmpty() && nested) {
                const QString subject = header(GMIME_OBJECT(nested), "Subject");
                ref.info.fileName = (subject.isEmpty() ? QStringLiteral("message") : subject)
                    + QLatin1String(".eml");
            }
            GMimeStream* counter = g_mime_stream_null_new();
            if (nested) {
                g_mime_object_write_to_stream(GMIME_OBJECT(nested), nullptr, counter);
            }
            ref.info.size = qint64(GMIME_STREAM_NULL(counter)->written);
            g_object_unref(counter);
            ref.info.index = int(attachments.size());
            attachments.append(ref);
        }
        if (nested) {
            enumerate(g_mime_message_get_mime_part(nested), depth + 1, false, false, walk);
        }
        return;
    }
    if (!GMIME_IS_PART(object)) {
        return;
    }
    if ((type == "text/plain" || type == "text/html") && !attachment) {
        return; // body text
    }
    if (inSigned
        && (type == "application/pgp-signature" || type == "application/pkcs7-signature"
            || type == "application/x-pkcs7-signature")) {
        return; // the signature of multipart/signed (RFC 1847 §2.1) is no attachment
    }
    GMimePart* part = GMIME_PART(object);
    const qint64 encoded = std::max<qint64>(0, GMimeSupport::encodedLength(part));
    if (GMimeSupport::encoding(part) == GMIME_CONTENT_ENCODING_BASE64) {
        ref.info.size = (encoded - encoded / 77) * 3 / 4; // line breaks every 76 characters
    } else {
        ref.info.size = encoded;
    }
    ref.info.index = int(attachments.size());
    attachments.append(ref);
}

void MimeMessage::Private::ensureEnumerated()
{
    if (enumerated) {
        return;
    }
    enumerated = true;
    Walk walk;
    enumerate(g_mime_message_get_mime_part(message), 0, false, false, &walk);
}

MimeMessage::MimeMessage(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

MimeMessage::~MimeMessage() = default;

QString MimeMessage::subject() const
{
    return d->header(GMIME_OBJECT(d->message), "Subject");
}

QList<MailAddress> MimeMessage::from() const
{
    return d->addresses(GMIME_OBJECT(d->message), "From");
}

QList<MailAddress> MimeMessage::to() const
{
    return d->addresses(GMIME_OBJECT(d->message), "To");
}

QList<MailAddress> MimeMessage::cc() const
{
    return d->addresses(GMIME_OBJECT(d->message), "Cc");
}

QList<MailAddress> MimeMessage::replyTo() const
{
    return d->addresses(GMIME_OBJECT(d->message), "Reply-To");
}

QDateTime MimeMessage::date() const
{
    return MailDate::parse(GMimeSupport::rawHeader(GMIME_OBJECT(d->message), "Date"));
}

QString MimeMessage::messageId() const
{
    const QStringList ids = HeaderDecoder::messageIds(
        GMimeSupport::rawHeader(GMIME_OBJECT(d->message), "Message-ID"));
    return ids.isEmpty() ? QString() : ids.first();
}

QStringList MimeMessage::inReplyTo() const
{
    return HeaderDecoder::messageIds(
        GMimeSupport::rawHeader(GMIME_OBJECT(d->message), "In-Reply-To"));
}

QStringList MimeMessage::references() const
{
    return HeaderDecoder::messageIds(
        GMimeSupport::rawHeader(GMIME_OBJECT(d->message), "References"));
}

QString MimeMessage::headerValue(const QByteArray& name) const
{
    return d->header(GMIME_OBJECT(d->message), name.constData());
}

QByteArray MimeMessage::rawHeaders() const
{
    return d->rawHeaders;
}

bool MimeMessage::hasCompleteHeader() const
{
    return d->completeHeader;
}

QList<QPair<QByteArray, QByteArray>> MimeMessage::multiparts() const
{
    QList<QPair<QByteArray, QByteArray>> result;
    Private::Walk walk;
    d->collectMultiparts(g_mime_message_get_mime_part(d->message), 0, &walk, &result);
    return result;
}

void MimeMessage::Private::collectMultiparts(
    GMimeObject* object, int depth, Walk* walk, QList<QPair<QByteArray, QByteArray>>* result)
{
    if (!object || depth > MaxDepth || ++walk->parts > MaxParts) {
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        if (const char* boundary = g_mime_multipart_get_boundary(multipart)) {
            result->append({QByteArray(boundary), GMimeSupport::mimeType(object)});
        }
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            collectMultiparts(g_mime_multipart_get_part(multipart, i), depth + 1, walk, result);
        }
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        if (GMimeMessage* nested = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object))) {
            collectMultiparts(g_mime_message_get_mime_part(nested), depth + 1, walk, result);
        }
    }
}

QList<AttachmentInfo> MimeMessage::attachments() const
{
    d->ensureEnumerated();
    QList<AttachmentInfo> result;
    for (const Private::AttachmentRef& ref : std::as_const(d->attachments)) {
        result.append(ref.info);
    }
    return result;
}

bool MimeMessage::hasAttachments() const
{
    d->ensureEnumerated();
    return std::any_of(d->attachments.cbegin(), d->attachments.cend(),
        [](const Private::AttachmentRef& ref) { return ref.counts; });
}

bool MimeMessage::saveAttachment(int index, const QString& targetPath, QString* error) const
{
    d->ensureEnumerated();
    if (index < 0 || index >= d->attachments.size()) {
        *error = tr("The message has no attachment number %1.").arg(index + 1);
        return false;
    }
    GMimeObject* object = d->attachments[index].object;
    QFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Could not save the attachment as “%1”: %2")
                     .arg(QDir::toNativeSeparators(targetPath), file.errorString());
        return false;
    }
    bool written = true;
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* nested = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        // Streamed through a duplicate of the descriptor, so that a big nested message is
        // never held in memory.
        const int fd = ::dup(file.handle());
        GMimeStream* out = fd >= 0 ? g_mime_stream_fs_new(fd) : nullptr;
        written = out
            && (!nested || g_mime_object_write_to_stream(GMIME_OBJECT(nested), nullptr, out) >= 0);
        if (out) {
            g_object_unref(out);
        }
    } else {
        GMimeSupport::DecodeStats stats;
        GMimeSupport::decodeContent(
            GMIME_PART(object),
            [&](const char* data, qsizetype size) {
                written = written && file.write(data, size) == size;
                return written;
            },
            &stats);
        if (stats.invalidBase64 > 0) {
            d->warn(Warning::InvalidBase64);
        }
    }
    if (!written || !file.flush()) {
        *error = tr("Could not save the attachment as “%1”: %2")
                     .arg(QDir::toNativeSeparators(targetPath), file.errorString());
        file.close();
        return false;
    }
    return true;
}

QByteArray MimeMessage::contentById(const QString& contentId, QString* mimeType) const
{
    QString wanted = contentId.trimmed();
    if (wanted.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive)) {
        wanted = QUrl::fromPercentEncoding(wanted.mid(4).toUtf8()); // RFC 2392 §2
    }
    if (wanted.startsWith(QLatin1Char('<')) && wanted.endsWith(QLatin1Char('>'))) {
        wanted = wanted.mid(1, wanted.size() - 2);
    }
    d->ensureEnumerated();
    for (const Private::AttachmentRef& ref : std::as_const(d->attachments)) {
        if (ref.info.contentId.compare(wanted, Qt::CaseInsensitive) != 0 || wanted.isEmpty()
            || !GMIME_IS_PART(ref.object)) {
            continue;
        }
        QByteArray data;
        GMimeSupport::DecodeStats stats;
        GMimeSupport::decodeContent(
            GMIME_PART(ref.object),
            [&](const char* bytes, qsizetype size) {
                data.append(bytes, size);
                return data.size() <= MaxContentByIdSize;
            },
            &stats);
        if (stats.truncated) {
            return {};
        }
        if (mimeType) {
            *mimeType = ref.info.mimeType;
        }
        return data;
    }
    return {};
}

QStringList MimeMessage::warnings() const
{
    QStringList result;
    for (const auto& [warning, argument] : std::as_const(d->warnings)) {
        result.append(warningText(warning, argument));
    }
    return result;
}

} // namespace Postbote
