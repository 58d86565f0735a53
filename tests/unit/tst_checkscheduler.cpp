// SPDX-License-Identifier: GPL-3.0-or-later
// CheckScheduler and QuitGuard against the in-process demo POP3 server over loopback
// sockets, with "one minute" shortened to milliseconds: a periodic check fetches by itself
// what arrived since the last one, interval 0 never fires, changing the interval reschedules,
// removing or disabling stops, accounts due together are fetched one after the other, offline
// pauses and catches up once, and quitting in the middle of a fetch leaves a consistent
// archive. Every wait is for a condition with a deadline.
#include "MessageFiles.h"
#include "account/AccountStore.h"
#include "archive/ArchiveIndex.h"
#include "archive/ArchiveStore.h"
#include "server/DemoPop3Server.h"
#include "sync/AccountArchives.h"
#include "sync/CheckScheduler.h"
#include "sync/FetchQueue.h"
#include "sync/QuitGuard.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkInformation>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Postbote;
using namespace Postbote::Test;
using namespace std::chrono_literals;

namespace {

constexpr int WaitMs = 30000;

bool waitUntil(const std::function<bool()>& done, int ms = WaitMs)
{
    QDeadlineTimer deadline(ms);
    QTimer tick;
    tick.start(10);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

bool writeMessage(const QString& dir, const QString& name, int bodyBytes = 100)
{
    QDir().mkpath(dir);
    QByteArray message = "From: Sender <sender@example.org>\nTo: Max <max@example.org>\n"
                         "Subject: "
        + name.toUtf8() + "\nMessage-ID: <" + name.toUtf8() + "@example.org>\n\nHello.\n";
    const QByteArray line = QByteArray(75, 'x') + '\n';
    for (int written = 0; written < bodyBytes; written += int(line.size())) {
        message += line;
    }
    QFile file(dir + u'/' + name + u".eml"_qs);
    return file.open(QIODevice::WriteOnly) && file.write(message) == message.size();
}

} // namespace

class TestCheckScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void periodicCheckFetchesNewMail();
    void intervalZeroNeverFires();
    void changingTheIntervalReschedules();
    void stopsWhenRemovedOrDisabled_data();
    void stopsWhenRemovedOrDisabled();
    void accountsDueTogetherRunOneAfterTheOther();
    void fetchByHandPostponesTheCheck();
    void offlinePausesAndCatchesUpOnce();
    void loopbackIsCheckedWhileOffline();
    void followsTheSystemNetwork();
    void failedCheckIsTriedAgain();
    void inactiveSchedulerStartsNothing();
    void quitGuardCancelsMidFetch_data();
    void quitGuardCancelsMidFetch();
    void quitGuardFinishPolicyLetsTheFetchEnd();

private:
    std::unique_ptr<DemoPop3Server> startServer(const QString& mailboxDir);
    Account addAccount(const QString& name, quint16 port, int intervalMinutes);
    QString archiveOf(const QString& id) const
    {
        return m_dir->filePath(QStringLiteral("archives/") + id);
    }
    void recordQueue();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AccountArchives> m_archives;
    std::unique_ptr<FetchQueue> m_queue;
    QStringList m_events; ///< "started <name>", "finished <name>"
    QHash<QString, int> m_retrieved;
    int m_maxRunning = 0;
};

void TestCheckScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AccountStore>(m_dir->filePath(u"settings.ini"_qs));
    m_archives = std::make_unique<AccountArchives>();
    m_archives->setDirectoryResolver([this](const QString& id) { return archiveOf(id); });
    // No CredentialStore: every account in these tests has a fixed password.
    m_queue = std::make_unique<FetchQueue>(m_archives.get(), nullptr, m_store->settings());
    SessionOptions defaults;
    defaults.timeouts.connectMs = 10000;
    defaults.timeouts.replyMs = 20000;
    m_queue->setSessionDefaults(defaults);
    m_events.clear();
    m_retrieved.clear();
    m_maxRunning = 0;
    recordQueue();
}

