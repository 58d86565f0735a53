// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveStore.h"
#include "archive/SummaryWorker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace Postbote;

class TestArchiveStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitMakesDurableThenAnnounces();
    void commitAsyncRunsInTheBackground();
    void commitWaitsForTheBatchInFlight();
    void closeFinishesTheBatchInFlight();
    void announcesAfterSummaryInOrder();
    void closeWithPendingSummariesLosesNothing_data();
    void closeWithPendingSummariesLosesNothing();
    void flagsChangedBeforeSummary();
    void workerKeepsOrderBeyondItsQueue();
    void duplicatesAreDropped();
    void fullCopyReplacesHeaders();
    void reconcileAfterCrashBeforeCommit();
    void reconcileFollowsOtherPrograms();
    void reconcileAfterCrashCompletingHeaders();
    void truncatedFileCountsAsPartial();
    void diskFullSeam();
    void diskFullOnSmallTmpfs();
    void lockKeepsSecondStoreOut();
    void damagedIndexIsRebuilt();
    void folderInTheWay();
};

static QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

static QByteArray message(int n, int bodyLines = 1)
{
    QByteArray m
        = "From: erika@mustermann.de\r\nSubject: Nachricht " + QByteArray::number(n) + "\r\n\r\n";
    for (int i = 0; i < bodyLines; ++i) {
        m += "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich.\r\n";
    }
    return m;
}

static QByteArray stored(const QByteArray& wire)
{
    QByteArray lf = wire;
    return lf.replace("\r\n", "\n");
}

// Streams a message in small chunks, as a session would; returns the writer after finish().
static std::unique_ptr<MessageWriter> store(ArchiveStore& archive, const QString& account,
    const QByteArray& uidl, const QByteArray& payload, bool partial = false)
{
    auto writer = archive.createWriter(account, uidl, partial);
    for (qsizetype pos = 0;
         pos < payload.size() && writer->state() == MessageWriter::State::Writing; pos += 7) {
        writer->writeData(
            QByteArrayView(payload).sliced(pos, qMin<qsizetype>(7, payload.size() - pos)));
    }
    writer->finish();
    return writer;
}

