// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveStore.h"

#include "archive/DurableSync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>
#include <chrono>
#include <utility>

namespace Postbote {

namespace {

Q_LOGGING_CATEGORY(lcStore, "postbote.archive")

bool sameMessage(const ArchiveRecord& r, const QString& account, const QByteArray& uidl)
{
    return r.account == account && r.uidl == uidl;
}

} // namespace

ArchiveStore::ArchiveStore(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_maildir(directory)
{ }

ArchiveStore::~ArchiveStore()
{
    close();
}

bool ArchiveStore::open(QString* error)
{
    close();
    if (!m_maildir.open(error)) {
        return false;
    }
    const QString stateDir = QFileInfo(ArchiveIndex::databasePath(directory())).absolutePath();
    if (!QDir().mkpath(stateDir)) {
        *error = tr("Could not create the folder “%1” for the archive index. Check that you may "
                    "write to the archive folder.")
                     .arg(QDir::toNativeSeparators(stateDir));
        return false;
    }
    m_lock = std::make_unique<QLockFile>(stateDir + QLatin1String("/lock"));
    // Only a dead owner makes the lock stale, never its age: a long fetch keeps it.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = tr("The archive “%1” is in use by another Postbote (process %2). Wait until it "
                    "has finished or close it, then try again.")
                     .arg(QDir::toNativeSeparators(directory()))
                     .arg(pid);
        m_lock.reset();
        return false;
    }
    if (!openIndex(error)) {
        close();
        return false;
    }
    if (!ArchiveReconciler::reconcile(m_maildir, m_index.get(), &m_reconciled, error)) {
        close();
        return false;
    }
    // Messages indexed by the reconcile (or a rebuild) or by an older Postbote have no
    // summary yet.
    QList<ArchiveRecord> unsummarized = m_index->recordsWithoutSummary();
    storeSummaries(&unsummarized);
    m_open = true;
    return true;
}

bool ArchiveStore::openIndex(QString* error)
{
    m_index = std::make_unique<ArchiveIndex>(directory());
    const ArchiveIndex::OpenStatus status = m_index->open(error);
    if (status != ArchiveIndex::OpenStatus::Damaged) {
        return status == ArchiveIndex::OpenStatus::Ok;
    }
    // The index is only a cache: set the damaged file aside (for a bug report) and rebuild
    // it from the Maildir by reconciling against an empty one.
    const QString path = m_index->databasePath();
    const QString aside = path + QLatin1String(".damaged");
    qCWarning(lcStore) << "archive index damaged, rebuilding:" << path << *error;
    QFile::remove(aside);
    if (!QFile::rename(path, aside)) {
        QFile::remove(path);
    }
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    return m_index->open(error) == ArchiveIndex::OpenStatus::Ok;
}

void ArchiveStore::close()
{
    // A batch in flight is finished: its files are durable by the time the worker returns, so
    // it is indexed (and committed() reported) rather than left to the next open().
    while (m_commitThread.joinable()) {
        completeCommit();
    }
    // Uncommitted messages get their summary when the next open() indexes them.
    if (m_worker) {
        for (const ArchiveRecord& r : std::as_const(m_pending)) {
            m_worker->cancel(r.fileName);
        }
    }
    m_pending.clear();
    // Committed ones are in the index and must not lose theirs: wait for the parser.
    if (!m_unannounced.isEmpty()) {
        waitForSummaries(-1);
    }
    m_open = false;
    m_worker.reset();
    m_unannounced.clear();
    m_summaries.clear();
    m_wanted.clear();
    m_index.reset();
    m_lock.reset();
}

std::unique_ptr<MessageWriter> ArchiveStore::createWriter(
    const QString& account, const QByteArray& uidl, bool partial)
{
    auto writer = std::make_unique<MessageWriter>(m_maildir, account, uidl, partial);
    const QPointer<ArchiveStore> self(this);
    writer->setDuplicateCheck(
        [self](const MessageWriter& w) { return self && self->isDuplicate(w); });
    writer->setDeliveredHandler([self](const ArchiveRecord& record) {
        if (self) {
            self->m_pending.append(record);
            // Parsed while the next messages arrive, ready by the time the batch commits.
            self->enqueueSummary(record.fileName);
        }
    });
    if (m_spaceLimit) {
        writer->setSpaceBudget(m_spaceLimit);
    }
    return writer;
}