void TestCheckScheduler::cleanup()
{
    m_queue.reset();
    m_archives.reset();
    m_store.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_dir.reset();
}

void TestCheckScheduler::recordQueue()
{
    auto running = std::make_shared<int>(0);
    const auto nameOf = [this](const QString& id) {
        const std::optional<Account> account = m_store->find(id);
        return account ? account->name : id;
    };
    connect(m_queue.get(), &FetchQueue::accountStarted, this, [=](const QString& id) {
        m_events << u"started "_qs + nameOf(id);
        m_maxRunning = std::max(m_maxRunning, ++*running);
    });
    connect(m_queue.get(), &FetchQueue::accountFinished, this,
        [=](const QString& id, const CheckMailJob::Result& result, const QString&) {
            m_events << u"finished "_qs + nameOf(id);
            --*running;
            m_retrieved[nameOf(id)] += result.retrieved;
        });
}

std::unique_ptr<DemoPop3Server> TestCheckScheduler::startServer(const QString& mailboxDir)
{
    QDir().mkpath(mailboxDir);
    auto server = std::make_unique<DemoPop3Server>();
    if (!server->openMailboxDirectory(mailboxDir) || !server->listen()) {
        qWarning("demo server: %s", qPrintable(server->errorString()));
        return nullptr;
    }
    return server;
}

Account TestCheckScheduler::addAccount(const QString& name, quint16 port, int intervalMinutes)
{
    Account a = Account::create();
    a.name = name;
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = Security::None;
    a.allowCleartext = true;
    a.auth = AuthMethod::UserPass;
    a.user = QStringLiteral("max");
    a.checkIntervalMinutes = intervalMinutes;
    QString error;
    if (!m_store->add(a, &error)) {
        qWarning("account: %s", qPrintable(error));
    }
    m_queue->setFixedPassword(a.id, u"password"_qs);
    return a;
}

void TestCheckScheduler::periodicCheckFetchesNewMail()
{
    const QString box = m_dir->filePath(u"mailbox"_qs);
    QVERIFY(writeMessage(box, u"first"_qs));
    auto server = startServer(box);
    QVERIFY(server);
    const Account a = addAccount(u"Alpha"_qs, server->serverPort(), 3);

    // Slots connected before and after the scheduler's own both see a periodic check.
    CheckScheduler* self = nullptr;
    QList<bool> periodicSeen;
    QObject listeners;
    const auto see = [&](const QString& id) {
        periodicSeen << self->isPeriodicCheck(id);
    };
    connect(m_queue.get(), &FetchQueue::accountFinished, &listeners, see);
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    self = &scheduler;
    const auto forget = qScopeGuard([&] { m_queue->disconnect(&listeners); });
    connect(m_queue.get(), &FetchQueue::accountFinished, &scheduler, see);
    const QDateTime armedAt = QDateTime::currentDateTime();
    scheduler.setIntervalUnitForTesting(50ms);
    QSignalSpy started(&scheduler, &CheckScheduler::checkStarted);
    QSignalSpy finished(&scheduler, &CheckScheduler::checkFinished);
    QSignalSpy newMail(&scheduler, &CheckScheduler::newMail);
    const QDateTime next = scheduler.nextCheck(a.id);
    QVERIFY(next.isValid());
    QVERIFY(next >= armedAt.addMSecs(150));
    QVERIFY(next <= QDateTime::currentDateTime().addMSecs(150));

    // Nobody asks: the first check comes by itself.
    QVERIFY(waitUntil([&] { return finished.size() >= 1; }));
    QCOMPARE(started.first().at(0).toString(), a.id);
    QCOMPARE(m_retrieved.value(u"Alpha"_qs), 1);
    QCOMPARE(newMail.size(), 1);
    QCOMPARE(newMail.first().at(1).toString(), u"Alpha"_qs);
    QCOMPARE(newMail.first().at(2).toInt(), 1);
    QCOMPARE(periodicSeen.mid(0, 2), QList<bool>({true, true}));

    // A message arrives on the server; a later check brings it without anyone asking.
    QVERIFY(writeMessage(box, u"second"_qs));
    QVERIFY(waitUntil([&] { return m_retrieved.value(u"Alpha"_qs) == 2; }));
    QVERIFY(waitUntil([&] { return newMail.size() == 2; }));
    QCOMPARE(newMail.last().at(2).toInt(), 1);
    QVERIFY(!m_queue->isBusy() || m_queue->currentAccount() == a.id);
    QString error;
    ArchiveStore* store = m_archives->store(a.id, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->index()->count(), 2);

    // Checks go on, and a check without news announces nothing.
    const int before = int(finished.size());
    QVERIFY(waitUntil([&] { return finished.size() >= before + 2; }));
    QCOMPARE(newMail.size(), 2);
    QCOMPARE(m_maxRunning, 1);

    // A fetch by hand is not a periodic check, from its start on.
    scheduler.setActive(false);
    QVERIFY(waitUntil([&] { return !m_queue->isBusy(); }));
    QVERIFY(scheduler.isPeriodicCheck(a.id));
    periodicSeen.clear();
    m_queue->enqueue(*m_store->find(a.id));
    QVERIFY(!scheduler.isPeriodicCheck(a.id));
    QVERIFY(waitUntil([&] { return !m_queue->isBusy(); }));
    QCOMPARE(periodicSeen, QList<bool>({false, false}));
}