void TestArchiveStore::commitMakesDurableThenAnnounces()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QSignalSpy archived(&archive, &ArchiveStore::messageArchived);
    QList<ArchiveRecord> announced;
    connect(&archive, &ArchiveStore::recordArchived, this,
        [&](const ArchiveRecord& record) { announced.append(record); });
    for (int i = 1; i <= 3; ++i) {
        const auto w = store(archive, QStringLiteral("max"), QByteArray::number(i), message(i));
        QCOMPARE(w->state(), MessageWriter::State::Finished);
        QVERIFY(!w->isDuplicate());
    }
    // Delivered but not yet committed: in new/, known to the store, not in the index.
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 3);
    QCOMPARE(archive.pendingCount(), 3);
    QCOMPARE(archive.index()->count(), 0);
    QVERIFY(archive.contains(QStringLiteral("max"), "2"));
    QCOMPARE(archived.count(), 0);

    QVERIFY2(archive.commit(&error), qPrintable(error));
    QCOMPARE(archive.pendingCount(), 0);
    QCOMPARE(archive.index()->count(), 3); // durable and indexed when commit() returns
    // Announced once the summaries are stored (perhaps at once, when already parsed).
    QVERIFY(archive.waitForSummaries(10000));
    QCOMPARE(archived.count(), 3);
    const QList<ArchiveRecord> rows = archive.records(QStringLiteral("max"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(announced.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(archived.at(i).at(0).toLongLong(), rows.at(i).id);
        // The announced record is what the index holds, summary included.
        QCOMPARE(announced.at(i).id, rows.at(i).id);
        QCOMPARE(announced.at(i).fileName, rows.at(i).fileName);
        QCOMPARE(announced.at(i).subject, rows.at(i).subject);
        QCOMPARE(announced.at(i).subject, QStringLiteral("Nachricht %1").arg(i + 1));
        QCOMPARE(announced.at(i).from, rows.at(i).from);
        QCOMPARE(announced.at(i).preview, rows.at(i).preview);
        QCOMPARE(announced.at(i).sha256, rows.at(i).sha256);
        QCOMPARE(rows.at(i).uidl, QByteArray::number(i + 1));
        QFile f(dir.filePath(rows.at(i).fileName));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QCOMPARE(content, stored(message(i + 1)));
        QCOMPARE(rows.at(i).size, content.size());
        QCOMPARE(rows.at(i).sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }
    QCOMPARE(archive.uidls(QStringLiteral("max")), (QSet<QByteArray> {"1", "2", "3"}));
    QVERIFY(archive.commit(&error)); // an empty batch is fine
    QCOMPARE(archived.count(), 3);
}

void TestArchiveStore::commitAsyncRunsInTheBackground()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    archive.setCommitDelayForTesting(200);
    QSignalSpy committed(&archive, &ArchiveStore::committed);
    QVERIFY(!archive.commitAsync()); // nothing to commit: no signal follows
    for (int i = 1; i <= 3; ++i) {
        store(archive, QStringLiteral("max"), QByteArray::number(i), message(i));
    }
    QVERIFY(archive.commitAsync());
    QVERIFY(archive.isCommitting());
    QVERIFY(!archive.commitAsync()); // one batch at a time
    // The event loop runs while the worker makes the batch durable; it is not indexed yet,
    // but the store still knows its messages (no second copy of them is written).
    QTest::qWait(50);
    QVERIFY(archive.isCommitting());
    QCOMPARE(archive.index()->count(), 0);
    QCOMPARE(archive.pendingCount(), 3);
    QVERIFY(archive.contains(QStringLiteral("max"), "2"));
    QVERIFY(store(archive, QStringLiteral("max"), "2", message(2))->isDuplicate());
    // A message finished meanwhile belongs to the next batch.
    store(archive, QStringLiteral("max"), "4", message(4));
    QCOMPARE(archive.pendingCount(), 4);
    QVERIFY(committed.wait(10000));
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.first().at(0).toBool(), true);
    QVERIFY(!archive.isCommitting());
    QCOMPARE(archive.index()->count(), 3);
    QCOMPARE(archive.pendingCount(), 1);
    QVERIFY(archive.commitAsync());
    QVERIFY(committed.wait(10000));
    QCOMPARE(archive.index()->count(), 4);
    QCOMPARE(archive.uidls(QStringLiteral("max")), (QSet<QByteArray> {"1", "2", "3", "4"}));
    QVERIFY(archive.waitForSummaries(10000));
}

void TestArchiveStore::commitWaitsForTheBatchInFlight()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    archive.setCommitDelayForTesting(100);
    QSignalSpy committed(&archive, &ArchiveStore::committed);
    store(archive, QStringLiteral("max"), "1", message(1));
    QVERIFY(archive.commitAsync());
    store(archive, QStringLiteral("max"), "2", message(2));
    // The synchronous commit indexes the batch in flight first (reporting it), then its own.
    QVERIFY2(archive.commit(&error), qPrintable(error));
    QCOMPARE(committed.count(), 1);
    QVERIFY(!archive.isCommitting());
    const QList<ArchiveRecord> rows = archive.records(QStringLiteral("max"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).uidl, QByteArray("1"));
    QCOMPARE(rows.at(1).uidl, QByteArray("2"));
    // The worker's own report, still queued, finds nothing left to do.
    QTest::qWait(200);
    QCOMPARE(committed.count(), 1);
}

