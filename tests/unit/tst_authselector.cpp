// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/AuthSelector.h"

#include <QTest>

using namespace Postbote;

namespace {

// Rows describe the CAPA reply as its lines; this marks "no CAPA reply at all".
const QByteArrayList NoCapa {QByteArray("(no CAPA)")};
const QByteArray Stamp("<1896.697170952@dbc.mtview.ca.us>");

Pop3Capabilities capabilitiesFrom(const QByteArrayList& lines)
{
    return lines == NoCapa ? Pop3Capabilities() : Pop3Capabilities::fromLines(lines);
}

} // namespace

class TestAuthSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strengthOrder();
    void choose_data();
    void choose();
};

void TestAuthSelector::strengthOrder()
{
    const QList<AuthMethod> expected {AuthMethod::ScramSha256, AuthMethod::ScramSha1,
        AuthMethod::CramMd5, AuthMethod::Apop, AuthMethod::Plain, AuthMethod::Login,
        AuthMethod::UserPass};
    QCOMPARE(AuthSelector::strengthOrder(), expected);
}

void TestAuthSelector::choose_data()
{
    QTest::addColumn<AuthMethod>("requested");
    QTest::addColumn<QByteArrayList>("capa");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<bool>("encrypted");
    /// Auto: nothing may be chosen.
    QTest::addColumn<AuthMethod>("expected");
    QTest::addColumn<bool>("securityRefusal");
    /// For refusals: a piece the error must contain (the mechanism named, for example).
    QTest::addColumn<QString>("errorPart");

    const QByteArrayList all {
        "USER", "SASL SCRAM-SHA-256 SCRAM-SHA-1 CRAM-MD5 PLAIN LOGIN", "UIDL"};
    const QByteArrayList cleartext {"USER", "SASL PLAIN LOGIN"};
    const QByteArrayList userOnly {"USER", "UIDL", "TOP"};
    const QByteArrayList nothing {"UIDL", "TOP"};
    const QString none;
    const QString clearText = QStringLiteral("clear text");

    // Auto over TLS: the strongest offered, whatever it is.
    QTest::newRow("auto tls: all → scram-sha-256")
        << AuthMethod::Auto << all << Stamp << true << AuthMethod::ScramSha256 << false << none;
    QTest::newRow("auto tls: scram-sha-1")
        << AuthMethod::Auto << QByteArrayList {"USER", "SASL PLAIN SCRAM-SHA-1 CRAM-MD5"} << Stamp
        << true << AuthMethod::ScramSha1 << false << none;
    QTest::newRow("auto tls: cram-md5 beats apop")
        << AuthMethod::Auto << QByteArrayList {"USER", "SASL LOGIN CRAM-MD5 PLAIN"} << Stamp << true
        << AuthMethod::CramMd5 << false << none;
    QTest::newRow("auto tls: apop beats plain")
        << AuthMethod::Auto << cleartext << Stamp << true << AuthMethod::Apop << false << none;
    QTest::newRow("auto tls: plain") << AuthMethod::Auto << cleartext << QByteArray() << true
                                     << AuthMethod::Plain << false << none;
    QTest::newRow("auto tls: login") << AuthMethod::Auto << QByteArrayList {"USER", "SASL LOGIN"}
                                     << QByteArray() << true << AuthMethod::Login << false << none;
    QTest::newRow("auto tls: user/pass") << AuthMethod::Auto << userOnly << QByteArray() << true
                                         << AuthMethod::UserPass << false << none;
    QTest::newRow("auto tls: lower-case capa")
        << AuthMethod::Auto << QByteArrayList {"user", "sasl plain cram-md5"} << QByteArray()
        << true << AuthMethod::CramMd5 << false << none;
    QTest::newRow("auto tls: unknown mechanisms ignored")
        << AuthMethod::Auto << QByteArrayList {"USER", "SASL GSSAPI XOAUTH2 NTLM"} << QByteArray()
        << true << AuthMethod::UserPass << false << none;
    QTest::newRow("auto tls: no capa → user/pass") << AuthMethod::Auto << NoCapa << QByteArray()
                                                   << true << AuthMethod::UserPass << false << none;
    QTest::newRow("auto tls: no capa, timestamp → apop")
        << AuthMethod::Auto << NoCapa << Stamp << true << AuthMethod::Apop << false << none;
    QTest::newRow("auto tls: nothing offered")
        << AuthMethod::Auto << nothing << QByteArray() << true << AuthMethod::Auto << false
        << QStringLiteral("no login method");
    QTest::newRow("auto tls: only unsupported sasl")
        << AuthMethod::Auto << QByteArrayList {"SASL GSSAPI"} << QByteArray() << true
        << AuthMethod::Auto << false << QStringLiteral("no login method");

    // Auto without encryption: challenge-response only.
    QTest::newRow("auto plain-text connection: all → scram-sha-256")
        << AuthMethod::Auto << all << Stamp << false << AuthMethod::ScramSha256 << false << none;
    QTest::newRow("auto plain-text connection: scram-sha-1")
        << AuthMethod::Auto << QByteArrayList {"USER", "SASL PLAIN SCRAM-SHA-1"} << QByteArray()
        << false << AuthMethod::ScramSha1 << false << none;
    QTest::newRow("auto plain-text connection: cram-md5")
        << AuthMethod::Auto << QByteArrayList {"USER", "SASL PLAIN LOGIN CRAM-MD5"} << QByteArray()
        << false << AuthMethod::CramMd5 << false << none;
    QTest::newRow("auto plain-text connection: apop skips plain")
        << AuthMethod::Auto << cleartext << Stamp << false << AuthMethod::Apop << false << none;
    QTest::newRow("auto plain-text connection: no capa, timestamp → apop")
        << AuthMethod::Auto << NoCapa << Stamp << false << AuthMethod::Apop << false << none;
    QTest::newRow("auto plain-text connection: plain/login/user refused")
        << AuthMethod::Auto << cleartext << QByteArray() << false << AuthMethod::Auto << true
        << clearText;
    QTest::newRow("auto plain-text connection: user refused")
        << AuthMethod::Auto << userOnly << QByteArray() << false << AuthMethod::Auto << true
        << clearText;
    QTest::newRow("auto plain-text connection: no capa refused")
        << AuthMethod::Auto << NoCapa << QByteArray() << false << AuthMethod::Auto << true
        << clearText;
    QTest::newRow("auto plain-text connection: nothing offered")
        << AuthMethod::Auto << nothing << QByteArray() << false << AuthMethod::Auto << false
        << QStringLiteral("no login method");

    // Explicit choices: used when offered (or when CAPA is unknown, for SASL), over any
    // connection, even if something stronger is offered.
    QTest::newRow("user/pass tls")
        << AuthMethod::UserPass << all << Stamp << true << AuthMethod::UserPass << false << none;
    QTest::newRow("user/pass plain-text connection")
        << AuthMethod::UserPass << userOnly << QByteArray() << false << AuthMethod::UserPass
        << false << none;
    QTest::newRow("user/pass no capa") << AuthMethod::UserPass << NoCapa << QByteArray() << false
                                       << AuthMethod::UserPass << false << none;
    QTest::newRow("user/pass not in capa")
        << AuthMethod::UserPass << QByteArrayList {"SASL PLAIN"} << QByteArray() << true
        << AuthMethod::Auto << false << QStringLiteral("USER/PASS");
    QTest::newRow("plain plain-text connection") << AuthMethod::Plain << cleartext << QByteArray()
                                                 << false << AuthMethod::Plain << false << none;
    QTest::newRow("plain although scram offered")
        << AuthMethod::Plain << all << QByteArray() << true << AuthMethod::Plain << false << none;
    QTest::newRow("plain no capa: try anyway") << AuthMethod::Plain << NoCapa << QByteArray()
                                               << false << AuthMethod::Plain << false << none;
    QTest::newRow("plain not offered")
        << AuthMethod::Plain << QByteArrayList {"USER", "SASL LOGIN"} << QByteArray() << true
        << AuthMethod::Auto << false << QStringLiteral("PLAIN");
    QTest::newRow("login plain-text connection") << AuthMethod::Login << cleartext << QByteArray()
                                                 << false << AuthMethod::Login << false << none;
    QTest::newRow("login not offered") << AuthMethod::Login << userOnly << QByteArray() << true
                                       << AuthMethod::Auto << false << QStringLiteral("LOGIN");
    QTest::newRow("cram-md5") << AuthMethod::CramMd5 << all << QByteArray() << false
                              << AuthMethod::CramMd5 << false << none;
    QTest::newRow("cram-md5 not offered")
        << AuthMethod::CramMd5 << cleartext << Stamp << true << AuthMethod::Auto << false
        << QStringLiteral("CRAM-MD5");
    QTest::newRow("scram-sha-1") << AuthMethod::ScramSha1 << all << QByteArray() << true
                                 << AuthMethod::ScramSha1 << false << none;
    QTest::newRow("scram-sha-256 no capa: try anyway")
        << AuthMethod::ScramSha256 << NoCapa << QByteArray() << true << AuthMethod::ScramSha256
        << false << none;
    QTest::newRow("scram-sha-256 not offered, no fallback to sha-1")
        << AuthMethod::ScramSha256 << QByteArrayList {"SASL SCRAM-SHA-1"} << QByteArray() << true
        << AuthMethod::Auto << false << QStringLiteral("SCRAM-SHA-256");
    QTest::newRow("apop plain-text connection")
        << AuthMethod::Apop << nothing << Stamp << false << AuthMethod::Apop << false << none;
    QTest::newRow("apop no capa") << AuthMethod::Apop << NoCapa << Stamp << true << AuthMethod::Apop
                                  << false << none;
    QTest::newRow("apop without timestamp") << AuthMethod::Apop << all << QByteArray() << true
                                            << AuthMethod::Auto << false << QStringLiteral("APOP");
}

void TestAuthSelector::choose()
{
    QFETCH(AuthMethod, requested);
    QFETCH(QByteArrayList, capa);
    QFETCH(QByteArray, timestamp);
    QFETCH(bool, encrypted);
    QFETCH(AuthMethod, expected);
    QFETCH(bool, securityRefusal);
    QFETCH(QString, errorPart);

    const AuthSelector::Choice choice
        = AuthSelector::choose(requested, capabilitiesFrom(capa), timestamp, encrypted);
    // Compared by name so that a failure says which mechanisms differ.
    QCOMPARE(authMethodName(choice.method), authMethodName(expected));
    QCOMPARE(choice.ok(), expected != AuthMethod::Auto);
    QCOMPARE(choice.securityRefusal, securityRefusal);
    if (choice.ok()) {
        QVERIFY2(choice.error.isEmpty(), qPrintable(choice.error));
    } else {
        QVERIFY2(choice.error.contains(errorPart), qPrintable(choice.error));
    }
}

QTEST_GUILESS_MAIN(TestAuthSelector)
#include "tst_authselector.moc"
