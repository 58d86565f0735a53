// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/CommandQueue.h"

#include <QTest>

using namespace Postbote;

class TestCommandQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneAtATime();
    void windowWithWatermarks();
    void barriersGoAlone();
    void clearReturnsAll();

private:
    static CommandQueue::Entry entry(quint64 id, const Pop3Command& c)
    {
        return {id, c, nullptr, 0};
    }
};

void TestCommandQueue::oneAtATime()
{
    CommandQueue q;
    q.setWindow(1, 0);
    for (int i = 1; i <= 3; ++i) {
        q.enqueue(entry(i, Pop3Command::retr(i)));
    }
    QCOMPARE(q.takeWritable().size(), 1);
    QCOMPARE(q.takeWritable().size(), 0);
    QCOMPARE(q.takeHead().id, quint64(1));
    const auto next = q.takeWritable();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().id, quint64(2));
}

void TestCommandQueue::windowWithWatermarks()
{
    CommandQueue q;
    q.setWindow(10, 3);
    for (int i = 1; i <= 25; ++i) {
        q.enqueue(entry(i, Pop3Command::retr(i)));
    }
    QCOMPARE(q.takeWritable().size(), 10);
    QCOMPARE(q.inFlightCount(), 10);
    // Above the low watermark nothing is refilled …
    for (int i = 0; i < 6; ++i) {
        q.takeHead();
        QCOMPARE(q.takeWritable().size(), 0);
    }
    QCOMPARE(q.inFlightCount(), 4);
    // … at it, the window is filled again in one batch.
    q.takeHead();
    QCOMPARE(q.takeWritable().size(), 7);
    QCOMPARE(q.inFlightCount(), 10);
    QCOMPARE(q.pendingCount(), 8);
}

void TestCommandQueue::barriersGoAlone()
{
    CommandQueue q;
    q.setWindow(100, 20);
    q.enqueue(entry(1, Pop3Command::retr(1)));
    q.enqueue(entry(2, Pop3Command::retr(2)));
    q.enqueue(entry(3, Pop3Command::quit()));
    q.enqueue(entry(4, Pop3Command::noop()));
    QCOMPARE(q.takeWritable().size(), 2); // QUIT waits for the RETRs
    q.takeHead();
    QCOMPARE(q.takeWritable().size(), 0);
    q.takeHead();
    auto batch = q.takeWritable();
    QCOMPARE(batch.size(), 1); // QUIT alone, nothing after it
    QCOMPARE(batch.first().id, quint64(3));
    QCOMPARE(q.takeWritable().size(), 0);
    q.takeHead();
    batch = q.takeWritable();
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.first().id, quint64(4));
}

void TestCommandQueue::clearReturnsAll()
{
    CommandQueue q;
    q.setWindow(2, 0);
    for (int i = 1; i <= 5; ++i) {
        q.enqueue(entry(i, Pop3Command::retr(i)));
    }
    q.takeWritable();
    const auto all = q.clear();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first().id, quint64(1));
    QVERIFY(!q.hasInFlight());
    QCOMPARE(q.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestCommandQueue)
#include "tst_commandqueue.moc"