void TestArchiveStore::closeFinishesTheBatchInFlight()
{
    QTemporaryDir dir;
    {
        ArchiveStore archive(dir.path());
        QString error;
        QVERIFY2(archive.open(&error), qPrintable(error));
        archive.setCommitDelayForTesting(100);
        for (int i = 1; i <= 3; ++i) {
            store(archive, QStringLiteral("max"), QByteArray::number(i), message(i));
        }
        QVERIFY(archive.commitAsync());
        store(archive, QStringLiteral("max"), "4", message(4)); // finished, never committed
        // Destroyed while the worker syncs: it is joined and its batch indexed.
    }
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QCOMPARE(archive.lastReconcile().indexed, 1); // only the uncommitted one
    QCOMPARE(archive.records(QStringLiteral("max")).size(), 4);
    QCOMPARE(archive.uidls(QStringLiteral("max")), (QSet<QByteArray> {"1", "2", "3", "4"}));
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size()
            + filesIn(dir.filePath(QStringLiteral("cur"))).size(),
        4);
}

// A message of about `lines` body lines, written in large pieces (faster than store()).
static void storeLarge(ArchiveStore& archive, int n, int lines)
{
    auto writer = archive.createWriter(QStringLiteral("max"), QByteArray::number(n));
    const QByteArray payload = message(n, lines);
    for (qsizetype pos = 0; pos < payload.size(); pos += 65536) {
        writer->writeData(
            QByteArrayView(payload).sliced(pos, qMin<qsizetype>(65536, payload.size() - pos)));
    }
    QVERIFY(writer->finish());
}

// The subject message(n) gives, which only a parsed summary holds.
static QString subjectOf(const ArchiveRecord& r)
{
    return QStringLiteral("Nachricht ") + QString::fromLatin1(r.uidl);
}

void TestArchiveStore::announcesAfterSummaryInOrder()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QList<qint64> announced;
    QStringList problems;
    connect(&archive, &ArchiveStore::messageArchived, this, [&](qint64 id) {
        // What a listener (the inbox) reads at once must hold the summary.
        const auto r = archive.index()->record(id);
        if (!r) {
            problems << QStringLiteral("id %1 is not in the index").arg(id);
        } else if (r->subject != subjectOf(*r) || r->from != QLatin1String("erika@mustermann.de")) {
            problems << QStringLiteral("id %1 announced without its summary").arg(id);
        }
        announced.append(id);
    });
    // Two batches committed before the event loop runs, with a parser that lags behind.
    archive.setSummaryDelayForTesting(10);
    for (int batch = 0; batch < 2; ++batch) {
        for (int i = 1; i <= 20; ++i) {
            const int n = batch * 20 + i;
            storeLarge(archive, n, n % 5 == 0 ? 4000 : 1);
        }
        QVERIFY2(archive.commit(&error), qPrintable(error));
        // Durable and indexed at once (DESIGN rule 1 does not wait for parsing).
        QCOMPARE(archive.index()->count(), (batch + 1) * 20);
    }
    QVERIFY(announced.size() < 40);
    QCOMPARE(archive.unannouncedCount(), 40 - announced.size());
    // Through the event loop, as in the desktop.
    QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 40, 20000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QList<qint64> ids;
    for (const ArchiveRecord& r : archive.records()) {
        ids.append(r.id);
        QCOMPARE(r.subject, subjectOf(r));
    }
    QCOMPARE(announced, ids); // commit order, each once
    QCOMPARE(archive.unannouncedCount(), 0);
    QVERIFY(archive.index()->recordsWithoutSummary().isEmpty());
}

void TestArchiveStore::closeWithPendingSummariesLosesNothing_data()
{
    QTest::addColumn<bool>("destroy");
    QTest::newRow("close()") << false;
    QTest::newRow("destructor") << true;
}

