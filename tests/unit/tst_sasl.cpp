// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/SaslCramMd5.h"
#include "pop3/auth/SaslLogin.h"
#include "pop3/auth/SaslMechanism.h"
#include "pop3/auth/SaslPlain.h"
#include "pop3/auth/SaslScram.h"

#include <QTest>

using namespace Postbote;

class TestSasl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_data();
    void create();
    void plain_data();
    void plain();
    void plainRejectsFurtherChallenges();
    void plainWithNulCancels();
    void login_data();
    void login();
    void cramMd5_data();
    void cramMd5();
    void cramMd5RejectsBadChallenges();
    void scram_data();
    void scram();
    void scramAcceptsEmptyFirstChallenge();
    void scramFailures_data();
    void scramFailures();
    void scramRandomNonce();
};

void TestSasl::create_data()
{
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QByteArray>("name");

    QTest::newRow("auto") << AuthMethod::Auto << QByteArray();
    QTest::newRow("user/pass") << AuthMethod::UserPass << QByteArray();
    QTest::newRow("apop") << AuthMethod::Apop << QByteArray();
    QTest::newRow("plain") << AuthMethod::Plain << QByteArray("PLAIN");
    QTest::newRow("login") << AuthMethod::Login << QByteArray("LOGIN");
    QTest::newRow("cram-md5") << AuthMethod::CramMd5 << QByteArray("CRAM-MD5");
    QTest::newRow("scram-sha-1") << AuthMethod::ScramSha1 << QByteArray("SCRAM-SHA-1");
    QTest::newRow("scram-sha-256") << AuthMethod::ScramSha256 << QByteArray("SCRAM-SHA-256");
}

void TestSasl::create()
{
    QFETCH(AuthMethod, method);
    QFETCH(QByteArray, name);

    const auto mechanism
        = SaslMechanism::create(method, QStringLiteral("user"), QStringLiteral("secret"));
    if (name.isEmpty()) {
        QVERIFY(!mechanism);
        return;
    }
    QVERIFY(mechanism);
    QCOMPARE(mechanism->name(), name);
}

void TestSasl::plain_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ascii") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                           << QByteArray("\0tim\0tanstaaftanstaaf", 21);
    QTest::newRow("utf-8") << QStringLiteral("jürgen") << QStringLiteral("pässwört")
                           << QByteArray("\0j\xc3\xbcrgen\0p\xc3\xa4ssw\xc3\xb6rt", 19);
    QTest::newRow("empty password")
        << QStringLiteral("anna") << QString() << QByteArray("\0anna\0", 6);
}

void TestSasl::plain()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, expected);

    SaslPlain plain(user, password);
    QCOMPARE(plain.name(), QByteArray("PLAIN"));
    const std::optional<QByteArray> initial = plain.initialResponse();
    QVERIFY(initial);
    QCOMPARE(*initial, expected);
    QVERIFY(plain.isComplete());
}

void TestSasl::plainRejectsFurtherChallenges()
{
    SaslPlain plain(QStringLiteral("tim"), QStringLiteral("secret"));
    QVERIFY(plain.initialResponse());
    QVERIFY(!plain.respond(QByteArray()));
    QVERIFY(!plain.errorString().isEmpty());

    // Without the initial response, the first empty challenge asks for the message.
    SaslPlain late(QStringLiteral("tim"), QStringLiteral("secret"));
    const std::optional<QByteArray> response = late.respond(QByteArray());
    QVERIFY(response);
    QCOMPARE(*response, QByteArray("\0tim\0secret", 11));
    QVERIFY(!late.respond(QByteArray()));
}

void TestSasl::plainWithNulCancels()
{
    SaslPlain plain(
        QStringLiteral("tim"), QStringLiteral("sec") + QChar(0) + QStringLiteral("ret"));
    QVERIFY(!plain.initialResponse());
    QVERIFY(!plain.respond(QByteArray()));
    QVERIFY(plain.errorString().contains(QLatin1String("PLAIN")));
}

void TestSasl::login_data()
{
    QTest::addColumn<QByteArray>("firstChallenge");
    QTest::addColumn<QByteArray>("secondChallenge");

    QTest::newRow("usual") << QByteArray("Username:") << QByteArray("Password:");
    QTest::newRow("other words") << QByteArray("User Name") << QByteArray("Passwort");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("swapped texts") << QByteArray("Password:") << QByteArray("Username:");
}

