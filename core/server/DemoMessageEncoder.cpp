// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/DemoMessageEncoder.h"

namespace Postbote {

DemoMessageEncoder::DemoMessageEncoder(Mode mode, int bodyLines)
    : m_mode(mode)
    , m_bodyLines(bodyLines)
{ }

void DemoMessageEncoder::encode(QByteArrayView raw, QByteArray& out)
{
    qsizetype pos = 0;
    while (pos < raw.size() && !m_complete) {
        if (m_atLineStart && m_mode == Mode::Wire && raw.at(pos) == '.') {
            out.append('.');
        }
        m_atLineStart = false;
        const qsizetype lf = raw.indexOf('\n', pos);
        const qsizetype end = lf < 0 ? raw.size() : lf;
        if (end > pos) {
            // Copy whole stretches at once: per-byte appends would dominate large messages.
            out.append(raw.sliced(pos, end - pos));
            m_lineLength += end - pos;
            m_lastWasCr = raw.at(end - 1) == '\r';
        }
        if (lf < 0) {
            return;
        }
        // RFC 5322 lines end in CRLF; files written on Unix end them in LF alone.
        out.append(m_lastWasCr ? QByteArrayView("\n") : QByteArrayView("\r\n"));
        endLine();
        pos = lf + 1;
    }
}

void DemoMessageEncoder::finish(QByteArray& out)
{
    if (m_complete || m_atLineStart) {
        return;
    }
    out.append(m_lastWasCr ? QByteArrayView("\n") : QByteArrayView("\r\n"));
    endLine();
}

void DemoMessageEncoder::endLine()
{
    const qint64 contentLength = m_lastWasCr ? m_lineLength - 1 : m_lineLength;
    if (!m_inBody) {
        // The first empty line separates header and body (RFC 5322 §2.1).
        if (contentLength == 0) {
            m_inBody = true;
            m_complete = m_bodyLines == 0;
        }
    } else if (m_bodyLines >= 0 && ++m_bodyLinesSent >= m_bodyLines) {
        m_complete = true;
    }
    m_lineLength = 0;
    m_lastWasCr = false;
    m_atLineStart = true;
}

} // namespace Postbote
