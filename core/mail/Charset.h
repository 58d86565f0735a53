// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Postbote {

/// Turns bytes in a MIME charset (RFC 2045 §5.1, RFC 2046 §4.1.2) into text.
///
/// Names go to ICU through QStringDecoder(const char*) (TOOLCHAIN.md §6), so every charset
/// ICU knows works. Unknown names and text that is not valid in its declared charset (a
/// "lying" charset, often UTF-8 declared as us-ascii or the other way round) fall back to
/// UTF-8 when the bytes are valid UTF-8, else to windows-1252, and say so, so that the view
/// can tell the user the text may be garbled.
class Charset
{
public:
    struct Decoded
    {
        QString text;
        bool fallback = false;     ///< declared charset unknown or wrong; text is a guess
        bool invalidBytes = false; ///< some bytes were not valid and became U+FFFD
    };

    /// Decodes bytes declared as charset (may be empty: us-ascii, RFC 2045 §5.2).
    static Decoded decode(const QByteArray& bytes, const QByteArray& charset);
    /// Bytes without any declared charset (raw 8-bit headers, RFC 6532 allows UTF-8):
    /// UTF-8 if valid, else windows-1252. fallback is set when windows-1252 was used.
    static Decoded decodeUnlabelled(const QByteArray& bytes);
    /// Whether ICU (or Qt's built-in codecs) know this charset name.
    static bool isKnown(const QByteArray& charset);
    static bool isValidUtf8(const QByteArray& bytes);
};

} // namespace Postbote
