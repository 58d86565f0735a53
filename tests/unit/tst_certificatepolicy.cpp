// SPDX-License-Identifier: GPL-3.0-or-later
// CertificatePolicy: an accepted certificate passes for exactly the errors it was accepted
// for, another certificate for the same host asks again, decisions persist per account, can
// be removed, and a pending decision is accepted only by its exact fingerprint.
#include "account/CertificatePolicy.h"

#include <QSettings>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;

class TestCertificatePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void acceptedCertificatePasses();
    void otherCertificateAsksAgain();
    void newErrorKindAsksAgain();
    void persistsPerAccount();
    void removal();
    void errorWithoutCertificateCannotBeAccepted();
    void pendingRoundTrip();
    void acceptPendingNeedsExactFingerprint();
    void acceptPendingWithoutPending();
    void laterAcceptanceAddsErrors();
    void parseFingerprint_data();
    void parseFingerprint();
    void describeShowsWhatToCompare();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QSslCertificate m_self;  // CN=selfsigned.test
    QSslCertificate m_other; // any other certificate
};

void TestCertificatePolicy::initTestCase()
{
    const auto own
        = QSslCertificate::fromPath(QStringLiteral(POSTBOTE_TEST_DATA_DIR "/selfsigned.pem"));
    QVERIFY(!own.isEmpty());
    m_self = own.first();
    const auto system = QSslConfiguration::systemCaCertificates();
    QVERIFY2(!system.isEmpty(), "needs the ca-certificates package");
    m_other = system.first();
    QVERIFY(m_other != m_self);
}

void TestCertificatePolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"p.ini"_qs), QSettings::IniFormat);
}

void TestCertificatePolicy::acceptedCertificatePasses()
{
    CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
    const QList<QSslError> errors {QSslError(QSslError::SelfSignedCertificate, m_self),
        QSslError(QSslError::HostNameMismatch, m_self)};
    QVERIFY(!policy.excuses(errors));
    QVERIFY(policy.accept(errors, u"pop.example.org"_qs));
    QVERIFY(policy.excuses(errors));
    QVERIFY(policy.excuses({errors.first()}));
    const QList<CertificateException> exceptions = policy.exceptions();
    QCOMPARE(exceptions.size(), 1);
    QCOMPARE(exceptions.first().sha256, CertificateException::digestOf(m_self));
    QCOMPARE(exceptions.first().errors.size(), 2);
    // The engine's own check agrees.
    QVERIFY(allExcused(errors, exceptions));
}

void TestCertificatePolicy::otherCertificateAsksAgain()
{
    CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
    QVERIFY(policy.accept({QSslError(QSslError::SelfSignedCertificate, m_self)}, u"h"_qs));
    // Same host, same kind of error, a different certificate: a new decision.
    QVERIFY(!policy.excuses({QSslError(QSslError::SelfSignedCertificate, m_other)}));
    QVERIFY(
        !allExcused({QSslError(QSslError::SelfSignedCertificate, m_other)}, policy.exceptions()));
}

void TestCertificatePolicy::newErrorKindAsksAgain()
{
    CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
    QVERIFY(policy.accept({QSslError(QSslError::SelfSignedCertificate, m_self)}, u"h"_qs));
    QVERIFY(!policy.excuses({QSslError(QSslError::CertificateExpired, m_self)}));
    QVERIFY(!policy.excuses({QSslError(QSslError::SelfSignedCertificate, m_self),
        QSslError(QSslError::HostNameMismatch, m_self)}));
}

void TestCertificatePolicy::persistsPerAccount()
{
    const QList<QSslError> errors {QSslError(QSslError::SelfSignedCertificate, m_self)};
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
        QVERIFY(policy.accept(errors, u"pop.example.org"_qs));
    }
    m_settings.reset();
    QSettings reopened(m_dir->filePath(u"p.ini"_qs), QSettings::IniFormat);
    CertificatePolicy same(&reopened, u"acc-1"_qs);
    QVERIFY(same.excuses(errors));
    const QList<CertificatePolicy::Entry> entries = same.entries();
    QCOMPARE(entries.size(), 1);
    const CertificatePolicy::Entry& entry = entries.first();
    QCOMPARE(entry.host, u"pop.example.org"_qs);
    QCOMPARE(entry.subject, u"CN=selfsigned.test"_qs);
    QCOMPARE(entry.issuer, u"CN=selfsigned.test"_qs);
    QCOMPARE(entry.certificate, m_self);
    QCOMPARE(entry.errors, QList<QSslError::SslError> {QSslError::SelfSignedCertificate});
    QVERIFY(entry.acceptedAt >= before);
    QVERIFY(entry.acceptedAt <= QDateTime::currentDateTimeUtc());

    CertificatePolicy otherAccount(&reopened, u"acc-2"_qs);
    QVERIFY(otherAccount.entries().isEmpty());
    QVERIFY(!otherAccount.excuses(errors));
}

void TestCertificatePolicy::removal()
{
    CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
    const QList<QSslError> self {QSslError(QSslError::SelfSignedCertificate, m_self)};
    const QList<QSslError> other {QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_other)};
    QVERIFY(policy.accept(self, u"h"_qs));
    QVERIFY(policy.accept(other, u"h"_qs));
    QCOMPARE(policy.entries().size(), 2);
    QVERIFY(policy.remove(CertificateException::digestOf(m_self)));
    QVERIFY(!policy.excuses(self));
    QVERIFY(policy.excuses(other));
    QVERIFY(!policy.remove(CertificateException::digestOf(m_self)));
    QVERIFY(!policy.remove(QByteArray(32, 'x')));
    policy.clear();
    QVERIFY(policy.entries().isEmpty());
}

