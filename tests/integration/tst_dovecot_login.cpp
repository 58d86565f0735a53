// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Session + SslSocketTransport against a real dovecot that the test starts itself:
// implicit TLS, STARTTLS and plain connections, every login mechanism, a wrong password,
// and the certificate decisions for a server whose CA is not trusted.
#include "DovecotFixture.h"
#include "SessionHarness.h"

#include <QSignalSpy>
#include <QTest>

using namespace Postbote;
using Postbote::Test::DovecotFixture;
using Postbote::Test::SessionHarness;

Q_DECLARE_METATYPE(Postbote::Security)
Q_DECLARE_METATYPE(Postbote::AuthMethod)

class TestDovecotLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void connectionModes_data();
    void connectionModes();
    void startTlsAsksCapabilitiesAgain();
    void mechanisms_data();
    void mechanisms();
    void unknownCaWithoutHandlerIsRefused_data();
    void unknownCaWithoutHandlerIsRefused();
    void unknownCaRejected();
    void unknownCaAccepted_data();
    void unknownCaAccepted();
    void exceptionForAnotherCertificateDoesNotCount();
    // Last: dovecot may slow down further logins from an address after a failure.
    void wrongPassword_data();
    void wrongPassword();

private:
    DovecotFixture m_dovecot;
};

void TestDovecotLogin::initTestCase()
{
    m_dovecot.addUser(SessionHarness::user(), SessionHarness::password());
    QString error;
    QVERIFY2(m_dovecot.start(&error), qPrintable(error));
}

void TestDovecotLogin::cleanupTestCase()
{
    m_dovecot.stop();
    QVERIFY(!m_dovecot.isRunning());
}

void TestDovecotLogin::connectionModes_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("encrypted");

    QTest::newRow("implicit TLS, localhost")
        << Security::ImplicitTls << AuthMethod::UserPass << QStringLiteral("localhost") << true;
    // No SNI for an address; the certificate's IP SAN must match instead.
    QTest::newRow("implicit TLS, 127.0.0.1")
        << Security::ImplicitTls << AuthMethod::Auto << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("STARTTLS") << Security::StartTls << AuthMethod::Auto
                              << QStringLiteral("localhost") << true;
    QTest::newRow("plain, CRAM-MD5")
        << Security::None << AuthMethod::CramMd5 << QStringLiteral("127.0.0.1") << false;
    QTest::newRow("plain, USER/PASS chosen explicitly")
        << Security::None << AuthMethod::UserPass << QStringLiteral("127.0.0.1") << false;
}

void TestDovecotLogin::connectionModes()
{
    QFETCH(Security, security);
    QFETCH(AuthMethod, auth);
    QFETCH(QString, host);
    QFETCH(bool, encrypted);

    SessionHarness h(SessionHarness::options(m_dovecot, security, auth, host));
    QVERIFY2(h.openAndWait(), h.diagnostics().constData());
    QCOMPARE(h.session().isEncrypted(), encrypted);
    QCOMPARE(h.transport().isEncrypted(), encrypted);
    if (encrypted) {
        QVERIFY2(h.transport().encryptionDescription().startsWith(QLatin1String("TLSv1.")),
            qPrintable(h.transport().encryptionDescription()));
        QVERIFY(!h.transport().peerCertificateChain().isEmpty());
        QCOMPARE(h.transport().peerCertificateChain().constFirst(), m_dovecot.serverCertificate());
    } else {
        QVERIFY(h.transport().encryptionDescription().isEmpty());
    }
    if (auth != AuthMethod::Auto) {
        QCOMPARE(h.session().authMethod(), auth);
    }
    QVERIFY(h.session().capabilities().hasPipelining());
    QVERIFY2(h.quitAndWait(), h.diagnostics().constData());
    QCOMPARE(h.session().state(), SessionState::Closed);
}

void TestDovecotLogin::startTlsAsksCapabilitiesAgain()
{
    SessionHarness h(SessionHarness::options(m_dovecot, Security::StartTls, AuthMethod::Auto));
    QVERIFY2(h.openAndWait(), h.diagnostics().constData());
    QVERIFY(h.session().isEncrypted());

    // RFC 2595 §4: what CAPA said before TLS is forgotten and asked again.
    const QStringList sent = h.sentCommands();
    QCOMPARE(h.countSent(QStringLiteral("CAPA")), 2);
    QCOMPARE(h.countSent(QStringLiteral("STLS")), 1);
    const qsizetype stls = sent.indexOf(QStringLiteral("STLS"));
    QVERIFY(stls > 0);
    QCOMPARE(sent.at(stls - 1), QStringLiteral("CAPA"));
    QCOMPARE(sent.at(stls + 1), QStringLiteral("CAPA"));
    for (qsizetype i = 0; i < stls; ++i) {
        QVERIFY2(!sent.at(i).startsWith(QLatin1String("AUTH"))
                && !sent.at(i).startsWith(QLatin1String("USER")),
            qPrintable(sent.at(i)));
    }
    // Dovecot offers STLS only on a plain connection: its absence shows that the capabilities
    // in force are those read after the handshake.
    const Pop3Capabilities& capabilities = h.session().capabilities();
    QVERIFY(!capabilities.hasStls());
    QVERIFY(capabilities.hasUser());
    QVERIFY(capabilities.hasSasl("SCRAM-SHA-256"));
    QCOMPARE(h.session().authMethod(), AuthMethod::ScramSha256);
    QVERIFY2(h.quitAndWait(), h.diagnostics().constData());
}

