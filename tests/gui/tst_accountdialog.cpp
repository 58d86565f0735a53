// SPDX-License-Identifier: GPL-3.0-or-later
// The account dialog against the built-in demo server (in-process on 127.0.0.1, discovery
// pointed at it through a fake resolver): filled from discovery, validation messages next to
// the fields, the clear-text warning, "Test connection" without the password, OK that keeps
// the password only after a login worked, and removal with and without the archive. It runs
// inside a private D-Bus session with gnome-keyring (KeyringSession), so the password goes
// to a real, throwaway keychain.
#include "../unit/FakeDnsResolver.h"
#include "KeyringSession.h"
#include "account/AccountDialog.h"
#include "account/AccountPaths.h"
#include "account/AccountRemoval.h"
#include "account/AccountRemover.h"
#include "account/AccountStore.h"
#include "account/CredentialStore.h"
#include "server/DemoPop3Server.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace Postbote;
using Postbote::Test::FakeDnsResolver;

namespace {

constexpr int WaitMs = 20000;
const QString Secret = QStringLiteral("Sp4tz-im-Netz-93");

template<typename T> T* child(const QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

QString errorOf(const AccountDialog& dialog, const char* field)
{
    const QLabel* label = dialog.findChild<QLabel*>(QLatin1String(field) + QStringLiteral("Error"));
    return label && !label->isHidden() ? label->text() : QString();
}

bool okEnabled(const AccountDialog& dialog)
{
    const auto buttons = dialog.findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->text() == u"OK") {
            return button->isEnabled();
        }
    }
    return false;
}

void selectData(QComboBox* box, int value)
{
    box->setCurrentIndex(box->findData(value));
}

/// Files below \a root whose content holds \a needle.
QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            hits.append(file.fileName());
        }
    }
    return hits;
}

} // namespace

class TestAccountDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanupTestCase();

    void filledFromDiscovery();
    void discoveryCancelled();
    void validationMessages_data();
    void validationMessages();
    void cleartextWarning();
    void testConnectionSendsNoPassword();
    void testConnectionAlsoLogsIn();
    void okStoresAccountAndPassword();
    void failingLoginKeepsDialogOpen();
    void editKeepsId();
    void removal_data();
    void removal();
    void retranslatesOnLanguageChange();

private:
    /// A valid account for the demo server, typed into \a dialog.
    void fillForDemo(AccountDialog& dialog, const QString& password);
    QString readPassword(const QString& accountId, CredentialError* error = nullptr);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<DemoPop3Server> m_demo;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    QString m_iniPath;
    QStringList m_iniFiles;
};

void TestAccountDialog::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_home->filePath(QStringLiteral("config")));
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
    m_iniPath = m_home->filePath(QStringLiteral("config/accounts.ini"));
    m_store = std::make_unique<AccountStore>(m_iniPath);
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("postbote-test-dialog"));
    m_demo = std::make_unique<DemoPop3Server>();
    m_demo->setCredentials(QStringLiteral("max"), Secret);
    QVERIFY2(m_demo->listen(), qPrintable(m_demo->errorString()));
}

void TestAccountDialog::cleanup()
{
    m_demo.reset();
    m_credentials.reset();
    m_store.reset();
    // No password in any settings file, or anywhere else in the test's home.
    const QStringList hits = filesContaining(m_home->path(), Secret.toUtf8());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_qs)));
    m_home.reset();
}

void TestAccountDialog::cleanupTestCase()
{ }

void TestAccountDialog::fillForDemo(AccountDialog& dialog, const QString& password)
{
    child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Demo test"));
    child<QLineEdit>(&dialog, "host")->setText(QStringLiteral("127.0.0.1"));
    selectData(child<QComboBox>(&dialog, "security"), int(Security::None));
    child<QLineEdit>(&dialog, "port")->setText(QString::number(m_demo->serverPort()));
    selectData(child<QComboBox>(&dialog, "auth"), int(AuthMethod::UserPass));
    child<QCheckBox>(&dialog, "allowCleartext")->setChecked(true);
    child<QLineEdit>(&dialog, "user")->setText(QStringLiteral("max"));
    child<QLineEdit>(&dialog, "password")->setText(password);
}

QString TestAccountDialog::readPassword(const QString& accountId, CredentialError* error)
{
    QSignalSpy spy(m_credentials.get(), &CredentialStore::readFinished);
    m_credentials->read(accountId);
    if (spy.isEmpty() && !spy.wait(WaitMs)) {
        return {};
    }
    if (error) {
        *error = spy.first().at(2).value<CredentialError>();
    }
    return spy.first().at(1).toString();
}

