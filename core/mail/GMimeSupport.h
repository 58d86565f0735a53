// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/mail: the only header that includes gmime.h. Include it in .cpp files
// only; QT_NO_KEYWORDS (set project-wide) keeps gio's "signals" member apart from Qt
// (TOOLCHAIN.md §5).
#include <gmime/gmime.h>

#include <QByteArray>
#include <QString>

#include <functional>

namespace Postbote::GMimeSupport {

/// Calls g_mime_init() once per process.
void ensureInitialized();

/// The raw (undecoded, possibly folded) value of the first header of that name, or a null
/// QByteArray.
QByteArray rawHeader(GMimeObject* object, const char* name);
/// "type/subtype" in lower case, as GMime determined it (text/plain when missing,
/// RFC 2045 §5.2).
QByteArray mimeType(GMimeObject* object);

struct DecodeStats
{
    qint64 encodedBytes = 0;
    qint64 invalidBase64 = 0;
    bool truncated = false; ///< the sink asked to stop
};

/// Receives decoded bytes; returns false to stop.
using Sink = std::function<bool(const char* data, qsizetype size)>;

/// Streams the transfer-decoded content of a leaf part (RFC 2045 §6) into sink, 64 KiB at a
/// time. Base64 goes through Postbote's Base64Decoder (GMime 3.2.13 loses the bytes of an
/// unpadded last group, TOOLCHAIN.md §9); quoted-printable and uuencode through GMime.
/// Returns false if the part has no content.
bool decodeContent(GMimePart* part, const Sink& sink, DecodeStats* stats);

/// Bytes of the (still encoded) content, -1 if unknown.
qint64 encodedLength(GMimePart* part);
/// The part's Content-Transfer-Encoding as GMime read it.
GMimeContentEncoding encoding(GMimePart* part);

} // namespace Postbote::GMimeSupport
