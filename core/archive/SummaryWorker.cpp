// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/SummaryWorker.h"

#include "mail/MessageSummaryReader.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Postbote {

namespace {

Q_LOGGING_CATEGORY(lcSummary, "postbote.archive")

/// Files at least this large are flushed to disk by the worker as soon as it takes them.
constexpr qint64 EarlyFlushMinimum = 256 * 1024;

/// Writes a large delivered file to stable storage now, on the worker thread, while the next
/// messages arrive (Linux). The batch's sync in ArchiveStore::commit() is still what makes the
/// batch durable (rule 1 rests on it alone); it then finds little left to write. Starting the
/// writeback alone (sync_file_range) is not enough: on a virtual disk with a write cache the
/// device flush of the batch's sync still paid for every byte written since the last flush —
/// 75–80 ms after the last byte of 147 MB, against 15 ms with this (bench/README.md).
void flushEarly(const QString& path)
{
#if defined(Q_OS_LINUX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return;
    }
    struct stat info
    { };
    if (::fstat(fd, &info) == 0 && info.st_size >= EarlyFlushMinimum) {
        ::fdatasync(fd);
    }
    ::close(fd);
#else
    Q_UNUSED(path)
#endif
}

} // namespace

SummaryWorker::SummaryWorker(const QString& maildirRoot, std::function<void()> notify)
    : m_root(maildirRoot)
    , m_notify(std::move(notify))
{ }

SummaryWorker::~SummaryWorker()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

SummaryWorker::Result SummaryWorker::summarize(const QString& maildirRoot, const QString& fileName)
{
    Result result;
    result.fileName = fileName;
    QString reason;
    const std::optional<MessageSummary> summary
        = MessageSummaryReader::read(QDir(maildirRoot).filePath(fileName), &reason);
    if (!summary) {
        qCWarning(lcSummary) << "no summary for" << fileName << reason;
        return result;
    }
    result.summary = *summary;
    result.ok = true;
    return result;
}

void SummaryWorker::enqueue(const QString& fileName)
{
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < size_t(MaxQueued) || m_stop; });
        if (m_stop) {
            return;
        }
        m_queue.push_back(fileName);
        if (!m_thread.joinable()) {
            m_thread = std::thread([this] { run(); });
        }
    }
    m_wake.notify_one();
}

void SummaryWorker::cancel(const QString& fileName)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = std::find(m_queue.begin(), m_queue.end(), fileName);
    if (it != m_queue.end()) {
        m_queue.erase(it);
    }
    m_changed.notify_all();
}

QList<SummaryWorker::Result> SummaryWorker::takeResults()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return std::exchange(m_results, {});
}

bool SummaryWorker::waitUntilIdle(int msecs)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    const auto idle = [this] {
        return (m_queue.empty() && !m_busy) || m_stop;
    };
    if (msecs < 0) {
        m_changed.wait(lock, idle);
        return true;
    }
    return m_changed.wait_for(lock, std::chrono::milliseconds(msecs), idle);
}

void SummaryWorker::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return !m_queue.empty() || m_stop; });
        if (m_stop) {
            return;
        }
        const QString fileName = m_queue.front();
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        m_changed.notify_all(); // room in the queue
        if (const int delay = m_delayMs; delay > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(delay));
        }
        Result result = summarize(m_root, fileName);
        lock.lock();
        const bool first = m_results.isEmpty();
        m_results.append(std::move(result));
        m_busy = false;
        m_changed.notify_all();
        // Outside the lock: the owner may be taking results meanwhile, which is harmless.
        lock.unlock();
        if (first && m_notify) {
            m_notify();
        }
        // After the summary, so that the end of a fetch, which waits for the summaries, does
        // not wait for this flush too; the batch's sync covers whatever it has not done.
        flushEarly(QDir(m_root).filePath(fileName));
        lock.lock();
    }
}

} // namespace Postbote