void TestAccountDialog::filledFromDiscovery()
{
    FakeDnsResolver resolver;
    resolver.setRecords(QStringLiteral("_pop3s._tcp.example.org"), {});
    resolver.setRecords(QStringLiteral("_pop3._tcp.example.org"),
        {SrvRecord {QStringLiteral("127.0.0.1"), m_demo->serverPort(), 10, 10}});
    AccountDialog dialog(m_store.get(), m_credentials.get());
    dialog.setDnsResolver(&resolver);
    dialog.show();
    child<QLineEdit>(&dialog, "email")->setText(QStringLiteral("max@example.org"));
    QSignalSpy finished(&dialog, &AccountDialog::discoveryFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "findServer"), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(child<QPushButton>(&dialog, "cancelDiscovery")->isVisible());
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(!dialog.isBusy());

    const Account found = dialog.account();
    QCOMPARE(found.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(found.port, int(m_demo->serverPort()));
    QCOMPARE(found.security, Security::None); // the demo server has no STLS
    // The greeting's timestamp offers APOP, the strongest the demo server has.
    QCOMPARE(found.auth, AuthMethod::Apop);
    QCOMPARE(found.user, QStringLiteral("max@example.org"));
    QCOMPARE(found.name, QStringLiteral("max@example.org"));
    QVERIFY(child<QLabel>(&dialog, "discoveryStatus")->text().contains(u"127.0.0.1"));
    QVERIFY(child<QLabel>(&dialog, "testResult")->text().contains(u"UIDL: yes"));
    // A plain connection: warned about and blocked until explicitly allowed.
    QVERIFY(child<QLabel>(&dialog, "cleartextWarning")->isVisible());
    QVERIFY(!errorOf(dialog, "security").isEmpty());
    QVERIFY(!okEnabled(dialog));
    child<QCheckBox>(&dialog, "allowCleartext")->setChecked(true);
    QVERIFY(errorOf(dialog, "security").isEmpty());
    QVERIFY(okEnabled(dialog));
    QVERIFY(child<QLabel>(&dialog, "cleartextWarning")->isVisible());
}

void TestAccountDialog::discoveryCancelled()
{
    FakeDnsResolver resolver;
    resolver.hold(QStringLiteral("_pop3s._tcp.example.org"));
    resolver.hold(QStringLiteral("_pop3._tcp.example.org"));
    AccountDialog dialog(m_store.get(), m_credentials.get());
    dialog.setDnsResolver(&resolver);
    dialog.show();
    child<QLineEdit>(&dialog, "email")->setText(QStringLiteral("max@example.org"));
    QSignalSpy finished(&dialog, &AccountDialog::discoveryFinished);
    dialog.findServer();
    QVERIFY(dialog.isBusy());
    QVERIFY(!child<QLabel>(&dialog, "discoveryStatus")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelDiscovery"), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(WaitMs));
    QVERIFY(!dialog.isBusy());
    QVERIFY(child<QLabel>(&dialog, "discoveryStatus")->text().contains(u"stopped"));
    QVERIFY(dialog.account().host.isEmpty());
    QCOMPARE(resolver.cancelledIds().size(), 2);
}

void TestAccountDialog::validationMessages_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("auth");
    QTest::addColumn<bool>("allowCleartext");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QString>("words");

    const int tls = int(Security::ImplicitTls);
    const int none = int(Security::None);
    const int autoAuth = int(AuthMethod::Auto);
    const int user = int(AuthMethod::UserPass);
    QTest::newRow("valid") << u"pop.example.org"_qs << u"995"_qs << tls << autoAuth << false
                           << QString() << QString();
    QTest::newRow("host with space and empty label")
        << u"exa mple..org"_qs << u"995"_qs << tls << autoAuth << false << u"host"_qs
        << u"not a valid server name"_qs;
    QTest::newRow("host empty") << QString() << u"995"_qs << tls << autoAuth << false << u"host"_qs
                                << u"server name is missing"_qs;
    QTest::newRow("port 0") << u"pop.example.org"_qs << u"0"_qs << tls << autoAuth << false
                            << u"port"_qs << u"not 0"_qs;
    QTest::newRow("port 70000") << u"pop.example.org"_qs << u"70000"_qs << tls << autoAuth << false
                                << u"port"_qs << u"not 70000"_qs;
    QTest::newRow("USER over plain, not allowed")
        << u"pop.example.org"_qs << u"110"_qs << none << user << false << u"auth"_qs
        << u"clear text"_qs;
    QTest::newRow("USER over plain, allowed")
        << u"pop.example.org"_qs << u"110"_qs << none << user << true << QString() << QString();
    QTest::newRow("plain connection, not allowed")
        << u"pop.example.org"_qs << u"110"_qs << none << int(AuthMethod::CramMd5) << false
        << u"security"_qs << u"unencrypted"_qs;
}

void TestAccountDialog::validationMessages()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(int, security);
    QFETCH(int, auth);
    QFETCH(bool, allowCleartext);
    QFETCH(QString, field);
    QFETCH(QString, words);

    AccountDialog dialog(m_store.get(), m_credentials.get());
    dialog.show();
    child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Work"));
    child<QLineEdit>(&dialog, "user")->setText(QStringLiteral("max"));
    child<QLineEdit>(&dialog, "host")->setText(host);
    selectData(child<QComboBox>(&dialog, "security"), security);
    child<QLineEdit>(&dialog, "port")->setText(port);
    selectData(child<QComboBox>(&dialog, "auth"), auth);
    child<QCheckBox>(&dialog, "allowCleartext")->setChecked(allowCleartext);
    // The host field starts untouched when empty: OK must still reveal its message.
    if (host.isEmpty()) {
        dialog.accept();
    }

    const QStringList fields {
        u"name"_qs, u"host"_qs, u"port"_qs, u"security"_qs, u"auth"_qs, u"user"_qs};
    for (const QString& f : fields) {
        const QString message = errorOf(dialog, f.toLatin1().constData());
        if (f == field) {
            QVERIFY2(message.contains(words, Qt::CaseInsensitive), qPrintable(message));
            QCOMPARE(dialog.fieldMessage(f), message);
        } else {
            QVERIFY2(message.isEmpty(), qPrintable(f + u": "_qs + message));
        }
    }
    QCOMPARE(okEnabled(dialog), field.isEmpty());
    // OK refuses: nothing is stored while a problem remains.
    dialog.accept();
    QCOMPARE(dialog.result() == QDialog::Accepted, field.isEmpty());
    QCOMPARE(m_store->accounts().size(), field.isEmpty() ? 1 : 0);
}

