// SPDX-License-Identifier: GPL-3.0-or-later
// FetchQueue against the in-process demo POP3 server over real loopback sockets: accounts
// run one after another into their own archives (AccountArchives), duplicates in the queue
// are ignored, a refused login or a missing password ends only that account, the password
// never shows in the traffic or a message, and cancel() in the middle of a large fetch
// leaves an archive that a second fetch completes without a duplicate. Every wait is for a
// condition with a deadline.
#include "MessageFiles.h"
#include "account/CredentialStore.h"
#include "archive/ArchiveStore.h"
#include "server/DemoPop3Server.h"
#include "sync/AccountArchives.h"
#include "sync/FetchQueue.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Postbote;
using namespace Postbote::Test;

namespace {

constexpr int WaitMs = 60000; // generous: the large mailbox runs under ASan in CI

bool waitUntil(const std::function<bool()>& done, int ms = WaitMs)
{
    QDeadlineTimer deadline(ms);
    QTimer tick;
    tick.start(20);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

/// Writes \a count messages (LF line ends, as the archive stores them) into \a dir; each has
/// a body of about \a bodyBytes. Returns their contents.
QList<QByteArray> writeMailbox(const QString& dir, const QString& tag, int count, int bodyBytes)
{
    QDir().mkpath(dir);
    QList<QByteArray> contents;
    for (int i = 1; i <= count; ++i) {
        QByteArray message = "From: Sender <sender@example.org>\n"
                             "To: Max <max@example.org>\n"
                             "Date: Mon, 02 Mar 2026 10:00:00 +0100\n";
        message += "Subject: " + tag.toUtf8() + ' ' + QByteArray::number(i) + '\n';
        message
            += "Message-ID: <" + tag.toUtf8() + '.' + QByteArray::number(i) + "@example.org>\n\n";
        message += "Message " + QByteArray::number(i) + " for " + tag.toUtf8() + ".\n";
        const QByteArray line = QByteArray(75, char('a' + i % 26)) + '\n';
        for (int written = 0; written < bodyBytes; written += int(line.size())) {
            message += line;
        }
        QFile file(dir + QStringLiteral("/%1.eml").arg(i, 3, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size()) {
            return {};
        }
        contents.append(message);
    }
    std::sort(contents.begin(), contents.end());
    return contents;
}

/// Everything the queue says, in order.
struct Recorder
{
    QStringList events; ///< "started <id>", "finished <id>", "idle"
    QHash<QString, CheckMailJob::Result> results;
    QHash<QString, QString> messages;
    QHash<QString, QList<qint64>> lastProgress; ///< done, total, bytes done, bytes total
    QList<ProtocolEvent> traffic;
    QList<ArchiveRecord> archived;
    QHash<QString, int> archivedAtFinish; ///< the account's announcements before its end
    QStringList passwordRequired;
    QList<CredentialError::Kind> credentialErrors;
    int idle = 0;

    void attach(FetchQueue* queue, AccountArchives* archives)
    {
        QObject::connect(queue, &FetchQueue::accountStarted, queue,
            [this](const QString& id) { events.append(QStringLiteral("started ") + id); });
        QObject::connect(queue, &FetchQueue::accountFinished, queue,
            [this](const QString& id, const CheckMailJob::Result& result, const QString& text) {
                events.append(QStringLiteral("finished ") + id);
                results.insert(id, result);
                messages.insert(id, text);
                archivedAtFinish.insert(id,
                    int(std::count_if(archived.cbegin(), archived.cend(),
                        [&](const ArchiveRecord& r) { return r.account == id; })));
            });
        QObject::connect(queue, &FetchQueue::progress, queue,
            [this](const QString& id, int done, int total, qint64 bytes, qint64 bytesTotal) {
                lastProgress.insert(id, {done, total, bytes, bytesTotal});
            });
        QObject::connect(queue, &FetchQueue::traffic, queue,
            [this](const ProtocolEvent& event) { traffic.append(event); });
        QObject::connect(queue, &FetchQueue::idle, queue, [this] {
            events.append(QStringLiteral("idle"));
            ++idle;
        });
        QObject::connect(queue, &FetchQueue::passwordRequired, queue,
            [this](const QString& id, const CredentialError& error) {
                passwordRequired.append(id);
                credentialErrors.append(error.kind());
            });
        QObject::connect(archives, &AccountArchives::messageArchived, archives,
            [this](const ArchiveRecord& record) { archived.append(record); });
    }
};

} // namespace

class TestFetchQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void twoAccountsOneAfterTheOther();
    void enqueueIgnoresQueuedRunningAndDisabled();
    void wrongPasswordEndsOnlyThatAccount();
    void passwordNeverInTraffic();
    void missingPasswordEndsOnlyThatAccount();
    void cancelInTheMiddleLeavesAConsistentArchive_data();
    void cancelInTheMiddleLeavesAConsistentArchive();
    void cancelWhileAskingTheKeychain();
    void passwordOnceIsRememberedOnlyAfterLogin();

private:
    std::unique_ptr<DemoPop3Server> startServer(
        const QString& mailboxDir, const QString& password = QStringLiteral("password"));
    Account account(const QString& name, quint16 port) const;
    QString archiveOf(const QString& id) const
    {
        return m_dir->filePath(QStringLiteral("archives/") + id);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountArchives> m_archives;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<FetchQueue> m_queue;
    Recorder m_log;
};

void TestFetchQueue::initTestCase()
{
    // No keychain in this process: QtKeychain finds no Secret Service at this address, so a
    // password that is not fixed is missing, deterministically and without a real keychain.
    static QTemporaryDir nowhere;
    qputenv("DBUS_SESSION_BUS_ADDRESS",
        QByteArray("unix:path=") + QFile::encodeName(nowhere.filePath(u"no-such-bus"_qs)));
}

void TestFetchQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat);
    m_archives = std::make_unique<AccountArchives>();
    m_archives->setDirectoryResolver([this](const QString& id) { return archiveOf(id); });
    m_credentials = std::make_unique<CredentialStore>(
        QStringLiteral("postbote-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_queue = std::make_unique<FetchQueue>(m_archives.get(), m_credentials.get(), m_settings.get());
    SessionOptions defaults;
    defaults.timeouts.connectMs = 10000;
    defaults.timeouts.replyMs = 30000;
    m_queue->setSessionDefaults(defaults);
    m_log = Recorder();
    m_log.attach(m_queue.get(), m_archives.get());
}

void TestFetchQueue::cleanup()
{
    m_queue.reset();
    m_credentials.reset();
    m_archives.reset();
    m_settings.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_dir.reset();
}

std::unique_ptr<DemoPop3Server> TestFetchQueue::startServer(
    const QString& mailboxDir, const QString& password)
{
    auto server = std::make_unique<DemoPop3Server>();
    server->setCredentials(QStringLiteral("max"), password);
    if (!server->openMailboxDirectory(mailboxDir) || !server->listen()) {
        qWarning("demo server: %s", qPrintable(server->errorString()));
        return nullptr;
    }
    return server;
}

Account TestFetchQueue::account(const QString& name, quint16 port) const
{
    Account a = Account::create();
    a.name = name;
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = Security::None;
    a.allowCleartext = true;
    // USER/PASS, so that the dialogue has a PASS line whose masking can be checked.
    a.auth = AuthMethod::UserPass;
    a.user = QStringLiteral("max");
    return a;
}

void TestFetchQueue::twoAccountsOneAfterTheOther()
{
    const QString boxA = m_dir->filePath(u"mailbox-a"_qs);
    const QString boxB = m_dir->filePath(u"mailbox-b"_qs);
    const QList<QByteArray> mailA = writeMailbox(boxA, u"alpha"_qs, 3, 2000);
    const QList<QByteArray> mailB = writeMailbox(boxB, u"beta"_qs, 2, 500);
    QCOMPARE(mailA.size(), 3);
    auto serverA = startServer(boxA);
    auto serverB = startServer(boxB);
    QVERIFY(serverA && serverB);
    const Account a = account(u"Alpha"_qs, serverA->serverPort());
    const Account b = account(u"Beta"_qs, serverB->serverPort());
    m_queue->setFixedPassword(a.id, u"password"_qs);
    m_queue->setFixedPassword(b.id, u"password"_qs);

    QVERIFY(!m_queue->isBusy());
    m_queue->enqueue(QList<Account> {a, b});
    QVERIFY(m_queue->isBusy());
    QCOMPARE(m_queue->currentAccount(), a.id);
    QCOMPARE(m_queue->queuedAccounts(), QList<QString> {b.id});

    QVERIFY(waitUntil([&] { return m_log.idle > 0; }));
    QCOMPARE(m_log.events,
        QStringList({u"started "_qs + a.id, u"finished "_qs + a.id, u"started "_qs + b.id,
            u"finished "_qs + b.id, u"idle"_qs}));
    QVERIFY(!m_queue->isBusy());
    QVERIFY(m_queue->currentAccount().isEmpty());
    for (const Account& acc : {a, b}) {
        const CheckMailJob::Result result = m_log.results.value(acc.id);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
        QVERIFY2(m_log.messages.value(acc.id).isEmpty(), qPrintable(m_log.messages.value(acc.id)));
        const QList<qint64> last = m_log.lastProgress.value(acc.id);
        QCOMPARE(last.size(), 4);
        QCOMPARE(last.at(0), last.at(1));
        QCOMPARE(last.at(2), last.at(3));
    }
    QCOMPARE(m_log.results.value(a.id).retrieved, 3);
    QCOMPARE(m_log.results.value(b.id).retrieved, 2);
    QCOMPARE(m_log.archivedAtFinish.value(a.id), 3);
    QCOMPARE(m_log.archivedAtFinish.value(b.id), 2);
    QCOMPARE(m_log.lastProgress.value(a.id).at(1), 3);
    QCOMPARE(m_log.lastProgress.value(b.id).at(1), 2);

    // One announcement per message, each with the full record of the account's archive.
    QCOMPARE(m_log.archived.size(), 5);
    QString error;
    for (const ArchiveRecord& record : std::as_const(m_log.archived)) {
        QVERIFY(record.account == a.id || record.account == b.id);
        ArchiveStore* store = m_archives->store(record.account, &error);
        QVERIFY2(store, qPrintable(error));
        const auto stored = store->index()->record(record.id);
        QVERIFY(stored);
        QVERIFY(stored->sameStoredState(record));
        QCOMPARE(record.subject, stored->subject);
        QVERIFY2(record.subject.startsWith(record.account == a.id ? u"alpha "_qs : u"beta "_qs),
            qPrintable(record.subject));
        QCOMPARE(record.from, stored->from);
        QVERIFY(!record.uidl.isEmpty());
        QVERIFY(QFile::exists(m_archives->filePath({record.account, record.id})));
    }
    QCOMPARE(sortedContents(maildirFiles(archiveOf(a.id))), mailA);
    QCOMPARE(sortedContents(maildirFiles(archiveOf(b.id))), mailB);
    QVERIFY(m_archives->isOpen(a.id));
    QVERIFY(m_archives->isOpen(b.id));

    // idle() came once, and nothing more follows.
    QTest::qWait(100);
    QCOMPARE(m_log.idle, 1);
}

void TestFetchQueue::enqueueIgnoresQueuedRunningAndDisabled()
{
    const QString box = m_dir->filePath(u"mailbox"_qs);
    QCOMPARE(writeMailbox(box, u"gamma"_qs, 2, 100).size(), 2);
    auto server = startServer(box);
    QVERIFY(server);
    const Account a = account(u"A"_qs, server->serverPort());
    const Account b = account(u"B"_qs, server->serverPort());
    Account off = account(u"Off"_qs, server->serverPort());
    off.enabled = false;
    for (const Account& acc : {a, b, off}) {
        m_queue->setFixedPassword(acc.id, u"password"_qs);
    }

    m_queue->enqueue(a);
    m_queue->enqueue(b);
    m_queue->enqueue(a); // running
    m_queue->enqueue(b); // queued
    m_queue->enqueue(off);
    QCOMPARE(m_queue->currentAccount(), a.id);
    QCOMPARE(m_queue->queuedAccounts(), QList<QString> {b.id});

    QVERIFY(waitUntil([&] { return m_log.idle > 0; }));
    QCOMPARE(m_log.events,
        QStringList({u"started "_qs + a.id, u"finished "_qs + a.id, u"started "_qs + b.id,
            u"finished "_qs + b.id, u"idle"_qs}));
    QVERIFY(!m_log.results.contains(off.id));
}

void TestFetchQueue::wrongPasswordEndsOnlyThatAccount()
{
    const QString box = m_dir->filePath(u"mailbox"_qs);
    const QList<QByteArray> mail = writeMailbox(box, u"delta"_qs, 2, 100);
    auto server = startServer(box, u"right-pass"_qs);
    QVERIFY(server);
    const Account bad = account(u"Mistyped Account"_qs, server->serverPort());
    const Account good = account(u"Good"_qs, server->serverPort());
    m_queue->setFixedPassword(bad.id, u"wrong-pass"_qs);
    m_queue->setFixedPassword(good.id, u"right-pass"_qs);

    m_queue->enqueue(QList<Account> {bad, good});
    QVERIFY(waitUntil([&] { return m_log.idle > 0; }));
    QCOMPARE(m_log.events,
        QStringList({u"started "_qs + bad.id, u"finished "_qs + bad.id, u"started "_qs + good.id,
            u"finished "_qs + good.id, u"idle"_qs}));

    const CheckMailJob::Result refused = m_log.results.value(bad.id);
    QCOMPARE(refused.error.kind(), Pop3Error::Kind::Authentication);
    const QString message = m_log.messages.value(bad.id);
    QVERIFY2(message.contains(bad.name), qPrintable(message));
    // The server's own words (the demo server's RFC 3206 refusal) are in the sentence.
    QVERIFY2(!refused.error.serverText().isEmpty(), qPrintable(refused.error.toString()));
    QVERIFY2(message.contains(refused.error.serverText()), qPrintable(message));
    QVERIFY2(message.contains(u"invalid user name or password"_qs), qPrintable(message));
    QVERIFY(!message.contains(u"wrong-pass"_qs));
    QVERIFY(maildirFiles(archiveOf(bad.id)).isEmpty());

    QVERIFY(m_log.messages.value(good.id).isEmpty());
    QCOMPARE(m_log.results.value(good.id).retrieved, 2);
    QCOMPARE(sortedContents(maildirFiles(archiveOf(good.id))), mail);
}

void TestFetchQueue::passwordNeverInTraffic()
{
    const QString box = m_dir->filePath(u"mailbox"_qs);
    QCOMPARE(writeMailbox(box, u"epsilon"_qs, 1, 100).size(), 1);
    const QString secret = u"Zq9-s3cr3t-PW"_qs;
    const QString wrong = u"Xy7-wr0ng-PW"_qs;
    auto server = startServer(box, secret);
    QVERIFY(server);
    const Account bad = account(u"Bad"_qs, server->serverPort());
    const Account good = account(u"Good"_qs, server->serverPort());
    m_queue->setFixedPassword(bad.id, wrong);
    m_queue->setFixedPassword(good.id, secret);
    m_queue->enqueue(QList<Account> {bad, good});
    QVERIFY(waitUntil([&] { return m_log.idle > 0; }));
    QVERIFY(!m_log.results.value(good.id).error.isError());

    int passLines = 0;
    for (const ProtocolEvent& event : std::as_const(m_log.traffic)) {
        QVERIFY2(
            !event.text.contains(secret) && !event.text.contains(wrong), qPrintable(event.text));
        if (event.direction == ProtocolEvent::Direction::Client
            && event.text.startsWith(u"PASS"_qs)) {
            QCOMPARE(event.text, u"PASS ****"_qs);
            ++passLines;
        }
    }
    QCOMPARE(passLines, 2); // one per account, both masked
    for (const QString& message : std::as_const(m_log.messages)) {
        QVERIFY(!message.contains(secret) && !message.contains(wrong));
    }
}

void TestFetchQueue::missingPasswordEndsOnlyThatAccount()
{
    const QString box = m_dir->filePath(u"mailbox"_qs);
    QCOMPARE(writeMailbox(box, u"zeta"_qs, 1, 100).size(), 1);
    auto server = startServer(box);
    QVERIFY(server);
    const Account unknown = account(u"No Password"_qs, server->serverPort());
    const Account known = account(u"Known"_qs, server->serverPort());
    m_queue->setFixedPassword(known.id, u"password"_qs);

    m_queue->enqueue(QList<Account> {unknown, known});
    QVERIFY(waitUntil([&] { return m_log.idle > 0; }));
    QCOMPARE(m_log.events,
        QStringList({u"started "_qs + unknown.id, u"finished "_qs + unknown.id,
            u"started "_qs + known.id, u"finished "_qs + known.id, u"idle"_qs}));
    QCOMPARE(m_log.passwordRequired, QStringList {unknown.id});
    // No Secret Service at the bus address: QtKeychain says so (or, with some backends, that
    // there is no such entry); either way the password is missing.
    QVERIFY(m_log.credentialErrors.first() == CredentialError::Kind::NoKeychain
        || m_log.credentialErrors.first() == CredentialError::Kind::NotFound);
    const QString message = m_log.messages.value(unknown.id);
    QVERIFY2(message.contains(u"“No Password”"_qs), qPrintable(message));
    QVERIFY2(message.contains(u"No password is stored"_qs), qPrintable(message));
    QVERIFY(m_log.results.value(unknown.id).error.isError());
    QVERIFY(m_log.messages.value(known.id).isEmpty());
    QCOMPARE(m_log.results.value(known.id).retrieved, 1);
}

void TestFetchQueue::cancelInTheMiddleLeavesAConsistentArchive_data()
{
    QTest::addColumn<bool>("fromTheLoop");
    // As a button does it, and from inside a progress() slot (the job is mid-signal then).
    QTest::newRow("from the event loop") << true;
    QTest::newRow("inside progress()") << false;
}

void TestFetchQueue::cancelInTheMiddleLeavesAConsistentArchive()
{
    QFETCH(bool, fromTheLoop);
    const QString box = m_dir->filePath(u"mailbox"_qs);
    const int count = 20;
    const QList<QByteArray> mail = writeMailbox(box, u"large"_qs, count, 1024 * 1024);
    QCOMPARE(mail.size(), count);
    auto server = startServer(box);
    QVERIFY(server);
    const Account big = account(u"Large Mailbox"_qs, server->serverPort());
    const Account after = account(u"Queued Behind"_qs, server->serverPort());
    m_queue->setFixedPassword(big.id, u"password"_qs);
    m_queue->setFixedPassword(after.id, u"password"_qs);

    // Cancel once a few messages have arrived.
    bool cancelAsked = false;
    const auto connection = connect(m_queue.get(), &FetchQueue::progress, this,
        [&](const QString& id, int done, int, qint64, qint64) {
            if (id == big.id && done >= 3 && !cancelAsked) {
                cancelAsked = true;
                if (fromTheLoop) {
                    QTimer::singleShot(0, m_queue.get(), &FetchQueue::cancel);
                } else {
                    m_queue->cancel();
                }
            }
        });
    m_queue->enqueue(QList<Account> {big, after});
    QVERIFY(waitUntil([&] { return m_log.idle > 0; }));
    disconnect(connection);
    QVERIFY(cancelAsked);
    QCOMPARE(
        m_log.events, QStringList({u"started "_qs + big.id, u"finished "_qs + big.id, u"idle"_qs}));
    QVERIFY(!m_queue->isBusy());
    QVERIFY(m_queue->queuedAccounts().isEmpty());
    const CheckMailJob::Result cancelled = m_log.results.value(big.id);
    QCOMPARE(cancelled.error.kind(), Pop3Error::Kind::Cancelled);
    QVERIFY2(m_log.messages.value(big.id).contains(big.name), qPrintable(m_log.messages[big.id]));

    // Consistent: every file in the Maildir is indexed exactly once, and what was announced
    // is what is there; the partial message left nothing behind in tmp/.
    QString error;
    ArchiveStore* store = m_archives->store(big.id, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<ArchiveRecord> records = store->records(big.id);
    QVERIFY2(
        records.size() >= 3 && records.size() < count, qPrintable(QString::number(records.size())));
    QCOMPARE(m_log.archived.size(), records.size());
    QCOMPARE(m_log.archivedAtFinish.value(big.id), records.size());
    QSet<QString> indexed;
    for (const ArchiveRecord& r : records) {
        QVERIFY2(!indexed.contains(r.fileName), qPrintable(r.fileName));
        indexed.insert(r.fileName);
    }
    QSet<QString> onDisk;
    for (const QString& path : maildirFiles(archiveOf(big.id))) {
        onDisk.insert(QDir(archiveOf(big.id)).relativeFilePath(path));
    }
    QCOMPARE(onDisk, indexed);
    QVERIFY(filesIn(archiveOf(big.id), {u"tmp"_qs}).isEmpty());
    // Opening it afresh finds nothing to repair.
    m_archives->close(big.id);
    QVERIFY(!m_archives->isOpen(big.id));
    store = m_archives->store(big.id, &error);
    QVERIFY2(store, qPrintable(error));
    const ArchiveReconciler::Report repaired = store->lastReconcile();
    QCOMPARE(repaired.indexed + repaired.removed + repaired.updated, 0);

    // The server lets the aborted session go; then a new fetch completes the archive.
    QVERIFY(waitUntil([&] { return server->sessionCount() == 0; }));
    m_log = Recorder(); // still attached: the connections hold its address
    m_queue->enqueue(big);
    QVERIFY(waitUntil([&] { return m_log.idle > 0; }));
    const CheckMailJob::Result completed = m_log.results.value(big.id);
    QVERIFY2(!completed.error.isError(), qPrintable(completed.error.toString()));
    QCOMPARE(completed.retrieved, count - int(records.size()));
    const QList<ArchiveRecord> all = store->records(big.id);
    QCOMPARE(all.size(), count);
    QSet<QByteArray> uidls;
    for (const ArchiveRecord& r : all) {
        uidls.insert(r.uidl);
    }
    QCOMPARE(uidls.size(), count);
    QCOMPARE(sortedContents(maildirFiles(archiveOf(big.id))), mail);
}

void TestFetchQueue::cancelWhileAskingTheKeychain()
{
    m_queue->cancel(); // idle already: nothing to say
    QCOMPARE(m_log.idle, 0);

    const Account unknown = account(u"Asking"_qs, 1);
    QSignalSpy read(m_credentials.get(), &CredentialStore::readFinished);
    m_queue->enqueue(unknown);
    QCOMPARE(m_queue->currentAccount(), unknown.id);
    m_queue->cancel();
    QCOMPARE(m_log.events,
        QStringList({u"started "_qs + unknown.id, u"finished "_qs + unknown.id, u"idle"_qs}));
    QVERIFY(!m_queue->isBusy());
    QCOMPARE(m_log.results.value(unknown.id).error.kind(), Pop3Error::Kind::Cancelled);
    QVERIFY(m_log.messages.value(unknown.id).contains(unknown.name));

    // The keychain's late answer belongs to no running account any more.
    QVERIFY(read.wait(20000));
    QCoreApplication::processEvents();
    QCOMPARE(m_log.events.size(), 3);
    QVERIFY(m_log.passwordRequired.isEmpty());
}

void TestFetchQueue::passwordOnceIsRememberedOnlyAfterLogin()
{
    // The password prompt's path: a typed password for one fetch, stored
    // only once the server took it.
    const QString box = m_dir->filePath(u"mailbox"_qs);
    writeMailbox(box, u"once"_qs, 1, 100);
    auto server = startServer(box, u"right-pass"_qs);
    QVERIFY(server);
    const Account acc = account(u"Typed"_qs, server->serverPort());
    m_queue->setFixedPassword(acc.id, u"wrong-pass"_qs);
    QStringList order;
    connect(m_queue.get(), &FetchQueue::loggedIn, this,
        [&](const QString& id) { order << u"loggedIn "_qs + id; });
    connect(m_queue.get(), &FetchQueue::progress, this, [&](const QString& id) {
        if (!order.contains(u"progress "_qs + id)) {
            order << u"progress "_qs + id;
        }
    });
    connect(m_credentials.get(), &CredentialStore::rememberFinished, this,
        [&](const QString& id) { order << u"remembered "_qs + id; });
    QSignalSpy finished(m_queue.get(), &FetchQueue::accountFinished);

    // A typed password that is wrong too: refused, and never stored.
    m_queue->setPasswordOnce(acc.id, u"still-wrong"_qs, true);
    m_queue->enqueue(acc);
    QVERIFY(waitUntil([&] { return finished.count() == 1; }));
    QCOMPARE(finished.at(0).at(1).value<CheckMailJob::Result>().error.kind(),
        Pop3Error::Kind::Authentication);
    QTest::qWait(100);
    QVERIFY(order.isEmpty());

    // The right one: used before the fixed one, and remembered after the login.
    m_queue->setPasswordOnce(acc.id, u"right-pass"_qs, true);
    m_queue->enqueue(acc);
    QVERIFY(waitUntil([&] { return finished.count() == 2; }));
    QVERIFY(!finished.at(1).at(1).value<CheckMailJob::Result>().error.isError());
    QVERIFY(waitUntil([&] { return order.size() == 3; }));
    QCOMPARE(order.value(0), u"loggedIn "_qs + acc.id);
    QCOMPARE(order.value(1), u"progress "_qs + acc.id);
    QCOMPARE(order.value(2), u"remembered "_qs + acc.id);
    QVERIFY(m_credentials->holdsInMemory(acc.id)); // no keychain here: kept for this run

    // One fetch only: the next one uses the fixed password again.
    m_queue->enqueue(acc);
    QVERIFY(waitUntil([&] { return finished.count() == 3; }));
    QCOMPARE(finished.at(2).at(1).value<CheckMailJob::Result>().error.kind(),
        Pop3Error::Kind::Authentication);
}

QTEST_GUILESS_MAIN(TestFetchQueue)
#include "tst_fetchqueue.moc"
