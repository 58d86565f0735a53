// SPDX-License-Identifier: GPL-3.0-or-later
// FetchPrompter's password prompt with a real keychain (a private gnome-keyring, see
// KeyringSession) and the demo server: asked when the keychain has no password, asked again
// after [AUTH], and the typed password reaches the keychain only after a login worked.
#include "KeyringSession.h"
#include "account/AccountStore.h"
#include "account/CredentialStore.h"
#include "account/FetchPrompter.h"
#include "server/DemoPop3Server.h"
#include "sync/AccountArchives.h"
#include "sync/FetchQueue.h"

#include <QApplication>
#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Postbote;

Q_DECLARE_METATYPE(Postbote::PasswordPrompt::Reason)

namespace {

const QString Secret = QStringLiteral("Geheim-9q!Z-keychain");

} // namespace

class TestPasswordPromptKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storedOnlyAfterLogin();

private:
    /// What the keychain holds for \a accountId (empty: nothing), and whether it answered.
    QString readKeychain(const QString& accountId, CredentialError* error);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountArchives> m_archives;
    std::unique_ptr<FetchQueue> m_fetches;
    std::unique_ptr<FetchPrompter> m_prompter;
    QString m_service;
};

void TestPasswordPromptKeychain::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
    m_settings = std::make_unique<QSettings>(
        m_home->filePath(QStringLiteral("config/postbote.ini")), QSettings::IniFormat);
    m_accounts = std::make_unique<AccountStore>(m_settings.get());
    m_service
        = QStringLiteral("Postbote-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_credentials = std::make_unique<CredentialStore>(m_service);
    m_archives = std::make_unique<AccountArchives>();
    m_fetches
        = std::make_unique<FetchQueue>(m_archives.get(), m_credentials.get(), m_settings.get());
    m_prompter = std::make_unique<FetchPrompter>(
        m_fetches.get(), m_accounts.get(), m_credentials.get(), m_settings.get(), nullptr);
}

void TestPasswordPromptKeychain::cleanup()
{
    if (m_fetches) {
        m_fetches->cancel();
    }
    m_prompter.reset();
    m_fetches.reset();
    m_archives.reset();
    m_credentials.reset();
    m_accounts.reset();
    m_settings.reset();
    m_home.reset();
}

QString TestPasswordPromptKeychain::readKeychain(const QString& accountId, CredentialError* error)
{
    CredentialStore reader(m_service); // as the next run of the program would
    QSignalSpy read(&reader, &CredentialStore::readFinished);
    reader.read(accountId);
    if (!read.wait(20000)) {
        *error = CredentialError(CredentialError::Kind::Other, QStringLiteral("no answer"));
        return QString();
    }
    *error = read.at(0).at(2).value<CredentialError>();
    return read.at(0).at(1).toString();
}

void TestPasswordPromptKeychain::storedOnlyAfterLogin()
{
    DemoPop3Server server;
    server.setCredentials(QStringLiteral("max"), Secret);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    Account account = Account::create();
    account.name = QStringLiteral("Keychain");
    account.host = QStringLiteral("127.0.0.1");
    account.port = server.serverPort();
    account.security = Security::None;
    account.allowCleartext = true;
    account.auth = AuthMethod::UserPass;
    account.user = QStringLiteral("max");
    QString error;
    QVERIFY2(m_accounts->add(account, &error), qPrintable(error));

    QList<PasswordPrompt::Request> asked;
    QStringList typed {u"mistyped"_qs, Secret};
    QStringList keychainWhenAsked;
    m_prompter->setPasswordAsker([&](const PasswordPrompt::Request& request) {
        asked.append(request);
        CredentialError readError;
        keychainWhenAsked.append(readKeychain(account.id, &readError));
        return std::optional<FetchPrompter::PasswordAnswer>(
            FetchPrompter::PasswordAnswer {typed.takeFirst(), true});
    });
    QSignalSpy finished(m_fetches.get(), &FetchQueue::accountFinished);
    QSignalSpy remembered(m_credentials.get(), &CredentialStore::rememberFinished);

    m_fetches->enqueue(account);
    // no password stored → asked; the mistyped one refused ([AUTH]) → asked; then fetched.
    QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 3; }, 60000));
    QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, 20000);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 3);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0).reason, PasswordPrompt::Reason::NoPasswordStored);
    QVERIFY(asked.at(0).keychainAvailable);
    QCOMPARE(asked.at(1).reason, PasswordPrompt::Reason::Refused);
    QVERIFY(asked.at(1).keychainAvailable);
    // When the second question came, the refused password had not been stored.
    QCOMPARE(keychainWhenAsked, QStringList({QString(), QString()}));
    QVERIFY(!remembered.at(0).at(1).value<CredentialError>().isError());
    const auto result = finished.at(2).at(1).value<CheckMailJob::Result>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QVERIFY(result.retrieved > 0);

    CredentialError readError;
    QCOMPARE(readKeychain(account.id, &readError), Secret);
    QVERIFY(!readError.isError());
    QVERIFY(!m_credentials->holdsInMemory(account.id)); // in the keychain, not in memory

    // The next check takes it from the keychain without asking.
    m_fetches->enqueue(account);
    QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 4; }, 30000));
    QTest::qWait(200);
    QCOMPARE(asked.size(), 2);
    QVERIFY(!finished.at(3).at(1).value<CheckMailJob::Result>().error.isError());

    // Never in a file (the keyring's own files are the keyring's).
    m_settings->sync();
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Secret.toUtf8()), qPrintable(file.fileName()));
    }
    QSignalSpy removed(m_credentials.get(), &CredentialStore::removeFinished);
    m_credentials->remove(account.id);
    QVERIFY(removed.wait(10000));
}

int main(int argc, char** argv)
{
    const int outer = Postbote::Test::runInsidePrivateKeyring(argc, argv);
    if (outer >= 0) {
        return outer;
    }
    QApplication app(argc, argv);
    TestPasswordPromptKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_passwordprompt_keychain.moc"