void TestAccountDialog::cleartextWarning()
{
    AccountDialog dialog(m_store.get(), m_credentials.get());
    dialog.show();
    auto* warning = child<QLabel>(&dialog, "cleartextWarning");
    auto* allow = child<QCheckBox>(&dialog, "allowCleartext");
    auto* security = child<QComboBox>(&dialog, "security");
    auto* auth = child<QComboBox>(&dialog, "auth");
    QVERIFY(!warning->isVisible());
    QVERIFY(!allow->isVisible());

    selectData(security, int(Security::None));
    QVERIFY(warning->isVisible());
    QVERIFY(allow->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "port")->text(), u"110"_qs);
    selectData(auth, int(AuthMethod::Plain));
    QVERIFY(warning->text().contains(u"read your password"));
    allow->setChecked(true); // allowed, but still unsafe: the warning stays
    QVERIFY(warning->isVisible());

    selectData(security, int(Security::StartTls));
    QVERIFY(!warning->isVisible());
    QVERIFY(!allow->isVisible());
    QVERIFY(!dialog.account().allowCleartext);
    selectData(security, int(Security::ImplicitTls));
    QVERIFY(!warning->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "port")->text(), u"995"_qs);
}

void TestAccountDialog::testConnectionSendsNoPassword()
{
    AccountDialog dialog(m_store.get(), m_credentials.get());
    dialog.show();
    fillForDemo(dialog, Secret);
    QStringList sent;
    QStringList all;
    connect(&dialog, &AccountDialog::traffic, this, [&](const ProtocolEvent& event) {
        all.append(event.text);
        if (event.direction == ProtocolEvent::Direction::Client) {
            sent.append(event.text);
        }
    });
    QSignalSpy tested(&dialog, &AccountDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    QVERIFY(tested.wait(WaitMs));

    const QString text = child<QLabel>(&dialog, "testResult")->text();
    QVERIFY2(text.contains(u"Security: unencrypted"), qPrintable(text));
    QVERIFY2(text.contains(u"USER/PASS"), qPrintable(text));
    QVERIFY2(text.contains(u"PIPELINING: yes"), qPrintable(text));
    QVERIFY2(text.contains(u"UIDL: yes"), qPrintable(text));
    QVERIFY2(text.contains(u"TOP: yes"), qPrintable(text));
    QVERIFY2(text.contains(u"EXPIRE: "), qPrintable(text));
    QVERIFY(dialog.lastProbe().has_value() && dialog.lastProbe()->usable);
    QVERIFY2(sent.contains(u"CAPA"), qPrintable(sent.join(u" | "_qs)));
    for (const QString& line : sent) {
        QVERIFY2(!line.startsWith(u"PASS") && !line.startsWith(u"USER") && !line.startsWith(u"AUTH")
                && !line.startsWith(u"APOP"),
            qPrintable(line));
    }
    QVERIFY(!all.join(u'\n').contains(Secret));
    QCOMPARE(m_store->accounts().size(), 0); // a test stores nothing
}

void TestAccountDialog::testConnectionAlsoLogsIn()
{
    AccountDialog dialog(m_store.get(), m_credentials.get());
    dialog.show();
    fillForDemo(dialog, Secret);
    child<QCheckBox>(&dialog, "alsoLogIn")->setChecked(true);
    QStringList sent;
    connect(&dialog, &AccountDialog::traffic, this, [&](const ProtocolEvent& event) {
        if (event.direction == ProtocolEvent::Direction::Client) {
            sent.append(event.text);
        }
    });
    QSignalSpy tested(&dialog, &AccountDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(WaitMs));
    const QString text = child<QLabel>(&dialog, "testResult")->text();
    QVERIFY2(text.contains(u"Login succeeded"), qPrintable(text));
    // Asked for: USER and PASS were sent, the password masked in the trace.
    QVERIFY2(sent.filter(u"PASS"_qs).size() == 1, qPrintable(sent.join(u" | "_qs)));
    QVERIFY(!sent.join(u'\n').contains(Secret));
    CredentialError error;
    readPassword(dialog.account().id, &error);
    QCOMPARE(error.kind(), CredentialError::Kind::NotFound); // a test keeps nothing
}

void TestAccountDialog::okStoresAccountAndPassword()
{
    AccountDialog dialog(m_store.get(), m_credentials.get());
    dialog.show();
    fillForDemo(dialog, Secret);
    QSignalSpy checked(&dialog, &AccountDialog::loginChecked);
    dialog.accept();
    QVERIFY(dialog.isBusy());
    QVERIFY(child<QLabel>(&dialog, "busyStatus")->text().contains(u"Checking the password"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), WaitMs);
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.first().first().toBool(), true);

    const Account stored = dialog.account();
    const std::optional<Account> found = m_store->find(stored.id);
    QVERIFY(found.has_value());
    QCOMPARE(*found, stored);
    QCOMPARE(found->host, u"127.0.0.1"_qs);
    QVERIFY(found->allowCleartext);
    CredentialError error;
    QCOMPARE(readPassword(stored.id, &error), Secret);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QVERIFY(!m_credentials->isMemoryOnly()); // the private keyring took it
    m_store->settings()->sync();
    QFile ini(m_iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    QVERIFY(content.contains("127.0.0.1"));
    QVERIFY(!content.contains(Secret.toUtf8()));
    m_credentials->remove(stored.id);
}

void TestAccountDialog::failingLoginKeepsDialogOpen()
{
    AccountDialog dialog(m_store.get(), m_credentials.get());
    dialog.show();
    fillForDemo(dialog, QStringLiteral("wrong-password"));
    QSignalSpy checked(&dialog, &AccountDialog::loginChecked);
    dialog.accept();
    QVERIFY(checked.wait(WaitMs));
    QCOMPARE(checked.first().first().toBool(), false);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    const QString message = errorOf(dialog, "password");
    QVERIFY2(message.contains(u"login failed"), qPrintable(message));
    QCOMPARE(m_store->accounts().size(), 0);
    CredentialError error;
    readPassword(dialog.account().id, &error);
    QCOMPARE(error.kind(), CredentialError::Kind::NotFound);

    // Without a password the account itself may be saved; the keychain stays untouched.
    child<QLineEdit>(&dialog, "password")->clear();
    QVERIFY(errorOf(dialog, "password").isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->accounts().size(), 1);
    readPassword(dialog.account().id, &error);
    QCOMPARE(error.kind(), CredentialError::Kind::NotFound);
}

void TestAccountDialog::editKeepsId()
{
    Account account = Account::create();
    account.name = QStringLiteral("Work");
    account.host = QStringLiteral("pop.example.org");
    account.user = QStringLiteral("max");
    account.retention = RetentionPolicy::keepDays(30);
    account.retention.maxMessageBytes = 2 * 1024 * 1024;
    account.retention.allowNoUidl = true;
    account.checkIntervalMinutes = 15;
    account.pipelining = PipeliningMode::Off;
    QVERIFY(m_store->add(account));
    AccountDialog dialog(m_store.get(), m_credentials.get(), account);
    QVERIFY(!dialog.isNewAccount());
    QCOMPARE(dialog.account(), account); // every field round-trips through the widgets
    QVERIFY(okEnabled(dialog));
    child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Office"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->accounts().size(), 1);
    QCOMPARE(m_store->find(account.id)->name, u"Office"_qs);
    QCOMPARE(m_store->find(account.id)->retention, account.retention);
}

void TestAccountDialog::removal_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("choice");
    QTest::newRow("keep") << u"keepArchive"_qs << int(AccountRemoval::Choice::KeepArchive);
    QTest::newRow("delete") << u"deleteArchive"_qs << int(AccountRemoval::Choice::DeleteArchive);
    QTest::newRow("cancel") << u"cancel"_qs << int(AccountRemoval::Choice::Cancel);
}