void TestCheckScheduler::intervalZeroNeverFires()
{
    const QString box = m_dir->filePath(u"mailbox"_qs);
    QVERIFY(writeMessage(box, u"one"_qs));
    auto server = startServer(box);
    QVERIFY(server);
    const Account a = addAccount(u"Manual"_qs, server->serverPort(), 0);
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setIntervalUnitForTesting(5ms);
    QSignalSpy started(&scheduler, &CheckScheduler::checkStarted);
    QVERIFY(!scheduler.nextCheck(a.id).isValid());
    QTest::qWait(300);
    QCOMPARE(started.size(), 0);
    QVERIFY(m_events.isEmpty());
    QCOMPARE(server->sessionCount(), 0);
}

void TestCheckScheduler::changingTheIntervalReschedules()
{
    const QString box = m_dir->filePath(u"mailbox"_qs);
    QVERIFY(writeMessage(box, u"one"_qs));
    auto server = startServer(box);
    QVERIFY(server);
    Account a = addAccount(u"Slow"_qs, server->serverPort(), 0);
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setIntervalUnitForTesting(10ms);
    QSignalSpy started(&scheduler, &CheckScheduler::checkStarted);
    QSignalSpy changed(&scheduler, &CheckScheduler::scheduleChanged);

    // 0 → 1000 "minutes" (10 s here): scheduled, but far away.
    a.checkIntervalMinutes = 1000;
    QVERIFY(m_store->update(a));
    QCOMPARE(changed.size(), 1);
    const QDateTime far = scheduler.nextCheck(a.id);
    QVERIFY(far.isValid());
    QVERIFY(far > QDateTime::currentDateTime().addSecs(8));
    QTest::qWait(200);
    QCOMPARE(started.size(), 0);

    // A rename leaves the timer alone.
    a.name = u"Renamed"_qs;
    QVERIFY(m_store->update(a));
    QCOMPARE(scheduler.nextCheck(a.id), far);

    // 1000 → 5: due in 50 ms now, and it fires.
    a.checkIntervalMinutes = 5;
    QVERIFY(m_store->update(a));
    const QDateTime near = scheduler.nextCheck(a.id);
    QVERIFY(near < far);
    QVERIFY(near <= QDateTime::currentDateTime().addMSecs(60));
    QVERIFY(waitUntil([&] { return started.size() >= 1; }, 5000));
    QVERIFY(waitUntil([&] { return m_retrieved.value(u"Renamed"_qs) == 1; }));
}

