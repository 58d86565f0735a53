// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/ProtocolLog.h"

#include <QSignalSpy>
#include <QTest>

using namespace Postbote;

class TestProtocolLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsNewestInRing();
    void plainTextExport();
};

static ProtocolEvent makeEvent(ProtocolEvent::Direction d, const QString& text)
{
    return ProtocolEvent {QDateTime(QDate(2026, 11, 26), QTime(10, 0, 1, 5)), d, text};
}

void TestProtocolLog::keepsNewestInRing()
{
    ProtocolLog log(3);
    QSignalSpy appended(&log, &ProtocolLog::eventAppended);
    for (int i = 1; i <= 5; ++i) {
        log.append(makeEvent(ProtocolEvent::Direction::Client, QString::number(i)));
    }
    QCOMPARE(appended.count(), 5);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.droppedCount(), qint64(2));
    QCOMPARE(log.at(0).text, u"3"_qs);
    QCOMPARE(log.at(2).text, u"5"_qs);
    QCOMPARE(log.events().size(), 3);
    log.clear();
    QCOMPARE(log.size(), 0);
    log.append(makeEvent(ProtocolEvent::Direction::Server, u"+OK"_qs));
    QCOMPARE(log.at(0).text, u"+OK"_qs);
}

void TestProtocolLog::plainTextExport()
{
    ProtocolLog log;
    log.append(makeEvent(ProtocolEvent::Direction::Server, u"+OK POP3 server ready"_qs));
    log.append(makeEvent(ProtocolEvent::Direction::Client, u"USER max"_qs));
    log.append(makeEvent(ProtocolEvent::Direction::Client, u"PASS ****"_qs));
    log.append(makeEvent(ProtocolEvent::Direction::Tls, u"Encrypted"_qs));
    log.append(makeEvent(ProtocolEvent::Direction::Info, u"Logged in"_qs));
    QCOMPARE(log.toPlainText(false),
        u"S: +OK POP3 server ready\nC: USER max\nC: PASS ****\nTLS Encrypted\n-- Logged in\n"_qs);
    QVERIFY(log.toPlainText(true).contains(u":01.005 C: USER max"_qs));
}

QTEST_GUILESS_MAIN(TestProtocolLog)
#include "tst_protocollog.moc"
