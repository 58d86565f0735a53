// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/Pop3Command.h"

#include <QList>
#include <deque>

namespace Postbote {

class Pop3DataSink;

/// The FIFO between a session and the wire: commands not yet written, and commands written
/// and still waiting for their reply. Replies come in the order commands were sent
/// (RFC 2449 §6.6), so the oldest command in flight owns the next reply.
///
/// Writing follows two rules. Barriers (CAPA, STLS, USER, PASS, APOP, AUTH, QUIT) go alone:
/// only when nothing is in flight, and nothing follows them until answered. Other commands
/// fill a window: up to the high watermark in flight; once it is reached, no more are written
/// until the count falls to the low watermark (so refills come in batches, as in mpop).
class CommandQueue
{
public:
    struct Entry
    {
        quint64 id = 0;
        Pop3Command command;
        Pop3DataSink* sink = nullptr;
        int step = 0; ///< the session's own tag for internal commands
    };

    CommandQueue();

    /// A window of 1 means one command at a time.
    void setWindow(int highWatermark, int lowWatermark);
    int highWatermark() const { return m_high; }
    int lowWatermark() const { return m_low; }

    void enqueue(const Entry& entry);
    /// Moves the commands that may be written now into flight and returns them in order.
    QList<Entry> takeWritable();
    bool hasInFlight() const { return !m_inFlight.empty(); }
    Entry& head() { return m_inFlight.front(); }
    Entry takeHead();
    int inFlightCount() const { return int(m_inFlight.size()); }
    int pendingCount() const { return int(m_pending.size()); }
    /// Empties both queues and returns every entry, in flight first.
    QList<Entry> clear();

private:
    std::deque<Entry> m_pending;
    std::deque<Entry> m_inFlight;
    int m_high = 1;
    int m_low = 0;
    bool m_draining = false;
};

} // namespace Postbote
