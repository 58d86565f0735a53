// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveStore: opening (lock, index, reconcile), writers, lookups and flags. The commit path
// is in ArchiveStoreCommit.cpp, the summaries in ArchiveStoreSummaries.cpp.
#include "archive/ArchiveStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>
#include <utility>

namespace Postbote {

namespace {

Q_LOGGING_CATEGORY(lcStore, "postbote.archive")

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
    m_inUseElsewhere = false;
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
        m_inUseElsewhere = true;
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
            return r.isMessage(writer.account(), writer.uidl())
                && (!r.partial || writer.isPartial());
        })) {
        return true;
    }
    const auto existing = m_index ? m_index->find(writer.account(), writer.uidl()) : std::nullopt;
    return existing && (!existing->partial || writer.isPartial());
}

bool ArchiveStore::contains(const QString& account, const QByteArray& uidl) const
{
    if (anyUncommitted([&](const ArchiveRecord& r) { return r.isMessage(account, uidl); })) {
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
