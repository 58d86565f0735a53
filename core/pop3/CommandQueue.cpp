// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/CommandQueue.h"

namespace Postbote {

CommandQueue::CommandQueue() = default;

void CommandQueue::setWindow(int highWatermark, int lowWatermark)
{
    m_high = qMax(1, highWatermark);
    m_low = qBound(0, lowWatermark, m_high - 1);
    m_draining = false;
}

void CommandQueue::enqueue(const Entry& entry)
{
    m_pending.push_back(entry);
}

QList<CommandQueue::Entry> CommandQueue::takeWritable()
{
    QList<Entry> batch;
    if (m_draining && int(m_inFlight.size()) <= m_low) {
        m_draining = false;
    }
    while (!m_pending.empty() && !m_draining && int(m_inFlight.size()) < m_high) {
        const Entry& next = m_pending.front();
        if (!m_inFlight.empty()) {
            // RFC 2449 §6.6 and RFC 2595 §4: a command that changes the session's state goes
            // alone, and nothing may follow it before its reply.
            if (next.command.isBarrier() || m_inFlight.back().command.isBarrier()) {
                break;
            }
        }
        m_inFlight.push_back(next);
        batch.append(next);
        m_pending.pop_front();
        // A full window is not refilled one by one but once it has drained to the low
        // watermark, so commands go out in batches (fewer, larger writes).
        m_draining = m_high > 1 && int(m_inFlight.size()) >= m_high;
    }
    return batch;
}

CommandQueue::Entry CommandQueue::takeHead()
{
    Entry entry = m_inFlight.front();
    m_inFlight.pop_front();
    return entry;
}

QList<CommandQueue::Entry> CommandQueue::clear()
{
    QList<Entry> all;
    for (const Entry& entry : m_inFlight) {
        all.append(entry);
    }
    for (const Entry& entry : m_pending) {
        all.append(entry);
    }
    m_inFlight.clear();
    m_pending.clear();
    m_draining = false;
    return all;
}

} // namespace Postbote
