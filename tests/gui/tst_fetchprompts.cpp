// SPDX-License-Identifier: GPL-3.0-or-later
// The certificate dialog, the exceptions list and the password prompt as widgets, and
// FetchPrompter against the demo server: a password prompt after [AUTH] and when none is
// stored, none after [IN-USE] or [SYS/TEMP], and the password kept only after it worked.
#include "account/AccountStore.h"
#include "account/CertificateDialog.h"
#include "account/CertificateExceptionsDialog.h"
#include "account/CertificatePolicy.h"
#include "account/CredentialStore.h"
#include "account/FetchPrompter.h"
#include "account/PasswordPrompt.h"
#include "net/CertificateException.h"
#include "server/DemoPop3Server.h"
#include "sync/AccountArchives.h"
#include "sync/FetchQueue.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Postbote;

Q_DECLARE_METATYPE(Postbote::PasswordPrompt::Reason)

namespace {

const QString Secret = QStringLiteral("Geheim-7x!Q-prompts");

QSslCertificate testCertificate()
{
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(QStringLiteral(POSTBOTE_TEST_DATA_DIR "/selfsigned.pem"));
    return certificates.value(0);
}

QString labelText(QWidget* root, const char* name)
{
    auto* label = root->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

} // namespace

class TestFetchPrompts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void certificateDialogShowsCertificate();
    void certificateDialogAnswers_data();
    void certificateDialogAnswers();
    void errorsInPlainWords_data();
    void errorsInPlainWords();
    void exceptionsListShowsAndRemoves();
    void passwordPromptSaysWhy_data();
    void passwordPromptSaysWhy();
    void passwordPromptWithoutKeychain();
    void passwordRefusalClassification_data();
    void passwordRefusalClassification();

    void promptAfterAuthRefusalRemembersOnlyAfterLogin();
    void promptWhenNoPasswordStored();
    void noPromptWhenServerBusy_data();
    void noPromptWhenServerBusy();
    void cancelledPromptStops();
    void realPromptDialog();

private:
    void startServer();
    Account addAccount();
    bool waitFinished(QSignalSpy& spy, int count);
    void verifyNoSecretInFiles();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountArchives> m_archives;
    std::unique_ptr<FetchQueue> m_fetches;
    std::unique_ptr<FetchPrompter> m_prompter;
    std::unique_ptr<DemoPop3Server> m_server;
};

void TestFetchPrompts::initTestCase()
{
    // No session bus: CredentialStore finds no keychain at once and keeps passwords in memory,
    // the same on every machine.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/postbote-test-bus");
    qputenv("LANGUAGE", "en");
}

void TestFetchPrompts::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
    m_settings = std::make_unique<QSettings>(
        m_home->filePath(QStringLiteral("config/postbote.ini")), QSettings::IniFormat);
    m_accounts = std::make_unique<AccountStore>(m_settings.get());
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("PostboteTestPrompts"));
    m_archives = std::make_unique<AccountArchives>();
    m_fetches
        = std::make_unique<FetchQueue>(m_archives.get(), m_credentials.get(), m_settings.get());
    m_prompter = std::make_unique<FetchPrompter>(
        m_fetches.get(), m_accounts.get(), m_credentials.get(), m_settings.get(), nullptr);
}

void TestFetchPrompts::cleanup()
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
    m_server.reset();
    m_home.reset();
}

void TestFetchPrompts::startServer()
{
    m_server = std::make_unique<DemoPop3Server>();
    m_server->setCredentials(QStringLiteral("max"), Secret);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

Account TestFetchPrompts::addAccount()
{
    Account account = Account::create();
    account.name = QStringLiteral("Classroom");
    account.host = QStringLiteral("127.0.0.1");
    account.port = m_server->serverPort();
    account.security = Security::None;
    account.allowCleartext = true;
    account.auth = AuthMethod::UserPass;
    account.user = QStringLiteral("max");
    QString error;
    const bool added = m_accounts->add(account, &error);
    if (!added) {
        qWarning("%s", qPrintable(error));
    }
    return account;
}

bool TestFetchPrompts::waitFinished(QSignalSpy& spy, int count)
{
    if (!QTest::qWaitFor([&] { return spy.count() >= count; }, 20000)) {
        qWarning("only %d of %d fetches finished", int(spy.count()), count);
        return false;
    }
    // Let anything that would follow (a question, a new fetch) happen before counting on.
    QTest::qWait(100);
    if (spy.count() != count || m_fetches->isBusy()) {
        qWarning("%d fetches finished, expected %d", int(spy.count()), count);
        return false;
    }
    return true;
}

void TestFetchPrompts::verifyNoSecretInFiles()
{
    m_settings->sync();
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Secret.toUtf8()), qPrintable(path));
    }
}