void TestDovecotLogin::mechanisms_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMethod>("requested");
    QTest::addColumn<AuthMethod>("expected");

    const QList<AuthMethod> all = {AuthMethod::UserPass, AuthMethod::Apop, AuthMethod::Plain,
        AuthMethod::Login, AuthMethod::CramMd5, AuthMethod::ScramSha1, AuthMethod::ScramSha256};
    for (const AuthMethod method : all) {
        QTest::addRow("%s over TLS", qPrintable(authMethodName(method)))
            << Security::ImplicitTls << method << method;
    }
    // Challenge-response mechanisms never send the password, so they are also fine without TLS.
    for (const AuthMethod method :
        {AuthMethod::Apop, AuthMethod::CramMd5, AuthMethod::ScramSha1, AuthMethod::ScramSha256}) {
        QTest::addRow("%s over plain", qPrintable(authMethodName(method)))
            << Security::None << method << method;
    }
    QTest::newRow("auto over TLS")
        << Security::ImplicitTls << AuthMethod::Auto << AuthMethod::ScramSha256;
    QTest::newRow("auto over STARTTLS")
        << Security::StartTls << AuthMethod::Auto << AuthMethod::ScramSha256;
    QTest::newRow("auto over plain")
        << Security::None << AuthMethod::Auto << AuthMethod::ScramSha256;
}

void TestDovecotLogin::mechanisms()
{
    QFETCH(Security, security);
    QFETCH(AuthMethod, requested);
    QFETCH(AuthMethod, expected);

    SessionHarness h(SessionHarness::options(m_dovecot, security, requested));
    QVERIFY2(h.openAndWait(), h.diagnostics().constData());
    QCOMPARE(h.session().authMethod(), expected);
    QCOMPARE(h.session().state(), SessionState::Transaction);
    // The login is real: the mailbox answers.
    QSignalSpy replies(&h.session(), &Pop3Session::replyReceived);
    const Pop3Session::CommandId id = h.session().stat();
    QVERIFY(id != 0);
    QTRY_COMPARE_WITH_TIMEOUT(replies.count(), 1, SessionHarness::DefaultTimeoutMs);
    QVERIFY(replies.at(0).at(1).value<Pop3Reply>().isOk());
    QVERIFY2(h.quitAndWait(), h.diagnostics().constData());
}

void TestDovecotLogin::unknownCaWithoutHandlerIsRefused_data()
{
    QTest::addColumn<Security>("security");
    QTest::newRow("implicit TLS") << Security::ImplicitTls;
    QTest::newRow("STARTTLS") << Security::StartTls;
}

void TestDovecotLogin::unknownCaWithoutHandlerIsRefused()
{
    QFETCH(Security, security);
    SessionHarness h(SessionHarness::options(
        m_dovecot, security, AuthMethod::Auto, QStringLiteral("localhost"), /*trustTestCa=*/false));
    QVERIFY(!h.openAndWait());
    QVERIFY(h.hasFailed());
    QCOMPARE(h.error().kind(), Pop3Error::Kind::SecurityRefusal);
    QVERIFY(!h.error().sslErrors().isEmpty());
    QVERIFY(!h.error().certificateChain().isEmpty());
    QCOMPARE(h.error().certificateChain().constFirst(), m_dovecot.serverCertificate());
    QVERIFY2(!h.sentCredentials(), qPrintable(h.trafficText()));
}

void TestDovecotLogin::unknownCaRejected()
{
    SessionHarness h(SessionHarness::options(
        m_dovecot, Security::ImplicitTls, AuthMethod::Auto, QStringLiteral("localhost"), false));
    QSignalSpy decisions(&h.session(), &Pop3Session::certificateDecisionNeeded);
    h.session().open();
    QTRY_COMPARE_WITH_TIMEOUT(decisions.count(), 1, SessionHarness::DefaultTimeoutMs);
    QCOMPARE(h.session().state(), SessionState::AwaitingCertificateDecision);
    const auto chain = decisions.at(0).at(0).value<QList<QSslCertificate>>();
    QVERIFY(!chain.isEmpty());
    QCOMPARE(chain.constFirst(), m_dovecot.serverCertificate());

    h.session().rejectCertificate();
    QVERIFY(!h.waitForOutcome());
    QCOMPARE(h.error().kind(), Pop3Error::Kind::SecurityRefusal);
    QVERIFY2(!h.sentCredentials(), qPrintable(h.trafficText()));
    QVERIFY(h.session().certificateExceptions().isEmpty());
}

