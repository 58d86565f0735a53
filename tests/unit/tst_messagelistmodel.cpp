// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MessageFormat.h"
#include "models/MessageListModel.h"

#include "archive/ArchiveIndex.h"
#include "models/MessageListLoader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;

using Model = MessageListModel;

class TestMessageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTesterThroughChanges();
    void roles_data();
    void roles();
    void appendsWithoutReset();
    void insertsBlocksInPlace();
    void sameIdInTwoAccounts();
    void updatesFlags();
    void updatesSummary();
    void removesRecords();
    void refreshKeepsPersistentIndexes();
    void accountFilter();
    void accountFilterForAccountWithoutMessagesYet();
    void unreadCount();
    void unreadCountFollowsEveryChange();
    void filePath();
    void formatSize_data();
    void formatSize();
    void localeSwitchChangesDatesAndSizes();
    void headerTexts();
    void compareRowsUsesRawValues();
    void sortKeepsOrderThroughChanges();
    void sortKeepsPersistentIndexes();
    void bulkInsertKeepsOrder_data();
    void bulkInsertKeepsOrder();
    void batchInsertIntoSortedModel_data();
    void batchInsertIntoSortedModel();
    void loaderReadsIndex();
};

namespace {

const QDateTime Noon = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

ArchiveRecord record(const QString& account, qint64 id, const QString& from = QString(),
    const QString& subject = QString(), qint64 size = 1000, bool seen = false)
{
    ArchiveRecord r;
    r.id = id;
    r.account = account;
    r.uidl = "uidl-" + QByteArray::number(id);
    r.fileName = QStringLiteral("cur/%1.host:2,").arg(id);
    r.size = size;
    r.received = Noon.addSecs(id * 60);
    r.from = from.isNull() ? QStringLiteral("Sender %1 <s%1@example.org>").arg(id) : from;
    r.subject = subject.isNull() ? QStringLiteral("Subject %1").arg(id) : subject;
    r.date = Noon.addSecs(id * 60 - 30);
    r.preview = QStringLiteral("Preview of message %1").arg(id);
    r.seen = seen;
    return r;
}

QList<ArchiveRecord> records(const QString& account, qint64 first, qint64 last)
{
    QList<ArchiveRecord> result;
    for (qint64 id = first; id <= last; ++id) {
        result.append(record(account, id));
    }
    return result;
}

QList<qint64> ids(const QAbstractItemModel& model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row, 0).data(Model::RecordIdRole).toLongLong());
    }
    return result;
}

} // namespace

void TestMessageListModel::passesModelTesterThroughChanges()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 20));
    model.addRecord(record(u"a"_qs, 21));
    model.addRecord(record(u"b"_qs, 1));
    model.addRecords(records(u"a"_qs, 22, 30)); // in the middle, before account b
    QVERIFY(model.updateFlags(u"a"_qs, 5, true, true, false));
    ArchiveRecord changed = record(u"a"_qs, 6);
    changed.subject = u"Changed"_qs;
    QVERIFY(model.updateRecord(changed));
    QVERIFY(model.removeRecord(u"a"_qs, 7));
    model.refresh(records(u"a"_qs, 10, 35), u"a"_qs);
    model.setAccountFilter(u"b"_qs);
    model.addRecord(record(u"b"_qs, 2));
    model.addRecord(record(u"a"_qs, 36));
    model.setAccountFilter(QString());
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    model.setArchiveDirectory(u"a"_qs, u"/tmp/a"_qs);
    model.refresh({});
    QCOMPARE(model.rowCount(), 0);
    model.setRecords(records(u"c"_qs, 1, 3));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMessageListModel::roles_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("id") << int(Model::RecordIdRole) << QVariant(qint64(7));
    QTest::newRow("account") << int(Model::AccountRole) << QVariant(u"work"_qs);
    QTest::newRow("seen") << int(Model::SeenRole) << QVariant(true);
    QTest::newRow("flagged") << int(Model::FlaggedRole) << QVariant(true);
    QTest::newRow("deleted") << int(Model::DeletedRole) << QVariant(false);
    QTest::newRow("partial") << int(Model::PartialRole) << QVariant(true);
    QTest::newRow("attachments") << int(Model::HasAttachmentsRole) << QVariant(true);
    QTest::newRow("date") << int(Model::DateRole) << QVariant(Noon.addSecs(7 * 60 - 30));
    QTest::newRow("received") << int(Model::ReceivedRole) << QVariant(Noon.addSecs(7 * 60));
    QTest::newRow("size") << int(Model::SizeRole) << QVariant(qint64(12345));
    QTest::newRow("from") << int(Model::FromRole) << QVariant(u"Jürgen <j@example.org>"_qs);
    QTest::newRow("subject") << int(Model::SubjectRole) << QVariant(u"Grüße aus Köln"_qs);
    QTest::newRow("preview") << int(Model::PreviewRole) << QVariant(u"Preview of message 7"_qs);
    QTest::newRow("file name") << int(Model::FileNameRole) << QVariant(u"cur/7.host:2,"_qs);
}

