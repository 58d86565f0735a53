// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProtocolLogFilterProxy.h"
#include "models/ProtocolLogModel.h"
#include "trace/ProtocolLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Postbote;

using Direction = ProtocolEvent::Direction;

class TestProtocolLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsExistingAndNewEvents();
    void columnsAndRoles_data();
    void columnsAndRoles();
    void ringDropRemovesFirstRow();
    void pauseBuffersAndResumeShows();
    void pauseLongerThanCapacity();
    void clearFollowsLog();
    void detachAndDestroyedLog();
    void filterByText();
    void filterByDirection();
    void filterFollowsLiveEvents();
    void batchedAppendsArriveInOneInsertion();
    void batchedRingKeepsNewest();
    void batchedWithPauseAndClear();
};

namespace {

const QDateTime Time = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 1, 5), Qt::LocalTime);

ProtocolEvent makeEvent(Direction direction, const QString& text)
{
    return ProtocolEvent {Time, direction, text};
}

QStringList texts(const QAbstractItemModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row, ProtocolLogModel::TextColumn).data().toString());
    }
    return result;
}

void fillDialogue(ProtocolLog* log)
{
    log->append(makeEvent(Direction::Info, u"Connecting to pop.example.org:995"_qs));
    log->append(makeEvent(Direction::Tls, u"Encrypted with TLS 1.3"_qs));
    log->append(makeEvent(Direction::Server, u"+OK POP3 server ready"_qs));
    log->append(makeEvent(Direction::Client, u"USER max"_qs));
    log->append(makeEvent(Direction::Server, u"+OK"_qs));
    log->append(makeEvent(Direction::Client, u"PASS ****"_qs));
    log->append(makeEvent(Direction::Server, u"+OK Logged in, Grüße"_qs));
}

} // namespace

void TestProtocolLogModel::showsExistingAndNewEvents()
{
    ProtocolLog log;
    log.append(makeEvent(Direction::Server, u"+OK ready"_qs));
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(&log);
    QCOMPARE(model.log(), &log);
    QCOMPARE(model.capacity(), log.capacity());
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    log.append(makeEvent(Direction::Client, u"CAPA"_qs));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(texts(model), (QStringList {u"+OK ready"_qs, u"CAPA"_qs}));
}

void TestProtocolLogModel::columnsAndRoles_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("time") << int(ProtocolLogModel::TimeColumn) << int(Qt::DisplayRole)
                          << QVariant(u"10:00:01.005"_qs);
    QTest::newRow("direction") << int(ProtocolLogModel::DirectionColumn) << int(Qt::DisplayRole)
                               << QVariant(u"C:"_qs);
    QTest::newRow("direction name")
        << int(ProtocolLogModel::DirectionColumn) << int(Qt::ToolTipRole) << QVariant(u"Client"_qs);
    QTest::newRow("text") << int(ProtocolLogModel::TextColumn) << int(Qt::DisplayRole)
                          << QVariant(u"PASS ****"_qs);
    QTest::newRow("direction role")
        << int(ProtocolLogModel::TextColumn) << int(ProtocolLogModel::DirectionRole)
        << QVariant(int(Direction::Client));
    QTest::newRow("timestamp role") << int(ProtocolLogModel::TimeColumn)
                                    << int(ProtocolLogModel::TimestampRole) << QVariant(Time);
    QTest::newRow("text role") << int(ProtocolLogModel::TimeColumn)
                               << int(ProtocolLogModel::TextRole) << QVariant(u"PASS ****"_qs);
    QTest::newRow("line role") << int(ProtocolLogModel::TextColumn)
                               << int(ProtocolLogModel::LineRole)
                               << QVariant(u"10:00:01.005 C: PASS ****"_qs);
}

void TestProtocolLogModel::columnsAndRoles()
{
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    ProtocolLog log;
    log.append(makeEvent(Direction::Client, u"PASS ****"_qs));
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(&log);
    QCOMPARE(model.index(0, column).data(role), expected);
    QCOMPARE(model.headerData(ProtocolLogModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_qs);
    QCOMPARE(ProtocolLogModel::directionName(Direction::Server), u"Server"_qs);
}

void TestProtocolLogModel::ringDropRemovesFirstRow()
{
    ProtocolLog log(3);
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(&log);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 1; i <= 5; ++i) {
        log.append(makeEvent(Direction::Server, QString::number(i)));
    }
    QCOMPARE(log.droppedCount(), qint64(2));
    QCOMPARE(model.rowCount(), log.size());
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 0);
    QCOMPARE(texts(model), (QStringList {u"3"_qs, u"4"_qs, u"5"_qs}));
    // The rows are exactly the log's events.
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.eventAt(row).text, log.at(row).text);
    }
    // A model attached to a full ring starts with what the ring holds.
    ProtocolLogModel late;
    late.setLog(&log);
    QCOMPARE(texts(late), texts(model));
}

