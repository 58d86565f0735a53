// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckScheduler.h"

#include "account/AccountStore.h"
#include "sync/FetchQueue.h"

#include <QHostAddress>
#include <QNetworkInformation>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace Postbote {

struct CheckScheduler::Entry
{
    std::unique_ptr<QTimer> timer;
    int intervalMinutes = 0;
    QDateTime due;
    /// The check fell due while offline: it runs once when the network is back.
    bool waitingForNetwork = false;
};

CheckScheduler::CheckScheduler(AccountStore* accounts, FetchQueue* fetches, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_fetches(fetches)
{
    qRegisterMetaType<Postbote::CheckMailJob::Result>();
    connect(m_accounts, &AccountStore::accountAdded, this, &CheckScheduler::schedule);
    connect(m_accounts, &AccountStore::accountChanged, this, &CheckScheduler::schedule);
    connect(m_accounts, &AccountStore::accountRemoved, this, [this](const QString& id) {
        m_periodic.remove(id);
        m_lastWasPeriodic.remove(id);
        unschedule(id);
    });
    connect(m_fetches, &FetchQueue::accountFinished, this,
        [this](const QString& id, const CheckMailJob::Result& result, const QString&) {
            onAccountFinished(id, result);
        });
    connect(m_fetches, &FetchQueue::idle, this, &CheckScheduler::onQueueIdle);
    connect(m_fetches, &FetchQueue::accountStarted, this, [this](const QString& id) {
        if (!m_periodic.contains(id)) {
            m_lastWasPeriodic.remove(id); // a fetch by hand
        }
    });
    for (const Account& account : m_accounts->accounts()) {
        schedule(account.id);
    }
}

CheckScheduler::~CheckScheduler() = default;

void CheckScheduler::setIntervalUnitForTesting(std::chrono::milliseconds unit)
{
    m_unit = std::max(unit, std::chrono::milliseconds(1));
    const QList<QString> ids = m_entries.keys();
    for (const QString& id : ids) {
        arm(id);
    }
}

bool CheckScheduler::followSystemNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return false; // no backend on this platform: stay online, never pause
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    if (!info) {
        return false;
    }
    // Only "disconnected" pauses: a server on the local network is reachable at Local or Site
    // reachability, and Unknown must not stop the checks for good.
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
    return true;
}

void CheckScheduler::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    const QList<QString> ids = m_entries.keys();
    for (const QString& id : ids) {
        arm(id);
    }
}

QDateTime CheckScheduler::nextCheck(const QString& accountId) const
{
    const auto entry = m_entries.constFind(accountId);
    return entry == m_entries.cend() ? QDateTime() : entry.value()->due;
}

bool CheckScheduler::isPeriodicCheck(const QString& accountId) const
{
    return m_periodic.contains(accountId) || m_lastWasPeriodic.contains(accountId);
}

void CheckScheduler::setOnline(bool online)
{
    if (m_online == online) {
        return;
    }
    m_online = online;
    Q_EMIT onlineChanged(online);
    if (!online || !m_active) {
        return;
    }
    // Catch up: every account that fell due meanwhile is checked once, in the store's order.
    for (const Account& account : m_accounts->accounts()) {
        const auto entry = m_entries.constFind(account.id);
        if (entry != m_entries.cend() && entry.value()->waitingForNetwork) {
            entry.value()->waitingForNetwork = false;
            start(account);
        }
    }
}

void CheckScheduler::schedule(const QString& accountId)
{
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account || !account->enabled || account->checkIntervalMinutes <= 0) {
        unschedule(accountId);
        return;
    }
    std::shared_ptr<Entry>& entry = m_entries[accountId];
    if (entry && entry->intervalMinutes == account->checkIntervalMinutes) {
        return; // renamed or another setting changed: the timer runs on
    }
    if (!entry) {
        entry = std::make_shared<Entry>();
        entry->timer = std::make_unique<QTimer>();
        entry->timer->setSingleShot(true);
        entry->timer->setTimerType(Qt::CoarseTimer);
        connect(entry->timer.get(), &QTimer::timeout, this,
            [this, accountId] { onTimeout(accountId); });
    }
    entry->intervalMinutes = account->checkIntervalMinutes;
    arm(accountId);
}

void CheckScheduler::arm(const QString& accountId)
{
    const auto found = m_entries.constFind(accountId);
    if (found == m_entries.cend()) {
        return;
    }
    Entry& entry = *found.value();
    entry.waitingForNetwork = false;
    if (!m_active) {
        entry.timer->stop();
        entry.due = QDateTime();
    } else {
        const std::chrono::milliseconds interval
            = std::min(m_unit * entry.intervalMinutes, std::chrono::milliseconds(INT_MAX));
        entry.timer->start(interval);
        entry.due = QDateTime::currentDateTime().addMSecs(interval.count());
    }
    Q_EMIT scheduleChanged(accountId);
}

void CheckScheduler::unschedule(const QString& accountId)
{
    if (m_entries.remove(accountId) > 0) {
        Q_EMIT scheduleChanged(accountId);
    }
}

void CheckScheduler::onTimeout(const QString& accountId)
{
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account || !account->enabled || account->checkIntervalMinutes <= 0) {
        unschedule(accountId); // changed behind the store's back (another program)
        return;
    }
    if (!m_online && needsNetwork(*account)) {
        m_entries.value(accountId)->waitingForNetwork = true;
        return;
    }
    start(*account);
}

void CheckScheduler::start(const Account& account)
{
    if (m_fetches->currentAccount() == account.id
        || m_fetches->queuedAccounts().contains(account.id)) {
        // Being fetched already (by hand): that fetch is this check; its end re-arms the timer.
        return;
    }
    // Before enqueue(): the queue may start and even end the account inside the call.
    m_periodic.insert(account.id);
    Q_EMIT checkStarted(account.id);
    m_fetches->enqueue(account);
}

void CheckScheduler::onAccountFinished(const QString& accountId, const CheckMailJob::Result& result)
{
    // The interval counts from the end of the last check, periodic or by hand.
    arm(accountId);
    if (!m_periodic.remove(accountId)) {
        m_lastWasPeriodic.remove(accountId);
        return;
    }
    m_lastWasPeriodic.insert(accountId);
    Q_EMIT checkFinished(accountId, result);
    if (result.retrieved > 0) {
        const std::optional<Account> account = m_accounts->find(accountId);
        Q_EMIT newMail(accountId, account ? account->name : accountId, result.retrieved);
    }
}

void CheckScheduler::onQueueIdle()
{
    // FetchQueue::cancel() drops queued accounts without finishing them: their checks are
    // over too, and their timers start again.
    const QList<QString> dropped = m_periodic.values();
    m_periodic.clear();
    for (const QString& id : dropped) {
        const auto entry = m_entries.constFind(id);
        if (entry != m_entries.cend() && !entry.value()->timer->isActive()) {
            arm(id);
        }
    }
}

bool CheckScheduler::needsNetwork(const Account& account) const
{
    if (!m_loopbackExempt) {
        return true;
    }
    const QString host = account.host.trimmed().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost")) {
        return false; // RFC 6761 §6.3: always the loopback interface
    }
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

} // namespace Postbote