void TestMessageListModel::roles()
{
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    ArchiveRecord r
        = record(u"work"_qs, 7, u"Jürgen <j@example.org>"_qs, u"Grüße aus Köln"_qs, 12345, true);
    r.flagged = true;
    r.partial = true;
    r.hasAttachments = true;
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({r});
    // Custom roles answer on every column, so a delegate can use them anywhere.
    for (int column = 0; column < Model::ColumnCount; ++column) {
        QCOMPARE(model.index(0, column).data(role), expected);
    }
    QVERIFY(model.roleNames().size() > Model::SortRole - Model::RecordIdRole);
}

void TestMessageListModel::appendsWithoutReset()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 3));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addRecord(record(u"a"_qs, 4));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    // A batch from one fetch is one insertion.
    model.addRecords(records(u"a"_qs, 5, 9));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4);
    QCOMPARE(inserted.at(1).at(2).toInt(), 8);
    QCOMPARE(ids(model), (QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9}));
    // Adding a known message updates it instead.
    model.addRecord(record(u"a"_qs, 2, u"New sender"_qs));
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.index(1, Model::FromColumn).data().toString(), u"New sender"_qs);
    QCOMPARE(reset.count(), 0);
}

void TestMessageListModel::insertsBlocksInPlace()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 2) + records(u"b"_qs, 1, 2));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addRecords(records(u"a"_qs, 3, 4) + records(u"b"_qs, 3, 3));
    // Rows are grouped by account: a's new rows go before b's.
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(inserted.at(1).at(1).toInt(), 6);
    QCOMPARE(ids(model), (QList<qint64> {1, 2, 3, 4, 1, 2, 3}));
    // An id lower than the newest (an index rebuilt elsewhere) lands in order.
    model.setRecords(records(u"a"_qs, 1, 1) + records(u"a"_qs, 3, 3));
    model.addRecord(record(u"a"_qs, 2));
    QCOMPARE(ids(model), (QList<qint64> {1, 2, 3}));
}

void TestMessageListModel::sameIdInTwoAccounts()
{
    // Each account has its own archive, so ids repeat across accounts.
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({record(u"a"_qs, 1, u"A"_qs), record(u"b"_qs, 1, u"B"_qs)});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.updateFlags(u"b"_qs, 1, true, false, false));
    QCOMPARE(model.indexOf(u"a"_qs, 1).data(Model::SeenRole).toBool(), false);
    QCOMPARE(model.indexOf(u"b"_qs, 1).data(Model::SeenRole).toBool(), true);
    QCOMPARE(model.indexOf(u"b"_qs, 1, Model::FromColumn).data().toString(), u"B"_qs);
    QVERIFY(!model.indexOf(u"c"_qs, 1).isValid());
}

void TestMessageListModel::updatesFlags()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 5));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.updateFlags(u"a"_qs, 3, true, true, true));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(2, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, Model::ColumnCount - 1));
    const QModelIndex row = model.index(2, Model::StatusColumn);
    QVERIFY(row.data(Model::SeenRole).toBool());
    QVERIFY(row.data(Model::FlaggedRole).toBool());
    QVERIFY(row.data(Model::DeletedRole).toBool());
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"Flagged"_qs));
    // Same flags again: nothing to announce.
    QVERIFY(model.updateFlags(u"a"_qs, 3, true, true, true));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.updateFlags(u"a"_qs, 99, true, false, false));
    QVERIFY(!model.updateFlags(u"x"_qs, 3, true, false, false));
}