void TestFetchPrompts::certificateDialogShowsCertificate()
{
    const QSslCertificate certificate = testCertificate();
    QVERIFY(!certificate.isNull());
    const QList<QSslError> errors {QSslError(QSslError::SelfSignedCertificate, certificate),
        QSslError(QSslError::HostNameMismatch, certificate)};
    CertificateDialog dialog(
        QStringLiteral("Work"), QStringLiteral("pop.example.org"), {certificate}, errors);
    QVERIFY(labelText(&dialog, "heading").contains(u"pop.example.org"_qs));
    QVERIFY(labelText(&dialog, "heading").contains(u"Work"_qs));
    QCOMPARE(labelText(&dialog, "subject"), u"CN=selfsigned.test"_qs);
    QCOMPARE(labelText(&dialog, "issuer"), u"CN=selfsigned.test"_qs);
    QCOMPARE(labelText(&dialog, "validFrom"),
        QLocale().toString(certificate.effectiveDate().toLocalTime(), QLocale::LongFormat));
    QCOMPARE(labelText(&dialog, "validUntil"),
        QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::LongFormat));
    const QString fingerprint
        = CertificatePolicy::formatFingerprint(CertificateException::digestOf(certificate));
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    QCOMPARE(labelText(&dialog, "fingerprint"), fingerprint);
    const QString problems = labelText(&dialog, "errors");
    QVERIFY(problems.contains(
        CertificateDialog::describeError(QSslError::SelfSignedCertificate).toHtmlEscaped()));
    QVERIFY(problems.contains(
        CertificateDialog::describeError(QSslError::HostNameMismatch).toHtmlEscaped()));
    // Enter rejects: trusting takes a deliberate click.
    auto* reject = dialog.findChild<QPushButton*>(QStringLiteral("reject"));
    QVERIFY(reject && reject->isDefault());
}

void TestFetchPrompts::certificateDialogAnswers_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<CertificateDialog::Decision>("decision");
    QTest::addColumn<int>("result");
    QTest::newRow("reject") << u"reject"_qs << CertificateDialog::Decision::Reject
                            << int(QDialog::Rejected);
    QTest::newRow("once") << u"acceptOnce"_qs << CertificateDialog::Decision::AcceptOnce
                          << int(QDialog::Accepted);
    QTest::newRow("always") << u"acceptAlways"_qs << CertificateDialog::Decision::AcceptAlways
                            << int(QDialog::Accepted);
    QTest::newRow("escape") << QString() << CertificateDialog::Decision::Reject
                            << int(QDialog::Rejected);
}

void TestFetchPrompts::certificateDialogAnswers()
{
    QFETCH(QString, button);
    QFETCH(CertificateDialog::Decision, decision);
    QFETCH(int, result);
    const QSslCertificate certificate = testCertificate();
    CertificateDialog dialog(QStringLiteral("Work"), QStringLiteral("pop.example.org"),
        {certificate}, {QSslError(QSslError::SelfSignedCertificate, certificate)});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (button.isEmpty()) {
        QTest::keyClick(&dialog, Qt::Key_Escape);
    } else {
        auto* widget = dialog.findChild<QPushButton*>(button);
        QVERIFY(widget);
        QTest::mouseClick(widget, Qt::LeftButton);
    }
    QCOMPARE(dialog.decision(), decision);
    QCOMPARE(dialog.result(), result);
    QCOMPARE(dialog.certificate(), certificate);
}

void TestFetchPrompts::errorsInPlainWords_data()
{
    QTest::addColumn<QSslError::SslError>("error");
    QTest::addColumn<QString>("word");
    QTest::newRow("self-signed") << QSslError::SelfSignedCertificate << u"self-signed"_qs;
    QTest::newRow("expired") << QSslError::CertificateExpired << u"expired"_qs;
    QTest::newRow("not yet valid") << QSslError::CertificateNotYetValid << u"not valid yet"_qs;
    QTest::newRow("host name") << QSslError::HostNameMismatch << u"different server name"_qs;
    QTest::newRow("unknown issuer")
        << QSslError::UnableToGetLocalIssuerCertificate << u"authority"_qs;
    QTest::newRow("revoked") << QSslError::CertificateRevoked << u"revoked"_qs;
}

void TestFetchPrompts::errorsInPlainWords()
{
    QFETCH(QSslError::SslError, error);
    QFETCH(QString, word);
    const QString sentence = CertificateDialog::describeError(error);
    QVERIFY2(sentence.contains(word), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QString::number(int(error))), qPrintable(sentence));
}