void TestCheckScheduler::stopsWhenRemovedOrDisabled_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("removed") << u"remove"_qs;
    QTest::newRow("disabled") << u"disable"_qs;
    QTest::newRow("interval 0") << u"zero"_qs;
    QTest::newRow("scheduler stopped") << u"inactive"_qs;
}

void TestCheckScheduler::stopsWhenRemovedOrDisabled()
{
    QFETCH(QString, how);
    const QString box = m_dir->filePath(u"mailbox"_qs);
    auto server = startServer(box);
    QVERIFY(server);
    Account a = addAccount(u"Gone"_qs, server->serverPort(), 4);
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setIntervalUnitForTesting(10ms);
    QSignalSpy started(&scheduler, &CheckScheduler::checkStarted);
    QVERIFY(waitUntil([&] { return m_events.contains(u"finished Gone"_qs); }));
    QVERIFY(waitUntil([&] { return !m_queue->isBusy(); }));

    if (how == u"remove") {
        QVERIFY(m_store->remove(a.id));
    } else if (how == u"disable") {
        a.enabled = false;
        QVERIFY(m_store->update(a));
    } else if (how == u"zero") {
        a.checkIntervalMinutes = 0;
        QVERIFY(m_store->update(a));
    } else {
        scheduler.setActive(false);
        QVERIFY(!scheduler.isActive());
    }
    QVERIFY(!scheduler.nextCheck(a.id).isValid());
    const qsizetype checks = started.size();
    QTest::qWait(250); // six intervals
    QCOMPARE(started.size(), checks);
    QVERIFY(!m_queue->isBusy());

    if (how == u"inactive") {
        scheduler.setActive(true);
        QVERIFY(scheduler.nextCheck(a.id).isValid());
        QVERIFY(waitUntil([&] { return started.size() > checks; }, 5000));
    }
}

void TestCheckScheduler::accountsDueTogetherRunOneAfterTheOther()
{
    // Three accounts on two servers, the first two on the same maildrop; all due at once.
    const QString boxA = m_dir->filePath(u"mailbox-a"_qs);
    const QString boxB = m_dir->filePath(u"mailbox-b"_qs);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(writeMessage(boxA, u"a%1"_qs.arg(i), 20000));
        QVERIFY(writeMessage(boxB, u"b%1"_qs.arg(i), 20000));
    }
    auto serverA = startServer(boxA);
    auto serverB = startServer(boxB);
    QVERIFY(serverA && serverB);
    int sessions = 0;
    int maxSessions = 0;
    for (DemoPop3Server* server : {serverA.get(), serverB.get()}) {
        connect(server, &DemoPop3Server::sessionStarted, this,
            [&] { maxSessions = std::max(maxSessions, ++sessions); });
        connect(server, &DemoPop3Server::sessionFinished, this, [&] { --sessions; });
    }
    addAccount(u"A1"_qs, serverA->serverPort(), 2);
    addAccount(u"A2"_qs, serverA->serverPort(), 2);
    addAccount(u"B"_qs, serverB->serverPort(), 2);

    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setIntervalUnitForTesting(20ms); // all three due 40 ms from now
    QSignalSpy started(&scheduler, &CheckScheduler::checkStarted);
    QVERIFY(waitUntil([&] { return m_events.count() >= 6; }));
    scheduler.setActive(false);
    QVERIFY(waitUntil([&] { return !m_queue->isBusy(); }));

    // Every start is followed by its own end before the next start.
    QVERIFY(m_events.size() % 2 == 0);
    for (int i = 0; i + 1 < m_events.size(); i += 2) {
        QVERIFY2(m_events.at(i).startsWith(u"started "_qs), qPrintable(m_events.join(u", ")));
        QCOMPARE(m_events.at(i + 1), u"finished "_qs + m_events.at(i).mid(8));
    }
    QSet<QString> first;
    for (int i = 0; i < 6; i += 2) {
        first.insert(m_events.at(i));
    }
    QCOMPARE(first.size(), 3);
    QCOMPARE(m_maxRunning, 1);
    QVERIFY(maxSessions >= 1);
    QCOMPARE(maxSessions, 1);
    QCOMPARE(m_retrieved.value(u"A1"_qs) + m_retrieved.value(u"A2"_qs), 10);
    QCOMPARE(m_retrieved.value(u"B"_qs), 5);
}