void TestMessageListModel::updatesSummary()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 3));
    // Build the collation keys, then change a sender: its key must follow.
    QVERIFY(model.compareRows(0, 1, Model::FromColumn) < 0);
    ArchiveRecord r = record(u"a"_qs, 1, u"Zacharias"_qs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.updateRecord(r));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, Model::FromColumn).data().toString(), u"Zacharias"_qs);
    QVERIFY(model.compareRows(0, 1, Model::FromColumn) > 0);
    QVERIFY(!model.updateRecord(record(u"a"_qs, 42)));
}

void TestMessageListModel::removesRecords()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 5));
    QVERIFY(model.compareRows(0, 1, Model::SubjectColumn) < 0); // keys built
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.removeRecord(u"a"_qs, 2));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(ids(model), (QList<qint64> {1, 3, 4, 5}));
    // Keys stay in step with the rows.
    QVERIFY(model.compareRows(0, 1, Model::SubjectColumn) < 0);
    QVERIFY(model.compareRows(3, 2, Model::SubjectColumn) > 0);
    QVERIFY(!model.removeRecord(u"a"_qs, 2));
}

void TestMessageListModel::refreshKeepsPersistentIndexes()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 6) + records(u"b"_qs, 1, 2));
    const QPersistentModelIndex five = model.indexOf(u"a"_qs, 5);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Another program deleted 2 and 3, fetched 7 and 8 and marked 5 read.
    QList<ArchiveRecord> now = records(u"a"_qs, 1, 1) + records(u"a"_qs, 4, 8);
    now[2].seen = true;
    model.refresh(now, u"a"_qs);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ids(model), (QList<qint64> {1, 4, 5, 6, 7, 8, 1, 2}));
    QVERIFY(five.isValid());
    QCOMPARE(five.row(), 2);
    QVERIFY(five.data(Model::SeenRole).toBool());
    // Account b was not part of the refresh and keeps its rows.
    QVERIFY(model.indexOf(u"b"_qs, 2).isValid());
    // A refresh of all accounts removes b's rows too.
    model.refresh(now);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(reset.count(), 0);
}

void TestMessageListModel::accountFilter()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 3) + records(u"b"_qs, 1, 2) + records(u"c"_qs, 1, 1));
    QCOMPARE(model.rowCount(), 6);
    QSignalSpy filterChanged(&model, &Model::accountFilterChanged);
    model.setAccountFilter(u"b"_qs);
    QCOMPARE(filterChanged.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(Model::AccountRole).toString(), u"b"_qs);
    QCOMPARE(model.totalCount(), 6);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addRecord(record(u"a"_qs, 4)); // another account: not shown, no signal
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    model.addRecord(record(u"b"_qs, 3));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(ids(model), (QList<qint64> {1, 2, 3}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.updateFlags(u"a"_qs, 1, true, false, false)); // hidden row: no signal
    QCOMPARE(changed.count(), 0);
    QVERIFY(model.updateFlags(u"b"_qs, 3, true, false, false));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QVERIFY(model.removeRecord(u"b"_qs, 1));
    QCOMPARE(ids(model), (QList<qint64> {2, 3}));
    QVERIFY(!model.indexOf(u"a"_qs, 1).isValid());

    model.setAccountFilter(QString());
    QCOMPARE(model.rowCount(), 7);
}

void TestMessageListModel::accountFilterForAccountWithoutMessagesYet()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 2));
    model.setAccountFilter(u"new"_qs);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addRecords(records(u"new"_qs, 1, 2));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data(Model::AccountRole).toString(), u"new"_qs);
}