void TestFetchPrompts::exceptionsListShowsAndRemoves()
{
    const QSslCertificate certificate = testCertificate();
    const QString id = Account::newId();
    CertificatePolicy policy(m_settings.get(), id);
    QVERIFY(policy.accept(
        {QSslError(QSslError::SelfSignedCertificate, certificate)}, u"pop.example.org"_qs));

    CertificateExceptionsDialog dialog(m_settings.get(), id, u"Work"_qs);
    QTreeWidget* list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem* item = list->topLevelItem(0);
    QCOMPARE(item->text(CertificateExceptionsDialog::SubjectColumn), u"CN=selfsigned.test"_qs);
    QCOMPARE(item->text(CertificateExceptionsDialog::HostColumn), u"pop.example.org"_qs);
    const QByteArray digest = CertificateException::digestOf(certificate);
    QCOMPARE(item->text(CertificateExceptionsDialog::FingerprintColumn),
        CertificatePolicy::formatFingerprint(digest));
    QVERIFY(item->toolTip(0).contains(
        CertificateDialog::describeError(QSslError::SelfSignedCertificate)));

    auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("remove"));
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled()); // nothing selected yet
    item->setSelected(true);
    QVERIFY(remove->isEnabled());
    QSignalSpy removed(&dialog, &CertificateExceptionsDialog::exceptionRemoved);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toByteArray(), digest);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(CertificatePolicy(m_settings.get(), id).entries().isEmpty());
}

void TestFetchPrompts::passwordPromptSaysWhy_data()
{
    QTest::addColumn<PasswordPrompt::Reason>("reason");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none stored") << PasswordPrompt::Reason::NoPasswordStored << QString()
                                 << u"No password is stored"_qs;
    QTest::newRow("no keychain") << PasswordPrompt::Reason::NoKeychain << QString()
                                 << u"No keychain is available"_qs;
    QTest::newRow("keychain error") << PasswordPrompt::Reason::KeychainError
                                    << u"The keychain is locked."_qs << u"could not be read"_qs;
    QTest::newRow("refused") << PasswordPrompt::Reason::Refused
                             << u"invalid user name or password"_qs << u"refused"_qs;
}

void TestFetchPrompts::passwordPromptSaysWhy()
{
    QFETCH(PasswordPrompt::Reason, reason);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    PasswordPrompt::Request request;
    request.accountName = u"Work"_qs;
    request.user = u"max"_qs;
    request.host = u"pop.example.org"_qs;
    request.reason = reason;
    request.detail = detail;
    PasswordPrompt prompt(request);
    const QString text = labelText(&prompt, "reason");
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(text.contains(u"Work"_qs));
    QVERIFY(text.contains(detail));
    QCOMPARE(labelText(&prompt, "account"), u"Work"_qs);
    QVERIFY(labelText(&prompt, "user").contains(u"max"_qs));
    QVERIFY(labelText(&prompt, "user").contains(u"pop.example.org"_qs));

    auto* remember = prompt.findChild<QCheckBox*>(QStringLiteral("remember"));
    QVERIFY(remember && remember->isEnabled());
    auto* field = prompt.findChild<QLineEdit*>(QStringLiteral("password"));
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    auto* ok = prompt.findChildren<QPushButton*>().value(0);
    QVERIFY(ok && !ok->isEnabled()); // nothing typed yet
    QTest::keyClicks(field, Secret);
    QVERIFY(ok->isEnabled());
    QCOMPARE(prompt.password(), Secret);
    remember->setChecked(true);
    QVERIFY(prompt.remember());
    remember->setChecked(false);
    QVERIFY(!prompt.remember());
}

void TestFetchPrompts::passwordPromptWithoutKeychain()
{
    PasswordPrompt::Request request;
    request.accountName = u"Work"_qs;
    request.user = u"max"_qs;
    request.reason = PasswordPrompt::Reason::NoKeychain;
    request.keychainAvailable = false;
    PasswordPrompt prompt(request);
    auto* remember = prompt.findChild<QCheckBox*>(QStringLiteral("remember"));
    QVERIFY(remember);
    QVERIFY(!remember->isEnabled());
    QVERIFY(!prompt.remember());
    QVERIFY(labelText(&prompt, "rememberNote").contains(u"no keychain"_qs));
}

