// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MessageSummary.h"

#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace Postbote {

/// Parses archived message files into MessageSummary on a thread of its own, for
/// ArchiveStore.
///
/// Parsing a message (MessageSummaryReader) costs about as much CPU as receiving
/// it; done on the event-loop thread it stalls reading the socket during a fetch. The worker
/// takes file names (relative to the Maildir root) in order and hands back results in the
/// same order; it never touches the index, which belongs to the owning thread. It also
/// flushes large files to disk early (see flushEarly()). At most
/// MaxQueued files wait: enqueue() blocks beyond that, so that a fetch faster than the parser
/// cannot grow the queue without bound (DESIGN rule 5).
class SummaryWorker
{
public:
    struct Result
    {
        QString fileName;
        bool ok = false; ///< false: the file could not be read; the summary stays empty
        MessageSummary summary;
    };

    static constexpr int MaxQueued = 1024;

    /// notify is called on the worker thread whenever results become available after none
    /// were; it must only post to the owning thread.
    SummaryWorker(const QString& maildirRoot, std::function<void()> notify);
    /// Drops what is still queued and waits for the file in progress.
    ~SummaryWorker();
    SummaryWorker(const SummaryWorker&) = delete;
    SummaryWorker& operator=(const SummaryWorker&) = delete;

    /// The work itself, also for the owning thread when it needs a summary at once.
    static Result summarize(const QString& maildirRoot, const QString& fileName);

    /// Queues a file (starting the thread on first use); blocks while MaxQueued wait.
    void enqueue(const QString& fileName);
    /// Removes the file from the queue if it is not being parsed yet.
    void cancel(const QString& fileName);
    /// The results finished since the last call, in the order of enqueue().
    QList<Result> takeResults();
    /// Waits until nothing is queued or being parsed; msecs < 0 waits as long as it takes.
    bool waitUntilIdle(int msecs);

    /// Test seam: wait this long before each file, so that tests see the parser lag behind.
    void setDelayForTesting(int msecs) { m_delayMs = msecs; }

private:
    void run();

    const QString m_root;
    const std::function<void()> m_notify;
    std::mutex m_mutex;
    std::condition_variable m_wake;    ///< work arrived, or stop
    std::condition_variable m_changed; ///< queue shrank, or the worker went idle
    std::deque<QString> m_queue;
    QList<Result> m_results;
    bool m_busy = false;
    bool m_stop = false;
    std::atomic<int> m_delayMs {0};
    std::thread m_thread;
};

} // namespace Postbote