void TestCheckScheduler::fetchByHandPostponesTheCheck()
{
    const QString box = m_dir->filePath(u"mailbox"_qs);
    QVERIFY(writeMessage(box, u"one"_qs));
    auto server = startServer(box);
    QVERIFY(server);
    const Account a = addAccount(u"Hand"_qs, server->serverPort(), 60);
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setIntervalUnitForTesting(10ms); // 600 ms
    QSignalSpy started(&scheduler, &CheckScheduler::checkStarted);
    QSignalSpy newMail(&scheduler, &CheckScheduler::newMail);
    const QDateTime planned = scheduler.nextCheck(a.id);

    QTest::qWait(100);
    m_queue->enqueue(*m_store->find(a.id));
    QVERIFY(waitUntil([&] { return !m_queue->isBusy(); }));
    // The interval counts from the end of that fetch, which was not a periodic one.
    QVERIFY(scheduler.nextCheck(a.id) > planned);
    QCOMPARE(started.size(), 0);
    QCOMPARE(newMail.size(), 0);
    QVERIFY(waitUntil([&] { return started.size() == 1; }, 5000));
}

void TestCheckScheduler::offlinePausesAndCatchesUpOnce()
{
    const QString boxA = m_dir->filePath(u"mailbox-a"_qs);
    const QString boxB = m_dir->filePath(u"mailbox-b"_qs);
    QVERIFY(writeMessage(boxA, u"a"_qs));
    QVERIFY(writeMessage(boxB, u"b"_qs));
    auto serverA = startServer(boxA);
    auto serverB = startServer(boxB);
    QVERIFY(serverA && serverB);
    const Account a = addAccount(u"A"_qs, serverA->serverPort(), 10);
    const Account b = addAccount(u"B"_qs, serverB->serverPort(), 15);
    const Account never = addAccount(u"Manual"_qs, serverB->serverPort(), 0);

    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setLoopbackExempt(false);        // the test servers stand in for remote ones
    scheduler.setIntervalUnitForTesting(20ms); // A every 200 ms, B every 300 ms
    QSignalSpy started(&scheduler, &CheckScheduler::checkStarted);
    QSignalSpy online(&scheduler, &CheckScheduler::onlineChanged);
    QVERIFY(scheduler.isOnline());
    scheduler.setOnline(false);
    QCOMPARE(online.size(), 1);
    QVERIFY(!scheduler.isOnline());

    QTest::qWait(700); // both fell due, A several times over
    QCOMPARE(started.size(), 0);
    QVERIFY(m_events.isEmpty());
    QVERIFY(scheduler.nextCheck(a.id) < QDateTime::currentDateTime());
    QVERIFY(scheduler.nextCheck(b.id) < QDateTime::currentDateTime());

    // Back online: each missed account is checked once, at once.
    const QDateTime backOnline = QDateTime::currentDateTime();
    scheduler.setOnline(true);
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(0).at(0).toString(), a.id);
    QCOMPARE(started.at(1).at(0).toString(), b.id);
    QVERIFY(waitUntil([&] { return m_events.size() >= 4; }));
    QCOMPARE(m_events.mid(0, 4),
        QStringList({u"started A"_qs, u"finished A"_qs, u"started B"_qs, u"finished B"_qs}));
    QVERIFY(!m_events.contains(u"started Manual"_qs));
    // Then the normal rhythm again: the next check of A is a full interval after its end.
    QVERIFY(scheduler.nextCheck(a.id) >= backOnline.addMSecs(200));
    QVERIFY(waitUntil([&] { return started.size() >= 3; }, 5000));
    Q_UNUSED(never);
}

