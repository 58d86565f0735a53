// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveIndex.h"
#include "archive/ArchiveStore.h"
#include "archive/Maildir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Postbote;

class TestArchiveIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchema();
    void migratesFromVersionZero();
    void migratesFromVersionOneKeepingMessages();
    void everyVersionHasAStep();
    void refusesNewerSchema();
    void reportsDamage();
    void crud();
    void summaryColumns();
    void instancesHaveOwnConnections();
    void lockedDatabaseSaysWhatToDo();
    void rebuildEqualsOriginal();
    void checkpointFromAnotherThread();
    void readsBesideTheWriterWithoutChangingAnything();
};

static ArchiveRecord makeRecord(const QString& account, const QByteArray& uidl, int n)
{
    ArchiveRecord r;
    r.account = account;
    r.uidl = uidl;
    r.fileName = QStringLiteral("new/1700000000.M%1P1Q1.h,A=x").arg(n, 6, 10, QLatin1Char('0'));
    r.size = 100 + n;
    r.received = QDateTime::fromMSecsSinceEpoch(1700000000000LL + n, Qt::UTC);
    r.sha256 = QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256);
    return r;
}

// Runs SQL on the index file through a connection of the test's own.
static QVariant rawQuery(const QString& dbPath, const QString& sql)
{
    QVariant result;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                result = q.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

void TestArchiveIndex::createsSchema()
{
    QTemporaryDir dir;
    ArchiveIndex index(dir.path());
    QString error;
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
    QVERIFY(index.isOpen());
    QCOMPARE(index.databasePath(), dir.filePath(QStringLiteral(".postbote/index.sqlite")));
    QVERIFY(QFile::exists(index.databasePath()));
    QCOMPARE(index.schemaVersion(), ArchiveIndex::SchemaVersion);
    QCOMPARE(index.count(), 0);
    QCOMPARE(rawQuery(index.databasePath(), QStringLiteral("PRAGMA journal_mode")).toString(),
        QStringLiteral("wal"));
    // Reopening keeps data and version.
    QList<ArchiveRecord> rows {makeRecord(QStringLiteral("a"), "1", 1)};
    QVERIFY(index.insert(&rows, &error));
    index.close();
    QVERIFY(!index.isOpen());
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
    QCOMPARE(index.count(), 1);
    QCOMPARE(index.schemaVersion(), ArchiveIndex::SchemaVersion);
}

void TestArchiveIndex::migratesFromVersionZero()
{
    QTemporaryDir dir;
    const QString path = ArchiveIndex::databasePath(dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(!rawQuery(path, QStringLiteral("CREATE TABLE unrelated (x)")).isValid());
    QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    ArchiveIndex index(dir.path());
    QString error;
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
    QCOMPARE(index.schemaVersion(), ArchiveIndex::SchemaVersion);
    QCOMPARE(index.count(), 0);
}

void TestArchiveIndex::migratesFromVersionOneKeepingMessages()
{
    QTemporaryDir dir;
    const QString path = ArchiveIndex::databasePath(dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"v1"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& statement : ArchiveSchema::migrationTo(1)) {
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO messages (account, uidl, file, size, "
                                      "received, sha256) VALUES ('a', x'7531', 'cur/1', 5, 1000, "
                                      "x'00')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    QSqlDatabase::removeDatabase(u"v1"_qs);

    ArchiveIndex index(dir.path());
    QString error;
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
    QCOMPARE(index.schemaVersion(), ArchiveIndex::SchemaVersion);
    QCOMPARE(index.count(), 1);
    QVERIFY(index.contains(u"a"_qs, QByteArrayLiteral("u1")));
    index.close();
    // The inbox's first screen (MessageListLoader::loadNewest) reads through the new index.
    QCOMPARE(rawQuery(path,
                 QStringLiteral("SELECT COUNT(*) FROM pragma_index_list('messages') WHERE name = "
                                "'messages_inbox_date'"))
                 .toInt(),
        1);
}

void TestArchiveIndex::everyVersionHasAStep()
{
    for (int version = 1; version <= ArchiveSchema::Version; ++version) {
        QVERIFY2(
            !ArchiveSchema::migrationTo(version).isEmpty(), qPrintable(QString::number(version)));
    }
    QVERIFY(ArchiveSchema::migrationTo(ArchiveSchema::Version + 1).isEmpty());
}

void TestArchiveIndex::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = ArchiveIndex::databasePath(dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    rawQuery(path, QStringLiteral("PRAGMA user_version = 99"));
    ArchiveIndex index(dir.path());
    QString error;
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::TooNew);
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    QVERIFY(!index.isOpen());
}

void TestArchiveIndex::reportsDamage()
{
    QTemporaryDir dir;
    const QString path = ArchiveIndex::databasePath(dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    ArchiveIndex index(dir.path());
    QString error;
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Damaged);
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
}

void TestArchiveIndex::crud()
{
    QTemporaryDir dir;
    ArchiveIndex index(dir.path());
    QString error;
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
    QList<ArchiveRecord> rows {makeRecord(QStringLiteral("max"), "u/1:,", 1),
        makeRecord(QStringLiteral("max"), "u2", 2), makeRecord(QStringLiteral("eva"), "u/1:,", 3),
        makeRecord(QStringLiteral("max"), QByteArray(), 4)};
    rows[1].partial = true;
    QVERIFY2(index.insert(&rows, &error), qPrintable(error));
    QCOMPARE(index.count(), 4);
    for (const ArchiveRecord& r : std::as_const(rows)) {
        QVERIFY(r.id > 0);
        const auto stored = index.record(r.id);
        QVERIFY(stored);
        QVERIFY(stored->sameStoredState(r));
    }
    QVERIFY(index.contains(QStringLiteral("max"), "u/1:,"));
    QVERIFY(index.contains(QStringLiteral("eva"), "u/1:,"));
    QVERIFY(!index.contains(QStringLiteral("eva"), "u2"));
    QVERIFY(!index.contains(QStringLiteral("max"), QByteArray()));
    QCOMPARE(index.uidls(QStringLiteral("max")), (QSet<QByteArray> {"u/1:,", "u2"}));
    QCOMPARE(index.records(QStringLiteral("max")).size(), 3);
    QVERIFY(index.containsContent(rows[3].sha256));
    QVERIFY(!index.containsContent(QByteArray(32, '\0')));
    QVERIFY(index.find(QStringLiteral("max"), "u2")->partial);
    // No UIDL is NULL in the database, not an empty value.
    QCOMPARE(rawQuery(index.databasePath(),
                 QStringLiteral("SELECT COUNT(*) FROM messages WHERE uidl IS NULL"))
                 .toInt(),
        1);

    ArchiveRecord moved = rows[0];
    moved.fileName = QStringLiteral("cur/moved:2,FS");
    moved.seen = moved.flagged = true;
    QVERIFY(index.updateFile(moved, &error));
    QVERIFY(index.record(moved.id)->sameStoredState(moved));

    QVERIFY(index.remove(rows[1].id, &error));
    QVERIFY(!index.record(rows[1].id));
    QVERIFY(!index.contains(QStringLiteral("max"), "u2"));
    QCOMPARE(index.count(), 3);

    // A transaction that is rolled back leaves nothing behind.
    QVERIFY(index.beginTransaction(&error));
    QVERIFY(index.removeAll(&error));
    QCOMPARE(index.count(), 0);
    index.rollbackTransaction();
    QCOMPARE(index.count(), 3);
    // Ids are never reused, so that a view holding one cannot point at another message.
    QList<ArchiveRecord> more {makeRecord(QStringLiteral("max"), "u5", 5)};
    QVERIFY(index.insert(&more, &error));
    QVERIFY(more[0].id > rows[3].id);
}

void TestArchiveIndex::summaryColumns()
{
    QTemporaryDir dir;
    ArchiveIndex index(dir.path());
    QString error;
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
    QList<ArchiveRecord> rows {makeRecord(QStringLiteral("max"), "1", 1)};
    QVERIFY(index.insert(&rows, &error));
    ArchiveRecord r = *index.record(rows[0].id);
    QVERIFY(r.subject.isEmpty() && r.from.isEmpty() && !r.date.isValid() && !r.hasAttachments);
    r.from = QStringLiteral("Erika Mustermann <erika@mustermann.de>");
    r.to = QStringLiteral("max@mustermann.de");
    r.subject = QStringLiteral("Lorem ipsum – Grüße");
    r.date = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    r.messageId = QStringLiteral("<1@mustermann.de>");
    r.hasAttachments = true;
    r.preview = QStringLiteral("Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich");
    QVERIFY(index.updateSummary(r, &error));
    const ArchiveRecord back = *index.record(r.id);
    QCOMPARE(back.from, r.from);
    QCOMPARE(back.to, r.to);
    QCOMPARE(back.subject, r.subject);
    QCOMPARE(back.date, r.date);
    QCOMPARE(back.messageId, r.messageId);
    QCOMPARE(back.hasAttachments, true);
    QCOMPARE(back.preview, r.preview);
}

void TestArchiveIndex::instancesHaveOwnConnections()
{
    QTemporaryDir dir;
    ArchiveIndex a(dir.path());
    ArchiveIndex b(dir.path());
    QString error;
    QCOMPARE(a.open(&error), ArchiveIndex::OpenStatus::Ok);
    QCOMPARE(b.open(&error), ArchiveIndex::OpenStatus::Ok);
    QList<ArchiveRecord> rows {makeRecord(QStringLiteral("max"), "1", 1)};
    QVERIFY(a.insert(&rows, &error));
    QCOMPARE(b.count(), 1);
    a.close();
    QCOMPARE(b.count(), 1); // closing one does not close the other
}

void TestArchiveIndex::lockedDatabaseSaysWhatToDo()
{
    QTemporaryDir dir;
    ArchiveIndex index(dir.path());
    QString error;
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(index.databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM messages")));
        QElapsedTimer timer;
        timer.start();
        QList<ArchiveRecord> rows {makeRecord(QStringLiteral("max"), "1", 1)};
        QVERIFY(!index.insert(&rows, &error));
        QVERIFY2(timer.elapsed() >= 4000, "the busy timeout should make it wait first");
        QVERIFY2(error.contains(QLatin1String("in use by another program")), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    QList<ArchiveRecord> rows {makeRecord(QStringLiteral("max"), "1", 1)};
    QVERIFY2(index.insert(&rows, &error), qPrintable(error));
}

void TestArchiveIndex::rebuildEqualsOriginal()
{
    QTemporaryDir dir;
    QList<ArchiveRecord> original;
    {
        ArchiveStore store(dir.path());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QList<QPair<QString, QByteArray>> messages {{QStringLiteral("max"), "1"},
            {QStringLiteral("max"), "a/b:c,d"}, {QStringLiteral("max"), QByteArray(70, '/')},
            {QStringLiteral("eva@example.org"), "1"}, {QStringLiteral("Jürgen"), QByteArray()},
            {QStringLiteral("max"), "partial"}};
        int n = 0;
        for (const auto& [account, uidl] : messages) {
            auto writer = store.createWriter(account, uidl, uidl == "partial");
            QVERIFY(writer->writeData(
                QByteArray("Subject: " + QByteArray::number(++n) + "\r\n\r\nx\r\n")));
            QVERIFY(writer->finish());
        }
        QVERIFY2(store.commit(&error), qPrintable(error));
        const QList<ArchiveRecord> rows = store.records();
        QVERIFY(store.setFlags(rows[0].id, true, false, false, &error));
        QVERIFY(store.setFlags(rows[1].id, true, true, true, &error));
        QVERIFY(store.setFlags(rows[2].id, false, false, false, &error));
        original = store.records();
        QCOMPARE(original.size(), messages.size());
    }
    const auto compare = [&](const QList<ArchiveRecord>& rebuilt) {
        QCOMPARE(rebuilt.size(), original.size());
        for (const ArchiveRecord& r : original) {
            const auto it = std::find_if(rebuilt.begin(), rebuilt.end(),
                [&](const ArchiveRecord& b) { return b.fileName == r.fileName; });
            QVERIFY2(it != rebuilt.end(), qPrintable(r.fileName));
            QVERIFY2(it->sameStoredState(r), qPrintable(r.fileName));
        }
    };
    {
        // rebuild() on the live index.
        ArchiveIndex index(dir.path());
        QString error;
        QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
        QVERIFY2(index.rebuild(Maildir(dir.path()), &error), qPrintable(error));
        compare(index.records());
    }
    // Deleting DIR/.postbote loses nothing but time.
    QVERIFY(QDir(dir.filePath(QStringLiteral(".postbote"))).removeRecursively());
    ArchiveStore store(dir.path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.lastReconcile().indexed, int(original.size()));
    compare(store.records());
}

void TestArchiveIndex::readsBesideTheWriterWithoutChangingAnything()
{
    QTemporaryDir dir;
    const QString path = ArchiveIndex::databasePath(dir.path());
    QString error;
    ArchiveIndex reader(dir.path());
    // Nothing is created for a reader.
    QCOMPARE(reader.openForReading(&error), ArchiveIndex::OpenStatus::Failed);
    QVERIFY(!QFileInfo::exists(path));

    ArchiveIndex writer(dir.path());
    QCOMPARE(writer.open(&error), ArchiveIndex::OpenStatus::Ok);
    QList<ArchiveRecord> rows {makeRecord(QStringLiteral("max"), "1", 1)};
    QVERIFY(writer.insert(&rows, &error));
    QCOMPARE(reader.openForReading(&error), ArchiveIndex::OpenStatus::Ok);
    QCOMPARE(reader.count(), 1);
    // The writer goes on while the reader is open, and the reader sees what it commits.
    QList<ArchiveRecord> more {makeRecord(QStringLiteral("max"), "2", 2)};
    QVERIFY2(writer.insert(&more, &error), qPrintable(error));
    QCOMPARE(reader.count(), 2);
    QVERIFY(reader.record(more[0].id)->sameStoredState(more[0]));
    // A reader cannot write.
    QList<ArchiveRecord> third {makeRecord(QStringLiteral("max"), "3", 3)};
    QVERIFY(!reader.insert(&third, &error));
    QCOMPARE(writer.count(), 2);
    reader.close();
    writer.close();

    // Another layout is refused and left as it is (no migration behind a holder's back).
    rawQuery(path, QStringLiteral("PRAGMA user_version = 1"));
    QCOMPARE(reader.openForReading(&error), ArchiveIndex::OpenStatus::Failed);
    QVERIFY2(error.contains(QLatin1String("another layout")), qPrintable(error));
    QVERIFY(!reader.isOpen());
    QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    rawQuery(path, QStringLiteral("PRAGMA user_version = 99"));
    QCOMPARE(reader.openForReading(&error), ArchiveIndex::OpenStatus::TooNew);
}

QTEST_GUILESS_MAIN(TestArchiveIndex)
void TestArchiveIndex::checkpointFromAnotherThread()
{
    // The owning connection leaves the write-ahead log alone (a checkpoint there stalled the
    // window); ArchiveIndex::checkpoint() copies it into the database from any thread.
    QTemporaryDir dir;
    ArchiveIndex index(dir.path());
    QString error;
    QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
    const QString dbPath = index.databasePath();
    const qint64 before = QFileInfo(dbPath).size();
    // About 8 MB of rows: 2,000 pages, twice SQLite's default automatic checkpoint.
    for (int batch = 0; batch < 20; ++batch) {
        QList<ArchiveRecord> rows;
        for (int i = 0; i < 100; ++i) {
            const int n = batch * 100 + i;
            ArchiveRecord r = makeRecord(QStringLiteral("max"), QByteArray::number(n), n);
            rows.append(r);
        }
        QVERIFY(index.beginTransaction(&error));
        QVERIFY2(index.insert(&rows, &error), qPrintable(error));
        for (ArchiveRecord& r : rows) {
            r.preview = QString(1500, QChar(u'a' + batch));
            r.subject = QStringLiteral("Betreff %1").arg(r.id);
            QVERIFY2(index.updateSummary(r, &error), qPrintable(error));
        }
        QVERIFY2(index.commitTransaction(&error), qPrintable(error));
    }
    QVERIFY(QFileInfo(dbPath + QStringLiteral("-wal")).size() > 4 * 1024 * 1024);
    QCOMPARE(QFileInfo(dbPath).size(), before); // nothing copied by the owning connection

    std::thread worker([&] { ArchiveIndex::checkpoint(dir.path()); });
    worker.join();
    QVERIFY(QFileInfo(dbPath).size() > 4 * 1024 * 1024); // the log is in the database now
    QCOMPARE(index.count(), 2000);
    QCOMPARE(index.find(QStringLiteral("max"), "1999")->subject.isEmpty(), false);
    // And a fresh reader sees it all.
    QCOMPARE(rawQuery(dbPath, QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 2000);
}

#include "tst_archiveindex.moc"
