// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CheckMailJob.h"

#include "archive/ArchiveStore.h"
#include "archive/MessageWriter.h"
#include "net/SslSocketTransport.h"
#include "pop3/ScanListing.h"
#include "sync/SyncPlanner.h"

#include <QTimer>

#include <utility>

namespace Postbote {

QString CheckMailJob::Result::summary() const
{
    QString text = tr("%n new message(s)", nullptr, retrieved);
    if (deleted > 0) {
        text += QLatin1String(", ") + tr("%n deleted on the server", nullptr, deleted);
    }
    if (refused > 0) {
        text += QLatin1String(", ") + tr("%n refused by the server", nullptr, refused);
    }
    if (duplicates > 0) {
        text += QLatin1String(", ") + tr("%n already archived", nullptr, duplicates);
    }
    if (error.isError()) {
        text += QStringLiteral(" — ") + Pop3Error::kindName(error.kind());
    }
    return text;
}

CheckMailJob::CheckMailJob(const SessionOptions& options, ArchiveStore* store,
    const QString& account, const RetentionPolicy& policy, Pop3Transport* transport,
    QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_store(store)
    , m_account(account)
    , m_policy(policy)
    , m_transport(transport)
{
    qRegisterMetaType<Postbote::CheckMailJob::Result>();
    // Batches are made durable on a worker thread, so that the event loop (the window) goes on.
    connect(m_store, &ArchiveStore::committed, this, &CheckMailJob::onCommitted);
    if (!m_transport) {
        m_ownTransport = std::make_unique<SslSocketTransport>();
        m_transport = m_ownTransport.get();
    }
}

CheckMailJob::~CheckMailJob()
{
    // The session goes first: it must not call into writers that are being destroyed.
    m_session.reset();
}

void CheckMailJob::start()
{
    // A fresh connection wakes for every byte; nothing is on its way yet.
    m_plannedInFlight = 0;
    m_receiveLowWater = 0;
    m_session = std::make_unique<Pop3Session>(m_transport, m_options);
    connect(m_session.get(), &Pop3Session::ready, this, &CheckMailJob::onReady);
    connect(m_session.get(), &Pop3Session::replyReceived, this, &CheckMailJob::onReply);
    connect(m_session.get(), &Pop3Session::dataProgress, this, &CheckMailJob::onDataProgress);
    connect(m_session.get(), &Pop3Session::failed, this, &CheckMailJob::onSessionFailed);
    connect(m_session.get(), &Pop3Session::finished, this, &CheckMailJob::onSessionFinished);
    connect(m_session.get(), &Pop3Session::traffic, this, &CheckMailJob::traffic);
    m_session->open();
}

void CheckMailJob::cancel()
{
    if (m_session && !m_finished) {
        m_session->abort();
    }
}

void CheckMailJob::onReady()
{
    const Pop3Capabilities& caps = m_session->capabilities();
    // Without CAPA we cannot know; UIDL is optional in RFC 1939, so ask and accept -ERR.
    if (!caps.isKnown() || caps.hasUidl()) {
        m_uidlId = m_session->uidl();
    }
    m_listId = m_session->list();
}

void CheckMailJob::onReply(Pop3Session::CommandId id, const Pop3Reply& reply)
{
    if (id == m_uidlId) {
        if (reply.isOk()) {
            m_uidlLines = reply.lines;
        }
        return;
    }
    if (id == m_listId) {
        if (!reply.isOk()) {
            stop(Pop3Error(Pop3Error::Kind::Server,
                tr("The server refused to list the mailbox. Try again later."), reply.text,
                reply.code));
            return;
        }
        // UIDL was sent before LIST and replies come in order, so it has been answered.
        const auto sizes = ScanListing::parseList(reply.lines);
        std::optional<QList<ScanListing::UidEntry>> uids;
        if (m_uidlLines) {
            uids = ScanListing::parseUidl(*m_uidlLines);
        }
        if (!sizes || (m_uidlLines && !uids)) {
            stop(Pop3Error(Pop3Error::Kind::Protocol,
                tr("The server sent a malformed list of messages, so nothing was "
                   "fetched or deleted. Try again later or contact your "
                   "provider.")));
            return;
        }
        SyncPlanner::Input input;
        QHash<int, QByteArray> uidByNumber;
        if (uids) {
            for (const ScanListing::UidEntry& entry : *uids) {
                uidByNumber.insert(entry.number, entry.uid);
            }
        }
        for (const ScanListing::SizeEntry& entry : *sizes) {
            input.listing.append({entry.number, uidByNumber.value(entry.number), entry.octets});
        }
        for (const ArchiveRecord& record : m_store->records(m_account)) {
            if (record.uidl.isEmpty()) {
                continue;
            }
            SyncPlanner::ArchiveEntry known;
            known.firstSeen = record.received;
            known.deletedLocally = record.deletedLocally;
            known.partial = record.partial;
            input.archive.insert(record.uidl, known);
        }
        input.policy = m_policy;
        input.now = m_clock();
        input.serverHasUidl = uids.has_value();
        input.serverHasTop
            = !m_session->capabilities().isKnown() || m_session->capabilities().hasTop();
        m_plan = SyncPlanner::plan(input);
        applyPlan();
        return;
    }
    if (m_inFlight.contains(id)) {
        onRetrieved(id, reply);
        return;
    }
    if (m_deleIds.contains(id)) {
        m_deleIds.remove(id);
        // A refused DELE leaves the message on the server; the next check tries again.
        if (reply.isOk()) {
            ++m_deletedMarked;
        }
    }
}

void CheckMailJob::applyPlan()
{
    if (m_plan.isError()) {
        stop(Pop3Error(Pop3Error::Kind::Server, m_plan.errorMessage()));
        return;
    }
    m_result.skipped = m_plan.skipped().size();
    const QList<FetchPlan::Retrieval> retrievals = m_plan.toRetrieve();
    m_toFetch.assign(retrievals.begin(), retrievals.end());
    for (const FetchPlan::Deletion& deletion : m_plan.toDelete()) {
        if (deletion.afterArchiving) {
            m_pendingDeletions.append(deletion);
        } else {
            // Already durable in the archive before this check began.
            m_deleIds.insert(m_session->dele(deletion.number), deletion.number);
        }
    }
    emitProgress();
    feedRetrievals();
    maybeQuit();
}

void CheckMailJob::feedRetrievals()
{
    // Enough commands queued to keep the pipeline full, but not one open file per message.
    const int limit = qMax(2, 2 * m_session->pipelineWindow());
    int created = 0;
    while (!m_toFetch.empty() && m_inFlight.size() < limit && !m_finished) {
        if (created++ == FeedPerTurn) {
            if (!m_feedQueued) {
                m_feedQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_feedQueued = false;
                    if (m_session && !m_finished) { // not after a restart or the end
                        feedRetrievals();
                    }
                });
            }
            updateReceiveLowWater();
            return;
        }
        const FetchPlan::Retrieval planned = m_toFetch.front();
        m_toFetch.pop_front();
        std::unique_ptr<MessageWriter> writer
            = m_store->createWriter(m_account, planned.uidl, planned.headersOnly);
        if (!writer || writer->state() == MessageWriter::State::Failed) {
            const QString reason = writer ? writer->errorString() : QString();
            stop(Pop3Error(Pop3Error::Kind::Storage, reason));
            return;
        }
        const Pop3Session::CommandId id = planned.headersOnly
            ? m_session->top(planned.number, 0, writer.get())
            : m_session->retrieve(planned.number, writer.get());
        if (id == 0) {
            return; // the session is failing; onSessionFailed follows
        }
        m_inFlight.insert(id, std::make_shared<Retrieval>(Retrieval {planned, std::move(writer)}));
        if (!planned.headersOnly) {
            m_plannedInFlight += planned.size;
        }
    }
    updateReceiveLowWater();
}

