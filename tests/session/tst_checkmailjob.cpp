// SPDX-License-Identifier: GPL-3.0-or-later
// CheckMailJob on a scripted server and a real archive in a temporary folder: the order that
// keeps mail safe (durable before DELE, QUIT last), and what happens when things break.
#include "MessageFiles.h"
#include "ScriptedTransport.h"
#include "archive/ArchiveStore.h"
#include "sync/CheckMailJob.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;
using Postbote::Test::ScriptedTransport;

namespace {

const QByteArray Capa = "+OK\r\nTOP\r\nUIDL\r\nUSER\r\nPIPELINING\r\n.\r\n";

QByteArray message(int i)
{
    return "Subject: message " + QByteArray::number(i) + "\r\n\r\nBody " + QByteArray::number(i)
        + "\r\n..leading dot\r\n";
}

QByteArray stored(int i)
{
    return "Subject: message " + QByteArray::number(i) + "\n\nBody " + QByteArray::number(i)
        + "\n.leading dot\n";
}

QByteArray uidlListing(int count)
{
    QByteArray reply = "+OK\r\n";
    for (int i = 1; i <= count; ++i) {
        reply += QByteArray::number(i) + " uid-" + QByteArray::number(i) + "\r\n";
    }
    return reply + ".\r\n";
}

/// A message of exactly \a size octets on the wire, as LIST announces it.
QByteArray sizedMessage(int i, qsizetype size)
{
    QByteArray text = "Subject: large " + QByteArray::number(i) + "\r\n\r\n";
    const QByteArray line = QByteArray(76, char('a' + i % 26)) + "\r\n";
    while (text.size() + line.size() <= size) {
        text += line;
    }
    return text + QByteArray(size - text.size() - 2, 'z') + "\r\n";
}

QByteArray scanListing(int count)
{
    QByteArray reply = "+OK\r\n";
    for (int i = 1; i <= count; ++i) {
        reply += QByteArray::number(i) + ' ' + QByteArray::number(message(i).size()) + "\r\n";
    }
    return reply + ".\r\n";
}

SessionOptions options()
{
    SessionOptions o;
    o.host = QStringLiteral("pop.example.org");
    o.user = QStringLiteral("max");
    o.password = QStringLiteral("password");
    o.auth = AuthMethod::UserPass;
    return o;
}

// Batches are made durable on a worker thread: lets the commits in flight finish and the job
// react to them (DELE, QUIT, finished()), as the event loop of the application would.
void settle(ArchiveStore& store)
{
    for (int round = 0; round < 3; ++round) {
        QTRY_VERIFY_WITH_TIMEOUT(!store.isCommitting(), 10000);
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestCheckMailJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fetchesAndDeletesOnlyAfterCommit();
    void keepLeavesServerAlone();
    void refusedRetrIsNotDeleted();
    void dropMidRetrThenRerunStoresEachOnce();
    void diskFullDeletesNothing();
    void pipelineDropFallsBackToOneAtATime();
    void cancelDeletesNothing();
    void summaryNamesTheFailure();
    void deleWaitsForTheBackgroundCommit();
    void batchesCommitInOrderWhileRetrieving();
    void cancelWhileCommitting();
    void batchedReadsOnlyWhileMuchIsOnItsWay();

private:
    // Plays the server up to the transaction state and answers UIDL and LIST (by default
    // with the sizes of message()).
    void serveLogin(ScriptedTransport& t, int count, const QByteArray& listing = {});
    QStringList archivedFiles() const;
    QByteArray archivedContents() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCheckMailJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCheckMailJob::serveLogin(ScriptedTransport& t, int count, const QByteArray& listing)
{
    t.acceptConnection();
    t.serverSends("+OK ready\r\n");
    t.serverSends(Capa);
    t.serverSends("+OK\r\n");
    t.serverSends("+OK logged in\r\n");
    const QByteArray written = t.takeWritten();
    QVERIFY(written.startsWith("CAPA\r\nUSER max\r\nPASS password\r\nUIDL\r\n"));
    // With pipelining LIST follows UIDL at once, otherwise after its reply.
    const bool pipelined = written.endsWith("LIST\r\n");
    t.serverSends(uidlListing(count));
    if (!pipelined) {
        QCOMPARE(t.takeWritten(), QByteArray("LIST\r\n"));
    }
    t.serverSends(listing.isEmpty() ? scanListing(count) : listing);
}

QStringList TestCheckMailJob::archivedFiles() const
{
    return Postbote::Test::maildirFiles(m_dir->path());
}

QByteArray TestCheckMailJob::archivedContents() const
{
    return Postbote::Test::sortedContents(archivedFiles()).join("|");
}

static QByteArray expectedContents(const QList<int>& numbers)
{
    QList<QByteArray> contents;
    for (int i : numbers) {
        contents << stored(i);
    }
    std::sort(contents.begin(), contents.end());
    return contents.join("|");
}

void TestCheckMailJob::fetchesAndDeletesOnlyAfterCommit()
{
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    ScriptedTransport t;
    CheckMailJob job(
        options(), &store, QStringLiteral("max@pop"), RetentionPolicy::deleteAfterArchiving(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    serveLogin(t, 3);
    // All three RETRs pipelined, no DELE before their data is archived.
    QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\nRETR 2\r\nRETR 3\r\n"));
    t.serverSends("+OK\r\n" + message(1) + ".\r\n+OK\r\n" + message(2) + ".\r\n");
    QCOMPARE(t.takeWritten(), QByteArray());
    t.serverSends("+OK\r\n" + message(3) + ".\r\n");
    settle(store);
    // Now committed: the index knows all three, and only then the DELEs go out.
    QCOMPARE(store.records(QStringLiteral("max@pop")).size(), 3);
    QCOMPARE(t.takeWritten(), QByteArray("DELE 1\r\nDELE 2\r\nDELE 3\r\n"));
    t.serverSends("+OK\r\n+OK\r\n+OK\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK bye\r\n");
    QCOMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<CheckMailJob::Result>();
    QVERIFY(!result.error.isError());
    QCOMPARE(result.retrieved, 3);
    QCOMPARE(result.deleted, 3);
    QCOMPARE(archivedContents(), expectedContents({1, 2, 3}));
}

void TestCheckMailJob::keepLeavesServerAlone()
{
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    {
        ScriptedTransport t;
        CheckMailJob job(
            options(), &store, QStringLiteral("max@pop"), RetentionPolicy::keepOnServer(), &t);
        QSignalSpy finished(&job, &CheckMailJob::finished);
        job.start();
        serveLogin(t, 2);
        QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\nRETR 2\r\n"));
        t.serverSends("+OK\r\n" + message(1) + ".\r\n+OK\r\n" + message(2) + ".\r\n");
        settle(store);
        QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
        t.serverSends("+OK\r\n");
        QCOMPARE(finished.count(), 1);
    }
    // A second check finds both archived and fetches nothing.
    ScriptedTransport t;
    CheckMailJob job(
        options(), &store, QStringLiteral("max@pop"), RetentionPolicy::keepOnServer(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    serveLogin(t, 2);
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.first().first().value<CheckMailJob::Result>().retrieved, 0);
    QCOMPARE(archivedFiles().size(), 2);
}

void TestCheckMailJob::refusedRetrIsNotDeleted()
{
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    ScriptedTransport t;
    CheckMailJob job(
        options(), &store, QStringLiteral("max@pop"), RetentionPolicy::deleteAfterArchiving(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    serveLogin(t, 2);
    QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\nRETR 2\r\n"));
    t.serverSends("-ERR [SYS/TEMP] message 1 unavailable\r\n+OK\r\n" + message(2) + ".\r\n");
    settle(store);
    QCOMPARE(t.takeWritten(), QByteArray("DELE 2\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK\r\n");
    const auto result = finished.first().first().value<CheckMailJob::Result>();
    QCOMPARE(result.refused, 1);
    QCOMPARE(result.retrieved, 1);
    QCOMPARE(result.deleted, 1);
    QCOMPARE(archivedContents(), expectedContents({2}));
}

void TestCheckMailJob::dropMidRetrThenRerunStoresEachOnce()
{
    {
        ArchiveStore store(m_dir->path());
        QString error;
        QVERIFY(store.open(&error));
        ScriptedTransport t;
        SessionOptions o = options();
        o.pipelining = PipeliningMode::Off; // no fallback retry: the drop ends the check
        CheckMailJob job(
            o, &store, QStringLiteral("max@pop"), RetentionPolicy::deleteAfterArchiving(), &t);
        QSignalSpy finished(&job, &CheckMailJob::finished);
        job.start();
        serveLogin(t, 3);
        QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\n"));
        t.serverSends("+OK\r\n" + message(1) + ".\r\n");
        QCOMPARE(t.takeWritten(), QByteArray("RETR 2\r\n"));
        t.serverSends("+OK\r\nSubject: message 2\r\n\r\nBo");
        t.serverCloses();
        settle(store);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<CheckMailJob::Result>();
        QCOMPARE(result.error.kind(), Pop3Error::Kind::Network);
        QVERIFY(!t.allWritten().contains("DELE"));
        QVERIFY(!t.allWritten().contains("QUIT"));
        // The whole first message is kept; the half second one is not.
        QCOMPARE(archivedContents(), expectedContents({1}));
    }
    // Nothing was deleted on the server (no QUIT), so the rerun sees all three again.
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    ScriptedTransport t;
    CheckMailJob job(
        options(), &store, QStringLiteral("max@pop"), RetentionPolicy::deleteAfterArchiving(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    serveLogin(t, 3);
    QCOMPARE(t.takeWritten(), QByteArray("DELE 1\r\nRETR 2\r\nRETR 3\r\n"));
    t.serverSends("+OK\r\n+OK\r\n" + message(2) + ".\r\n+OK\r\n" + message(3) + ".\r\n");
    settle(store);
    QCOMPARE(t.takeWritten(), QByteArray("DELE 2\r\nDELE 3\r\n"));
    t.serverSends("+OK\r\n+OK\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.first().first().value<CheckMailJob::Result>().deleted, 3);
    QCOMPARE(archivedContents(), expectedContents({1, 2, 3}));
}

void TestCheckMailJob::diskFullDeletesNothing()
{
    {
        ArchiveStore store(m_dir->path());
        QString error;
        QVERIFY(store.open(&error));
        store.setSpaceLimitForTesting(message(1).size() + 10);
        ScriptedTransport t;
        CheckMailJob job(options(), &store, QStringLiteral("max@pop"),
            RetentionPolicy::deleteAfterArchiving(), &t);
        QSignalSpy finished(&job, &CheckMailJob::finished);
        job.start();
        serveLogin(t, 2);
        t.takeWritten();
        t.serverSends("+OK\r\n" + message(1) + ".\r\n+OK\r\n" + message(2) + ".\r\n");
        settle(store);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<CheckMailJob::Result>();
        QCOMPARE(result.error.kind(), Pop3Error::Kind::Storage);
        QVERIFY(!t.allWritten().contains("DELE"));
        QVERIFY(!t.allWritten().contains("QUIT"));
    }
    // With space again, a rerun completes; every message is archived exactly once.
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    ScriptedTransport t;
    CheckMailJob job(
        options(), &store, QStringLiteral("max@pop"), RetentionPolicy::deleteAfterArchiving(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    serveLogin(t, 2);
    const QByteArray written = t.takeWritten();
    if (written == "DELE 1\r\nRETR 2\r\n") {
        t.serverSends("+OK\r\n+OK\r\n" + message(2) + ".\r\n");
    } else {
        QCOMPARE(written, QByteArray("RETR 1\r\nRETR 2\r\n"));
        t.serverSends("+OK\r\n" + message(1) + ".\r\n+OK\r\n" + message(2) + ".\r\n");
    }
    settle(store);
    const QByteArray deletes = t.takeWritten();
    QVERIFY(deletes.contains("DELE 2"));
    t.serverSends(deletes.count("DELE") == 2 ? "+OK\r\n+OK\r\n" : "+OK\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(archivedContents(), expectedContents({1, 2}));
}

void TestCheckMailJob::pipelineDropFallsBackToOneAtATime()
{
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    ScriptedTransport t;
    CheckMailJob job(
        options(), &store, QStringLiteral("max@pop"), RetentionPolicy::keepOnServer(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    serveLogin(t, 3);
    QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\nRETR 2\r\nRETR 3\r\n"));
    t.serverSends("+OK\r\n" + message(1) + ".\r\n");
    t.serverCloses(); // a server that cannot cope with pipelining
    QCOMPARE(finished.count(), 0);
    // The job reconnects by itself and goes on one command at a time.
    QTRY_COMPARE(t.connectCount(), 2);
    serveLogin(t, 3);
    QCOMPARE(t.takeWritten(), QByteArray("RETR 2\r\n"));
    t.serverSends("+OK\r\n" + message(2) + ".\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("RETR 3\r\n"));
    t.serverSends("+OK\r\n" + message(3) + ".\r\n");
    settle(store);
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<CheckMailJob::Result>();
    QVERIFY(!result.error.isError());
    QVERIFY(result.pipelineDropped);
    QCOMPARE(result.retrieved, 3);
    QCOMPARE(archivedContents(), expectedContents({1, 2, 3}));
}

void TestCheckMailJob::cancelDeletesNothing()
{
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    ScriptedTransport t;
    CheckMailJob job(
        options(), &store, QStringLiteral("max@pop"), RetentionPolicy::deleteAfterArchiving(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    serveLogin(t, 2);
    t.takeWritten();
    t.serverSends("+OK\r\n" + message(1) + ".\r\n+OK\r\nSubject: half");
    job.cancel();
    settle(store);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<CheckMailJob::Result>().error.kind(),
        Pop3Error::Kind::Cancelled);
    QVERIFY(!t.allWritten().contains("DELE"));
    QVERIFY(!t.allWritten().contains("QUIT"));
    QCOMPARE(archivedContents(), expectedContents({1}));
}

void TestCheckMailJob::summaryNamesTheFailure()
{
    // The summary line is what postbote-cli prints; the dash joining the failure must come
    // out as one character, not as its UTF-8 bytes read as Latin-1 ("â\u0080\u0094").
    CheckMailJob::Result result;
    result.retrieved = 2;
    result.error = Pop3Error(Pop3Error::Kind::Network, QStringLiteral("lost"));
    const QString summary = result.summary();
    QVERIFY2(summary.contains(QStringLiteral(" \u2014 ")), qPrintable(summary));
    QVERIFY(summary.endsWith(Pop3Error::kindName(Pop3Error::Kind::Network)));
    QVERIFY(!summary.contains(QChar(0xe2)));
}

void TestCheckMailJob::deleWaitsForTheBackgroundCommit()
{
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    store.setCommitDelayForTesting(300);
    ScriptedTransport t;
    // DESIGN rule 1: when the batch is reported durable and indexed, no DELE has gone out.
    // (Connected before the job, so this runs before the job reacts.)
    QList<bool> deleBeforeCommit;
    connect(&store, &ArchiveStore::committed, this, [&](bool ok, const QString&) {
        QVERIFY(ok);
        deleBeforeCommit.append(t.allWritten().contains("DELE"));
    });
    CheckMailJob job(
        options(), &store, QStringLiteral("max@pop"), RetentionPolicy::deleteAfterArchiving(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    serveLogin(t, 2);
    QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\nRETR 2\r\n"));
    t.serverSends("+OK\r\n" + message(1) + ".\r\n+OK\r\n" + message(2) + ".\r\n");
    // The batch is made durable on the worker while the event loop runs; the server waits.
    QVERIFY(store.isCommitting());
    QTest::qWait(100);
    QVERIFY(store.isCommitting());
    QCOMPARE(t.takeWritten(), QByteArray());
    QVERIFY(store.records(QStringLiteral("max@pop")).isEmpty());
    settle(store);
    QCOMPARE(deleBeforeCommit, QList<bool> {false});
    QCOMPARE(store.records(QStringLiteral("max@pop")).size(), 2);
    QCOMPARE(t.takeWritten(), QByteArray("DELE 1\r\nDELE 2\r\n"));
    t.serverSends("+OK\r\n+OK\r\n");
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<CheckMailJob::Result>().deleted, 2);
}

void TestCheckMailJob::batchesCommitInOrderWhileRetrieving()
{
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    store.setCommitDelayForTesting(300);
    ScriptedTransport t;
    QList<int> indexedAtCommit;
    QList<bool> deleBeforeCommit;
    connect(&store, &ArchiveStore::committed, this, [&](bool ok, const QString&) {
        QVERIFY(ok);
        indexedAtCommit.append(int(store.records(QStringLiteral("max@pop")).size()));
        deleBeforeCommit.append(t.allWritten().contains("DELE"));
    });
    CheckMailJob job(
        options(), &store, QStringLiteral("max@pop"), RetentionPolicy::deleteAfterArchiving(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    const int count = CheckMailJob::CommitBatch + 6;
    job.start();
    serveLogin(t, count);
    // Serve each RETR as it is sent: the pipeline refills while the first batch is synced.
    int served = 0;
    while (served < count) {
        // The session handles replies in slices of its event-loop turn; a slow build (ASan)
        // leaves some for the next turn.
        QByteArray written;
        QTRY_VERIFY2_WITH_TIMEOUT(!(written += t.takeWritten()).isEmpty(),
            "the job stopped retrieving during a commit", 5000);
        QByteArray replies;
        for (const QByteArray& line : written.split('\n')) {
            if (line.startsWith("RETR ")) {
                const int n = line.mid(5).trimmed().toInt();
                replies += "+OK\r\n" + message(n) + ".\r\n";
                ++served;
            }
        }
        QVERIFY(!written.contains("DELE"));
        t.serverSends(replies);
    }
    // Everything arrives before the first batch is durable (its sync waits 300 ms).
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingCount(), count, 5000);
    QVERIFY(indexedAtCommit.isEmpty());
    QVERIFY(store.isCommitting());
    settle(store);
    QCOMPARE(indexedAtCommit, (QList<int> {CheckMailJob::CommitBatch, count}));
    QCOMPARE(deleBeforeCommit, (QList<bool> {false, false}));
    const QByteArray deletes = t.takeWritten();
    QCOMPARE(deletes.count("DELE "), count);
    QByteArray oks;
    for (int i = 0; i < count; ++i) {
        oks += "+OK\r\n";
    }
    t.serverSends(oks);
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<CheckMailJob::Result>();
    QVERIFY(!result.error.isError());
    QCOMPARE(result.retrieved, count);
    QCOMPARE(result.deleted, count);
    QCOMPARE(archivedFiles().size(), count);
}

void TestCheckMailJob::cancelWhileCommitting()
{
    {
        ArchiveStore store(m_dir->path());
        QString error;
        QVERIFY(store.open(&error));
        store.setCommitDelayForTesting(300);
        ScriptedTransport t;
        CheckMailJob job(options(), &store, QStringLiteral("max@pop"),
            RetentionPolicy::deleteAfterArchiving(), &t);
        QSignalSpy finished(&job, &CheckMailJob::finished);
        job.start();
        serveLogin(t, 3);
        t.takeWritten();
        t.serverSends("+OK\r\n" + message(1) + ".\r\n+OK\r\n" + message(2) + ".\r\n");
        t.serverSends("+OK\r\n" + message(3) + ".\r\n");
        QVERIFY(store.isCommitting());
        job.cancel();
        // At once (a quitting application has no event loop left), and only after the batch
        // in flight is durable and indexed.
        QCOMPARE(finished.count(), 1);
        QVERIFY(!store.isCommitting());
        QCOMPARE(store.records(QStringLiteral("max@pop")).size(), 3);
        settle(store);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<CheckMailJob::Result>().error.kind(),
            Pop3Error::Kind::Cancelled);
        QVERIFY(!t.allWritten().contains("DELE"));
        QVERIFY(!t.allWritten().contains("QUIT"));
        QCOMPARE(store.records(QStringLiteral("max@pop")).size(), 3);
    }
    // Reopened: nothing to repair, every message once.
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    QCOMPARE(store.lastReconcile().indexed, 0);
    QCOMPARE(store.records(QStringLiteral("max@pop")).size(), 3);
    QCOMPARE(archivedContents(), expectedContents({1, 2, 3}));
}

void TestCheckMailJob::batchedReadsOnlyWhileMuchIsOnItsWay()
{
    const int Batch = CheckMailJob::ReceiveLowWaterBytes;
    constexpr qsizetype Large = 900 * 1000;
    static_assert(2 * Large > CheckMailJob::LowWaterEngageBytes);
    static_assert(Large + 2000 < CheckMailJob::LowWaterEngageBytes);
    ArchiveStore store(m_dir->path());
    QString error;
    QVERIFY(store.open(&error));
    {
        ScriptedTransport t;
        CheckMailJob job(
            options(), &store, QStringLiteral("max@pop"), RetentionPolicy::keepOnServer(), &t);
        QSignalSpy finished(&job, &CheckMailJob::finished);
        job.start();
        serveLogin(t, 3, "+OK\r\n1 900000\r\n2 900000\r\n3 2000\r\n.\r\n");
        QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\nRETR 2\r\nRETR 3\r\n"));
        // 1.8 MB on their way: batched reads from the start.
        QCOMPARE(t.receiveLowWaterCalls(), QList<int> {Batch});
        const QByteArray first = sizedMessage(1, Large);
        t.serverSends("+OK\r\n" + first.left(300 * 1000));
        QTRY_COMPARE(t.pendingIncoming(), 0); // all of it read
        QCOMPARE(t.receiveLowWaterCalls(), QList<int> {Batch});
        // Less than the threshold left, in the middle of the first message: every byte again,
        // so that the tail is read as it comes.
        t.serverSends(first.mid(300 * 1000, 500 * 1000));
        QTRY_COMPARE(t.receiveLowWaterCalls(), (QList<int> {Batch, 0}));
        t.serverSends(first.mid(800 * 1000) + ".\r\n");
        QTRY_COMPARE(t.pendingIncoming(), 0);
        t.serverSends(
            "+OK\r\n" + sizedMessage(2, Large) + ".\r\n+OK\r\n" + sizedMessage(3, 2000) + ".\r\n");
        settle(store);
        QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
        t.serverSends("+OK\r\n");
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<CheckMailJob::Result>().retrieved, 3);
        QCOMPARE(t.receiveLowWaterCalls(), (QList<int> {Batch, 0}));
    }
    // Small messages never ask for batches: each would wait for the transport's fallback.
    QTemporaryDir otherDir;
    ArchiveStore other(otherDir.path());
    QVERIFY(other.open(&error));
    ScriptedTransport t;
    CheckMailJob job(
        options(), &other, QStringLiteral("max@pop"), RetentionPolicy::keepOnServer(), &t);
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    serveLogin(t, 3);
    QCOMPARE(t.takeWritten(), QByteArray("RETR 1\r\nRETR 2\r\nRETR 3\r\n"));
    t.serverSends("+OK\r\n" + message(1) + ".\r\n+OK\r\n" + message(2) + ".\r\n+OK\r\n" + message(3)
        + ".\r\n");
    settle(other);
    QCOMPARE(t.takeWritten(), QByteArray("QUIT\r\n"));
    t.serverSends("+OK\r\n");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(t.receiveLowWaterCalls(), QList<int>());
}

QTEST_GUILESS_MAIN(TestCheckMailJob)
#include "tst_checkmailjob.moc"
