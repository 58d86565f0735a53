// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Postbote {

/// A streaming, forgiving base64 decoder (RFC 2045 §6.8).
///
/// Written here because GMime 3.2.13 drops the last bytes of base64 without final padding
/// (TOOLCHAIN.md §9). Characters outside the alphabet are skipped and counted (§6.8 says to
/// ignore them), padding is optional, and a final incomplete group still yields the bytes it
/// holds. Data after padding ("=") is decoded too, as many readers do for concatenated
/// base64.
class Base64Decoder
{
public:
    /// Appends the bytes decoded from data to out.
    void feed(const char* data, qsizetype size, QByteArray* out);
    void feed(const QByteArray& data, QByteArray* out) { feed(data.constData(), data.size(), out); }
    /// Flushes an incomplete last group (2 or 3 characters give 1 or 2 bytes).
    void finish(QByteArray* out);

    /// Characters that were neither base64, padding nor white space.
    qint64 invalidCharacters() const { return m_invalid; }
    /// A single character was left over at the end (it cannot carry a whole byte).
    bool danglingCharacter() const { return m_dangling; }
    /// Whether the input so far has bytes that finish() would still decode.
    int pendingCharacters() const { return m_count; }

    static QByteArray decode(const QByteArray& data);

private:
    int flushGroup(char* dst);

    quint32 m_bits = 0;
    int m_count = 0;
    qint64 m_invalid = 0;
    bool m_dangling = false;
};

} // namespace Postbote