void TestArchiveStore::closeWithPendingSummariesLosesNothing()
{
    QFETCH(bool, destroy);
    QTemporaryDir dir;
    QList<qint64> announced;
    QStringList problems;
    {
        auto archive = std::make_unique<ArchiveStore>(dir.path());
        QString error;
        QVERIFY2(archive->open(&error), qPrintable(error));
        // Not through `archive`: unique_ptr::reset() clears it before the destructor runs.
        ArchiveStore* const store = archive.get();
        connect(store, &ArchiveStore::messageArchived, this, [&, store](qint64 id) {
            const auto r = store->index()->record(id);
            if (!r || r->subject != subjectOf(*r)) {
                problems << QStringLiteral("id %1 announced without its summary").arg(id);
            }
            announced.append(id);
        });
        archive->setSummaryDelayForTesting(20);
        for (int n = 1; n <= 24; ++n) {
            storeLarge(*archive, n, n % 4 == 0 ? 4000 : 1);
        }
        QVERIFY2(archive->commit(&error), qPrintable(error));
        // Finished but never committed: left in new/ for the next open().
        for (int n = 25; n <= 27; ++n) {
            storeLarge(*archive, n, 1);
        }
        QVERIFY(archive->unannouncedCount() > 0); // so close() has work to finish
        if (destroy) {
            archive.reset();
        } else {
            archive->close();
            QVERIFY(!archive->isOpen());
            QCOMPARE(archive->unannouncedCount(), 0);
        }
    }
    QCOMPARE(announced.size(), 24);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    {
        // The index as close() left it, before an open() could fill anything.
        ArchiveIndex index(dir.path());
        QString error;
        QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
        QCOMPARE(index.count(), 24);
        QVERIFY(index.recordsWithoutSummary().isEmpty());
        QList<qint64> ids;
        for (const ArchiveRecord& r : index.records()) {
            ids.append(r.id);
        }
        QCOMPARE(announced, ids);
    }
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QCOMPARE(archive.lastReconcile().indexed, 3);
    const QList<ArchiveRecord> rows = archive.records();
    QCOMPARE(rows.size(), 27);
    for (const ArchiveRecord& r : rows) {
        QCOMPARE(r.subject, subjectOf(r));
    }
}

void TestArchiveStore::flagsChangedBeforeSummary()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QSignalSpy archived(&archive, &ArchiveStore::messageArchived);
    QList<ArchiveRecord> announced;
    connect(&archive, &ArchiveStore::recordArchived, this,
        [&](const ArchiveRecord& record) { announced.append(record); });
    archive.setSummaryDelayForTesting(20);
    for (int n = 1; n <= 8; ++n) {
        storeLarge(archive, n, 400);
    }
    QVERIFY2(archive.commit(&error), qPrintable(error));
    // Moved to cur/ while the parser may still be on its way to the file in new/.
    for (const ArchiveRecord& r : archive.records()) {
        QVERIFY2(archive.setFlags(r.id, true, false, false, &error), qPrintable(error));
    }
    QVERIFY(archive.waitForSummaries(20000));
    QCOMPARE(archived.count(), 8);
    QCOMPARE(announced.size(), 8);
    for (const ArchiveRecord& r : archive.records()) {
        QVERIFY(r.fileName.startsWith(QLatin1String("cur/")));
        QVERIFY(r.seen);
        QCOMPARE(r.subject, subjectOf(r));
    }
    // Announced with the flags and the file name set meanwhile.
    for (const ArchiveRecord& r : std::as_const(announced)) {
        QVERIFY(r.fileName.startsWith(QLatin1String("cur/")));
        QVERIFY(r.seen);
        QCOMPARE(r.subject, subjectOf(r));
    }
}

