// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/GMimeSupport.h"

#include "mail/Base64Decoder.h"

#include <mutex>
#include <vector>

namespace Postbote::GMimeSupport {

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;

} // namespace

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QByteArray rawHeader(GMimeObject* object, const char* name)
{
    GMimeHeaderList* list = object ? g_mime_object_get_header_list(object) : nullptr;
    GMimeHeader* header = list ? g_mime_header_list_get_header(list, name) : nullptr;
    if (!header) {
        return {};
    }
    const char* raw = g_mime_header_get_raw_value(header);
    if (!raw) {
        raw = g_mime_header_get_value(header);
    }
    return raw ? QByteArray(raw) : QByteArray("");
}

QByteArray mimeType(GMimeObject* object)
{
    GMimeContentType* type = object ? g_mime_object_get_content_type(object) : nullptr;
    if (!type) {
        return QByteArrayLiteral("text/plain");
    }
    const char* media = g_mime_content_type_get_media_type(type);
    const char* sub = g_mime_content_type_get_media_subtype(type);
    return (
        QByteArray(media ? media : "application") + '/' + QByteArray(sub ? sub : "octet-stream"))
        .toLower();
}

GMimeContentEncoding encoding(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    return content ? g_mime_data_wrapper_get_encoding(content) : GMIME_CONTENT_ENCODING_DEFAULT;
}

qint64 encodedLength(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    GMimeStream* stream = content ? g_mime_data_wrapper_get_stream(content) : nullptr;
    return stream ? g_mime_stream_length(stream) : -1;
}

bool decodeContent(GMimePart* part, const Sink& sink, DecodeStats* stats)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    GMimeStream* stream = content ? g_mime_data_wrapper_get_stream(content) : nullptr;
    if (!stream) {
        return false;
    }
    const GMimeContentEncoding enc = g_mime_data_wrapper_get_encoding(content);
    const bool base64 = enc == GMIME_CONTENT_ENCODING_BASE64;
    const bool gmimeDecodes
        = enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE || enc == GMIME_CONTENT_ENCODING_UUENCODE;
    Base64Decoder b64;
    GMimeEncoding state;
    if (gmimeDecodes) {
        g_mime_encoding_init_decode(&state, enc);
    }
    std::vector<char> in(ChunkSize);
    std::vector<char> out;
    QByteArray decoded;
    g_mime_stream_reset(stream);
    bool more = true;
    while (more) {
        const ssize_t n = g_mime_stream_read(stream, in.data(), in.size());
        if (n <= 0) {
            break;
        }
        stats->encodedBytes += n;
        if (base64) {
            decoded.clear();
            b64.feed(in.data(), n, &decoded);
            more = sink(decoded.constData(), decoded.size());
        } else if (gmimeDecodes) {
            out.resize(g_mime_encoding_outlen(&state, size_t(n)));
            const size_t len = g_mime_encoding_step(&state, in.data(), size_t(n), out.data());
            more = sink(out.data(), qsizetype(len));
        } else {
            more = sink(in.data(), n);
        }
    }
    if (!more) {
        stats->truncated = true;
    } else if (base64) {
        decoded.clear();
        b64.finish(&decoded);
        sink(decoded.constData(), decoded.size());
    } else if (gmimeDecodes) {
        out.resize(g_mime_encoding_outlen(&state, 0) + 16);
        const size_t len = g_mime_encoding_flush(&state, "", 0, out.data());
        sink(out.data(), qsizetype(len));
    }
    stats->invalidBase64 += b64.invalidCharacters() + (b64.danglingCharacter() ? 1 : 0);
    return true;
}

} // namespace Postbote::GMimeSupport
