// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/CheckMailJob.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>
#include <memory>

class QTimer;

namespace Postbote {

class AccountStore;
class FetchQueue;
struct Account;

/// Checks every enabled account by itself at its interval (Account::checkIntervalMinutes;
/// 0 means "only when the user asks").
///
/// It only decides *when*: a due account is handed to FetchQueue, which runs one session at a
/// time and ignores an account that is queued or running already, so a periodic check never
/// opens a second session for an account (RFC 1939 §8: the maildrop is locked per session
/// anyway). An account's interval counts from the end of its last check, whoever started it,
/// so a check by hand postpones the next periodic one.
///
/// While the computer is offline nothing is started; an account whose check fell due then is
/// checked once as soon as the network is back. Accounts on the loopback interface (the demo
/// server) do not need the network and are never paused. The online state comes from
/// setOnline(); followSystemNetwork() lets QNetworkInformation drive it where a backend
/// exists (without one the scheduler stays online).
class CheckScheduler : public QObject
{
    Q_OBJECT

public:
    /// \a accounts and \a fetches must outlive the scheduler. Timers start at once: the first
    /// periodic check of each account comes one interval after construction.
    CheckScheduler(AccountStore* accounts, FetchQueue* fetches, QObject* parent = nullptr);
    ~CheckScheduler() override;

    /// How long "one minute" of an interval lasts (tests make it a few milliseconds).
    /// Reschedules every account.
    void setIntervalUnitForTesting(std::chrono::milliseconds unit);

    /// Loads QNetworkInformation's reachability backend and follows it: only "disconnected"
    /// counts as offline. Returns false when the platform has none; the state is then left
    /// as it is (online, unless setOnline(false) was called).
    bool followSystemNetwork();
    bool isOnline() const { return m_online; }
    /// Whether accounts on the loopback interface are checked while offline (default: yes,
    /// the demo server needs no network).
    void setLoopbackExempt(bool exempt) { m_loopbackExempt = exempt; }

    /// Stops every timer and starts nothing more (before quitting); setActive(true) restarts
    /// the timers with full intervals.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// When the account's next periodic check is due; invalid if it has none (interval 0,
    /// disabled, unknown, scheduler stopped). While offline it may lie in the past: the check
    /// waits for the network.
    QDateTime nextCheck(const QString& accountId) const;
    /// True from the moment this scheduler enqueued the account, and after its check ended
    /// until the account's next fetch starts: every slot of FetchQueue's accountFinished() or
    /// passwordRequired() sees it, whatever the connection order. The window may treat an
    /// unattended check differently (e.g. not pop up a password prompt for it).
    bool isPeriodicCheck(const QString& accountId) const;

public Q_SLOTS:
    /// Online or not; going online starts the checks that fell due meanwhile, once each.
    void setOnline(bool online);

Q_SIGNALS:
    /// A periodic check of the account was handed to FetchQueue.
    void checkStarted(const QString& accountId);
    /// A periodic check ended (successfully or not).
    void checkFinished(const QString& accountId, const Postbote::CheckMailJob::Result& result);
    /// A periodic check stored \a count new messages (for a notification).
    void newMail(const QString& accountId, const QString& accountName, int count);
    /// nextCheck() of the account changed.
    void scheduleChanged(const QString& accountId);
    void onlineChanged(bool online);

private:
    struct Entry;

    void schedule(const QString& accountId);
    void arm(const QString& accountId);
    void unschedule(const QString& accountId);
    void onTimeout(const QString& accountId);
    void start(const Account& account);
    void onAccountFinished(const QString& accountId, const CheckMailJob::Result& result);
    void onQueueIdle();
    bool needsNetwork(const Account& account) const;

    AccountStore* m_accounts;
    FetchQueue* m_fetches;
    std::chrono::milliseconds m_unit = std::chrono::minutes(1);
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QSet<QString> m_periodic;        ///< enqueued by us, not yet finished
    QSet<QString> m_lastWasPeriodic; ///< their last fetch was ours, and no other began since
    bool m_online = true;
    bool m_active = true;
    bool m_loopbackExempt = true;
};

} // namespace Postbote