void TestFetchPrompts::passwordRefusalClassification_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<bool>("prompts");
    const int auth = int(Pop3Error::Kind::Authentication);
    const int server = int(Pop3Error::Kind::Server);
    QTest::newRow("[AUTH]") << auth << QByteArray("AUTH") << true << true;
    QTest::newRow("[auth] lower case") << auth << QByteArray("auth") << true << true;
    QTest::newRow("bare -ERR to PASS") << auth << QByteArray() << true << true;
    QTest::newRow("nothing sent yet") << auth << QByteArray() << false << false;
    QTest::newRow("[IN-USE]") << server << QByteArray("IN-USE") << true << false;
    QTest::newRow("[SYS/TEMP]") << server << QByteArray("SYS/TEMP") << true << false;
    QTest::newRow("[LOGIN-DELAY]") << server << QByteArray("LOGIN-DELAY") << true << false;
    // Even filed as an authentication failure, these codes are not the password's fault.
    QTest::newRow("auth kind, [IN-USE]") << auth << QByteArray("IN-USE") << true << false;
    QTest::newRow("auth kind, [SYS/TEMP]") << auth << QByteArray("SYS/TEMP") << true << false;
    QTest::newRow("auth kind, [LOGIN-DELAY]") << auth << QByteArray("LOGIN-DELAY") << true << false;
    QTest::newRow("network") << int(Pop3Error::Kind::Network) << QByteArray() << true << false;
}

void TestFetchPrompts::passwordRefusalClassification()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, code);
    QFETCH(bool, sent);
    QFETCH(bool, prompts);
    const Pop3Error error(Pop3Error::Kind(kind), u"refused"_qs, "text", code);
    QCOMPARE(FetchPrompter::isPasswordRefusal(error, sent), prompts);
}

void TestFetchPrompts::promptAfterAuthRefusalRemembersOnlyAfterLogin()
{
    startServer();
    const Account account = addAccount();
    // A wrong password known to the queue: the server answers -ERR [AUTH].
    m_fetches->setFixedPassword(account.id, u"not-the-password"_qs);
    QStringList answers {u"still-wrong"_qs, Secret};
    QList<PasswordPrompt::Request> asked;
    m_prompter->setPasswordAsker([&](const PasswordPrompt::Request& request) {
        asked.append(request);
        return std::optional<FetchPrompter::PasswordAnswer>(
            FetchPrompter::PasswordAnswer {answers.takeFirst(), true});
    });
    QSignalSpy finished(m_fetches.get(), &FetchQueue::accountFinished);
    QSignalSpy loggedIn(m_fetches.get(), &FetchQueue::loggedIn);
    QList<int> rememberedAfterLogins;
    connect(m_credentials.get(), &CredentialStore::rememberFinished, this,
        [&] { rememberedAfterLogins.append(int(loggedIn.count())); });

    m_fetches->enqueue(account);
    // refused, refused again (the second typed one), then fetched: one prompt per failure.
    QVERIFY(waitFinished(finished, 3));
    QCOMPARE(asked.size(), 2);
    for (const PasswordPrompt::Request& request : asked) {
        QCOMPARE(request.reason, PasswordPrompt::Reason::Refused);
        QCOMPARE(request.accountName, account.name);
        QCOMPARE(request.user, u"max"_qs);
        QVERIFY2(request.detail.contains(u"invalid user name or password"_qs),
            qPrintable(request.detail));
    }
    const auto first = finished.at(0).at(1).value<CheckMailJob::Result>();
    QCOMPARE(first.error.kind(), Pop3Error::Kind::Authentication);
    QCOMPARE(first.error.responseCode(), QByteArray("AUTH"));
    QVERIFY(!finished.at(0).at(2).toString().isEmpty()); // the status bar still hears of it
    const auto last = finished.at(2).at(1).value<CheckMailJob::Result>();
    QVERIFY2(!last.error.isError(), qPrintable(last.error.toString()));
    QVERIFY(last.retrieved > 0);
    // Kept once, and only after the login with the right one (the refused one never).
    QTRY_COMPARE(rememberedAfterLogins.size(), 1);
    QCOMPARE(loggedIn.count(), 1);
    QCOMPARE(rememberedAfterLogins.constFirst(), 1);
    QVERIFY(m_credentials->holdsInMemory(account.id)); // no keychain here: this run only
    verifyNoSecretInFiles();
}

