// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Postbote {

/// Lets the reader of a TCP socket be woken once a batch of bytes is waiting instead of for
/// every segment that arrives, while a large message streams in (SO_RCVLOWAT; Linux only,
/// elsewhere it does nothing).
///
/// Why: a reader that wakes for each segment costs the sender as much as itself. Fetching
/// 147 MB over TLS from dovecot on loopback, dovecot's TLS proxy spent about 12 % more CPU
/// serving Postbote than serving mpop (which reads more slowly and so in larger batches), and
/// on two shared cores that was the whole difference in time (bench/README.md).
///
/// The kernel wakes nobody for fewer bytes than the mark, so a tail shorter than it (the end
/// of the last message) would wait forever. After every read a short fallback timer runs; if
/// nothing more woke the reader by then, the mark drops to one byte until the next read. So a
/// short tail is delivered at most FallbackMs late, and a steady stream arrives in batches.
class ReceiveLowWater : public QObject
{
    Q_OBJECT

public:
    static constexpr int FallbackMs = 2;

    explicit ReceiveLowWater(QObject* parent = nullptr);

    /// Whether this platform honours the mark; elsewhere every call does nothing.
    static bool isSupported();

    /// The connected socket to act on (-1: none). A new socket starts with the mark set by
    /// setBytes(), if any.
    void attach(qintptr descriptor);
    void detach();

    /// The batch to wait for; 0 (or 1) turns it off and hands over whatever waits.
    void setBytes(int bytes);
    int bytes() const { return m_bytes; }

    /// To be called after each read: the next wake-up waits for a whole batch again.
    void onRead();

    /// The mark the socket has now: bytes() or 1; 0 when not attached or not supported.
    int applied() const { return m_applied; }

private:
    void apply(int mark);

    QTimer m_fallback;
    qintptr m_descriptor = -1;
    int m_bytes = 0;
    int m_applied = 0;
};

} // namespace Postbote
