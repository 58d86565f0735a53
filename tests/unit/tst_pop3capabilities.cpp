// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Capabilities.h"

#include <QTest>

using Postbote::Pop3Capabilities;

class TestPop3Capabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownByDefault();
    void dovecotStyle();
    void rfc2449Example();
};

void TestPop3Capabilities::unknownByDefault()
{
    Pop3Capabilities caps;
    QVERIFY(!caps.isKnown());
    QVERIFY(!caps.hasUidl());
    QVERIFY(caps.saslMechanisms().isEmpty());
}

void TestPop3Capabilities::dovecotStyle()
{
    const auto caps = Pop3Capabilities::fromLines({"CAPA", "TOP", "UIDL", "RESP-CODES",
        "PIPELINING", "AUTH-RESP-CODE", "STLS", "USER", "SASL PLAIN login cram-md5 SCRAM-SHA-256"});
    QVERIFY(caps.isKnown());
    QVERIFY(caps.hasTop());
    QVERIFY(caps.hasUidl());
    QVERIFY(caps.hasPipelining());
    QVERIFY(caps.hasStls());
    QVERIFY(caps.hasUser());
    QVERIFY(caps.hasRespCodes());
    QVERIFY(caps.has("pipelining")); // tags are case-insensitive
    QCOMPARE(
        caps.saslMechanisms(), QList<QByteArray>({"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256"}));
    QVERIFY(caps.hasSasl("cram-md5"));
    QVERIFY(!caps.hasSasl("SCRAM-SHA-1"));
}

void TestPop3Capabilities::rfc2449Example()
{
    // RFC 2449 §5 example, with the tags it lists.
    const auto caps = Pop3Capabilities::fromLines(
        {"TOP", "USER", "SASL CRAM-MD5 KERBEROS_V4", "RESP-CODES", "LOGIN-DELAY 900", "PIPELINING",
            "EXPIRE 60", "UIDL", "IMPLEMENTATION Shlemazle-Plotz-v302"});
    QCOMPARE(caps.arguments("LOGIN-DELAY"), QList<QByteArray>({"900"}));
    QCOMPARE(caps.arguments("EXPIRE"), QList<QByteArray>({"60"}));
    QCOMPARE(caps.implementation(), QByteArray("Shlemazle-Plotz-v302"));
    QVERIFY(!caps.hasStls());
    QCOMPARE(caps.tags().size(), 9);
}

QTEST_GUILESS_MAIN(TestPop3Capabilities)
#include "tst_pop3capabilities.moc"