void TestCheckScheduler::loopbackIsCheckedWhileOffline()
{
    auto server = startServer(m_dir->filePath(u"mailbox"_qs));
    QVERIFY(server);
    addAccount(u"Local"_qs, server->serverPort(), 2);
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setIntervalUnitForTesting(20ms);
    scheduler.setOnline(false);
    QSignalSpy started(&scheduler, &CheckScheduler::checkStarted);
    QVERIFY(waitUntil([&] { return started.size() >= 1; }, 5000));
}

void TestCheckScheduler::followsTheSystemNetwork()
{
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setOnline(false);
    if (scheduler.followSystemNetwork()) {
        // A backend: only "disconnected" counts as offline.
        QNetworkInformation* info = QNetworkInformation::instance();
        QVERIFY(info);
        QCOMPARE(scheduler.isOnline(),
            info->reachability() != QNetworkInformation::Reachability::Disconnected);
    } else {
        // None on this platform: the scheduler stays as it was told.
        QVERIFY(!scheduler.isOnline());
        QVERIFY(!QNetworkInformation::instance());
    }
}

void TestCheckScheduler::failedCheckIsTriedAgain()
{
    auto server = startServer(m_dir->filePath(u"mailbox"_qs));
    QVERIFY(server);
    const quint16 port = server->serverPort();
    server.reset(); // nobody listens there now
    addAccount(u"Down"_qs, port, 3);
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setIntervalUnitForTesting(20ms);
    QSignalSpy finished(&scheduler, &CheckScheduler::checkFinished);
    QVERIFY(waitUntil([&] { return finished.size() >= 2; }, 10000));
    const auto result = finished.first().at(1).value<CheckMailJob::Result>();
    QVERIFY(result.error.isError());
}

void TestCheckScheduler::inactiveSchedulerStartsNothing()
{
    auto server = startServer(m_dir->filePath(u"mailbox"_qs));
    QVERIFY(server);
    const Account a = addAccount(u"Paused"_qs, server->serverPort(), 1);
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setActive(false);
    scheduler.setIntervalUnitForTesting(10ms);
    QSignalSpy started(&scheduler, &CheckScheduler::checkStarted);
    // Neither a new account nor going online wakes it.
    addAccount(u"New"_qs, server->serverPort(), 1);
    scheduler.setOnline(false);
    scheduler.setOnline(true);
    QTest::qWait(200);
    QCOMPARE(started.size(), 0);
    QVERIFY(!scheduler.nextCheck(a.id).isValid());
}

void TestCheckScheduler::quitGuardCancelsMidFetch_data()
{
    QTest::addColumn<bool>("throughAboutToQuit");
    QTest::newRow("settle()") << false;
    QTest::newRow("application quits") << true;
}

