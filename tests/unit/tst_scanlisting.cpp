// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/ScanListing.h"

#include <QTest>

using namespace Postbote;

class TestScanListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stat_data();
    void stat();
    void uidLine_data();
    void uidLine();
    void lists();
};

void TestScanListing::stat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("octets");
    QTest::newRow("rfc") << QByteArray("2 320") << true << 2 << qint64(320);
    QTest::newRow("empty mailbox") << QByteArray("0 0") << true << 0 << qint64(0);
    QTest::newRow("trailing info") << QByteArray("1 100 messages") << true << 1 << qint64(100);
    QTest::newRow("big") << QByteArray("3 8589934592") << true << 3 << qint64(8589934592LL);
    QTest::newRow("negative") << QByteArray("-1 5") << false << 0 << qint64(0);
    QTest::newRow("missing size") << QByteArray("2") << false << 0 << qint64(0);
    QTest::newRow("words") << QByteArray("two hundred") << false << 0 << qint64(0);
    QTest::newRow("overflow") << QByteArray("99999999999999999999 1") << false << 0 << qint64(0);
}

void TestScanListing::stat()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const auto result = ScanListing::parseStat(text);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QFETCH(int, count);
        QFETCH(qint64, octets);
        QCOMPARE(result->count, count);
        QCOMPARE(result->octets, octets);
    }
}

void TestScanListing::uidLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::newRow("rfc") << QByteArray("1 whqtswO00WBw418f9t5JxYwZ") << true;
    QTest::newRow("dovecot") << QByteArray("2 00000001645f1d2b") << true;
    QTest::newRow("70 chars") << (QByteArray("3 ") + QByteArray(70, 'a')) << true;
    QTest::newRow("71 chars") << (QByteArray("3 ") + QByteArray(71, 'a')) << false;
    QTest::newRow("space in uid") << QByteArray("4 ab cd") << false;
    QTest::newRow("control char") << QByteArray("4 ab\x01") << false;
    QTest::newRow("8bit") << QByteArray("4 ab\xe4") << false;
    QTest::newRow("number 0") << QByteArray("0 abc") << false;
    QTest::newRow("no uid") << QByteArray("5 ") << false;
    QTest::newRow("no number") << QByteArray("abc") << false;
}

void TestScanListing::uidLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QCOMPARE(ScanListing::parseUidLine(line).has_value(), valid);
}

void TestScanListing::lists()
{
    const auto list = ScanListing::parseList({"1 120", "2 200"});
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).number, 2);
    QCOMPARE(list->at(1).octets, qint64(200));
    // A repeated number or one bad line voids the whole listing.
    QVERIFY(!ScanListing::parseList({"1 120", "1 200"}));
    QVERIFY(!ScanListing::parseList({"1 120", "x 200"}));
    const auto uidl = ScanListing::parseUidl({"1 abc", "3 def"});
    QVERIFY(uidl);
    QCOMPARE(uidl->at(1).uid, QByteArray("def"));
    QVERIFY(!ScanListing::parseUidl({"1 abc", "1 def"}));
}

QTEST_GUILESS_MAIN(TestScanListing)
#include "tst_scanlisting.moc"