void TestAccountDialog::removal()
{
    QFETCH(QString, button);
    QFETCH(int, choice);

    Account account = Account::create();
    account.name = QStringLiteral("Old");
    account.host = QStringLiteral("pop.example.org");
    account.user = QStringLiteral("max");
    QVERIFY(m_store->add(account));
    const QString archive = AccountPaths::archiveDirectory(account.id);
    QVERIFY(archive.startsWith(m_home->path()));
    QVERIFY(QDir().mkpath(archive + u"/cur"_qs));
    QFile mail(archive + u"/cur/1.eml"_qs);
    QVERIFY(mail.open(QIODevice::WriteOnly));
    mail.write("Subject: kept?\r\n\r\nbody\r\n");
    mail.close();

    std::unique_ptr<QMessageBox> box(AccountRemoval::createQuestion(account));
    QVERIFY(box->text().contains(u"Old"));
    QCOMPARE(box->defaultButton()->objectName(), u"keepArchive"_qs);
    QTimer::singleShot(0, box.get(),
        [&] { QTest::mouseClick(box->findChild<QPushButton*>(button), Qt::LeftButton); });
    box->exec();
    const auto answer = AccountRemoval::choiceOf(box.get());
    QCOMPARE(int(answer), choice);

    if (answer != AccountRemoval::Choice::Cancel) {
        AccountRemover remover(m_store.get(), m_credentials.get());
        QSignalSpy finished(&remover, &AccountRemover::finished);
        QVERIFY(remover.remove(account.id, answer == AccountRemoval::Choice::DeleteArchive));
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(finished.first().at(1).toString(), QString());
    }
    QCOMPARE(m_store->find(account.id).has_value(), answer == AccountRemoval::Choice::Cancel);
    QCOMPARE(
        QFile::exists(archive + u"/cur/1.eml"_qs), answer != AccountRemoval::Choice::DeleteArchive);
    // An empty id never names the folder of all archives.
    QVERIFY(!AccountRemover::deleteArchive(QString()));
    QVERIFY(QDir(AccountPaths::dataDirectory() + u"/accounts"_qs).exists());
}