void TestArchiveStore::workerKeepsOrderBeyondItsQueue()
{
    QTemporaryDir dir;
    const int count = SummaryWorker::MaxQueued + 100;
    for (int n = 0; n < count; ++n) {
        QFile f(dir.filePath(QStringLiteral("m%1").arg(n)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Subject: " + QByteArray::number(n) + "\n\nx\n");
    }
    std::atomic<int> notified {0};
    SummaryWorker worker(dir.path(), [&] { ++notified; });
    for (int n = 0; n < count; ++n) {
        worker.enqueue(QStringLiteral("m%1").arg(n)); // blocks while the queue is full
    }
    worker.enqueue(QStringLiteral("missing"));
    QVERIFY(worker.waitUntilIdle(60000));
    const QList<SummaryWorker::Result> results = worker.takeResults();
    QCOMPARE(results.size(), count + 1);
    for (int n = 0; n < count; ++n) {
        QCOMPARE(results[n].fileName, QStringLiteral("m%1").arg(n));
        QVERIFY(results[n].ok);
        QCOMPARE(results[n].summary.subject, QString::number(n));
    }
    QVERIFY(!results.last().ok); // unreadable: reported, not skipped
    QVERIFY(notified > 0);
    QVERIFY(worker.takeResults().isEmpty());
}

void TestArchiveStore::duplicatesAreDropped()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QVERIFY(!store(archive, QStringLiteral("max"), "1", message(1))->isDuplicate());
    // Same UIDL in the same batch, and again after the commit.
    QVERIFY(store(archive, QStringLiteral("max"), "1", message(1))->isDuplicate());
    QVERIFY(archive.commit(&error));
    QVERIFY(store(archive, QStringLiteral("max"), "1", message(1))->isDuplicate());
    // Another account may hold the same UIDL.
    QVERIFY(!store(archive, QStringLiteral("eva"), "1", message(1))->isDuplicate());
    // Without UIDL, the content decides.
    QVERIFY(!store(archive, QStringLiteral("max"), QByteArray(), message(7))->isDuplicate());
    QVERIFY(store(archive, QStringLiteral("max"), QByteArray(), message(7))->isDuplicate());
    QVERIFY(archive.containsContent(
        QCryptographicHash::hash(stored(message(7)), QCryptographicHash::Sha256)));
    QVERIFY(archive.commit(&error));
    QVERIFY(store(archive, QStringLiteral("max"), QByteArray(), message(7))->isDuplicate());
    QVERIFY(!store(archive, QStringLiteral("max"), QByteArray(), message(8))->isDuplicate());
    QVERIFY(archive.commit(&error));
    QCOMPARE(archive.index()->count(), 4);
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 4);
    QVERIFY(filesIn(dir.filePath(QStringLiteral("tmp"))).isEmpty());
}

void TestArchiveStore::fullCopyReplacesHeaders()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    const QByteArray full = message(1, 50);
    const QByteArray headers = full.left(full.indexOf("\r\n\r\n") + 4);
    QVERIFY(!store(archive, QStringLiteral("max"), "1", headers, true)->isDuplicate());
    QVERIFY(archive.commit(&error));
    QVERIFY(archive.index()->find(QStringLiteral("max"), "1")->partial);
    QVERIFY(store(archive, QStringLiteral("max"), "1", headers, true)->isDuplicate());
    QVERIFY(!store(archive, QStringLiteral("max"), "1", full)->isDuplicate());
    QVERIFY(archive.commit(&error));
    const QList<ArchiveRecord> rows = archive.records();
    QCOMPARE(rows.size(), 1);
    QVERIFY(!rows[0].partial);
    QCOMPARE(rows[0].size, stored(full).size());
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 1);

    // Headers and the full message of another one in the same batch.
    QVERIFY(!store(archive, QStringLiteral("max"), "2", headers, true)->isDuplicate());
    QVERIFY(!store(archive, QStringLiteral("max"), "2", full)->isDuplicate());
    QVERIFY(archive.commit(&error));
    QCOMPARE(archive.index()->findAll(QStringLiteral("max"), "2").size(), 1);
    QVERIFY(!archive.index()->find(QStringLiteral("max"), "2")->partial);
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 2);
}