void CheckMailJob::onDataProgress(Pop3Session::CommandId id, qint64 bytes)
{
    if (m_inFlight.contains(id)) {
        m_currentBytes = bytes;
        emitProgress();
        updateReceiveLowWater();
    }
}

void CheckMailJob::updateReceiveLowWater()
{
    // LIST sizes are what the server announced (RFC 1939 §5); a server that announces too much
    // costs at most the transport's short fallback wait at the end, never a message.
    const qint64 onItsWay = m_plannedInFlight - m_currentBytes;
    const int wanted = onItsWay >= LowWaterEngageBytes ? ReceiveLowWaterBytes : 0;
    if (wanted != m_receiveLowWater) {
        m_receiveLowWater = wanted;
        m_transport->setReceiveLowWater(wanted);
    }
}

void CheckMailJob::onRetrieved(Pop3Session::CommandId id, const Pop3Reply& reply)
{
    const std::shared_ptr<Retrieval> retrieval = m_inFlight.take(id);
    if (!retrieval->planned.headersOnly) {
        m_plannedInFlight -= retrieval->planned.size;
    }
    ++m_done;
    m_bytesBefore += retrieval->planned.size;
    m_currentBytes = 0;
    if (reply.isOk() && retrieval->writer->state() == MessageWriter::State::Finished) {
        if (retrieval->writer->isDuplicate()) {
            ++m_result.duplicates;
        } else {
            ++m_result.retrieved;
            m_result.bytes += retrieval->writer->bytesWritten();
        }
        // Whole payloads only: a headers-only copy never allows a deletion.
        if (!retrieval->planned.headersOnly) {
            m_finishedNumbers.append(retrieval->planned.number);
        }
        ++m_uncommitted;
    } else {
        ++m_result.refused; // left on the server; the session discarded the file
    }
    emitProgress();
    if (m_uncommitted >= CommitBatch) {
        startCommit(); // retrieving goes on meanwhile
    }
    feedRetrievals();
    maybeQuit();
}