void TestFetchPrompts::promptWhenNoPasswordStored()
{
    startServer();
    const Account account = addAccount();
    QList<PasswordPrompt::Request> asked;
    m_prompter->setPasswordAsker([&](const PasswordPrompt::Request& request) {
        asked.append(request);
        return std::optional<FetchPrompter::PasswordAnswer>(
            FetchPrompter::PasswordAnswer {Secret, false});
    });
    QSignalSpy finished(m_fetches.get(), &FetchQueue::accountFinished);
    QSignalSpy required(m_fetches.get(), &FetchQueue::passwordRequired);
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(finished, 2));
    QCOMPARE(required.count(), 1);
    QCOMPARE(asked.size(), 1);
    // Without a session bus there is no keychain: the prompt says so and cannot offer it.
    QCOMPARE(asked.constFirst().reason, PasswordPrompt::Reason::NoKeychain);
    QVERIFY(!asked.constFirst().keychainAvailable);
    const auto result = finished.at(1).at(1).value<CheckMailJob::Result>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QVERIFY(result.retrieved > 0);

    // Kept in memory for this run: the next check does not ask again.
    QTRY_VERIFY(m_credentials->holdsInMemory(account.id));
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(finished, 3));
    QCOMPARE(asked.size(), 1);
    QVERIFY(!finished.at(2).at(1).value<CheckMailJob::Result>().error.isError());
    verifyNoSecretInFiles();
}

void TestFetchPrompts::noPromptWhenServerBusy_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("[IN-USE]") << QByteArray("IN-USE");
    QTest::newRow("[SYS/TEMP]") << QByteArray("SYS/TEMP");
}

void TestFetchPrompts::noPromptWhenServerBusy()
{
    QFETCH(QByteArray, code);
    startServer();
    const Account account = addAccount();
    m_fetches->setFixedPassword(account.id, Secret);
    int asked = 0;
    m_prompter->setPasswordAsker([&](const PasswordPrompt::Request&) {
        ++asked;
        return std::optional<FetchPrompter::PasswordAnswer>();
    });

    QTcpSocket other;
    if (code == "IN-USE") {
        // Another mail program logged in and holds the maildrop lock (RFC 1939 §8).
        other.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(other.waitForConnected(5000));
        other.write("USER max\r\nPASS " + Secret.toUtf8() + "\r\n");
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            (seen += other.readAll()).contains("maildrop locked and ready"), 10000);
    } else {
        m_server->setMaxSessions(0); // every connection is turned away with [SYS/TEMP]
    }

    QSignalSpy finished(m_fetches.get(), &FetchQueue::accountFinished);
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(finished, 1));
    const auto result = finished.at(0).at(1).value<CheckMailJob::Result>();
    QCOMPARE(result.error.responseCode(), code);
    QVERIFY(result.error.kind() != Pop3Error::Kind::Authentication);
    QVERIFY(!finished.at(0).at(2).toString().isEmpty());
    QCOMPARE(asked, 0);
    QVERIFY(!m_prompter->isAsking());
}

void TestFetchPrompts::cancelledPromptStops()
{
    startServer();
    const Account account = addAccount();
    m_fetches->setFixedPassword(account.id, u"not-the-password"_qs);
    int asked = 0;
    m_prompter->setPasswordAsker([&](const PasswordPrompt::Request&) {
        ++asked;
        return std::optional<FetchPrompter::PasswordAnswer>();
    });
    QSignalSpy finished(m_fetches.get(), &FetchQueue::accountFinished);
    QSignalSpy answered(m_prompter.get(), &FetchPrompter::passwordAnswered);
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(finished, 1));
    QTest::qWait(300);
    QCOMPARE(asked, 1);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(1).toBool(), false);
    QCOMPARE(finished.count(), 1); // no new fetch, no new question
    QVERIFY(!m_fetches->isBusy());
}

void TestFetchPrompts::realPromptDialog()
{
    // The default asker: the real modal PasswordPrompt, typed into and confirmed.
    startServer();
    const Account account = addAccount();
    m_fetches->setFixedPassword(account.id, u"not-the-password"_qs);
    QString reason;
    bool typed = false;
    QTimer typer;
    typer.setInterval(50);
    connect(&typer, &QTimer::timeout, this, [&] {
        auto* prompt = qobject_cast<PasswordPrompt*>(QApplication::activeModalWidget());
        if (!prompt || typed) {
            return;
        }
        typed = true;
        reason = labelText(prompt, "reason");
        auto* field = prompt->findChild<QLineEdit*>(QStringLiteral("password"));
        QTest::keyClicks(field, Secret);
        QTest::keyClick(field, Qt::Key_Return);
    });
    typer.start();
    QSignalSpy finished(m_fetches.get(), &FetchQueue::accountFinished);
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(finished, 2));
    QVERIFY(typed);
    QVERIFY2(reason.contains(u"refused"_qs), qPrintable(reason));
    const auto result = finished.at(1).at(1).value<CheckMailJob::Result>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QVERIFY(result.retrieved > 0);
    verifyNoSecretInFiles();
}

QTEST_MAIN(TestFetchPrompts)
#include "tst_fetchprompts.moc"