void TestSasl::login()
{
    QFETCH(QByteArray, firstChallenge);
    QFETCH(QByteArray, secondChallenge);

    SaslLogin login(QStringLiteral("jürgen"), QStringLiteral("geheim"));
    QCOMPARE(login.name(), QByteArray("LOGIN"));
    QVERIFY(!login.initialResponse());
    const std::optional<QByteArray> user = login.respond(firstChallenge);
    QVERIFY(user);
    QCOMPARE(*user, QByteArray("j\xc3\xbcrgen"));
    const std::optional<QByteArray> password = login.respond(secondChallenge);
    QVERIFY(password);
    QCOMPARE(*password, QByteArray("geheim"));
    QVERIFY(login.errorString().isEmpty());
    QVERIFY(!login.respond(QByteArray("Password:")));
    QVERIFY(!login.errorString().isEmpty());
}

void TestSasl::cramMd5_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QByteArray>("expected");

    // RFC 2195 §2.
    QTest::newRow("rfc2195") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                             << QByteArray("<1896.697170952@postoffice.reston.mci.net>")
                             << QByteArray("tim b913a602c7eda7a495b4e6e7334d3890");
    // Computed with Python's hmac module: UTF-8 user name and secret.
    QTest::newRow("utf-8") << QStringLiteral("jürgen") << QStringLiteral("pässwört")
                           << QByteArray("<12345.678@example.org>")
                           << QByteArray("j\xc3\xbcrgen 9df0ff6d833e3c4dfd13873a871b07f5");
}

void TestSasl::cramMd5()
{
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QByteArray, challenge);
    QFETCH(QByteArray, expected);

    SaslCramMd5 cram(user, secret);
    QCOMPARE(cram.name(), QByteArray("CRAM-MD5"));
    QVERIFY(!cram.initialResponse());
    const std::optional<QByteArray> response = cram.respond(challenge);
    QVERIFY(response);
    QCOMPARE(*response, expected);
}

void TestSasl::cramMd5RejectsBadChallenges()
{
    SaslCramMd5 empty(QStringLiteral("tim"), QStringLiteral("secret"));
    QVERIFY(!empty.respond(QByteArray()));
    QVERIFY(!empty.errorString().isEmpty());

    SaslCramMd5 twice(QStringLiteral("tim"), QStringLiteral("secret"));
    QVERIFY(twice.respond(QByteArray("<1.2@host>")));
    QVERIFY(!twice.respond(QByteArray("<3.4@host>")));
    QVERIFY(!twice.errorString().isEmpty());
}