void TestDovecotLogin::unknownCaAccepted_data()
{
    QTest::addColumn<Security>("security");
    QTest::newRow("implicit TLS") << Security::ImplicitTls;
    QTest::newRow("STARTTLS") << Security::StartTls;
}

void TestDovecotLogin::unknownCaAccepted()
{
    QFETCH(Security, security);
    SessionHarness h(SessionHarness::options(
        m_dovecot, security, AuthMethod::Auto, QStringLiteral("localhost"), false));
    QSignalSpy decisions(&h.session(), &Pop3Session::certificateDecisionNeeded);
    h.session().open();
    QTRY_COMPARE_WITH_TIMEOUT(decisions.count(), 1, SessionHarness::DefaultTimeoutMs);
    QVERIFY2(!h.sentCredentials(), qPrintable(h.trafficText()));

    h.session().acceptCertificate();
    QVERIFY2(h.waitForOutcome(), h.diagnostics().constData());
    QCOMPARE(decisions.count(), 1);
    QVERIFY(h.session().isEncrypted());

    // Exactly that certificate is now excepted, pinned by its SHA-256.
    const QList<CertificateException> exceptions = h.session().certificateExceptions();
    QCOMPARE(exceptions.size(), 1);
    QCOMPARE(exceptions.constFirst().sha256,
        CertificateException::digestOf(m_dovecot.serverCertificate()));
    QCOMPARE(exceptions.constFirst().sha256.size(), 32);
    QVERIFY2(h.quitAndWait(), h.diagnostics().constData());

    // A new session with the stored exception logs in without asking.
    SessionOptions again = SessionHarness::options(
        m_dovecot, security, AuthMethod::Auto, QStringLiteral("localhost"), false);
    again.certificateExceptions = exceptions;
    SessionHarness second(again);
    QSignalSpy secondDecisions(&second.session(), &Pop3Session::certificateDecisionNeeded);
    QVERIFY2(second.openAndWait(), second.diagnostics().constData());
    QCOMPARE(secondDecisions.count(), 0);
    QVERIFY(second.session().isEncrypted());
    QVERIFY2(second.quitAndWait(), second.diagnostics().constData());
}

void TestDovecotLogin::exceptionForAnotherCertificateDoesNotCount()
{
    // Learn which errors dovecot's certificate causes without the test CA.
    QList<QSslError> errors;
    {
        SessionHarness probe(SessionHarness::options(m_dovecot, Security::ImplicitTls,
            AuthMethod::Auto, QStringLiteral("localhost"), false));
        QVERIFY(!probe.openAndWait());
        errors = probe.error().sslErrors();
    }
    QVERIFY(!errors.isEmpty());

    // The same kinds of error, accepted for a different certificate.
    const QList<QSslCertificate> other
        = QSslCertificate::fromPath(QStringLiteral(POSTBOTE_TEST_DATA_DIR "/selfsigned.pem"));
    QCOMPARE(other.size(), 1);
    QVERIFY(other.constFirst() != m_dovecot.serverCertificate());
    SessionOptions o = SessionHarness::options(
        m_dovecot, Security::ImplicitTls, AuthMethod::Auto, QStringLiteral("localhost"), false);
    o.certificateExceptions = {CertificateException::fromErrors(other.constFirst(), errors)};

    SessionHarness h(o);
    QSignalSpy decisions(&h.session(), &Pop3Session::certificateDecisionNeeded);
    h.session().open();
    QTRY_COMPARE_WITH_TIMEOUT(decisions.count(), 1, SessionHarness::DefaultTimeoutMs);
    QCOMPARE(decisions.at(0).at(0).value<QList<QSslCertificate>>().constFirst(),
        m_dovecot.serverCertificate());
    QVERIFY2(!h.sentCredentials(), qPrintable(h.trafficText()));
    h.session().rejectCertificate();
    QVERIFY(!h.waitForOutcome());
    QCOMPARE(h.error().kind(), Pop3Error::Kind::SecurityRefusal);
}

void TestDovecotLogin::wrongPassword_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMethod>("auth");
    QTest::newRow("USER/PASS over TLS") << Security::ImplicitTls << AuthMethod::UserPass;
    QTest::newRow("SCRAM-SHA-256 over TLS") << Security::ImplicitTls << AuthMethod::ScramSha256;
    QTest::newRow("APOP over plain") << Security::None << AuthMethod::Apop;
}

void TestDovecotLogin::wrongPassword()
{
    QFETCH(Security, security);
    QFETCH(AuthMethod, auth);
    SessionOptions o = SessionHarness::options(m_dovecot, security, auth);
    o.password = QStringLiteral("not-the-password");
    SessionHarness h(o);
    QVERIFY(!h.openAndWait());
    QVERIFY(h.hasFailed());
    QCOMPARE(h.error().kind(), Pop3Error::Kind::Authentication);
    QVERIFY(!h.error().message().isEmpty());
    QCOMPARE(h.session().state(), SessionState::Failed);
}

QTEST_GUILESS_MAIN(TestDovecotLogin)
#include "tst_dovecot_login.moc"