void TestCertificatePolicy::errorWithoutCertificateCannotBeAccepted()
{
    CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
    QVERIFY(!policy.accept({QSslError(QSslError::NoPeerCertificate)}, u"h"_qs));
    QVERIFY(!policy.accept({QSslError(QSslError::SelfSignedCertificate, m_self),
                               QSslError(QSslError::NoPeerCertificate)},
        u"h"_qs));
    QVERIFY(policy.entries().isEmpty());
}

void TestCertificatePolicy::pendingRoundTrip()
{
    CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
    QVERIFY(!policy.pending());
    const QList<QSslError> errors {QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_self),
        QSslError(QSslError::CertificateUntrusted, m_other)};
    policy.setPending(u"pop.example.org"_qs, {m_self, m_other}, errors);
    const auto pending = policy.pending();
    QVERIFY(pending);
    QCOMPARE(pending->host, u"pop.example.org"_qs);
    QCOMPARE(pending->chain, (QList<QSslCertificate> {m_self, m_other}));
    QCOMPARE(pending->errors.size(), 2);
    QCOMPARE(pending->errors.at(0).error(), QSslError::UnableToGetLocalIssuerCertificate);
    QCOMPARE(pending->errors.at(0).certificate(), m_self);
    QCOMPARE(pending->errors.at(1).certificate(), m_other);
    QCOMPARE(pending->primary(), m_self);
    // A pending certificate is not trusted.
    QVERIFY(!policy.excuses(errors));
    policy.clearPending();
    QVERIFY(!policy.pending());
}

void TestCertificatePolicy::acceptPendingNeedsExactFingerprint()
{
    CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
    const QList<QSslError> errors {QSslError(QSslError::SelfSignedCertificate, m_self)};
    policy.setPending(u"h"_qs, {m_self}, errors);
    QString error;
    QVERIFY(!policy.acceptPending(CertificateException::digestOf(m_other), &error));
    QVERIFY(error.contains(
        CertificatePolicy::formatFingerprint(CertificateException::digestOf(m_self))));
    QVERIFY(policy.pending()); // still waiting
    QVERIFY(!policy.excuses(errors));
    QVERIFY2(
        policy.acceptPending(CertificateException::digestOf(m_self), &error), qPrintable(error));
    QVERIFY(policy.excuses(errors));
    QVERIFY(!policy.pending());
}

void TestCertificatePolicy::acceptPendingWithoutPending()
{
    CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
    QString error;
    QVERIFY(!policy.acceptPending(CertificateException::digestOf(m_self), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(policy.entries().isEmpty());
}

void TestCertificatePolicy::laterAcceptanceAddsErrors()
{
    CertificatePolicy policy(m_settings.get(), u"acc-1"_qs);
    QVERIFY(policy.accept({QSslError(QSslError::SelfSignedCertificate, m_self)}, u"h"_qs));
    QVERIFY(policy.accept({QSslError(QSslError::CertificateExpired, m_self)}, u"h"_qs));
    QCOMPARE(policy.entries().size(), 1);
    QVERIFY(policy.excuses({QSslError(QSslError::SelfSignedCertificate, m_self),
        QSslError(QSslError::CertificateExpired, m_self)}));
}

void TestCertificatePolicy::parseFingerprint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString hex = u"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_qs;
    QString colons;
    for (int i = 0; i < hex.size(); i += 2) {
        colons += (i ? u":"_qs : QString()) + hex.mid(i, 2).toUpper();
    }
    QTest::newRow("hex") << hex << true;
    QTest::newRow("upper") << hex.toUpper() << true;
    QTest::newRow("colons") << colons << true;
    QTest::newRow("spaces") << QString(colons).replace(u':', u' ') << true;
    QTest::newRow("prefix") << u"SHA256:"_qs + hex << true;
    QTest::newRow("openssl output") << u"sha256="_qs + colons << true;
    QTest::newRow("surrounding space") << u"  "_qs + hex + u"\n"_qs << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too short") << hex.left(62) << false;
    QTest::newRow("too long") << hex + u"00"_qs << false;
    QTest::newRow("not hex") << QString(hex).replace(0, 1, u"g"_qs) << false;
    QTest::newRow("sha1 length") << hex.left(40) << false;
}

void TestCertificatePolicy::parseFingerprint()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto digest = CertificatePolicy::parseFingerprint(text);
    QCOMPARE(bool(digest), valid);
    if (valid) {
        QCOMPARE(digest->toHex(),
            QByteArray("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
        QCOMPARE(CertificatePolicy::parseFingerprint(CertificatePolicy::formatFingerprint(*digest)),
            digest);
    }
}

void TestCertificatePolicy::describeShowsWhatToCompare()
{
    const QString text = CertificatePolicy::describe(m_self);
    QVERIFY(text.contains(u"CN=selfsigned.test"_qs));
    QVERIFY(text.contains(
        CertificatePolicy::formatFingerprint(CertificateException::digestOf(m_self))));
    QVERIFY(text.contains(m_self.expiryDate().toUTC().toString(Qt::ISODate)));
    QVERIFY(text.contains(m_self.effectiveDate().toUTC().toString(Qt::ISODate)));
    QCOMPARE(CertificatePolicy::formatFingerprint(QByteArray::fromHex("0aff")), u"0A:FF"_qs);
}

QTEST_GUILESS_MAIN(TestCertificatePolicy)
#include "tst_certificatepolicy.moc"