bool ArchiveStore::isDuplicate(const MessageWriter& writer) const
{
    if (writer.uidl().isEmpty()) {
        // No UIDL (the server has none): the content is what identifies a message.
        return containsContent(writer.sha256());
    }
    // A full copy makes any new copy redundant; a header-only copy only another header-only.
    if (anyUncommitted([&](const ArchiveRecord& r) {
            return sameMessage(r, writer.account(), writer.uidl())
                && (!r.partial || writer.isPartial());
        })) {
        return true;
    }
    const auto existing = m_index ? m_index->find(writer.account(), writer.uidl()) : std::nullopt;
    return existing && (!existing->partial || writer.isPartial());
}

bool ArchiveStore::commit(QString* error)
{
    // Batches stay in order: one in flight is indexed first (or, if it failed, rejoins).
    while (m_commitThread.joinable()) {
        completeCommit();
    }
    if (m_pending.isEmpty()) {
        return true;
    }
    if (!m_open) {
        *error = tr("The archive “%1” is not open.").arg(QDir::toNativeSeparators(directory()));
        return false;
    }
    QStringList paths;
    for (const ArchiveRecord& r : std::as_const(m_pending)) {
        paths.append(m_maildir.absolutePath(r.fileName));
    }
    QString reason;
    if (!DurableSync::syncFiles(paths, &reason)
        || !DurableSync::syncDirectory(m_maildir.absolutePath(QStringLiteral("new")), &reason)) {
        *error = syncErrorText(reason);
        return false;
    }
    const QList<ArchiveRecord> batch = std::exchange(m_pending, {});
    if (!indexBatch(batch, error)) {
        m_pending = batch;
        return false;
    }
    return true;
}