void TestCheckScheduler::quitGuardCancelsMidFetch()
{
    QFETCH(bool, throughAboutToQuit);
    // 30 messages of 200 KB: a periodic check that is still running when we quit.
    const QString box = m_dir->filePath(u"mailbox"_qs);
    for (int i = 0; i < 30; ++i) {
        QVERIFY(writeMessage(box, u"m%1"_qs.arg(i, 2, 10, QLatin1Char('0')), 200 * 1024));
    }
    auto server = startServer(box);
    QVERIFY(server);
    const Account a = addAccount(u"Big"_qs, server->serverPort(), 1);
    CheckScheduler scheduler(m_store.get(), m_queue.get());
    scheduler.setIntervalUnitForTesting(10ms);
    QuitGuard guard(m_queue.get(), &scheduler);
    QSignalSpy cancelled(&guard, &QuitGuard::fetchCancelled);
    bool settled = false;
    bool quitting = false;
    int doneAtQuit = 0;
    connect(m_queue.get(), &FetchQueue::progress, this,
        [&](const QString&, int done, int total, qint64, qint64) {
            if (quitting || done < 3 || done >= total) {
                return;
            }
            quitting = true;
            doneAtQuit = done;
            if (throughAboutToQuit) {
                QCoreApplication::exit(0);
            } else {
                settled = guard.settle();
            }
        });
    if (throughAboutToQuit) {
        // The real path: the program's event loop ends, aboutToQuit runs the guard.
        guard.watch(QCoreApplication::instance());
        connect(&guard, &QuitGuard::fetchCancelled, this, [&] { settled = true; });
        QTimer::singleShot(WaitMs, QCoreApplication::instance(), [] { QCoreApplication::exit(1); });
        QCOMPARE(QCoreApplication::exec(), 0);
        guard.disconnect(QCoreApplication::instance());
        disconnect(QCoreApplication::instance(), nullptr, &guard, nullptr);
    } else {
        QVERIFY(waitUntil([&] { return quitting; }));
    }
    QVERIFY(quitting);
    QVERIFY(settled);
    QCOMPARE(cancelled.size(), 1);
    // Nothing runs any more, right away, and nothing new starts.
    QVERIFY(!m_queue->isBusy());
    QVERIFY(!scheduler.isActive());
    QVERIFY(!scheduler.nextCheck(a.id).isValid());
    QVERIFY(m_retrieved.value(u"Big"_qs) >= doneAtQuit);
    QVERIFY(m_retrieved.value(u"Big"_qs) < 30);

    // The program ends here: everything goes without the event loop running again.
    m_queue.reset();
    m_archives.reset();
    const QString dir = archiveOf(a.id);
    const QStringList files = maildirFiles(dir);
    QCOMPARE(files.size(), m_retrieved.value(u"Big"_qs));
    QVERIFY(filesIn(dir, {u"tmp"_qs}).isEmpty());
    // Reopened: the index had every file already, nothing to repair.
    {
        ArchiveStore store(dir);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.lastReconcile().indexed, 0);
        QCOMPARE(store.lastReconcile().removed, 0);
        QCOMPARE(store.index()->count(), int(files.size()));
    }
    // And nothing was deleted on the server.
    QCOMPARE(server->mailbox().count(), 30);
}

void TestCheckScheduler::quitGuardFinishPolicyLetsTheFetchEnd()
{
    const QString box = m_dir->filePath(u"mailbox"_qs);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(writeMessage(box, u"m%1"_qs.arg(i), 50 * 1024));
    }
    auto server = startServer(box);
    QVERIFY(server);
    const Account a = addAccount(u"Finish"_qs, server->serverPort(), 0);
    QuitGuard guard(m_queue.get());
    guard.setPolicy(QuitGuard::Policy::Finish);
    QSignalSpy cancelled(&guard, &QuitGuard::fetchCancelled);
    m_queue->enqueue(*m_store->find(a.id));
    QVERIFY(m_queue->isBusy());
    QVERIFY(guard.settle());
    QVERIFY(!m_queue->isBusy());
    QCOMPARE(cancelled.size(), 0);
    QCOMPARE(m_retrieved.value(u"Finish"_qs), 5);

    // With no time to finish, it cancels.
    QVERIFY(writeMessage(box, u"late"_qs, 4 * 1024 * 1024));
    guard.setFinishTimeout(0ms);
    m_queue->enqueue(*m_store->find(a.id));
    QVERIFY(guard.settle());
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!m_queue->isBusy());
}

QTEST_GUILESS_MAIN(TestCheckScheduler)
#include "tst_checkscheduler.moc"