void TestArchiveStore::reconcileAfterCrashBeforeCommit()
{
    QTemporaryDir dir;
    QString error;
    {
        ArchiveStore archive(dir.path());
        QVERIFY2(archive.open(&error), qPrintable(error));
        QVERIFY(store(archive, QStringLiteral("max"), "1", message(1))->state()
            == MessageWriter::State::Finished);
        QVERIFY(archive.commit(&error));
        // Renamed into new/, then the process dies before the index commit …
        store(archive, QStringLiteral("max"), "2:/,", message(2));
        // … and another writer dies half-way, leaving its file in tmp/.
        auto halfWay = archive.createWriter(QStringLiteral("max"), "3");
        QVERIFY(halfWay->writeData("Subject: half"));
        const QString tmpFile = filesIn(dir.filePath(QStringLiteral("tmp"))).constFirst();
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("tmp/") + tmpFile),
            dir.filePath(QStringLiteral("tmp/")
                + QString(tmpFile).replace(
                    QLatin1Char('P') + QString::number(QCoreApplication::applicationPid()),
                    QStringLiteral("P999999999")))));
    }
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 2);
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("tmp"))).size(), 1);

    ArchiveStore archive(dir.path());
    QVERIFY2(archive.open(&error), qPrintable(error));
    QCOMPARE(archive.lastReconcile().indexed, 1);
    QVERIFY(filesIn(dir.filePath(QStringLiteral("tmp"))).isEmpty());
    QVERIFY(archive.contains(QStringLiteral("max"), "2:/,"));
    QVERIFY(!archive.contains(QStringLiteral("max"), "3"));
    QCOMPARE(archive.index()->count(), 2);
    // A repeated fetch finds it archived and stores nothing twice.
    QVERIFY(store(archive, QStringLiteral("max"), "2:/,", message(2))->isDuplicate());
    QVERIFY(archive.commit(&error));
    archive.close();
    QVERIFY2(archive.open(&error), qPrintable(error));
    QCOMPARE(archive.lastReconcile().indexed, 0);
    QCOMPARE(archive.index()->count(), 2);
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 2);
}

void TestArchiveStore::reconcileFollowsOtherPrograms()
{
    QTemporaryDir dir;
    QString error;
    QList<ArchiveRecord> rows;
    {
        ArchiveStore archive(dir.path());
        QVERIFY2(archive.open(&error), qPrintable(error));
        for (int i = 1; i <= 3; ++i) {
            store(archive, QStringLiteral("max"), QByteArray::number(i), message(i));
        }
        QVERIFY(archive.commit(&error));
        rows = archive.records();
    }
    // mutt reads message 1 (new/ → cur/ with S), the user deletes message 2 in mutt,
    // and mutt saves a message of its own into the folder.
    const QString curName
        = QStringLiteral("cur/") + rows[0].fileName.mid(4) + QStringLiteral(":2,S");
    QVERIFY(QFile::rename(dir.filePath(rows[0].fileName), dir.filePath(curName)));
    QVERIFY(QFile::remove(dir.filePath(rows[1].fileName)));
    QFile mutt(dir.filePath(QStringLiteral("cur/1700000000.R77.mutt:2,F")));
    QVERIFY(mutt.open(QIODevice::WriteOnly));
    mutt.write("Subject: saved\n\nhi\n");
    mutt.close();

    ArchiveStore archive(dir.path());
    QVERIFY2(archive.open(&error), qPrintable(error));
    QCOMPARE(archive.lastReconcile().updated, 1);
    QCOMPARE(archive.lastReconcile().removed, 1);
    QCOMPARE(archive.lastReconcile().indexed, 1);
    const auto first = archive.index()->record(rows[0].id);
    QVERIFY(first);
    QCOMPARE(first->fileName, curName);
    QVERIFY(first->seen);
    QVERIFY(!archive.index()->record(rows[1].id));
    const auto foreign = archive.records().constLast();
    QVERIFY(foreign.account.isEmpty() && foreign.uidl.isEmpty() && foreign.flagged);

    // Flags set through the store rename the file and keep flags it does not manage.
    QVERIFY(archive.setFlags(foreign.id, true, false, true, &error));
    QCOMPARE(archive.index()->record(foreign.id)->fileName,
        QStringLiteral("cur/1700000000.R77.mutt:2,ST"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("cur/1700000000.R77.mutt:2,ST"))));
}

