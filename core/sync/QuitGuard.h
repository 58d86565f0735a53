// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>

class QCoreApplication;

namespace Postbote {

class CheckScheduler;
class FetchQueue;

/// Lets the program end while a fetch runs without leaving anything half done.
///
/// settle() stops the periodic checks, then either cancels the fetch at once (Policy::Cancel,
/// the default) or lets the queue finish for a while first (Policy::Finish) and cancels what
/// is left; then it waits, bounded, until FetchQueue is idle. A cancelled fetch is safe
/// (CheckMailJob): messages that arrived whole are committed to the archive, partial files
/// are dropped, and without QUIT the server deletes nothing (RFC 1939 §6).
///
/// FetchQueue::cancel() currently ends the account synchronously, so the wait is normally
/// zero; the guard keeps quitting safe should a cancel ever need the event loop.
class QuitGuard : public QObject
{
    Q_OBJECT

public:
    enum class Policy {
        Cancel, ///< cancel the running fetch at once
        Finish, ///< wait up to finishTimeout() for the queue to end, then cancel
    };

    /// \a scheduler may be null; both must outlive the guard or be destroyed with it.
    explicit QuitGuard(
        FetchQueue* fetches, CheckScheduler* scheduler = nullptr, QObject* parent = nullptr);
    ~QuitGuard() override;

    void setPolicy(Policy policy) { m_policy = policy; }
    Policy policy() const { return m_policy; }
    /// How long Policy::Finish lets fetches run before cancelling them.
    void setFinishTimeout(std::chrono::milliseconds timeout) { m_finishTimeout = timeout; }
    std::chrono::milliseconds finishTimeout() const { return m_finishTimeout; }
    /// How long to wait for the queue to become idle after cancel() (default 10 s).
    void setCancelTimeout(std::chrono::milliseconds timeout) { m_cancelTimeout = timeout; }

    /// Runs settle() when \a app is about to quit (QCoreApplication::aboutToQuit, emitted
    /// before the event loops end, so the wait can still run the loop).
    void watch(QCoreApplication* app);

public Q_SLOTS:
    /// Stops the scheduler and ends every fetch as the policy says. Returns true when the
    /// queue is idle, false if it still was not after the timeouts (it is left cancelled).
    bool settle();

Q_SIGNALS:
    /// settle() had to cancel a running fetch.
    void fetchCancelled();

private:
    /// Runs the event loop until the queue is idle or \a timeout has passed.
    bool waitForIdle(std::chrono::milliseconds timeout);

    QPointer<FetchQueue> m_fetches;
    QPointer<CheckScheduler> m_scheduler;
    Policy m_policy = Policy::Cancel;
    std::chrono::milliseconds m_finishTimeout = std::chrono::seconds(10);
    std::chrono::milliseconds m_cancelTimeout = std::chrono::seconds(10);
};

} // namespace Postbote