namespace {

QCryptographicHash::Algorithm algorithmFor(const QByteArray& name)
{
    return name == "SCRAM-SHA-1" ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
}

const QByteArray Sha1Nonce("fyko+d2lbbFgONRv9qkxdawL");
const QByteArray Sha1ServerFirst(
    "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
const QByteArray Sha1ServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
const QByteArray Sha256Nonce("rOprNGfwEbeRWgbNEkqO");
const QByteArray Sha256ServerFirst("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                   "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
const QByteArray Sha256ServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");

} // namespace

void TestSasl::scram_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("clientFirst");
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("clientFinal");
    QTest::addColumn<QByteArray>("serverFinal");

    QTest::newRow("rfc5802 sha-1")
        << QByteArray("SCRAM-SHA-1") << QStringLiteral("user") << QStringLiteral("pencil")
        << Sha1Nonce << QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL") << Sha1ServerFirst
        << QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                      "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
        << Sha1ServerFinal;
    QTest::newRow("rfc7677 sha-256")
        << QByteArray("SCRAM-SHA-256") << QStringLiteral("user") << QStringLiteral("pencil")
        << Sha256Nonce << QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO") << Sha256ServerFirst
        << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
        << Sha256ServerFinal;
    // NFKC maps the full-width letters to "pencil", so the RFC 7677 proof must come out.
    QTest::newRow("nfkc password")
        << QByteArray("SCRAM-SHA-256") << QStringLiteral("user")
        << QStringLiteral("\uff50\uff45\uff4e\uff43\uff49\uff4c") << Sha256Nonce
        << QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO") << Sha256ServerFirst
        << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
        << Sha256ServerFinal;
    // Computed with an independent Python implementation (hashlib.pbkdf2_hmac, hmac).
    QTest::newRow("escaped user, utf-8 password")
        << QByteArray("SCRAM-SHA-256") << QStringLiteral("a=b,c") << QStringLiteral("Grüße")
        << QByteArray("abc") << QByteArray("n,,n=a=3Db=2Cc,r=abc")
        << QByteArray("r=abcXYZ,s=c2FsdA==,i=10")
        << QByteArray("c=biws,r=abcXYZ,p=Jakju/oVJcSI9WoGBLCstmMhjSj77ye3PHFp8/e16zU=")
        << QByteArray("v=x6Gs5tqvJv9HGOHU9c9qiYevSo1Biilp8htPtwI6QKI=");
    QTest::newRow("server extensions ignored")
        << QByteArray("SCRAM-SHA-1") << QStringLiteral("user") << QStringLiteral("pencil")
        << Sha1Nonce << QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL")
        << QByteArray(Sha1ServerFirst)
        << QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                      "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
        << QByteArray(Sha1ServerFinal + ",x=future");
}

void TestSasl::scram()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, clientFirst);
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, clientFinal);
    QFETCH(QByteArray, serverFinal);

    SaslScram scram(algorithmFor(mechanism), user, password, nonce);
    QCOMPARE(scram.name(), mechanism);
    QVERIFY(!scram.isComplete());

    const std::optional<QByteArray> first = scram.initialResponse();
    QVERIFY(first);
    QCOMPARE(*first, clientFirst);
    QVERIFY(!scram.isComplete());

    const std::optional<QByteArray> final = scram.respond(serverFirst);
    QVERIFY2(final, qPrintable(scram.errorString()));
    QCOMPARE(*final, clientFinal);
    QVERIFY(!scram.isComplete());

    const std::optional<QByteArray> last = scram.respond(serverFinal);
    QVERIFY2(last, qPrintable(scram.errorString()));
    QVERIFY(last->isEmpty());
    QVERIFY(scram.isComplete());
    QVERIFY(scram.errorString().isEmpty());

    // Nothing may follow the verified server signature.
    QVERIFY(!scram.respond(QByteArray("v=again")));
}

