// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveStore, the summaries: handing delivered files to the SummaryWorker, storing what it
// parsed and announcing committed messages in order. Opening, writers and flags are in
// ArchiveStore.cpp, the commit path in ArchiveStoreCommit.cpp.
#include "archive/ArchiveStore.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

namespace Postbote {

namespace {

Q_LOGGING_CATEGORY(lcSummaries, "postbote.archive")

} // namespace

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
        qCWarning(lcSummaries) << "cannot store message summaries:" << error;
        return;
    }
    for (const ArchiveRecord& r : records) {
        if (!m_index->updateSummary(r, &error)) {
            qCWarning(lcSummaries) << "cannot store message summaries:" << error;
            m_index->rollbackTransaction();
            return;
        }
    }
    if (!m_index->commitTransaction(&error)) {
        qCWarning(lcSummaries) << "cannot store message summaries:" << error;
    }
}

} // namespace Postbote
