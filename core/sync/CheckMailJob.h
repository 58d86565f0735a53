// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/Pop3Error.h"
#include "pop3/Pop3Session.h"
#include "pop3/SessionOptions.h"
#include "sync/FetchPlan.h"
#include "sync/RetentionPolicy.h"
#include "trace/ProtocolEvent.h"

#include <QHash>
#include <QObject>
#include <deque>
#include <functional>
#include <memory>

namespace Postbote {

class ArchiveStore;
class MessageWriter;
class Pop3Transport;

/// One mail check of one account: connect and log in, list the mailbox (UIDL, LIST), plan
/// with SyncPlanner, retrieve the new messages into the archive, delete what the policy says
/// once it is durable, and QUIT.
///
/// The order keeps mail safe (DESIGN.md, rules 1 and 2): a DELE is sent only for a message
/// that is committed to the archive (fsynced and indexed); finished messages are committed in
/// batches; QUIT, which alone makes deletions happen (RFC 1939 §6), is sent last. A check
/// that fails or is cancelled still commits what arrived whole, and deletes nothing.
class CheckMailJob : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        Pop3Error error;    ///< kind None on success
        int retrieved = 0;  ///< stored in the archive (partial ones included)
        int deleted = 0;    ///< DELE acknowledged and committed by QUIT
        int skipped = 0;    ///< left on the server by plan (already archived, too large …)
        int refused = 0;    ///< -ERR to RETR/TOP: left on the server, tried again next time
        int duplicates = 0; ///< no-UIDL servers: recognised by content, not stored twice
        qint64 bytes = 0;
        bool pipelineDropped = false;
        /// One translated line for a status bar or the CLI's stdout.
        QString summary() const;
    };

    /// Messages committed to the archive in one batch (one fsync round, one transaction).
    static constexpr int CommitBatch = 64;
    /// Each queued RETR creates its file at once (about 0.1-0.3 ms each on ext4); a full
    /// pipeline of 200 would stall a window for tens of milliseconds, so the queue is topped up
    /// this many at a time, one event-loop turn after another.
    static constexpr int FeedPerTurn = 16;

    /// While at least LowWaterEngageBytes of planned messages are on their way, the transport
    /// is asked to wake the job only once this many bytes wait (Pop3Transport::
    /// setReceiveLowWater()): fewer, larger reads. Below that (small messages, the tail of the
    /// last ones) every byte is read as it comes.
    static constexpr int ReceiveLowWaterBytes = 256 * 1024;
    static constexpr qint64 LowWaterEngageBytes = 4 * ReceiveLowWaterBytes;

    /// \a store must be open and outlive the job. Without \a transport the job makes its own
    /// SslSocketTransport.
    CheckMailJob(const SessionOptions& options, ArchiveStore* store, const QString& account,
        const RetentionPolicy& policy, Pop3Transport* transport = nullptr,
        QObject* parent = nullptr);
    ~CheckMailJob() override;

    void start();
    /// Stops at once; nothing is deleted on the server, complete messages stay archived.
    void cancel();

    const FetchPlan& plan() const { return m_plan; }
    /// Where "now" comes from for retention by age; the system clock unless replaced (tests
    /// replace it to see what a check days later would do).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void progress(int messagesDone, int messagesTotal, qint64 bytesDone, qint64 bytesTotal);
    void traffic(const Postbote::ProtocolEvent& event);
    void finished(const Postbote::CheckMailJob::Result& result);

private:
    struct Retrieval
    {
        FetchPlan::Retrieval planned;
        std::unique_ptr<MessageWriter> writer;
    };

    void onReady();
    void onReply(Pop3Session::CommandId id, const Pop3Reply& reply);
    void onDataProgress(Pop3Session::CommandId id, qint64 bytes);
    void onSessionFailed(const Pop3Error& error);
    void onSessionFinished();

    void applyPlan();
    void feedRetrievals();
    void onRetrieved(Pop3Session::CommandId id, const Pop3Reply& reply);
    /// Hands the finished messages to ArchiveStore::commitAsync(); onCommitted() follows.
    void startCommit();
    void onCommitted(bool ok, const QString& error);
    void queueDeletions();
    void maybeQuit();
    void finish(const Pop3Error& error);
    /// Ends the check with \a error: aborts the session, which reports back through failed().
    void stop(const Pop3Error& error);
    void restartWithoutPipelining();
    void emitProgress();
    /// Asks the transport for batched reads while much is still on its way, and for every
    /// byte once little is.
    void updateReceiveLowWater();

    SessionOptions m_options;
    ArchiveStore* m_store;
    QString m_account;
    RetentionPolicy m_policy;
    std::unique_ptr<Pop3Transport> m_ownTransport;
    Pop3Transport* m_transport;
    std::unique_ptr<Pop3Session> m_session;
    FetchPlan m_plan;
    Result m_result;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    Pop3Error m_stopError;

    Pop3Session::CommandId m_uidlId = 0;
    Pop3Session::CommandId m_listId = 0;
    std::optional<QList<QByteArray>> m_uidlLines; // nothing: server has no UIDL

    std::deque<FetchPlan::Retrieval> m_toFetch;
    QHash<Pop3Session::CommandId, std::shared_ptr<Retrieval>> m_inFlight;
    qint64 m_plannedInFlight = 0; ///< LIST sizes of m_inFlight (whole messages only)
    int m_receiveLowWater = 0;    ///< what the transport was last asked for
    qint64 m_bytesBefore = 0;     ///< payload bytes of finished retrievals
    qint64 m_currentBytes = 0;
    int m_done = 0;
    int m_uncommitted = 0;
    /// Numbers finished but not yet committed, and those committed (durable) this session:
    /// deletions planned after archiving wait for the second list.
    QList<int> m_finishedNumbers;
    QList<int> m_committedNumbers;
    /// A commit in flight and the numbers it makes durable; DELE for them waits for it.
    bool m_committing = false;
    QList<int> m_committingNumbers;
    QList<FetchPlan::Deletion> m_pendingDeletions;
    QHash<Pop3Session::CommandId, int> m_deleIds;
    int m_deletedMarked = 0;
    bool m_quitSent = false;
    bool m_feedQueued = false; ///< feedRetrievals() goes on from the event loop
    bool m_finished = false;
    bool m_retriedWithoutPipelining = false;
};

} // namespace Postbote

Q_DECLARE_METATYPE(Postbote::CheckMailJob::Result)