void TestSasl::scramAcceptsEmptyFirstChallenge()
{
    SaslScram scram(
        QCryptographicHash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"), Sha1Nonce);
    const std::optional<QByteArray> first = scram.respond(QByteArray());
    QVERIFY(first);
    QCOMPARE(*first, QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    QVERIFY(scram.respond(Sha1ServerFirst));
    QVERIFY(scram.respond(Sha1ServerFinal));
    QVERIFY(scram.isComplete());
}

void TestSasl::scramFailures_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QByteArray>("serverFirst");
    /// Empty: the failure is expected on the server-first message.
    QTest::addColumn<QByteArray>("serverFinal");
    /// A piece of the expected error, to tell the failures apart.
    QTest::addColumn<QString>("errorPart");

    const QByteArray s1("SCRAM-SHA-1");
    const QByteArray s256("SCRAM-SHA-256");
    const QString invalid = QStringLiteral("invalid SCRAM challenge");
    const QString impostor = QStringLiteral("impostor");

    QTest::newRow("wrong server signature sha-1")
        << s1 << Sha1ServerFirst << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKA=") << impostor;
    QTest::newRow("wrong server signature sha-256")
        << s256 << Sha256ServerFirst << QByteArray(Sha1ServerFinal) << impostor;
    QTest::newRow("signature of the other exchange")
        << s1 << Sha1ServerFirst << QByteArray(Sha256ServerFinal) << impostor;
    QTest::newRow("signature not base64")
        << s1 << Sha1ServerFirst << QByteArray("v=*not base64*") << impostor;
    QTest::newRow("empty signature") << s1 << Sha1ServerFirst << QByteArray("v=") << impostor;
    QTest::newRow("no verifier") << s1 << Sha1ServerFirst << QByteArray("x=1") << impostor;
    QTest::newRow("server-final error")
        << s1 << Sha1ServerFirst << QByteArray("e=other-error") << QStringLiteral("other-error");
    QTest::newRow("server-final invalid-proof")
        << s256 << Sha256ServerFirst << QByteArray("e=invalid-proof")
        << QStringLiteral("invalid-proof");

    QTest::newRow("nonce not ours")
        << s1
        << QByteArray("r=XXXX+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
        << QByteArray() << invalid;
    QTest::newRow("nonce not extended")
        << s1 << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096") << QByteArray()
        << invalid;
    QTest::newRow("nonce prefix only")
        << s1 << QByteArray("r=fyko,s=QSXCR+Q6sek8bf92,i=4096") << QByteArray() << invalid;
    QTest::newRow("nonce with control byte")
        << s1 << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL\x01x,s=QSXCR+Q6sek8bf92,i=4096")
        << QByteArray() << invalid;
    QTest::newRow("missing salt") << s1
                                  << QByteArray(
                                         "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,i=4096")
                                  << QByteArray() << invalid;
    QTest::newRow("empty salt") << s1
                                << QByteArray(
                                       "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=,i=4096")
                                << QByteArray() << invalid;
    QTest::newRow("salt not base64")
        << s1 << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=!!!!,i=4096")
        << QByteArray() << invalid;
    QTest::newRow("missing iterations")
        << s1 << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92")
        << QByteArray() << invalid;
    QTest::newRow("i=0")
        << s1 << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=0")
        << QByteArray() << invalid;
    QTest::newRow("i negative")
        << s1
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=-4096")
        << QByteArray() << invalid;
    QTest::newRow("i empty")
        << s1 << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=")
        << QByteArray() << invalid;
    QTest::newRow("i not a number")
        << s1 << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4k")
        << QByteArray() << invalid;
    QTest::newRow("i just above limit")
        << s1
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=1000001")
        << QByteArray() << QStringLiteral("1000001");
    QTest::newRow("i huge") << s256
                            << QByteArray("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                          "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=99999999999999999999999")
                            << QByteArray() << QStringLiteral("hashing");
    QTest::newRow("attributes out of order")
        << s1
        << QByteArray("s=QSXCR+Q6sek8bf92,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,i=4096")
        << QByteArray() << invalid;
    QTest::newRow("mandatory extension")
        << s1
        << QByteArray("m=ext,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,"
                      "i=4096")
        << QByteArray() << QStringLiteral("extension");
    QTest::newRow("server-first error")
        << s1 << QByteArray("e=other-error") << QByteArray() << QStringLiteral("other-error");
    QTest::newRow("garbage") << s256 << QByteArray("hello, world") << QByteArray() << invalid;
    QTest::newRow("empty") << s256 << QByteArray() << QByteArray() << invalid;
    QTest::newRow("binary") << s256 << QByteArray("\x00\xff\x10r=", 5) << QByteArray() << invalid;
}

void TestSasl::scramFailures()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, serverFinal);
    QFETCH(QString, errorPart);

    const bool sha1 = mechanism == "SCRAM-SHA-1";
    SaslScram scram(algorithmFor(mechanism), QStringLiteral("user"), QStringLiteral("pencil"),
        sha1 ? Sha1Nonce : Sha256Nonce);
    QVERIFY(scram.initialResponse());
    const std::optional<QByteArray> clientFinal = scram.respond(serverFirst);
    if (serverFinal.isEmpty()) {
        QVERIFY(!clientFinal);
    } else {
        QVERIFY2(clientFinal, qPrintable(scram.errorString()));
        QVERIFY(!scram.respond(serverFinal));
    }
    QVERIFY(!scram.isComplete());
    QVERIFY2(scram.errorString().contains(errorPart), qPrintable(scram.errorString()));
    // A failed exchange stays failed, even if the right answer comes afterwards.
    QVERIFY(!scram.respond(sha1 ? Sha1ServerFinal : Sha256ServerFinal));
    QVERIFY(!scram.isComplete());
}

void TestSasl::scramRandomNonce()
{
    const auto clientFirst = [] {
        SaslScram scram(
            QCryptographicHash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"));
        return scram.initialResponse().value_or(QByteArray());
    };
    const QByteArray a = clientFirst();
    const QByteArray b = clientFirst();
    const QByteArray prefix("n,,n=user,r=");
    QVERIFY(a.startsWith(prefix));
    QVERIFY(b.startsWith(prefix));
    const QByteArray nonceA = a.mid(prefix.size());
    const QByteArray nonceB = b.mid(prefix.size());
    QVERIFY(nonceA != nonceB);
    // At least 18 random bytes; base64 never contains ','.
    const auto decoded
        = QByteArray::fromBase64Encoding(nonceA, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QVERIFY(decoded.decoded.size() >= 18);
    QVERIFY(!nonceA.contains(','));
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
