// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/ProtocolEvent.h"

#include <QList>
#include <QObject>

namespace Postbote {

/// The dialogue of one or more sessions as a ring buffer: the newest capacity() events are
/// kept, older ones are dropped, so a long session cannot grow memory without bound.
class ProtocolLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultCapacity = 10000;

    explicit ProtocolLog(int capacity = DefaultCapacity, QObject* parent = nullptr);

    int capacity() const { return m_capacity; }
    int size() const { return m_count; }
    /// Events dropped from the front since the last clear().
    qint64 droppedCount() const { return m_dropped; }
    /// The i-th kept event, oldest first.
    const ProtocolEvent& at(int index) const;
    QList<ProtocolEvent> events() const;
    /// The kept events as "hh:mm:ss.zzz C: USER max" lines, one per event.
    QString toPlainText(bool withTimestamps = true) const;

public Q_SLOTS:
    void append(const Postbote::ProtocolEvent& event);
    void clear();

Q_SIGNALS:
    void eventAppended(const Postbote::ProtocolEvent& event);
    void cleared();

private:
    QList<ProtocolEvent> m_ring;
    int m_capacity;
    int m_start = 0;
    int m_count = 0;
    qint64 m_dropped = 0;
};

} // namespace Postbote