void TestMessageListModel::unreadCount()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ArchiveRecord> all = records(u"a"_qs, 1, 4) + records(u"b"_qs, 1, 2);
    all[0].seen = true;
    all[1].deletedLocally = true; // deleted messages do not count
    model.setRecords(all);
    QCOMPARE(model.unreadCount(u"a"_qs), 2);
    QCOMPARE(model.unreadCount(u"b"_qs), 2);
    QCOMPARE(model.unreadCount(), 4);
    QCOMPARE(model.unreadCount(u"unknown"_qs), 0);
    model.updateFlags(u"b"_qs, 1, true, false, false);
    QCOMPARE(model.unreadCount(), 3);
}

void TestMessageListModel::unreadCountFollowsEveryChange()
{
    // The counts are kept up to date change by change; each step is checked against a count
    // made from scratch, also for an account that the filter hides.
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &Model::unreadCountsChanged);
    QList<ArchiveRecord> truth;
    const auto check = [&]() {
        for (const QString& account : {u"a"_qs, u"b"_qs, QString()}) {
            const auto expected = std::count_if(truth.begin(), truth.end(), [&](const auto& r) {
                return (account.isEmpty() || r.account == account) && !r.seen && !r.deletedLocally;
            });
            if (model.unreadCount(account) != int(expected)) {
                return false;
            }
        }
        return true;
    };
    const auto set = [&](const QString& account, qint64 id, bool seen, bool deleted) {
        for (ArchiveRecord& r : truth) {
            if (r.account == account && r.id == id) {
                r.seen = seen;
                r.deletedLocally = deleted;
            }
        }
        return model.updateFlags(account, id, seen, false, deleted);
    };
    truth = records(u"a"_qs, 1, 10) + records(u"b"_qs, 1, 5);
    truth[3].seen = true;
    model.setRecords(truth);
    QVERIFY(check());
    QCOMPARE(counts.count(), 1);
    model.setAccountFilter(u"a"_qs);
    QCOMPARE(counts.count(), 1);           // filtering changes no count
    QVERIFY(set(u"b"_qs, 2, true, false)); // hidden: no row signal, but the count
    QVERIFY(check());
    QCOMPARE(counts.count(), 2);
    QVERIFY(set(u"b"_qs, 2, true, false)); // no change, no signal
    QCOMPARE(counts.count(), 2);
    QVERIFY(set(u"a"_qs, 4, false, true)); // read → unread but deleted: still not counted
    QVERIFY(check());
    QCOMPARE(counts.count(), 2);
    QVERIFY(set(u"a"_qs, 5, false, true));
    QVERIFY(check());
    QCOMPARE(counts.count(), 3);
    // Many at once (the bulk path) and a few (the block path), in both accounts.
    QList<ArchiveRecord> fresh = records(u"b"_qs, 6, 60) + records(u"a"_qs, 11, 12);
    fresh[7].seen = true;
    truth += fresh;
    model.addRecords(fresh);
    QVERIFY(check());
    QCOMPARE(counts.count(), 4);
    truth += records(u"b"_qs, 61, 61);
    model.addRecord(truth.last());
    QVERIFY(check());
    // An update that marks it read through the whole record.
    truth.last().seen = true;
    QVERIFY(model.updateRecord(truth.last()));
    QVERIFY(check());
    truth.removeIf([](const ArchiveRecord& r) { return r.account == u"b"_qs && r.id == 3; });
    QVERIFY(model.removeRecord(u"b"_qs, 3));
    QVERIFY(check());
    // refresh() removes what is gone and adds the rest.
    truth.removeIf([](const ArchiveRecord& r) { return r.account == u"a"_qs && r.id > 8; });
    QList<ArchiveRecord> ofA;
    std::copy_if(truth.begin(), truth.end(), std::back_inserter(ofA),
        [](const ArchiveRecord& r) { return r.account == u"a"_qs; });
    model.refresh(ofA, u"a"_qs);
    QVERIFY(check());
    const int before = int(counts.count());
    model.clear();
    truth.clear();
    QVERIFY(check());
    QCOMPARE(counts.count(), before + 1);
}