void CheckMailJob::startCommit()
{
    // One batch at a time, so that they become durable in order; the next one starts when
    // this one is done.
    if (m_committing || m_uncommitted == 0) {
        return;
    }
    m_committingNumbers = std::exchange(m_finishedNumbers, {});
    m_uncommitted = 0;
    m_committing = true;
    if (!m_store->commitAsync()) {
        // Nothing new to make durable (duplicates only): commit() finds nothing to wait for.
        // Reported from the event loop all the same, so that every caller sees one path.
        QString error;
        const bool ok = m_store->commit(&error);
        QMetaObject::invokeMethod(
            this, [this, ok, error] { onCommitted(ok, error); }, Qt::QueuedConnection);
    }
}

void CheckMailJob::onCommitted(bool ok, const QString& error)
{
    if (!m_committing || m_finished) {
        return; // not a batch of this check
    }
    m_committing = false;
    if (!ok) {
        // Nothing of this batch counts as archived, so nothing of it may be deleted; what
        // finished since is kept in the archive's next batch but is not deleted either.
        m_committingNumbers.clear();
        m_finishedNumbers.clear();
        m_uncommitted = 0;
        stop(Pop3Error(Pop3Error::Kind::Storage, error));
        return;
    }
    // Durable and indexed (DESIGN rule 1): from now on these may be deleted.
    m_committedNumbers += std::exchange(m_committingNumbers, {});
    if (m_uncommitted >= CommitBatch) {
        startCommit();
    }
    maybeQuit();
}

void CheckMailJob::queueDeletions()
{
    for (auto it = m_pendingDeletions.begin(); it != m_pendingDeletions.end();) {
        if (m_committedNumbers.contains(it->number)) {
            m_deleIds.insert(m_session->dele(it->number), it->number);
            it = m_pendingDeletions.erase(it);
        } else {
            ++it;
        }
    }
}

