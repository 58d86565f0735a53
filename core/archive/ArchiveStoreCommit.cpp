// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveStore, the commit path: making a batch durable (at once or on a worker thread) and
// indexing it (DESIGN rule 1). Opening, writers and flags are in ArchiveStore.cpp, the
// summaries in ArchiveStoreSummaries.cpp.
#include "archive/ArchiveStore.h"

#include "archive/DurableSync.h"

#include <QDir>
#include <QPointer>

#include <algorithm>
#include <chrono>
#include <utility>

namespace Postbote {

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
                   return !o.partial && o.isMessage(r.account, r.uidl);
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

} // namespace Postbote