void TestMessageListModel::filePath()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({record(u"a"_qs, 1)});
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data(Model::FilePathRole).toString(), u"cur/1.host:2,"_qs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setArchiveDirectory(u"a"_qs, u"/home/max/archive"_qs);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(index.data(Model::FilePathRole).toString(), u"/home/max/archive/cur/1.host:2,"_qs);
}

void TestMessageListModel::formatSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bytes") << qint64(512) << u"en"_qs << u"512 bytes"_qs;
    QTest::newRow("1 byte") << qint64(1) << u"en"_qs << u"1 byte"_qs;
    QTest::newRow("12 KB") << qint64(12 * 1024 + 100) << u"en"_qs << u"12 KB"_qs;
    QTest::newRow("thousands") << qint64(1000 * 1024) << u"en"_qs << u"1,000 KB"_qs;
    QTest::newRow("MB en") << qint64(1536 * 1024) << u"en"_qs << u"1.5 MB"_qs;
    QTest::newRow("MB de") << qint64(1536 * 1024) << u"de"_qs << u"1,5 MB"_qs;
    QTest::newRow("KB de") << qint64(1000 * 1024) << u"de"_qs << u"1.000 KB"_qs;
    QTest::newRow("GB") << qint64(3) * 1024 * 1024 * 1024 << u"en"_qs << u"3.0 GB"_qs;
}

void TestMessageListModel::formatSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(MessageFormat::size(bytes, QLocale(language)), expected);
}

void TestMessageListModel::localeSwitchChangesDatesAndSizes()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    ArchiveRecord r = record(u"a"_qs, 1, QString(), QString(), 1536 * 1024);
    r.date = Noon; // noon UTC is 26 November in every time zone
    model.setRecords({r});
    const QModelIndex date = model.index(0, Model::DateColumn);
    const QModelIndex size = model.index(0, Model::SizeColumn);
    const QString english = date.data().toString();
    QVERIFY2(english.contains(u"11/26/"_qs), qPrintable(english));
    QCOMPARE(size.data().toString(), u"1.5 MB"_qs);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy localeChanged(&model, &Model::localeChanged);
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, Model::ColumnCount - 1));
    QCOMPARE(headers.count(), 1);
    QCOMPARE(localeChanged.count(), 1);
    const QString german = date.data().toString();
    QVERIFY2(german.contains(u"26.11."_qs), qPrintable(german));
    QCOMPARE(german,
        QLocale(QLocale::German, QLocale::Germany)
            .toString(Noon.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(size.data().toString(), u"1,5 MB"_qs);
    // The raw values do not depend on the language.
    QCOMPARE(date.data(Model::DateRole).toDateTime(), Noon);
    QCOMPARE(date.data(Model::SortRole).toDateTime(), Noon);
    QCOMPARE(size.data(Model::SortRole).toLongLong(), qint64(1536 * 1024));
}

void TestMessageListModel::headerTexts()
{
    // No German catalogue holds these strings yet; the English sources must be there.
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList expected {
        u"Status"_qs, u"From"_qs, u"Subject"_qs, u"Date"_qs, u"Size"_qs, u"Attachment"_qs};
    QCOMPARE(model.columnCount(), int(expected.size()));
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }
    QVERIFY(!model.headerData(Model::ColumnCount, Qt::Horizontal).isValid());
    // A missing subject is shown as such, but the raw role stays empty.
    model.setRecords({record(u"a"_qs, 1, u"x"_qs, u""_qs)});
    QCOMPARE(model.index(0, Model::SubjectColumn).data().toString(), u"(no subject)"_qs);
    QCOMPARE(model.index(0, Model::SubjectColumn).data(Model::SubjectRole).toString(), QString());
}

