// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/RetentionPolicy.h"

#include <QTest>

using namespace Postbote;
using Mode = RetentionPolicy::Mode;

Q_DECLARE_METATYPE(Postbote::RetentionPolicy::Mode)

class TestRetentionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void roundTripsEveryMode();
    void validate_data();
    void validate();
    void description();
};

void TestRetentionPolicy::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("deletedLocally");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<bool>("allowNoUidl");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("keep") << u"keep"_qs << Mode::KeepOnServer << 0 << false << qint64(0) << false
                          << u"keep"_qs;
    QTest::newRow("delete") << u"delete"_qs << Mode::DeleteAfterArchiving << 0 << false << qint64(0)
                            << false << u"delete"_qs;
    QTest::newRow("days") << u"keep-days=30"_qs << Mode::KeepDays << 30 << false << qint64(0)
                          << false << u"keep-days=30"_qs;
    QTest::newRow("newest") << u"keep-newest=100"_qs << Mode::KeepNewest << 100 << false
                            << qint64(0) << false << u"keep-newest=100"_qs;
    QTest::newRow("mb") << u"keep-mb=50"_qs << Mode::KeepMaxMegabytes << 50 << false << qint64(0)
                        << false << u"keep-mb=50"_qs;
    QTest::newRow("all switches")
        << u"keep-days=7,delete-locally-deleted,max-size=1048576,allow-no-uidl"_qs << Mode::KeepDays
        << 7 << true << qint64(1048576) << true
        << u"keep-days=7,delete-locally-deleted,max-size=1048576,allow-no-uidl"_qs;
    QTest::newRow("any order, spaces")
        << u" allow-no-uidl , max-size = 10 ,delete "_qs << Mode::DeleteAfterArchiving << 0 << false
        << qint64(10) << true << u"delete,max-size=10,allow-no-uidl"_qs;
    QTest::newRow("no mode means keep") << u"max-size=5000"_qs << Mode::KeepOnServer << 0 << false
                                        << qint64(5000) << false << u"keep,max-size=5000"_qs;
    QTest::newRow("max-size 0 is no limit") << u"keep,max-size=0"_qs << Mode::KeepOnServer << 0
                                            << false << qint64(0) << false << u"keep"_qs;
    QTest::newRow("upper bounds") << u"keep-days=36500"_qs << Mode::KeepDays << 36500 << false
                                  << qint64(0) << false << u"keep-days=36500"_qs;
    QTest::newRow("big max-size") << u"keep,max-size=8589934592"_qs << Mode::KeepOnServer << 0
                                  << false << qint64(8589934592LL) << false
                                  << u"keep,max-size=8589934592"_qs;
}

void TestRetentionPolicy::parse()
{
    QFETCH(QString, text);
    QString error;
    const auto policy = RetentionPolicy::fromString(text, &error);
    QVERIFY2(policy, qPrintable(error));
    QVERIFY(error.isEmpty());
    QTEST(policy->mode, "mode");
    QTEST(policy->limit, "limit");
    QTEST(policy->deleteWhenDeletedLocally, "deletedLocally");
    QTEST(policy->maxMessageBytes, "maxBytes");
    QTEST(policy->allowNoUidl, "allowNoUidl");
    QTEST(policy->toString(), "canonical");
    QVERIFY(policy->isValid());
    const auto again = RetentionPolicy::fromString(policy->toString());
    QVERIFY(again);
    QCOMPARE(*again, *policy);
}

void TestRetentionPolicy::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // what the error message must quote
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only commas") << u" , "_qs << QString();
    QTest::newRow("unknown") << u"keep,forever"_qs << u"forever"_qs;
    QTest::newRow("two modes") << u"keep,delete"_qs << u"delete"_qs;
    QTest::newRow("mode twice") << u"keep-days=3,keep-days=4"_qs << u"keep-days"_qs;
    QTest::newRow("switch twice") << u"allow-no-uidl,allow-no-uidl"_qs << u"allow-no-uidl"_qs;
    QTest::newRow("days without number") << u"keep-days"_qs << u"keep-days"_qs;
    QTest::newRow("keep with number") << u"keep=3"_qs << u"keep"_qs;
    QTest::newRow("days not a number") << u"keep-days=x"_qs << u"x"_qs;
    QTest::newRow("days fraction") << u"keep-days=1.5"_qs << u"1.5"_qs;
    QTest::newRow("days zero") << u"keep-days=0"_qs << QString();
    QTest::newRow("days too many") << u"keep-days=36501"_qs << QString();
    QTest::newRow("newest zero") << u"keep-newest=0"_qs << QString();
    QTest::newRow("mb zero") << u"keep-mb=0"_qs << QString();
    QTest::newRow("mb too many") << u"keep-mb=1048577"_qs << QString();
    QTest::newRow("days overflow int") << u"keep-days=99999999999"_qs << QString();
    QTest::newRow("negative max-size") << u"max-size=-1"_qs << u"-1"_qs;
    QTest::newRow("empty number") << u"max-size="_qs << QString();
    QTest::newRow("uppercase") << u"KEEP"_qs << u"KEEP"_qs;
}

