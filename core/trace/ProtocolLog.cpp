// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/ProtocolLog.h"

namespace Postbote {

ProtocolLog::ProtocolLog(int capacity, QObject* parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
    qRegisterMetaType<Postbote::ProtocolEvent>();
}

const ProtocolEvent& ProtocolLog::at(int index) const
{
    Q_ASSERT(index >= 0 && index < m_count);
    return m_ring.at((m_start + index) % m_capacity);
}

QList<ProtocolEvent> ProtocolLog::events() const
{
    QList<ProtocolEvent> result;
    result.reserve(m_count);
    for (int i = 0; i < m_count; ++i) {
        result.append(at(i));
    }
    return result;
}

QString ProtocolLog::toPlainText(bool withTimestamps) const
{
    QString text;
    for (int i = 0; i < m_count; ++i) {
        text += at(i).toPlainText(withTimestamps) + QLatin1Char('\n');
    }
    return text;
}

void ProtocolLog::append(const ProtocolEvent& event)
{
    if (m_ring.size() < m_capacity) {
        m_ring.append(event);
        ++m_count;
    } else {
        // Full: overwrite the oldest event, so memory stays at capacity() events.
        m_ring[(m_start + m_count) % m_capacity] = event;
        m_start = (m_start + 1) % m_capacity;
        ++m_dropped;
    }
    Q_EMIT eventAppended(event);
}

void ProtocolLog::clear()
{
    m_ring.clear();
    m_start = 0;
    m_count = 0;
    m_dropped = 0;
    Q_EMIT cleared();
}

} // namespace Postbote