void TestMessageListModel::compareRowsUsesRawValues()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    QList<ArchiveRecord> all {record(u"a"_qs, 1, u"Österreich"_qs, u"Re 10"_qs, 100),
        record(u"a"_qs, 2, u"Zacharias"_qs, u"Re 9"_qs, 9)};
    all[0].date = Noon.addDays(1);
    all[1].date = Noon;
    all[1].hasAttachments = true;
    model.setRecords(all);
    QVERIFY(model.compareRows(0, 1, Model::FromColumn) < 0);    // Ö sorts with O in German
    QVERIFY(model.compareRows(0, 1, Model::SubjectColumn) > 0); // numbers as numbers
    QVERIFY(model.compareRows(0, 1, Model::SizeColumn) > 0);    // 100 > 9, not "100" < "9"
    QVERIFY(model.compareRows(0, 1, Model::DateColumn) > 0);
    QVERIFY(model.compareRows(0, 1, Model::AttachmentColumn) < 0);
    QCOMPARE(model.compareRows(0, 0, Model::FromColumn), 0);
    model.updateFlags(u"a"_qs, 2, true, false, false);
    QVERIFY(model.compareRows(0, 1, Model::StatusColumn) > 0); // unread after read
}

void TestMessageListModel::sortKeepsOrderThroughChanges()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 5)); // dates grow with the id
    model.sort(Model::DateColumn, Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), int(Model::DateColumn));
    QCOMPARE(ids(model), (QList<qint64> {5, 4, 3, 2, 1}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addRecord(record(u"a"_qs, 6)); // the newest goes on top
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    ArchiveRecord old = record(u"a"_qs, 7);
    old.date = Noon.addDays(-1);
    model.addRecord(old); // an old message goes to the bottom
    QCOMPARE(inserted.at(1).at(1).toInt(), 6);
    QCOMPARE(ids(model), (QList<qint64> {6, 5, 4, 3, 2, 1, 7}));

    // A changed date moves the row, and the persistent index goes with it.
    const QPersistentModelIndex three = model.indexOf(u"a"_qs, 3);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    ArchiveRecord newer = record(u"a"_qs, 3);
    newer.date = Noon.addDays(1);
    QVERIFY(model.updateRecord(newer));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(ids(model), (QList<qint64> {3, 6, 5, 4, 2, 1, 7}));
    QCOMPARE(three.row(), 0);
    QCOMPARE(three.data(Model::RecordIdRole).toLongLong(), qint64(3));

    // Sorted by status, marking a message read moves it among the read ones.
    QList<ArchiveRecord> mixed = records(u"a"_qs, 1, 4);
    mixed[0].seen = mixed[2].seen = true;
    model.setRecords(mixed);
    model.sort(Model::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(ids(model), (QList<qint64> {1, 3, 2, 4}));
    QVERIFY(model.updateFlags(u"a"_qs, 4, true, false, false));
    QCOMPARE(ids(model), (QList<qint64> {1, 3, 4, 2}));
    QVERIFY(model.removeRecord(u"a"_qs, 3));
    QCOMPARE(ids(model), (QList<qint64> {1, 4, 2}));

    // By sender, descending, with an account filter (German collation: Ä with A).
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    model.setRecords({record(u"a"_qs, 1, u"Berta"_qs), record(u"b"_qs, 1, u"Anton"_qs),
        record(u"a"_qs, 2, u"Ärger"_qs), record(u"a"_qs, 3, u"Cäsar"_qs)});
    model.setAccountFilter(u"a"_qs);
    model.sort(Model::FromColumn, Qt::DescendingOrder);
    QCOMPARE(ids(model), (QList<qint64> {3, 1, 2}));
    model.addRecord(record(u"a"_qs, 4, u"Bernd"_qs));
    QCOMPARE(ids(model), (QList<qint64> {3, 1, 4, 2})); // Berta after Bernd
    // -1: the order of arrival again.
    model.sort(-1);
    QCOMPARE(ids(model), (QList<qint64> {1, 2, 3, 4}));
}

void TestMessageListModel::sortKeepsPersistentIndexes()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records(u"a"_qs, 1, 20));
    const QPersistentModelIndex seven = model.indexOf(u"a"_qs, 7, Model::SubjectColumn);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(Model::DateColumn, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(seven.row(), 13);
    QCOMPARE(seven.column(), int(Model::SubjectColumn));
    QCOMPARE(seven.data(Model::RecordIdRole).toLongLong(), qint64(7));
    model.sort(Model::DateColumn, Qt::DescendingOrder); // unchanged: no new layout
    QCOMPARE(layout.count(), 1);
}

void TestMessageListModel::bulkInsertKeepsOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");

    QTest::newRow("arrival") << -1 << Qt::AscendingOrder;
    QTest::newRow("newest first") << int(Model::DateColumn) << Qt::DescendingOrder;
    QTest::newRow("by sender") << int(Model::FromColumn) << Qt::AscendingOrder;
    QTest::newRow("by size") << int(Model::SizeColumn) << Qt::DescendingOrder;
}