void TestArchiveStore::reconcileAfterCrashCompletingHeaders()
{
    QTemporaryDir dir;
    QString error;
    const QByteArray full = message(1, 30);
    {
        ArchiveStore archive(dir.path());
        QVERIFY2(archive.open(&error), qPrintable(error));
        store(archive, QStringLiteral("max"), "1", full.left(full.indexOf("\r\n\r\n") + 4), true);
        QVERIFY(archive.commit(&error));
        // The full copy reaches new/, then the process dies before the commit.
        QVERIFY(!store(archive, QStringLiteral("max"), "1", full)->isDuplicate());
    }
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 2);
    ArchiveStore archive(dir.path());
    QVERIFY2(archive.open(&error), qPrintable(error));
    QCOMPARE(archive.lastReconcile().indexed, 1);
    QCOMPARE(archive.lastReconcile().supersededDropped, 1);
    const QList<ArchiveRecord> rows = archive.records();
    QCOMPARE(rows.size(), 1);
    QVERIFY(!rows[0].partial);
    QCOMPARE(rows[0].size, stored(full).size());
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 1);
}

void TestArchiveStore::truncatedFileCountsAsPartial()
{
    QTemporaryDir dir;
    QString error;
    QString path;
    {
        ArchiveStore archive(dir.path());
        QVERIFY2(archive.open(&error), qPrintable(error));
        path = store(archive, QStringLiteral("max"), "1", message(1, 10))->relativePath();
    }
    // A power loss before the batch sync can leave the name without all of the contents.
    QFile file(dir.filePath(path));
    QVERIFY(file.resize(20));
    ArchiveStore archive(dir.path());
    QVERIFY2(archive.open(&error), qPrintable(error));
    const auto row = archive.index()->find(QStringLiteral("max"), "1");
    QVERIFY(row);
    QVERIFY(row->partial);
    QCOMPARE(row->size, qint64(20));
}

void TestArchiveStore::diskFullSeam()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QVERIFY(store(archive, QStringLiteral("max"), "1", message(1))->state()
        == MessageWriter::State::Finished);
    QVERIFY(archive.commit(&error));
    const QList<ArchiveRecord> before = archive.records();

    const QByteArray big = message(2, 40);
    archive.setSpaceLimitForTesting(big.size() / 2);
    const auto failed = store(archive, QStringLiteral("max"), "2", big);
    QCOMPARE(failed->state(), MessageWriter::State::Failed);
    QVERIFY(failed->isDiskFull());
    QVERIFY2(
        failed->errorString().contains(QLatin1String("full")), qPrintable(failed->errorString()));
    QVERIFY(archive.commit(&error));
    QVERIFY(filesIn(dir.filePath(QStringLiteral("tmp"))).isEmpty());
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 1);
    QCOMPARE(archive.records().size(), before.size());
    QVERIFY(!archive.contains(QStringLiteral("max"), "2"));

    // Space freed: the same message now goes through whole.
    archive.setSpaceLimitForTesting(-1);
    const auto retried = store(archive, QStringLiteral("max"), "2", big);
    QCOMPARE(retried->state(), MessageWriter::State::Finished);
    QVERIFY(archive.commit(&error));
    QFile f(dir.filePath(archive.index()->find(QStringLiteral("max"), "2")->fileName));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), stored(big));
}

