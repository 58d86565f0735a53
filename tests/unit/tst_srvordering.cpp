// SPDX-License-Identifier: GPL-3.0-or-later
// SrvOrdering: the client's side of RFC 2782 ("Usage rules") and the "." target of RFC 2782
// and RFC 6186 §3.1. Randomness is injected, so every pick is predictable.
#include "account/SrvOrdering.h"

#include <QTest>

using namespace Postbote;

namespace {

SrvRecord rr(const char* target, quint16 priority, quint16 weight, quint16 port = 995)
{
    return {QString::fromLatin1(target), port, priority, weight};
}

QStringList targets(const QList<SrvRecord>& records)
{
    QStringList names;
    for (const SrvRecord& record : records) {
        names.append(record.target);
    }
    return names;
}

/// Hands out the given numbers in turn and records the bounds asked for.
struct ScriptedRandom
{
    QList<quint32> values;
    QList<quint32> bounds;
    SrvOrdering::RandomSource source()
    {
        return [this](quint32 bound) {
            bounds.append(bound);
            return values.isEmpty() ? 0u : values.takeFirst();
        };
    }
};

} // namespace

class TestSrvOrdering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceRefused_data();
    void serviceRefused();
    void lowestPriorityFirst();
    void weightedPick_data();
    void weightedPick();
    void zeroWeightsKeepTheirOrder();
    void randomBoundIsRunningSum();
    void rootTargetAmongOthersIsDropped();
    void defaultRandomFollowsWeights();
};

void TestSrvOrdering::serviceRefused_data()
{
    QTest::addColumn<QList<SrvRecord>>("records");
    QTest::addColumn<bool>("refused");
    QTest::newRow("single dot") << QList<SrvRecord> {rr(".", 0, 0, 0)} << true;
    QTest::newRow("single empty target") << QList<SrvRecord> {rr("", 0, 0, 0)} << true;
    QTest::newRow("no records") << QList<SrvRecord> {} << false;
    QTest::newRow("real target") << QList<SrvRecord> {rr("pop.example.org", 0, 0)} << false;
    // RFC 2782 gives "." its meaning only as the one record of the answer.
    QTest::newRow("dot among others")
        << QList<SrvRecord> {rr(".", 0, 0, 0), rr("pop.example.org", 10, 0)} << false;
}

void TestSrvOrdering::serviceRefused()
{
    QFETCH(QList<SrvRecord>, records);
    QFETCH(bool, refused);
    QCOMPARE(SrvOrdering::isServiceRefused(records), refused);
}

void TestSrvOrdering::lowestPriorityFirst()
{
    const QList<SrvRecord> records {
        rr("c", 30, 5), rr("a", 10, 5), rr("b", 20, 5), rr("a2", 10, 0)};
    // Whatever the random source picks, priorities never mix.
    for (quint32 fixed : {0u, 3u, 10u}) {
        const QList<SrvRecord> ordered
            = SrvOrdering::order(records, [fixed](quint32 bound) { return qMin(fixed, bound); });
        QCOMPARE(ordered.size(), 4);
        QCOMPARE(ordered.at(0).priority, quint16(10));
        QCOMPARE(ordered.at(1).priority, quint16(10));
        QCOMPARE(ordered.at(2).target, u"b"_qs);
        QCOMPARE(ordered.at(3).target, u"c"_qs);
    }
}

void TestSrvOrdering::weightedPick_data()
{
    // One priority: a (10), z (0), c (30). RFC 2782 puts weight 0 first: z a c, running sums
    // 0 10 40; the first record whose running sum is >= the random number wins.
    QTest::addColumn<QList<quint32>>("randoms");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("0 picks the weight-0 record")
        << QList<quint32> {0, 0, 0} << QStringList {u"z"_qs, u"a"_qs, u"c"_qs};
    QTest::newRow("1 picks a") << QList<quint32> {1, 0, 0}
                               << QStringList {u"a"_qs, u"z"_qs, u"c"_qs};
    QTest::newRow("10 picks a (inclusive)")
        << QList<quint32> {10, 0, 0} << QStringList {u"a"_qs, u"z"_qs, u"c"_qs};
    QTest::newRow("11 picks c") << QList<quint32> {11, 0, 0}
                                << QStringList {u"c"_qs, u"z"_qs, u"a"_qs};
    QTest::newRow("40 picks c, then a")
        << QList<quint32> {40, 5, 0} << QStringList {u"c"_qs, u"a"_qs, u"z"_qs};
}

void TestSrvOrdering::weightedPick()
{
    QFETCH(QList<quint32>, randoms);
    QFETCH(QStringList, expected);
    ScriptedRandom random {randoms, {}};
    const QList<SrvRecord> records {rr("a", 5, 10), rr("z", 5, 0), rr("c", 5, 30)};
    QCOMPARE(targets(SrvOrdering::order(records, random.source())), expected);
}

void TestSrvOrdering::zeroWeightsKeepTheirOrder()
{
    // All weights 0: the sum is 0, the only number is 0, and the first left is taken.
    ScriptedRandom random;
    const QList<SrvRecord> records {rr("x", 1, 0), rr("y", 1, 0), rr("w", 1, 0)};
    QCOMPARE(targets(SrvOrdering::order(records, random.source())),
        QStringList({u"x"_qs, u"y"_qs, u"w"_qs}));
    QCOMPARE(random.bounds, QList<quint32>({0, 0, 0}));
}

void TestSrvOrdering::randomBoundIsRunningSum()
{
    ScriptedRandom random {{11, 0, 0}, {}};
    const QList<SrvRecord> records {rr("a", 5, 10), rr("z", 5, 0), rr("c", 5, 30), rr("p", 9, 7)};
    SrvOrdering::order(records, random.source());
    // 40 for {z,a,c}; 11 picks c -> 10 for {z,a}; 0 picks z -> 10 for {a}; then 7 for {p}.
    QCOMPARE(random.bounds, QList<quint32>({40, 10, 10, 7}));
}

void TestSrvOrdering::rootTargetAmongOthersIsDropped()
{
    const QList<SrvRecord> records {rr(".", 0, 0, 0), rr("pop.example.org", 10, 1)};
    QCOMPARE(targets(SrvOrdering::order(records)), QStringList({u"pop.example.org"_qs}));
    QVERIFY(SrvOrdering::order({rr(".", 0, 0, 0)}).isEmpty());
}

void TestSrvOrdering::defaultRandomFollowsWeights()
{
    // Weights 90:10 — over 2000 orderings the heavy one leads about 90 % of the time
    // (90/101 with the inclusive range). Bounds are wide: a broken pick (always first,
    // always last, uniform) lands far outside them.
    const QList<SrvRecord> records {rr("light", 1, 10), rr("heavy", 1, 90)};
    int heavyFirst = 0;
    for (int i = 0; i < 2000; ++i) {
        if (SrvOrdering::order(records).first().target == u"heavy") {
            ++heavyFirst;
        }
    }
    QVERIFY2(heavyFirst > 1600 && heavyFirst < 1920, qPrintable(QString::number(heavyFirst)));
}

QTEST_APPLESS_MAIN(TestSrvOrdering)
#include "tst_srvordering.moc"