void TestMessageListModel::bulkInsertKeepsOrder()
{
    // The two-step start: a few rows first, then refresh() with all of them (more than the
    // one-by-one path takes), interleaved with the shown ones in storage and in view.
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QList<ArchiveRecord> all;
    for (qint64 id = 1; id <= 100; ++id) {
        ArchiveRecord r = record(u"a"_qs, id, QStringLiteral("Sender %1").arg((id * 37) % 101),
            QString(), (id * 53) % 97);
        r.date = Noon.addSecs(((id * 29) % 89) * 60);
        all.append(r);
    }
    const QList<ArchiveRecord> first {all[9], all[49], all[89]};
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(column, order);
    model.setRecords(first);
    const QPersistentModelIndex fifty = model.indexOf(u"a"_qs, 50);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh(all);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(inserted.count() <= 4); // one per gap around the three shown rows
    QCOMPARE(fifty.data(Model::RecordIdRole).toLongLong(), qint64(50));
    // The same order as sorting from scratch.
    Model fresh;
    fresh.setRecords(all);
    fresh.sort(column, order);
    QCOMPARE(ids(model), ids(fresh));
    for (const ArchiveRecord& r : all) {
        QCOMPARE(model.indexOf(u"a"_qs, r.id).data(Model::FromRole).toString(), r.from);
    }
}

void TestMessageListModel::batchInsertIntoSortedModel_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<qint64>("firstId");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("filter");

    // Ids 100..398 are there; batches go in front of them in storage, among them (every
    // other id above 200 is free) and behind them, few (under the old block threshold) or many.
    const QList<std::pair<int, Qt::SortOrder>> sorts {{-1, Qt::AscendingOrder},
        {int(Model::DateColumn), Qt::DescendingOrder}, {int(Model::FromColumn), Qt::AscendingOrder},
        {int(Model::SubjectColumn), Qt::DescendingOrder}};
    const QList<std::pair<const char*, qint64>> places {{"top", 1}, {"middle", 201}, {"end", 5000}};
    for (const auto& [column, order] : sorts) {
        for (const auto& [place, firstId] : places) {
            for (const int count : {3, 64}) {
                for (const QString& filter : {QString(), u"a"_qs}) {
                    QTest::addRow("column %d order %d %s %d %s", column, int(order), place, count,
                        filter.isEmpty() ? "all" : "filtered")
                        << column << order << firstId << count << filter;
                }
            }
        }
    }
}