void TestArchiveStore::diskFullOnSmallTmpfs()
{
#if defined(Q_OS_LINUX)
    if (::geteuid() != 0) {
        QSKIP("mounting a small tmpfs needs root; diskFullSeam covers the same path");
    }
    QTemporaryDir dir;
    QProcess mount;
    mount.start(QStringLiteral("mount"),
        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
            QStringLiteral("size=512k"), QStringLiteral("tmpfs"), dir.path()});
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0) {
        QSKIP(qPrintable(QStringLiteral("could not mount a tmpfs here (%1); diskFullSeam "
                                        "covers the same path")
                             .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
    }
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
    } unmount {dir.path()};

    QString error;
    {
        ArchiveStore archive(dir.path());
        QVERIFY2(archive.open(&error), qPrintable(error));
        QVERIFY(store(archive, QStringLiteral("max"), "small", message(0))->state()
            == MessageWriter::State::Finished);
        QVERIFY(archive.commit(&error));
        const int rowsBefore = archive.index()->count();
        const QByteArray big = message(1, 12000); // about 800 KB: more than the disk holds
        const auto failed = store(archive, QStringLiteral("max"), "big", big);
        QCOMPARE(failed->state(), MessageWriter::State::Failed);
        QVERIFY2(failed->isDiskFull(), qPrintable(failed->errorString()));
        QVERIFY(filesIn(dir.filePath(QStringLiteral("tmp"))).isEmpty());
        QCOMPARE(filesIn(dir.filePath(QStringLiteral("new"))).size(), 1);
        QVERIFY(archive.commit(&error));
        QCOMPARE(archive.index()->count(), rowsBefore);

        // The user frees space (here: grows the file system); the same message now fits.
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                     {QStringLiteral("-o"), QStringLiteral("remount,size=4m"), dir.path()}),
            0);
        const auto retried = store(archive, QStringLiteral("max"), "big", big);
        QCOMPARE(retried->state(), MessageWriter::State::Finished);
        QVERIFY2(archive.commit(&error), qPrintable(error));
        QCOMPARE(archive.index()->count(), rowsBefore + 1);
        QCOMPARE(archive.index()->find(QStringLiteral("max"), "big")->size, stored(big).size());
    }
#else
    QSKIP("tmpfs exists on Linux only; diskFullSeam covers the same path");
#endif
}

void TestArchiveStore::lockKeepsSecondStoreOut()
{
    QTemporaryDir dir;
    ArchiveStore first(dir.path());
    QString error;
    QVERIFY(first.open(&error));
    ArchiveStore second(dir.path());
    QVERIFY(!second.open(&error));
    QVERIFY2(error.contains(QLatin1String("in use by another Postbote")), qPrintable(error));
    QVERIFY(!second.isOpen());
    first.close();
    QVERIFY2(second.open(&error), qPrintable(error));
}

void TestArchiveStore::damagedIndexIsRebuilt()
{
    QTemporaryDir dir;
    QString error;
    {
        ArchiveStore archive(dir.path());
        QVERIFY2(archive.open(&error), qPrintable(error));
        store(archive, QStringLiteral("max"), "1", message(1));
        store(archive, QStringLiteral("max"), "2", message(2));
        QVERIFY(archive.commit(&error));
    }
    const QString path = ArchiveIndex::databasePath(dir.path());
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile db(path);
    QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
    db.write(QByteArray(4096, '\x5a'));
    db.close();

    ArchiveStore archive(dir.path());
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("index damaged, rebuilding")));
    QVERIFY2(archive.open(&error), qPrintable(error));
    QCOMPARE(archive.index()->count(), 2);
    QVERIFY(archive.contains(QStringLiteral("max"), "1"));
    QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
}

void TestArchiveStore::folderInTheWay()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("archive")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ArchiveStore archive(blocker.fileName());
    QString error;
    QVERIFY(!archive.open(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(blocker.fileName())), qPrintable(error));
    QVERIFY(!archive.isOpen());
}

QTEST_GUILESS_MAIN(TestArchiveStore)
#include "tst_archivestore.moc"