void TestRetentionPolicy::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!RetentionPolicy::fromString(text, &error));
    QVERIFY(!error.isEmpty());
    if (!named.isEmpty()) {
        QVERIFY2(error.contains(u'“' + named + u'”'), qPrintable(error));
    }
    // The error out-parameter is optional.
    QVERIFY(!RetentionPolicy::fromString(text));
}

void TestRetentionPolicy::roundTripsEveryMode()
{
    const QList<RetentionPolicy> policies
        = {RetentionPolicy::keepOnServer(), RetentionPolicy::deleteAfterArchiving(),
            RetentionPolicy::keepDays(1), RetentionPolicy::keepNewest(RetentionPolicy::MaxNewest),
            RetentionPolicy::keepMaxMegabytes(RetentionPolicy::MaxMegabytes)};
    for (RetentionPolicy policy : policies) {
        for (int bits = 0; bits < 8; ++bits) {
            policy.deleteWhenDeletedLocally = bits & 1;
            policy.maxMessageBytes = (bits & 2) ? 4096 : 0;
            policy.allowNoUidl = bits & 4;
            const auto parsed = RetentionPolicy::fromString(policy.toString());
            QVERIFY2(parsed, qPrintable(policy.toString()));
            QCOMPARE(*parsed, policy);
        }
    }
}

void TestRetentionPolicy::validate_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << Mode::KeepOnServer << 0 << qint64(0) << true;
    QTest::newRow("keep with limit") << Mode::KeepOnServer << 3 << qint64(0) << false;
    QTest::newRow("delete with limit") << Mode::DeleteAfterArchiving << 1 << qint64(0) << false;
    QTest::newRow("days 1") << Mode::KeepDays << 1 << qint64(0) << true;
    QTest::newRow("days 0") << Mode::KeepDays << 0 << qint64(0) << false;
    QTest::newRow("days negative") << Mode::KeepDays << -5 << qint64(0) << false;
    QTest::newRow("days max") << Mode::KeepDays << RetentionPolicy::MaxDays << qint64(0) << true;
    QTest::newRow("days max+1") << Mode::KeepDays << RetentionPolicy::MaxDays + 1 << qint64(0)
                                << false;
    QTest::newRow("newest 1") << Mode::KeepNewest << 1 << qint64(0) << true;
    QTest::newRow("newest 0") << Mode::KeepNewest << 0 << qint64(0) << false;
    QTest::newRow("newest max+1") << Mode::KeepNewest << RetentionPolicy::MaxNewest + 1 << qint64(0)
                                  << false;
    QTest::newRow("mb 1") << Mode::KeepMaxMegabytes << 1 << qint64(0) << true;
    QTest::newRow("mb 0") << Mode::KeepMaxMegabytes << 0 << qint64(0) << false;
    QTest::newRow("negative size limit") << Mode::KeepOnServer << 0 << qint64(-1) << false;
}

void TestRetentionPolicy::validate()
{
    QFETCH(Mode, mode);
    QFETCH(int, limit);
    QFETCH(qint64, maxBytes);
    QFETCH(bool, valid);
    RetentionPolicy policy;
    policy.mode = mode;
    policy.limit = limit;
    policy.maxMessageBytes = maxBytes;
    QCOMPARE(policy.isValid(), valid);
    QCOMPARE(policy.validate().isEmpty(), valid);
}

void TestRetentionPolicy::description()
{
    QCOMPARE(RetentionPolicy().mode, Mode::KeepOnServer);
    QVERIFY(!RetentionPolicy().deletesByMode());
    QVERIFY(RetentionPolicy::keepDays(3).deletesByMode());
    QCOMPARE(RetentionPolicy::keepMaxMegabytes(2).limitBytes(), qint64(2 * 1024 * 1024));

    QVERIFY(RetentionPolicy::keepDays(30).description().contains(u"30"_qs));
    QVERIFY(RetentionPolicy::keepNewest(12).description().contains(u"12"_qs));
    QVERIFY(RetentionPolicy::keepMaxMegabytes(77).description().contains(u"77"_qs));
    RetentionPolicy mixed = RetentionPolicy::deleteAfterArchiving();
    const QString plain = mixed.description();
    mixed.maxMessageBytes = 123456;
    QVERIFY(mixed.description().contains(u"123456"_qs));
    QVERIFY(mixed.description().startsWith(plain));
    for (Mode m : {Mode::KeepOnServer, Mode::DeleteAfterArchiving, Mode::KeepDays, Mode::KeepNewest,
             Mode::KeepMaxMegabytes}) {
        QVERIFY(!RetentionPolicy::modeName(m).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestRetentionPolicy)
#include "tst_retentionpolicy.moc"