bool ArchiveStore::commitAsync()
{
    if (m_pending.isEmpty() || m_commitThread.joinable() || !m_open) {
        return false;
    }
    m_committing = std::exchange(m_pending, {});
    QStringList paths;
    for (const ArchiveRecord& r : std::as_const(m_committing)) {
        paths.append(m_maildir.absolutePath(r.fileName));
    }
    const QString newDir = m_maildir.absolutePath(QStringLiteral("new"));
    const QString root = directory();
    auto outcome = std::make_shared<SyncOutcome>();
    m_syncOutcome = outcome;
    const quint64 serial = ++m_commitSerial;
    // The worker only posts to this object; close() (and so the destructor) joins it first,
    // and a posted call that commit() or close() overtook finds another serial and returns.
    const int delayMs = m_commitDelayMs;
    m_commitThread = std::thread([this, paths, newDir, root, outcome, serial, delayMs] {
        if (delayMs > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        }
        outcome->ok = DurableSync::syncFiles(paths, &outcome->reason)
            && DurableSync::syncDirectory(newDir, &outcome->reason);
        // The index's log from the batches before, copied here rather than by the index's
        // own connection on the owning thread (ArchiveIndex::AutoCheckpointPages).
        ArchiveIndex::checkpoint(root);
        QMetaObject::invokeMethod(
            this,
            [this, serial] {
                if (serial == m_commitSerial && m_commitThread.joinable()) {
                    completeCommit();
                }
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ArchiveStore::completeCommit()
{
    m_commitThread.join();
    const SyncOutcome outcome = *std::exchange(m_syncOutcome, nullptr);
    const QList<ArchiveRecord> batch = std::exchange(m_committing, {});
    QString error;
    bool ok = outcome.ok;
    if (!ok) {
        error = syncErrorText(outcome.reason);
    }
    // Indexing announces messages; a listener may close or even delete the store.
    const QPointer<ArchiveStore> self(this);
    ok = ok && indexBatch(batch, &error);
    if (!self) {
        return;
    }
    if (!ok) {
        // Kept for the next attempt, ahead of the messages finished since.
        m_pending = batch + m_pending;
    }
    Q_EMIT committed(ok, error);
}

QString ArchiveStore::syncErrorText(const QString& reason) const
{
    return tr("Could not save the new messages in “%1” safely to disk: %2. They stay on "
              "the server; check the disk and fetch again.")
        .arg(QDir::toNativeSeparators(directory()), reason);
}

bool ArchiveStore::indexBatch(const QList<ArchiveRecord>& delivered, QString* error)
{
    if (!m_open) {
        *error = tr("The archive “%1” is not open.").arg(QDir::toNativeSeparators(directory()));
        return false;
    }
    // Header-only copies that a full copy in this batch replaces, indexed or in the batch.
    QList<ArchiveRecord> superseded;
    QList<ArchiveRecord> batch;
    for (const ArchiveRecord& r : delivered) {
        const bool replaced = r.partial && !r.uidl.isEmpty()
            && std::any_of(delivered.cbegin(), delivered.cend(), [&](const ArchiveRecord& o) {
                   return !o.partial && sameMessage(o, r.account, r.uidl);
               });
        if (replaced) {
            superseded.append(r);
            continue;
        }
        batch.append(r);
        if (r.partial || r.uidl.isEmpty()) {
            continue;
        }
        for (const ArchiveRecord& old : m_index->findAll(r.account, r.uidl)) {
            if (old.partial) {
                superseded.append(old);
            }
        }
    }

    bool ok = m_index->beginTransaction(error);
    for (const ArchiveRecord& old : std::as_const(superseded)) {
        ok = ok && (old.id == 0 || m_index->remove(old.id, error));
    }
    ok = ok && m_index->insert(&batch, error);
    if (!ok) {
        m_index->rollbackTransaction();
        return false;
    }
    if (!m_index->commitTransaction(error)) {
        return false;
    }
    for (const ArchiveRecord& old : std::as_const(superseded)) {
        // A header-only copy replaced before it was announced is never announced.
        forgetSummary(old.fileName);
        m_unannounced.erase(std::remove_if(m_unannounced.begin(), m_unannounced.end(),
                                [&](const Unannounced& u) { return u.record.id == old.id; }),
            m_unannounced.end());
        QString ignored;
        m_maildir.removeMessage(old.fileName, &ignored);
    }
    // Durable and indexed: DESIGN rule 1 is met and the caller may delete on the server. The
    // summaries follow; what the worker has parsed already is announced now.
    for (const ArchiveRecord& r : std::as_const(batch)) {
        m_unannounced.append(Unannounced {r, false});
    }
    announceReady();
    return true;
}

void ArchiveStore::enqueueSummary(const QString& fileName)
{
    if (!m_worker) {
        // The worker only posts to this object's thread; the destructor joins it first.
        m_worker = std::make_unique<SummaryWorker>(directory(), [this] {
            QMetaObject::invokeMethod(
                this, [this] { announceReady(); }, Qt::QueuedConnection);
        });
    }
    m_worker->setDelayForTesting(m_summaryDelayMs);
    m_wanted.insert(fileName);
    m_worker->enqueue(fileName);
}

void ArchiveStore::forgetSummary(const QString& fileName)
{
    if (m_worker) {
        m_worker->cancel(fileName);
    }
    m_wanted.remove(fileName);
    m_summaries.remove(fileName);
}

void ArchiveStore::takeWorkerResults()
{
    if (!m_worker) {
        return;
    }
    const QList<SummaryWorker::Result> results = m_worker->takeResults();
    for (const SummaryWorker::Result& result : results) {
        if (m_wanted.remove(result.fileName)) {
            m_summaries.insert(result.fileName, result);
        }
    }
}

void ArchiveStore::announceReady()
{
    if (!m_index) {
        return;
    }
    takeWorkerResults();
    QList<ArchiveRecord> parsed;
    for (Unannounced& u : m_unannounced) {
        const auto it = u.stored ? m_summaries.end() : m_summaries.find(u.record.fileName);
        if (it == m_summaries.end()) {
            continue;
        }
        if (it->ok) {
            const MessageSummary& summary = it->summary;
            u.record.from = summary.from;
            u.record.to = summary.to;
            u.record.subject = summary.subject;
            u.record.date = summary.date;
            u.record.messageId = summary.messageId;
            u.record.hasAttachments = summary.hasAttachments;
            u.record.preview = summary.preview;
            parsed.append(u.record);
        }
        m_summaries.erase(it);
        u.stored = true;
    }
    writeSummaries(parsed);

    // One at a time, so that a listener that waits for summaries itself, or closes the
    // store, cannot reorder or repeat announcements.
    if (m_announcing) {
        return;
    }
    m_announcing = true;
    const QPointer<ArchiveStore> self(this);
    while (m_index && !m_unannounced.isEmpty() && m_unannounced.first().stored) {
        const ArchiveRecord record = m_unannounced.takeFirst().record;
        Q_EMIT recordArchived(record);
        if (!self) {
            return;
        }
        Q_EMIT messageArchived(record.id);
        if (!self) {
            return;
        }
    }
    m_announcing = false;
}

bool ArchiveStore::waitForSummaries(int msecs)
{
    if (!m_index || m_unannounced.isEmpty()) {
        return m_unannounced.isEmpty();
    }
    if (!m_worker || m_worker->waitUntilIdle(msecs)) {
        takeWorkerResults();
        // The worker has nothing left: a message it did not parse (its file was renamed before
        // it got there) is parsed here.
        for (const Unannounced& u : std::as_const(m_unannounced)) {
            if (!u.stored && !m_summaries.contains(u.record.fileName)) {
                m_summaries.insert(
                    u.record.fileName, SummaryWorker::summarize(directory(), u.record.fileName));
            }
        }
    }
    announceReady();
    return m_unannounced.isEmpty();
}

void ArchiveStore::storeSummaries(QList<ArchiveRecord>* records)
{
    QList<ArchiveRecord> parsed;
    for (ArchiveRecord& r : *records) {
        const SummaryWorker::Result result = SummaryWorker::summarize(directory(), r.fileName);
        if (!result.ok) {
            continue;
        }
        r.from = result.summary.from;
        r.to = result.summary.to;
        r.subject = result.summary.subject;
        r.date = result.summary.date;
        r.messageId = result.summary.messageId;
        r.hasAttachments = result.summary.hasAttachments;
        r.preview = result.summary.preview;
        parsed.append(r);
    }
    writeSummaries(parsed);
}

void ArchiveStore::writeSummaries(const QList<ArchiveRecord>& records)
{
    if (records.isEmpty()) {
        return;
    }
    QString error;
    if (!m_index->beginTransaction(&error)) {
        qCWarning(lcStore) << "cannot store message summaries:" << error;
        return;
    }
    for (const ArchiveRecord& r : records) {
        if (!m_index->updateSummary(r, &error)) {
            qCWarning(lcStore) << "cannot store message summaries:" << error;
            m_index->rollbackTransaction();
            return;
        }
    }
    if (!m_index->commitTransaction(&error)) {
        qCWarning(lcStore) << "cannot store message summaries:" << error;
    }
}

bool ArchiveStore::contains(const QString& account, const QByteArray& uidl) const
{
    if (anyUncommitted([&](const ArchiveRecord& r) { return sameMessage(r, account, uidl); })) {
        return true;
    }
    return m_index && m_index->contains(account, uidl);
}

QSet<QByteArray> ArchiveStore::uidls(const QString& account) const
{
    QSet<QByteArray> result = m_index ? m_index->uidls(account) : QSet<QByteArray>();
    for (const QList<ArchiveRecord>* list : {&m_committing, &m_pending}) {
        for (const ArchiveRecord& r : *list) {
            if (r.account == account && !r.uidl.isEmpty()) {
                result.insert(r.uidl);
            }
        }
    }
    return result;
}

bool ArchiveStore::containsContent(const QByteArray& sha256) const
{
    if (anyUncommitted([&](const ArchiveRecord& r) { return r.sha256 == sha256; })) {
        return true;
    }
    return m_index && m_index->containsContent(sha256);
}

QList<ArchiveRecord> ArchiveStore::records(const QString& account) const
{
    return m_index ? m_index->records(account) : QList<ArchiveRecord>();
}

bool ArchiveStore::setFlags(qint64 id, bool seen, bool flagged, bool deletedLocally, QString* error)
{
    std::optional<ArchiveRecord> record = m_index ? m_index->record(id) : std::nullopt;
    if (!record) {
        *error = tr("The message is no longer in the archive “%1”.")
                     .arg(QDir::toNativeSeparators(directory()));
        return false;
    }
    // Keep flags Postbote does not manage (replied, passed, keywords of other programs).
    const qsizetype slash = record->fileName.lastIndexOf(QLatin1Char('/'));
    QString flags = MaildirFileName::parse(record->fileName.mid(slash + 1)).flags();
    flags.remove(QLatin1Char('S')).remove(QLatin1Char('F')).remove(QLatin1Char('T'));
    flags += QLatin1String(seen ? "S" : "") + QLatin1String(flagged ? "F" : "")
        + QLatin1String(deletedLocally ? "T" : "");
    QString newPath;
    if (!m_maildir.setFlags(record->fileName, flags, &newPath, error)) {
        return false;
    }
    // Not announced yet and perhaps not parsed: the worker must look for the new name.
    for (Unannounced& u : m_unannounced) {
        if (u.record.id == id) {
            if (!u.stored && m_wanted.remove(u.record.fileName)) {
                enqueueSummary(newPath);
            }
            if (const auto it = m_summaries.constFind(u.record.fileName);
                it != m_summaries.cend()) {
                SummaryWorker::Result moved = *it;
                m_summaries.erase(it);
                moved.fileName = newPath;
                m_summaries.insert(newPath, moved);
            }
            u.record.fileName = newPath;
            u.record.seen = seen;
            u.record.flagged = flagged;
            u.record.deletedLocally = deletedLocally;
        }
    }
    record->fileName = newPath;
    record->seen = seen;
    record->flagged = flagged;
    record->deletedLocally = deletedLocally;
    return m_index->updateFile(*record, error);
}

void ArchiveStore::setSpaceLimitForTesting(qint64 bytes)
{
    m_spaceLimit = bytes < 0 ? nullptr : std::make_shared<qint64>(bytes);
}

void ArchiveStore::setSummaryDelayForTesting(int msecs)
{
    m_summaryDelayMs = msecs;
}

} // namespace Postbote
