// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/Base64Decoder.h"

namespace Postbote {

namespace {

// -1: white space or padding (skipped silently), -2: invalid.
int valueOf(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    switch (c) {
    case '+':
        return 62;
    case '/':
        return 63;
    case '=':
    case ' ':
    case '\t':
    case '\r':
    case '\n':
        return -1;
    default:
        return -2;
    }
}

} // namespace

void Base64Decoder::feed(const char* data, qsizetype size, QByteArray* out)
{
    const qsizetype start = out->size();
    // Every 4 characters give 3 bytes, every flush of 2 or 3 characters at most 2.
    out->resize(start + size + 3);
    char* dst = out->data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        const int v = valueOf(static_cast<unsigned char>(data[i]));
        if (v < 0) {
            if (v == -2) {
                ++m_invalid;
            } else if (data[i] == '=' && m_count > 0) {
                // Padding ends a group: emit what it holds and start afresh.
                dst += flushGroup(dst);
            }
            continue;
        }
        m_bits = (m_bits << 6) | quint32(v);
        if (++m_count == 4) {
            *dst++ = char((m_bits >> 16) & 0xff);
            *dst++ = char((m_bits >> 8) & 0xff);
            *dst++ = char(m_bits & 0xff);
            m_bits = 0;
            m_count = 0;
        }
    }
    out->resize(dst - out->constData());
}

int Base64Decoder::flushGroup(char* dst)
{
    int n = 0;
    if (m_count == 2) {
        dst[n++] = char((m_bits >> 4) & 0xff);
    } else if (m_count == 3) {
        dst[n++] = char((m_bits >> 10) & 0xff);
        dst[n++] = char((m_bits >> 2) & 0xff);
    } else if (m_count == 1) {
        m_dangling = true;
    }
    m_bits = 0;
    m_count = 0;
    return n;
}

void Base64Decoder::finish(QByteArray* out)
{
    char bytes[2];
    const int n = flushGroup(bytes);
    out->append(bytes, n);
}

QByteArray Base64Decoder::decode(const QByteArray& data)
{
    Base64Decoder decoder;
    QByteArray out;
    decoder.feed(data, &out);
    decoder.finish(&out);
    return out;
}

} // namespace Postbote