void TestMessageListModel::batchInsertIntoSortedModel()
{
    // A fetch's batch into a model whose collation keys are built: the result must be what
    // a model built from scratch shows, in order, texts and keys (sorting again afterwards).
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(qint64, firstId);
    QFETCH(int, count);
    QFETCH(QString, filter);
    const auto make = [](const QString& account, qint64 id) {
        ArchiveRecord r = record(account, id, QStringLiteral("Sender %1").arg((id * 37) % 101),
            QStringLiteral("Topic %1").arg((id * 17) % 89), (id * 53) % 97, id % 3 == 0);
        r.date = Noon.addSecs(((id * 29) % 89) * 60);
        return r;
    };
    QList<ArchiveRecord> old;
    for (qint64 id = 100; id < 400; id += id < 200 ? 1 : 2) {
        old << make(u"a"_qs, id) << make(u"b"_qs, id);
    }
    QList<ArchiveRecord> batch;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 id = firstId + (firstId == 201 ? 2 * i : i);
        // Both accounts, out of storage order, one message twice (the later one wins).
        batch << make(u"b"_qs, id) << make(u"a"_qs, id);
    }
    ArchiveRecord twice = batch.first();
    twice.subject = QStringLiteral("Changed");
    batch << twice;

    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(old);
    model.setAccountFilter(filter);
    // Build both collation keys, then sort as asked.
    model.sort(Model::SubjectColumn);
    model.sort(Model::FromColumn);
    model.sort(column, order);
    const QPersistentModelIndex known = model.indexOf(u"a"_qs, 300);
    QVERIFY(known.isValid());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy unread(&model, &Model::unreadCountsChanged);
    model.addRecords(batch);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(unread.count(), 1);
    QCOMPARE(known.data(Model::RecordIdRole).toLongLong(), qint64(300));

    QList<ArchiveRecord> all = batch;
    all.removeLast();
    all.first() = twice;
    all = old + all;
    Model fresh;
    fresh.setRecords(all);
    fresh.setAccountFilter(filter);
    const auto same = [&]() {
        QCOMPARE(model.rowCount(), fresh.rowCount());
        QCOMPARE(ids(model), ids(fresh));
        for (int row = 0; row < model.rowCount(); ++row) {
            for (const int role : {int(Model::AccountRole), int(Model::SubjectRole),
                     int(Model::FromRole), int(Model::SeenRole)}) {
                QCOMPARE(model.index(row, 0).data(role), fresh.index(row, 0).data(role));
            }
        }
        QCOMPARE(model.unreadCount(), fresh.unreadCount());
        QCOMPARE(model.unreadCount(u"b"_qs), fresh.unreadCount(u"b"_qs));
    };
    fresh.sort(column, order);
    same();
    // The kept keys sort like fresh ones.
    for (const int by : {int(Model::FromColumn), int(Model::SubjectColumn)}) {
        model.sort(by, Qt::AscendingOrder);
        fresh.sort(by, Qt::AscendingOrder);
        same();
    }
    // One more message, placed by the kept keys.
    const ArchiveRecord late = make(u"a"_qs, 399);
    model.addRecord(late);
    fresh.addRecord(late);
    same();
}

void TestMessageListModel::loaderReadsIndex()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(MessageListLoader::load(dir.path(), &error).isEmpty()); // nothing fetched yet
    QVERIFY(error.isEmpty());
    {
        ArchiveIndex index(dir.path());
        QCOMPARE(index.open(&error), ArchiveIndex::OpenStatus::Ok);
        QList<ArchiveRecord> written = records(u"demo"_qs, 1, 3);
        for (ArchiveRecord& r : written) {
            r.sha256 = QByteArray(32, 'x');
        }
        written[1].seen = true;
        written[2].date = Noon.addDays(-3); // the oldest by date
        written[2].hasAttachments = true;
        QVERIFY2(index.insert(&written, &error), qPrintable(error));
        for (const ArchiveRecord& r : std::as_const(written)) {
            QVERIFY2(index.updateSummary(r, &error), qPrintable(error));
        }
    }
    const QList<ArchiveRecord> loaded = MessageListLoader::load(dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(loaded.size(), 3);
    const ArchiveRecord expected = record(u"demo"_qs, 2);
    const ArchiveRecord& second = loaded.at(1);
    QCOMPARE(second.id, qint64(2));
    QCOMPARE(second.account, expected.account);
    QCOMPARE(second.fileName, expected.fileName);
    QCOMPARE(second.size, expected.size);
    QCOMPARE(second.received, expected.received);
    QCOMPARE(second.date, expected.date);
    QCOMPARE(second.from, expected.from);
    QCOMPARE(second.subject, expected.subject);
    QCOMPARE(second.preview, expected.preview);
    QVERIFY(second.seen);
    QVERIFY(loaded.at(2).hasAttachments);
    QVERIFY(second.sha256.isEmpty()); // not read: the inbox does not need it

    const QList<ArchiveRecord> newest = MessageListLoader::loadNewest(dir.path(), 2, &error);
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest.at(0).id, qint64(2));
    QCOMPARE(newest.at(1).id, qint64(1));
    const QList<ArchiveRecord> later = MessageListLoader::load(dir.path(), &error, 2);
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.at(0).id, qint64(3));
}

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