void TestProtocolLogModel::pauseBuffersAndResumeShows()
{
    ProtocolLog log(5);
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(&log);
    for (int i = 1; i <= 3; ++i) {
        log.append(makeEvent(Direction::Server, QString::number(i)));
    }
    QSignalSpy pausedChanged(&model, &ProtocolLogModel::pausedChanged);
    model.setPaused(true);
    QCOMPARE(pausedChanged.count(), 1);
    QVERIFY(model.isPaused());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 4; i <= 6; ++i) {
        log.append(makeEvent(Direction::Client, QString::number(i)));
    }
    // Still: the rows stay as they were for reading.
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(texts(model), (QStringList {u"1"_qs, u"2"_qs, u"3"_qs}));
    QCOMPARE(model.pendingCount(), 3);
    model.setPaused(false);
    QCOMPARE(pausedChanged.count(), 2);
    QCOMPARE(model.pendingCount(), 0);
    // One removal from the front (the ring dropped event 1) and one insertion.
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(texts(model), (QStringList {u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs, u"6"_qs}));
    QCOMPARE(model.rowCount(), log.size());
    QCOMPARE(model.eventAt(0).text, log.at(0).text);
}

void TestProtocolLogModel::pauseLongerThanCapacity()
{
    ProtocolLog log(3);
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(&log);
    log.append(makeEvent(Direction::Server, u"old"_qs));
    model.setPaused(true);
    for (int i = 1; i <= 10; ++i) {
        log.append(makeEvent(Direction::Server, QString::number(i)));
    }
    QCOMPARE(model.pendingCount(), 3); // bounded like the ring
    QCOMPARE(texts(model), QStringList {u"old"_qs});
    model.setPaused(false);
    QCOMPARE(texts(model), (QStringList {u"8"_qs, u"9"_qs, u"10"_qs}));
    log.append(makeEvent(Direction::Server, u"11"_qs));
    QCOMPARE(texts(model), (QStringList {u"9"_qs, u"10"_qs, u"11"_qs}));
}

void TestProtocolLogModel::clearFollowsLog()
{
    ProtocolLog log;
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(&log);
    fillDialogue(&log);
    model.setPaused(true);
    log.append(makeEvent(Direction::Client, u"STAT"_qs));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    log.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 0);
    log.append(makeEvent(Direction::Client, u"QUIT"_qs));
    QCOMPARE(texts(model), QStringList {u"QUIT"_qs});
}

void TestProtocolLogModel::detachAndDestroyedLog()
{
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    {
        ProtocolLog log;
        model.setLog(&log);
        fillDialogue(&log);
        QCOMPARE(model.rowCount(), 7);
    }
    QCOMPARE(model.log(), nullptr);
    QCOMPARE(model.rowCount(), 7); // the rows stay readable
    model.setLog(nullptr);
    QCOMPARE(model.rowCount(), 0);
    // Without a log, events can be appended directly, bounded by the capacity.
    model.setCapacity(2);
    model.append(makeEvent(Direction::Info, u"a"_qs));
    model.append(makeEvent(Direction::Info, u"b"_qs));
    model.append(makeEvent(Direction::Info, u"c"_qs));
    QCOMPARE(texts(model), (QStringList {u"b"_qs, u"c"_qs}));
    model.setCapacity(1);
    QCOMPARE(texts(model), QStringList {u"c"_qs});
}

void TestProtocolLogModel::filterByText()
{
    ProtocolLog log;
    ProtocolLogModel model;
    model.setLog(&log);
    fillDialogue(&log);
    ProtocolLogFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &ProtocolLogFilterProxy::filterTextChanged);
    proxy.setFilterText(u"user"_qs);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(texts(proxy), QStringList {u"USER max"_qs});
    proxy.setFilterText(u"grusse"_qs); // ß does not fold to ss
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(u"GRÜßE"_qs);
    QCOMPARE(texts(proxy), QStringList {u"+OK Logged in, Grüße"_qs});
    proxy.setFilterText(u"+ok"_qs);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.toPlainText(),
        u"10:00:01.005 S: +OK POP3 server ready\n10:00:01.005 S: +OK\n"
        "10:00:01.005 S: +OK Logged in, Grüße\n"_qs);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 7);
}

