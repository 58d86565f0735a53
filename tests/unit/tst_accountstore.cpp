// SPDX-License-Identifier: GPL-3.0-or-later
// AccountStore: round trip through a temporary INI file, find by id and name, validation on
// add/update, signals, removal (with the account's certificate decisions), and no secret in
// the file.
#include "account/AccountStore.h"
#include "account/CertificatePolicy.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;

namespace {

Account sample(const QString& name)
{
    Account account;
    account.name = name;
    account.email = u"erika@example.org"_qs;
    account.host = u"pop.example.org"_qs;
    account.port = 1995;
    account.security = Security::StartTls;
    account.auth = AuthMethod::ScramSha256;
    account.user = u"erika@example.org"_qs;
    account.retention = RetentionPolicy::keepDays(30);
    account.retention.maxMessageBytes = 5000000;
    account.retention.deleteWhenDeletedLocally = true;
    account.retention.allowNoUidl = true;
    account.checkIntervalMinutes = 15;
    account.pipelining = PipeliningMode::Off;
    account.enabled = false;
    return account;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void roundTripEverySecurityAndMechanism();
    void findByIdAndName();
    void addRejectsInvalidAndDuplicate();
    void updateAndSignals();
    void removeTakesCertificatesAlong();
    void sharedSettingsSeeEachOther();
    void noSecretInTheFile();

private:
    QString iniPath() const { return m_dir->filePath(u"accounts.ini"_qs); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountStore::roundTrip()
{
    Account account = sample(u"Arbeit"_qs);
    QString error;
    {
        AccountStore store(iniPath());
        QVERIFY2(store.add(account, &error), qPrintable(error));
        QVERIFY(!account.id.isEmpty()); // add() assigned one
    }
    AccountStore reopened(iniPath());
    const QList<Account> accounts = reopened.accounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first(), account);
    QCOMPARE(accounts.first().retention, account.retention);
}

void TestAccountStore::roundTripEverySecurityAndMechanism()
{
    AccountStore store(iniPath());
    int n = 0;
    QList<Account> added;
    for (const Security security : {Security::ImplicitTls, Security::StartTls, Security::None}) {
        for (const AuthMethod auth : {AuthMethod::Auto, AuthMethod::UserPass, AuthMethod::Apop,
                 AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5, AuthMethod::ScramSha1,
                 AuthMethod::ScramSha256}) {
            Account account = sample(u"Konto %1"_qs.arg(++n));
            account.security = security;
            account.auth = auth;
            account.allowCleartext = security == Security::None;
            account.pipelining = PipeliningMode(n % 3);
            account.retention
                = n % 2 ? RetentionPolicy::deleteAfterArchiving() : RetentionPolicy::keepNewest(n);
            QString error;
            QVERIFY2(store.add(account, &error), qPrintable(error));
            added.append(account);
        }
    }
    AccountStore reopened(iniPath());
    for (const Account& account : std::as_const(added)) {
        const auto found = reopened.find(account.id);
        QVERIFY(found);
        QCOMPARE(*found, account);
    }
}

void TestAccountStore::findByIdAndName()
{
    AccountStore store(iniPath());
    Account work = sample(u"Arbeit"_qs);
    Account home = sample(u"privat"_qs);
    QVERIFY(store.add(work));
    QVERIFY(store.add(home));
    QCOMPARE(store.find(home.id)->name, u"privat"_qs);
    QCOMPARE(store.findByName(u"ARBEIT"_qs)->id, work.id);
    QCOMPARE(store.findByName(u" Privat "_qs)->id, home.id);
    QVERIFY(!store.findByName(u"Verein"_qs));
    QVERIFY(!store.find(Account::newId()));
    // Sorted by name, ignoring case.
    const QList<Account> all = store.accounts();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, u"Arbeit"_qs);
    QCOMPARE(all.at(1).name, u"privat"_qs);
}

void TestAccountStore::addRejectsInvalidAndDuplicate()
{
    AccountStore store(iniPath());
    QSignalSpy added(&store, &AccountStore::accountAdded);
    Account first = sample(u"Arbeit"_qs);
    QVERIFY(store.add(first));
    QCOMPARE(added.size(), 1);

    QString error;
    Account twin = sample(u"arbeit"_qs);
    QVERIFY(!store.add(twin, &error));
    QVERIFY2(error.contains(u"arbeit"_qs), qPrintable(error));

    Account badPort = sample(u"Port"_qs);
    badPort.port = 0;
    QVERIFY(!store.add(badPort, &error));
    QVERIFY2(error.contains(u"65535"_qs), qPrintable(error));

    Account cleartext = sample(u"Klartext"_qs);
    cleartext.security = Security::None;
    cleartext.auth = AuthMethod::Plain;
    QVERIFY(!store.add(cleartext, &error));
    cleartext.allowCleartext = true;
    QVERIFY2(store.add(cleartext, &error), qPrintable(error));

    Account sameId = sample(u"Kopie"_qs);
    sameId.id = first.id;
    QVERIFY(!store.add(sameId, &error));

    QCOMPARE(added.size(), 2);
    QCOMPARE(store.accounts().size(), 2);
}

void TestAccountStore::updateAndSignals()
{
    AccountStore store(iniPath());
    QSignalSpy changed(&store, &AccountStore::accountChanged);
    QSignalSpy removed(&store, &AccountStore::accountRemoved);
    Account work = sample(u"Arbeit"_qs);
    Account home = sample(u"Privat"_qs);
    QVERIFY(store.add(work));
    QVERIFY(store.add(home));

    work.name = u"Büro"_qs;
    work.host = u"pop3.example.com"_qs;
    QString error;
    QVERIFY2(store.update(work, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), work.id);
    QCOMPARE(store.find(work.id)->host, u"pop3.example.com"_qs);

    work.name = u"privat"_qs; // taken by the other account
    QVERIFY(!store.update(work, &error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.find(work.id)->name, u"Büro"_qs);

    Account ghost = sample(u"Geist"_qs);
    ghost.id = Account::newId();
    QVERIFY(!store.update(ghost, &error));

    QVERIFY(store.remove(home.id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.remove(home.id, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.accounts().size(), 1);
}

void TestAccountStore::removeTakesCertificatesAlong()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    Account work = sample(u"Arbeit"_qs);
    QVERIFY(store.add(work));
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(QStringLiteral(POSTBOTE_TEST_DATA_DIR "/selfsigned.pem"));
    QVERIFY(!certificates.isEmpty());
    CertificatePolicy policy(&settings, work.id);
    QVERIFY(policy.accept(
        {QSslError(QSslError::SelfSignedCertificate, certificates.first())}, work.host));
    QCOMPARE(policy.entries().size(), 1);
    QVERIFY(store.remove(work.id));
    QVERIFY(policy.entries().isEmpty());
    settings.sync();
    QVERIFY(settings.allKeys().isEmpty());
}

void TestAccountStore::sharedSettingsSeeEachOther()
{
    // The GUI and postbote-cli use the same file; one sees what the other wrote.
    AccountStore first(iniPath());
    AccountStore second(iniPath());
    Account work = sample(u"Arbeit"_qs);
    QVERIFY(first.add(work));
    QVERIFY(second.find(work.id));
    QVERIFY(second.remove(work.id));
    QVERIFY(first.accounts().isEmpty());
}

void TestAccountStore::noSecretInTheFile()
{
    const QString password = u"S3cr3t-Pässwort"_qs;
    AccountStore store(iniPath());
    Account work = sample(u"Arbeit"_qs);
    QVERIFY(store.add(work));
    // Whatever the caller had in session options, the store has nowhere to put a secret.
    SessionOptions options = work.sessionOptions();
    options.password = password;
    QVERIFY(store.update(work));
    store.settings()->sync();
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.isEmpty());
    QVERIFY(!content.contains(password.toUtf8()));
    QVERIFY(!content.toLower().contains("password"));
    QVERIFY(!content.toLower().contains("secret"));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
