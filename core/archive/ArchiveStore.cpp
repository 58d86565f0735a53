// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveStore.h"

#include "archive/DurableSync.h"
#include "mail/MessageSummary.h"
#include "mail/MimeMessage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

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
    m_open = false;
    m_pending.clear();
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
    for (const ArchiveRecord& r : m_pending) {
        if (sameMessage(r, writer.account(), writer.uidl()) && (!r.partial || writer.isPartial())) {
            return true;
        }
    }
    const auto existing = m_index ? m_index->find(writer.account(), writer.uidl()) : std::nullopt;
    return existing && (!existing->partial || writer.isPartial());
}

bool ArchiveStore::commit(QString* error)
{
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
        *error = tr("Could not save the new messages in “%1” safely to disk: %2. They stay on "
                    "the server; check the disk and fetch again.")
                     .arg(QDir::toNativeSeparators(directory()), reason);
        return false;
    }

    // Header-only copies that a full copy in this batch replaces, indexed or in the batch.
    QList<ArchiveRecord> superseded;
    QList<ArchiveRecord> batch;
    for (const ArchiveRecord& r : std::as_const(m_pending)) {
        const bool replaced = r.partial && !r.uidl.isEmpty()
            && std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const ArchiveRecord& o) {
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
    m_pending.clear();
    for (const ArchiveRecord& old : std::as_const(superseded)) {
        QString ignored;
        m_maildir.removeMessage(old.fileName, &ignored);
    }
    // After the batch is durable and indexed, before anyone hears of it (DESIGN rule 1 does
    // not depend on parsing).
    storeSummaries(&batch);
    for (const ArchiveRecord& r : std::as_const(batch)) {
        Q_EMIT messageArchived(r.id);
    }
    return true;
}

void ArchiveStore::storeSummaries(QList<ArchiveRecord>* records)
{
    if (records->isEmpty()) {
        return;
    }
    QString error;
    if (!m_index->beginTransaction(&error)) {
        qCWarning(lcStore) << "cannot store message summaries:" << error;
        return;
    }
    for (ArchiveRecord& r : *records) {
        QString reason;
        const auto message = MimeMessage::fromFile(m_maildir.absolutePath(r.fileName), &reason);
        if (!message) {
            qCWarning(lcStore) << "no summary for" << r.fileName << reason;
            continue;
        }
        const MessageSummary summary = MessageSummary::of(*message);
        r.from = summary.from;
        r.to = summary.to;
        r.subject = summary.subject;
        r.date = summary.date;
        r.messageId = summary.messageId;
        r.hasAttachments = summary.hasAttachments;
        r.preview = summary.preview;
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
    for (const ArchiveRecord& r : m_pending) {
        if (sameMessage(r, account, uidl)) {
            return true;
        }
    }
    return m_index && m_index->contains(account, uidl);
}

QSet<QByteArray> ArchiveStore::uidls(const QString& account) const
{
    QSet<QByteArray> result = m_index ? m_index->uidls(account) : QSet<QByteArray>();
    for (const ArchiveRecord& r : m_pending) {
        if (r.account == account && !r.uidl.isEmpty()) {
            result.insert(r.uidl);
        }
    }
    return result;
}

bool ArchiveStore::containsContent(const QByteArray& sha256) const
{
    for (const ArchiveRecord& r : m_pending) {
        if (r.sha256 == sha256) {
            return true;
        }
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

} // namespace Postbote
