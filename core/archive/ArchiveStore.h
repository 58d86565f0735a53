// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveIndex.h"
#include "archive/ArchiveReconciler.h"
#include "archive/Maildir.h"
#include "archive/MessageWriter.h"
#include "archive/SummaryWorker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <memory>
#include <thread>

class QLockFile;

namespace Postbote {

/// The archive as the fetch job sees it: a Maildir plus its index, with delivery in batches.
///
/// A message streams through a MessageWriter into new/; commit() then makes every message
/// finished since the last commit durable in one batch (file contents, then the new/
/// directory) and records them in the index in one transaction. DESIGN rule 1: the caller
/// sends DELE only for messages of a batch whose commit() returned true. A crash anywhere in
/// between leaves files in new/ that the next open() indexes, so every message ends up in the
/// archive exactly once.
///
/// The inbox summary (MessageSummary) is a cache column and does not hold up the fetch: each
/// delivered file is parsed on a SummaryWorker thread while the next ones arrive; the owning
/// thread writes the summaries into the index (one transaction per batch) and only then
/// announces the messages with messageArchived(), in commit order, so that a listener finds
/// the summary in the index. waitForSummaries() waits for that; close() and the destructor
/// drain it. A process killed before leaves rows without a summary, which open() fills.
///
/// While open, the store holds DIR/.postbote/lock, so that two fetches cannot fill one
/// archive at the same time.
class ArchiveStore : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveStore(const QString& directory, QObject* parent = nullptr);
    ~ArchiveStore() override;

    QString directory() const { return m_maildir.root(); }
    /// Creates the layout, opens (or rebuilds) the index and reconciles it with the Maildir.
    bool open(QString* error);
    bool isOpen() const { return m_open; }
    /// Whether the last open() failed because another Postbote holds the archive.
    bool isInUseElsewhere() const { return m_inUseElsewhere; }
    /// Stores the summaries of committed messages still being parsed and announces them
    /// (waiting as long as that takes), then closes the index and releases the lock; finished
    /// but uncommitted messages stay in new/ and are indexed at the next open().
    void close();

    /// A writer for one message; check its state() before use (creating the file can fail).
    /// partial marks a copy that holds only the header (TOP n 0).
    std::unique_ptr<MessageWriter> createWriter(
        const QString& account, const QByteArray& uidl, bool partial = false);
    /// Makes all messages finished since the last commit durable and indexed. Their
    /// messageArchived() follows once their summaries are in the index: at once for those
    /// already parsed, the others from the event loop or waitForSummaries(). On failure
    /// nothing is indexed and the batch is kept for the next attempt.
    /// Waits for a commit in flight (commitAsync()) first.
    bool commit(QString* error);
    /// commit() without blocking the owning thread: the batch is taken now and made durable on
    /// a worker thread (the fsyncs are what takes long); back on this thread its rows are
    /// indexed and committed() reports the outcome. Messages finished meanwhile form the next
    /// batch. One commit at a time: returns false (and emits nothing) when there is nothing to
    /// commit or a commit is in flight; true when committed() will follow. DESIGN rule 1: the
    /// caller sends DELE for a message of the batch only after committed(true).
    bool commitAsync();
    bool isCommitting() const { return m_commitThread.joinable(); }
    /// Finished messages not yet indexed, including a batch being committed.
    int pendingCount() const { return int(m_pending.size() + m_committing.size()); }
    /// Committed messages whose summary is not stored (and which are not announced) yet.
    int unannouncedCount() const { return int(m_unannounced.size()); }
    /// Stores the summaries of every committed message and announces them, waiting for the
    /// parser up to msecs (< 0: as long as it takes); true when none is left.
    bool waitForSummaries(int msecs = -1);

    bool contains(const QString& account, const QByteArray& uidl) const;
    QSet<QByteArray> uidls(const QString& account) const;
    bool containsContent(const QByteArray& sha256) const;
    /// The indexed messages (of one account if given), in id order; committed ones only.
    QList<ArchiveRecord> records(const QString& account = QString()) const;
    /// Renames the file (into cur/, with the matching flags) and updates the index.
    bool setFlags(qint64 id, bool seen, bool flagged, bool deletedLocally, QString* error);

