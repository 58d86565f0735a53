// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySink.h"

namespace Postbote::Test {

MemorySink::MemorySink(bool keep)
    : m_keep(keep)
{ }

bool MemorySink::writeData(QByteArrayView chunk)
{
    if (m_failAfter >= 0 && m_bytes + chunk.size() > m_failAfter) {
        return false;
    }
    m_bytes += chunk.size();
    m_largestChunk = qMax(m_largestChunk, chunk.size());
    if (m_keep) {
        m_data.append(chunk);
    }
    return true;
}

bool MemorySink::finish()
{
    m_finished = true;
    return true;
}

void MemorySink::discard()
{
    m_discarded = true;
    m_data.clear();
}

} // namespace Postbote::Test