namespace {

/// Marks every string of the account dialog's contexts, to see what is retranslated.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(
        const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QByteArray name(context);
        if (name == "Postbote::AccountDialog" || name == "Postbote::RetentionEditor"
            || name == "Postbote::AccountValidator") {
            return u"[T] "_qs + QString::fromUtf8(source);
        }
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestAccountDialog::retranslatesOnLanguageChange()
{
    AccountDialog dialog(m_store.get(), m_credentials.get());
    dialog.show();
    child<QLineEdit>(&dialog, "host")->setText(QStringLiteral("exa mple..org"));
    selectData(child<QComboBox>(&dialog, "security"), int(Security::None));
    QVERIFY(!child<QPushButton>(&dialog, "findServer")->text().startsWith(u"[T]"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents();
    QVERIFY(child<QPushButton>(&dialog, "findServer")->text().startsWith(u"[T]"));
    QVERIFY(dialog.windowTitle().startsWith(u"[T]"));
    QVERIFY(errorOf(dialog, "host").startsWith(u"[T]"));
    QVERIFY(child<QLabel>(&dialog, "cleartextWarning")->text().startsWith(u"[T]"));
    QVERIFY(child<QComboBox>(&dialog, "retentionMode")->itemText(0).startsWith(u"[T]"));
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    QVERIFY(!child<QPushButton>(&dialog, "findServer")->text().startsWith(u"[T]"));
}

int main(int argc, char** argv)
{
    const int outer = Postbote::Test::runInsidePrivateKeyring(argc, argv);
    if (outer >= 0) {
        return outer;
    }
    QApplication app(argc, argv);
    qputenv("LANGUAGE", "en");
    TestAccountDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountdialog.moc"