void TestProtocolLogModel::filterByDirection()
{
    ProtocolLog log;
    ProtocolLogModel model;
    model.setLog(&log);
    fillDialogue(&log);
    ProtocolLogFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &ProtocolLogFilterProxy::directionsChanged);
    proxy.setDirectionVisible(Direction::Server, false);
    proxy.setDirectionVisible(Direction::Info, false);
    proxy.setDirectionVisible(Direction::Tls, false);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!proxy.isDirectionVisible(Direction::Server));
    QVERIFY(proxy.isDirectionVisible(Direction::Client));
    QCOMPARE(texts(proxy), (QStringList {u"USER max"_qs, u"PASS ****"_qs}));
    proxy.setDirectionVisible(Direction::Client, false);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setDirectionVisible(Direction::Tls, true);
    QCOMPARE(texts(proxy), QStringList {u"Encrypted with TLS 1.3"_qs});
    proxy.setDirectionVisible(Direction::Tls, true); // no change, no signal
    QCOMPARE(changed.count(), 5);
}

void TestProtocolLogModel::filterFollowsLiveEvents()
{
    ProtocolLog log(4);
    ProtocolLogModel model;
    model.setLog(&log);
    ProtocolLogFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setDirectionVisible(Direction::Server, false);
    for (int i = 1; i <= 6; ++i) {
        log.append(makeEvent(i % 2 ? Direction::Client : Direction::Server, QString::number(i)));
    }
    // Ring holds 3..6; of those the client lines 3 and 5.
    QCOMPARE(texts(proxy), (QStringList {u"3"_qs, u"5"_qs}));
}

void TestProtocolLogModel::batchedAppendsArriveInOneInsertion()
{
    ProtocolLog log;
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(&log);
    QCOMPARE(model.batchInterval(), 0);
    model.setBatchInterval(20);
    QCOMPARE(model.batchInterval(), 20);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    fillDialogue(&log);
    // Nothing is inserted until the batch is due; then all of it at once.
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 7);
    QCOMPARE(inserted.count(), 0);
    QTRY_COMPARE(model.rowCount(), 7);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.eventAt(5).text, u"PASS ****"_qs);
    // flush() shows a waiting batch at once; interval 0 goes back to one insertion per event.
    log.append(makeEvent(Direction::Client, u"STAT"_qs));
    model.flush();
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(inserted.count(), 2);
    log.append(makeEvent(Direction::Client, u"LIST"_qs));
    model.setBatchInterval(0);
    QCOMPARE(model.rowCount(), 9); // the waiting event is shown when batching stops
    log.append(makeEvent(Direction::Client, u"QUIT"_qs));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(inserted.count(), 4);
}

void TestProtocolLogModel::batchedRingKeepsNewest()
{
    ProtocolLog log(3);
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(&log);
    model.setBatchInterval(10);
    log.append(makeEvent(Direction::Server, u"0"_qs));
    model.flush();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 1; i <= 1000; ++i) {
        log.append(makeEvent(Direction::Server, QString::number(i)));
    }
    QCOMPARE(model.pendingCount(), 3); // bounded like the ring while waiting
    QTRY_COMPARE(model.pendingCount(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(texts(model), (QStringList {u"998"_qs, u"999"_qs, u"1000"_qs}));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.eventAt(row).text, log.at(row).text);
    }
}

void TestProtocolLogModel::batchedWithPauseAndClear()
{
    ProtocolLog log;
    ProtocolLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(&log);
    model.setBatchInterval(5);
    log.append(makeEvent(Direction::Client, u"USER max"_qs));
    model.setPaused(true);
    log.append(makeEvent(Direction::Server, u"+OK"_qs));
    // While paused the batch is not shown, however long one waits.
    QTest::qWait(30);
    QCOMPARE(model.rowCount(), 0);
    model.flush();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 2);
    model.setPaused(false);
    QCOMPARE(texts(model), (QStringList {u"USER max"_qs, u"+OK"_qs}));
    // Clearing drops a waiting batch too.
    log.append(makeEvent(Direction::Client, u"QUIT"_qs));
    log.clear();
    QCOMPARE(model.pendingCount(), 0);
    QTest::qWait(30);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProtocolLogModel)
#include "tst_protocollogmodel.moc"
