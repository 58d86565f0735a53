// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Command.h"

#include <QTest>

using Postbote::Pop3Command;

class TestPop3Command : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireAndMask_data();
    void wireAndMask();
    void barriers();
    void invalid_data();
    void invalid();
    void lengthLimit();
};

void TestPop3Command::wireAndMask_data()
{
    QTest::addColumn<Pop3Command>("command");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<bool>("multiline");

    QTest::newRow("CAPA") << Pop3Command::capa() << QByteArray("CAPA\r\n") << u"CAPA"_qs << true;
    QTest::newRow("USER") << Pop3Command::user(u"max"_qs) << QByteArray("USER max\r\n")
                          << u"USER max"_qs << false;
    QTest::newRow("PASS") << Pop3Command::pass(u"geheim pass"_qs)
                          << QByteArray("PASS geheim pass\r\n") << u"PASS ****"_qs << false;
    QTest::newRow("APOP") << Pop3Command::apop(u"mrose"_qs, "c4c9334bac560ecc979e58001b3e22fb")
                          << QByteArray("APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n")
                          << u"APOP mrose ****"_qs << false;
    QTest::newRow("AUTH+IR") << Pop3Command::auth("PLAIN", "AG1heABwYXNzd29yZA==")
                             << QByteArray("AUTH PLAIN AG1heABwYXNzd29yZA==\r\n")
                             << u"AUTH PLAIN ****"_qs << false;
    QTest::newRow("AUTH") << Pop3Command::auth("CRAM-MD5") << QByteArray("AUTH CRAM-MD5\r\n")
                          << u"AUTH CRAM-MD5"_qs << false;
    QTest::newRow("AUTH response") << Pop3Command::authResponse("dGltIGI5MTM=")
                                   << QByteArray("dGltIGI5MTM=\r\n") << u"****"_qs << false;
    QTest::newRow("AUTH cancel") << Pop3Command::authCancel() << QByteArray("*\r\n") << u"*"_qs
                                 << false;
    QTest::newRow("STAT") << Pop3Command::stat() << QByteArray("STAT\r\n") << u"STAT"_qs << false;
    QTest::newRow("LIST") << Pop3Command::list() << QByteArray("LIST\r\n") << u"LIST"_qs << true;
    QTest::newRow("LIST 2") << Pop3Command::list(2) << QByteArray("LIST 2\r\n") << u"LIST 2"_qs
                            << false;
    QTest::newRow("UIDL") << Pop3Command::uidl() << QByteArray("UIDL\r\n") << u"UIDL"_qs << true;
    QTest::newRow("UIDL 7") << Pop3Command::uidl(7) << QByteArray("UIDL 7\r\n") << u"UIDL 7"_qs
                            << false;
    QTest::newRow("RETR") << Pop3Command::retr(1) << QByteArray("RETR 1\r\n") << u"RETR 1"_qs
                          << true;
    QTest::newRow("TOP") << Pop3Command::top(3, 0) << QByteArray("TOP 3 0\r\n") << u"TOP 3 0"_qs
                         << true;
    QTest::newRow("DELE") << Pop3Command::dele(12) << QByteArray("DELE 12\r\n") << u"DELE 12"_qs
                          << false;
    QTest::newRow("RSET") << Pop3Command::rset() << QByteArray("RSET\r\n") << u"RSET"_qs << false;
    QTest::newRow("NOOP") << Pop3Command::noop() << QByteArray("NOOP\r\n") << u"NOOP"_qs << false;
    QTest::newRow("QUIT") << Pop3Command::quit() << QByteArray("QUIT\r\n") << u"QUIT"_qs << false;
    QTest::newRow("STLS") << Pop3Command::stls() << QByteArray("STLS\r\n") << u"STLS"_qs << false;
}

void TestPop3Command::wireAndMask()
{
    QFETCH(Pop3Command, command);
    QFETCH(QByteArray, wire);
    QFETCH(QString, masked);
    QFETCH(bool, multiline);
    QCOMPARE(command.wire(), wire);
    QCOMPARE(command.maskedText(), masked);
    QCOMPARE(command.expectsMultiline(), multiline);
    QVERIFY(command.isValid());
    // The secret never shows in the masked form.
    QVERIFY(!command.maskedText().contains(u"geheim"_qs));
    QVERIFY(!command.maskedText().contains(u"c4c9334b"_qs));
}

void TestPop3Command::barriers()
{
    for (const Pop3Command& c : {Pop3Command::capa(), Pop3Command::stls(),
             Pop3Command::user(u"u"_qs), Pop3Command::pass(u"p"_qs),
             Pop3Command::apop(u"u"_qs, "d"), Pop3Command::auth("PLAIN"), Pop3Command::quit()}) {
        QVERIFY2(c.isBarrier(), qPrintable(c.maskedText()));
    }
    for (const Pop3Command& c : {Pop3Command::stat(), Pop3Command::list(), Pop3Command::uidl(),
             Pop3Command::retr(1), Pop3Command::top(1, 0), Pop3Command::dele(1),
             Pop3Command::rset(), Pop3Command::noop()}) {
        QVERIFY2(!c.isBarrier(), qPrintable(c.maskedText()));
    }
}

void TestPop3Command::invalid_data()
{
    QTest::addColumn<Pop3Command>("command");
    QTest::newRow("CRLF in user") << Pop3Command::user(u"max\r\nDELE 1"_qs);
    QTest::newRow("LF in password") << Pop3Command::pass(u"a\nb"_qs);
    QTest::newRow("NUL in user") << Pop3Command::user(QString(QChar(0)) + u"x"_qs);
    QTest::newRow("empty password") << Pop3Command::pass(QString());
    QTest::newRow("RETR 0") << Pop3Command::retr(0);
    QTest::newRow("RETR -1") << Pop3Command::retr(-1);
    QTest::newRow("DELE 0") << Pop3Command::dele(0);
    QTest::newRow("TOP negative lines") << Pop3Command::top(1, -1);
    QTest::newRow("LIST -3") << Pop3Command::list(-3);
}

void TestPop3Command::invalid()
{
    QFETCH(Pop3Command, command);
    QVERIFY(!command.isValid());
}

void TestPop3Command::lengthLimit()
{
    // RFC 2449 §4: 255 octets including CRLF.
    const QString name253 = QString(248, QLatin1Char('x')); // "USER " + 248 + CRLF = 255
    QVERIFY(Pop3Command::user(name253).isValid());
    QVERIFY(!Pop3Command::user(name253 + u"x"_qs).isValid());
    // SASL continuation lines are exempt (RFC 5034 §4).
    QVERIFY(Pop3Command::authResponse(QByteArray(1000, 'A')).isValid());
    QVERIFY(!Pop3Command::auth("PLAIN", QByteArray(300, 'A')).isValid());
}

QTEST_GUILESS_MAIN(TestPop3Command)
#include "tst_pop3command.moc"