    ArchiveIndex* index() const { return m_index.get(); }
    const Maildir& maildir() const { return m_maildir; }
    /// What the last open() found and repaired.
    ArchiveReconciler::Report lastReconcile() const { return m_reconciled; }

    /// Test seam: behave as if only this many bytes were free for message files (-1: no
    /// limit), so that a full disk can be tested without a small file system.
    void setSpaceLimitForTesting(qint64 bytes);
    /// Test seam: the summary parser waits this long before each message.
    void setSummaryDelayForTesting(int msecs);
    /// Test seam: the worker of commitAsync() waits this long before making the batch durable.
    void setCommitDelayForTesting(int msecs) { m_commitDelayMs = msecs; }

Q_SIGNALS:
    /// The message is durable and indexed with its summary (empty if it cannot be parsed);
    /// emitted in commit order. Deleting on the server depends on commit(), not on this.
    void messageArchived(qint64 id);
    /// Comes just before messageArchived() with what the index now holds of the message, so
    /// that a listener need not read it back (a batch of hundreds, one query each, stalled
    /// the window).
    void recordArchived(const Postbote::ArchiveRecord& record);
    /// The batch of commitAsync() is durable and indexed (ok), or not (error says why; nothing
    /// of it is indexed and it is kept for the next commit). Emitted on the owning thread, after
    /// messageArchived() of the batch's messages whose summaries were ready.
    void committed(bool ok, const QString& error);

private:
    bool openIndex(QString* error);
    bool isDuplicate(const MessageWriter& writer) const;
    /// The finished messages not yet indexed: the batch in flight, then those after it.
    template<typename Predicate> bool anyUncommitted(Predicate predicate) const
    {
        return std::any_of(m_committing.cbegin(), m_committing.cend(), predicate)
            || std::any_of(m_pending.cbegin(), m_pending.cend(), predicate);
    }
    QString syncErrorText(const QString& reason) const;
    /// Indexes a durable batch in one transaction (replacing header-only copies) and queues
    /// its announcements; on failure nothing of it is indexed.
    bool indexBatch(const QList<ArchiveRecord>& batch, QString* error);
    /// Joins the worker of commitAsync(), indexes its batch and emits committed().
    void completeCommit();
    /// Parses the messages here and stores their summaries in one transaction (open()).
    void storeSummaries(QList<ArchiveRecord>* records);
    /// Stores summaries the worker finished, then announces the committed messages whose
    /// summary is stored, in order, up to the first one still being parsed.
    void announceReady();
    /// Takes the worker's results and keeps those of messages pending or unannounced.
    void takeWorkerResults();
    /// Writes the summaries in one transaction. Best effort: a message that cannot be read
    /// keeps an empty summary, and a failure here never undoes the delivery (mail is never
    /// lost for being unparseable).
    void writeSummaries(const QList<ArchiveRecord>& records);
    void enqueueSummary(const QString& fileName);
    /// The file's summary is no longer needed (its copy was replaced).
    void forgetSummary(const QString& fileName);

    /// A committed message on its way to messageArchived().
    struct Unannounced
    {
        ArchiveRecord record;
        bool stored = false; ///< its summary is in the index (or it has none)
    };

    Maildir m_maildir;
    std::unique_ptr<ArchiveIndex> m_index;
    std::unique_ptr<QLockFile> m_lock;
    QList<ArchiveRecord> m_pending;
    /// The batch commitAsync() is making durable, and the worker thread doing it.
    struct SyncOutcome
    {
        bool ok = false;
        QString reason;
    };
    QList<ArchiveRecord> m_committing;
    std::thread m_commitThread;
    std::shared_ptr<SyncOutcome> m_syncOutcome;
    quint64 m_commitSerial = 0;
    int m_commitDelayMs = 0;
    QList<Unannounced> m_unannounced;
    /// Files (pending or unannounced) whose worker result is still wanted.
    QSet<QString> m_wanted;
    /// Worker results by file name, until their message is committed.
    QHash<QString, SummaryWorker::Result> m_summaries;
    std::unique_ptr<SummaryWorker> m_worker;
    bool m_announcing = false;
    int m_summaryDelayMs = 0;
    std::shared_ptr<qint64> m_spaceLimit;
    ArchiveReconciler::Report m_reconciled;
    bool m_open = false;
    bool m_inUseElsewhere = false;
};

} // namespace Postbote
