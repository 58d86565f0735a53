// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/ApopDigest.h"

#include <QTest>

using namespace Postbote;

class TestApop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamp_data();
    void timestamp();
    void digest_data();
    void digest();
};

void TestApop::timestamp_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("expected");

    // RFC 1939 §7.
    QTest::newRow("rfc1939") << QByteArray("POP3 server ready <1896.697170952@dbc.mtview.ca.us>")
                             << QByteArray("<1896.697170952@dbc.mtview.ca.us>");
    QTest::newRow("dovecot style")
        << QByteArray("Dovecot ready. <3c1.1.5f0e7a1b.AbCdEf+gh/Ij==@mail.example.org>")
        << QByteArray("<3c1.1.5f0e7a1b.AbCdEf+gh/Ij==@mail.example.org>");
    QTest::newRow("in the middle")
        << QByteArray("ready <1.2@host> at your service") << QByteArray("<1.2@host>");
    QTest::newRow("only timestamp") << QByteArray("<x@y>") << QByteArray("<x@y>");
    QTest::newRow("without @") << QByteArray("ready <12345.67890>") << QByteArray("<12345.67890>");
    QTest::newRow("after a false start")
        << QByteArray("hello <not a stamp> <1.2@host>") << QByteArray("<1.2@host>");
    QTest::newRow("nested <") << QByteArray("ready <a<1.2@host>") << QByteArray("<1.2@host>");
    QTest::newRow("no timestamp") << QByteArray("POP3 server ready") << QByteArray();
    QTest::newRow("empty greeting") << QByteArray() << QByteArray();
    QTest::newRow("empty brackets") << QByteArray("ready <>") << QByteArray();
    QTest::newRow("unterminated") << QByteArray("ready <1896.697170952@dbc") << QByteArray();
    QTest::newRow("space inside") << QByteArray("ready <1896 697170952@dbc>") << QByteArray();
    QTest::newRow("tab inside") << QByteArray("ready <1896\t697170952@dbc>") << QByteArray();
    QTest::newRow("control byte inside") << QByteArray("ready <1896\x01@dbc>") << QByteArray();
    QTest::newRow("only closing") << QByteArray("ready 1896@dbc>") << QByteArray();
}

void TestApop::timestamp()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, expected);

    QCOMPARE(apopTimestamp(greeting), expected);
}

void TestApop::digest_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expected");

    // RFC 1939 §7.
    QTest::newRow("rfc1939") << QByteArray("<1896.697170952@dbc.mtview.ca.us>")
                             << QStringLiteral("tanstaaf")
                             << QByteArray("c4c9334bac560ecc979e58001b3e22fb");
    // Computed with Python's hashlib: the secret goes in as UTF-8.
    QTest::newRow("utf-8 secret") << QByteArray("<42.17@example.org>") << QStringLiteral("Grüße")
                                  << QByteArray("bce0504b9cc244343011015501467bd4");
}

void TestApop::digest()
{
    QFETCH(QByteArray, timestamp);
    QFETCH(QString, secret);
    QFETCH(QByteArray, expected);

    QCOMPARE(apopDigest(timestamp, secret), expected);
}

QTEST_GUILESS_MAIN(TestApop)
#include "tst_apop.moc"
