// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/PartBudget.h"

#include "mail/MimeMessage.h"

#include <cstring>

namespace Postbote {

static_assert(PartBudget::MaxLines >= 3 * MimeMessage::MaxParts);

bool PartBudget::feed(const char* data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && m_cut < 0) {
        const char c = data[i];
        if (m_state == LineStart) {
            m_lineStart = m_offset + i;
            m_state = c == '-' ? OneDash : MidLine;
        } else if (m_state == OneDash) {
            m_state = c == '-' ? Boundary : MidLine;
            m_length = 2;
        } else if (m_state == Boundary) {
            if (c == '\n') {
                if (++m_lines > MaxLines) {
                    m_cut = m_lineStart;
                    break;
                }
                m_state = LineStart;
            } else if ((c == ' ' || c == '\t' || ++m_length > 80) && c != '\r') {
                m_state = MidLine;
            }
        }
        if (m_state == MidLine) {
            const void* nl = memchr(data + i, '\n', size_t(size - i));
            if (!nl) {
                break;
            }
            i = static_cast<const char*>(nl) - data;
            m_state = LineStart;
        }
        ++i;
    }
    m_offset += size;
    return m_cut < 0;
}

} // namespace Postbote