void CheckMailJob::maybeQuit()
{
    if (m_finished || m_quitSent || !m_toFetch.empty() || !m_inFlight.isEmpty()) {
        return;
    }
    // Every message must be durable before its DELE and before QUIT: wait for the commits;
    // onCommitted() comes back here.
    if (m_committing) {
        return;
    }
    if (m_uncommitted > 0) {
        startCommit();
        return;
    }
    queueDeletions();
    m_quitSent = true;
    // QUIT is a barrier: it goes out after every DELE has been answered (RFC 1939 §6).
    m_session->quit();
}

void CheckMailJob::onSessionFinished()
{
    m_result.deleted = m_deletedMarked;
    finish(Pop3Error());
}

void CheckMailJob::stop(const Pop3Error& error)
{
    // The session reports the abort through failed(); the reason given here wins.
    if (!m_stopError.isError()) {
        m_stopError = error;
    }
    m_session->abort();
}

void CheckMailJob::onSessionFailed(const Pop3Error& sessionError)
{
    const Pop3Error error = m_stopError.isError() ? m_stopError : sessionError;
    m_inFlight.clear(); // the session discarded their files
    m_plannedInFlight = 0;
    m_finishedNumbers.clear();
    // Messages that arrived whole are kept: committing them now means a repeated check
    // neither loses nor duplicates them. This waits for a batch in flight: cancel() and a
    // quitting application (QuitGuard) rely on finished() coming at once. Nothing is deleted,
    // as no QUIT follows, so the outcome of that batch no longer matters to this check.
    const bool uncommitted = m_uncommitted > 0 || m_committing;
    m_committing = false;
    m_committingNumbers.clear();
    m_uncommitted = 0;
    QString storeError;
    if (uncommitted && !m_store->commit(&storeError)) {
        finish(Pop3Error(Pop3Error::Kind::Storage, storeError));
        return;
    }
    m_result.pipelineDropped = error.pipelineDropped();
    if (!m_stopError.isError() && error.pipelineDropped()
        && m_options.pipelining != PipeliningMode::Off && !m_retriedWithoutPipelining) {
        restartWithoutPipelining();
        return;
    }
    finish(error);
}

void CheckMailJob::restartWithoutPipelining()
{
    // Some servers advertise PIPELINING and then drop the connection when it is used
    // (ANCHORS.md, mpop). Nothing was deleted (no QUIT), what arrived whole is committed, so
    // a fresh session one command at a time re-plans and goes on where this one stopped.
    m_retriedWithoutPipelining = true;
    m_options.pipelining = PipeliningMode::Off;
    Q_EMIT traffic(ProtocolEvent {QDateTime::currentDateTimeUtc(), ProtocolEvent::Direction::Info,
        tr("The server dropped the connection while commands were "
           "pipelined; trying again one command at a time")});
    m_session.release()->deleteLater();
    m_uidlId = m_listId = 0;
    m_uidlLines.reset();
    m_toFetch.clear();
    m_pendingDeletions.clear();
    m_deleIds.clear();
    m_committedNumbers.clear();
    m_deletedMarked = 0;
    m_done = 0;
    m_bytesBefore = m_currentBytes = 0;
    m_quitSent = false;
    QTimer::singleShot(0, this, &CheckMailJob::start);
}

void CheckMailJob::finish(const Pop3Error& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_result.error = error;
    // Whoever hears finished() has heard messageArchived() for every message this check
    // archived: the summaries parsed meanwhile are stored and announced first.
    m_store->waitForSummaries();
    Q_EMIT finished(m_result);
}

void CheckMailJob::emitProgress()
{
    Q_EMIT progress(m_done, int(m_plan.toRetrieve().size()), m_bytesBefore + m_currentBytes,
        m_plan.retrieveBytes());
}

} // namespace Postbote
