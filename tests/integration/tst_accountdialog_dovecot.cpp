// SPDX-License-Identifier: GPL-3.0-or-later
// The account dialog against a real dovecot: discovery (SRV answers from a fake resolver
// naming the dovecot on localhost, its certificate verified with the fixture's CA) fills in
// implicit TLS and the strongest mechanism; "Test connection" shows the capabilities and
// dovecot saw no login; OK checks the password with a real login before the keychain (a
// private gnome-keyring, KeyringSession) keeps it, and a refused one keeps the dialog open.
#include "../unit/FakeDnsResolver.h"
#include "DovecotFixture.h"
#include "KeyringSession.h"
#include "account/AccountDialog.h"
#include "account/AccountStore.h"
#include "account/CredentialStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Postbote;
using Postbote::Test::DovecotFixture;
using Postbote::Test::FakeDnsResolver;

namespace {

constexpr int WaitMs = 30000;
const QString User = QStringLiteral("max@example.org");
const QString Secret = QStringLiteral("Geheim-Dialog-4711");

template<typename T> T* child(const QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

} // namespace

class TestAccountDialogDovecot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void discoveryFillsImplicitTls();
    void testConnectionDoesNotLogIn();
    void okChecksAndStoresPassword();
    void refusedPasswordKeepsDialogOpen();

private:
    /// A dialog for example.org, filled by discovery.
    std::unique_ptr<AccountDialog> discovered();
    int loginsInLog() const { return int(m_dovecot.logText().count(u"Login: user=<"_qs)); }

    DovecotFixture m_dovecot;
    FakeDnsResolver m_resolver;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
};

void TestAccountDialogDovecot::initTestCase()
{
    m_dovecot.addUser(User, Secret);
    QString error;
    QVERIFY2(m_dovecot.start(&error), qPrintable(error));
    m_resolver.setRecords(QStringLiteral("_pop3s._tcp.example.org"),
        {SrvRecord {QStringLiteral("localhost"), m_dovecot.pop3sPort(), 10, 10}});
    m_resolver.setRecords(QStringLiteral("_pop3._tcp.example.org"),
        {SrvRecord {QStringLiteral("localhost"), m_dovecot.pop3Port(), 10, 10}});
}

void TestAccountDialogDovecot::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_store = std::make_unique<AccountStore>(m_home->filePath(QStringLiteral("accounts.ini")));
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("postbote-test-dialog"));
}

void TestAccountDialogDovecot::cleanup()
{
    m_credentials.reset();
    m_store.reset();
    QFile ini(m_home->filePath(QStringLiteral("accounts.ini")));
    if (ini.open(QIODevice::ReadOnly)) {
        QVERIFY(!ini.readAll().contains(Secret.toUtf8()));
    }
    m_home.reset();
}

std::unique_ptr<AccountDialog> TestAccountDialogDovecot::discovered()
{
    auto dialog = std::make_unique<AccountDialog>(m_store.get(), m_credentials.get());
    dialog->setDnsResolver(&m_resolver);
    dialog->setCaCertificates(m_dovecot.caCertificates());
    dialog->show();
    child<QLineEdit>(dialog.get(), "email")->setText(User);
    QSignalSpy finished(dialog.get(), &AccountDialog::discoveryFinished);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "findServer"), Qt::LeftButton);
    if (finished.isEmpty()) {
        finished.wait(WaitMs);
    }
    return dialog;
}

void TestAccountDialogDovecot::discoveryFillsImplicitTls()
{
    const auto dialog = discovered();
    QVERIFY(!dialog->isBusy());
    const Account account = dialog->account();
    QCOMPARE(account.host, u"localhost"_qs);
    QCOMPARE(account.port, int(m_dovecot.pop3sPort()));
    QCOMPARE(account.security, Security::ImplicitTls);
    QVERIFY2(account.auth != AuthMethod::Auto && !Account::isCleartextMethod(account.auth),
        qPrintable(authMethodName(account.auth)));
    QCOMPARE(account.user, User);
    const QString status = child<QLabel>(dialog.get(), "discoveryStatus")->text();
    QVERIFY2(status.contains(u"certificate verified"), qPrintable(status));
    QVERIFY(!child<QLabel>(dialog.get(), "cleartextWarning")->isVisible());
    QVERIFY(dialog->problems().isEmpty());
}

void TestAccountDialogDovecot::testConnectionDoesNotLogIn()
{
    const auto dialog = discovered();
    child<QLineEdit>(dialog.get(), "password")->setText(Secret);
    QStringList sent;
    connect(dialog.get(), &AccountDialog::traffic, this, [&](const ProtocolEvent& event) {
        if (event.direction == ProtocolEvent::Direction::Client) {
            sent.append(event.text);
        }
    });
    const int loginsBefore = loginsInLog();
    QSignalSpy tested(dialog.get(), &AccountDialog::connectionTested);
    dialog->testConnection();
    QVERIFY(tested.wait(WaitMs));
    const QString text = child<QLabel>(dialog.get(), "testResult")->text();
    QVERIFY2(text.contains(u"TLS, certificate verified"), qPrintable(text));
    QVERIFY2(text.contains(u"UIDL: yes"), qPrintable(text));
    QVERIFY2(text.contains(u"TOP: yes"), qPrintable(text));
    QVERIFY2(text.contains(u"PIPELINING: yes"), qPrintable(text));
    QVERIFY2(text.contains(u"SCRAM") || text.contains(u"CRAM-MD5"), qPrintable(text));
    for (const QString& line : sent) {
        QVERIFY2(!line.startsWith(u"PASS") && !line.startsWith(u"USER") && !line.startsWith(u"AUTH")
                && !line.startsWith(u"APOP"),
            qPrintable(line));
    }
    QTest::qWait(200); // let dovecot write its log
    QCOMPARE(loginsInLog(), loginsBefore);
    QVERIFY(!m_dovecot.logText().contains(Secret));
}

void TestAccountDialogDovecot::okChecksAndStoresPassword()
{
    const auto dialog = discovered();
    child<QLineEdit>(dialog.get(), "password")->setText(Secret);
    const int loginsBefore = loginsInLog();
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->result(), int(QDialog::Accepted), WaitMs);
    QTRY_VERIFY(loginsInLog() > loginsBefore);
    const Account account = dialog->account();
    QVERIFY(m_store->find(account.id).has_value());
    QSignalSpy read(m_credentials.get(), &CredentialStore::readFinished);
    m_credentials->read(account.id);
    QVERIFY(read.size() == 1 || read.wait(WaitMs));
    QCOMPARE(read.first().at(1).toString(), Secret);
    QVERIFY(!m_credentials->isMemoryOnly());
    QSignalSpy removed(m_credentials.get(), &CredentialStore::removeFinished);
    m_credentials->remove(account.id);
    QVERIFY(removed.size() == 1 || removed.wait(WaitMs));
}

void TestAccountDialogDovecot::refusedPasswordKeepsDialogOpen()
{
    const auto dialog = discovered();
    child<QLineEdit>(dialog.get(), "password")->setText(QStringLiteral("not-the-password"));
    QSignalSpy checked(dialog.get(), &AccountDialog::loginChecked);
    dialog->accept();
    QVERIFY(checked.wait(WaitMs));
    QCOMPARE(checked.first().first().toBool(), false);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->fieldMessage(u"password"_qs).contains(u"login failed"));
    QVERIFY(m_store->accounts().isEmpty());
    QSignalSpy read(m_credentials.get(), &CredentialStore::readFinished);
    m_credentials->read(dialog->account().id);
    QVERIFY(read.size() == 1 || read.wait(WaitMs));
    QCOMPARE(read.first().at(2).value<CredentialError>().kind(), CredentialError::Kind::NotFound);
}

int main(int argc, char** argv)
{
    const int outer = Postbote::Test::runInsidePrivateKeyring(argc, argv);
    if (outer >= 0) {
        return outer;
    }
    QApplication app(argc, argv);
    qputenv("LANGUAGE", "en");
    TestAccountDialogDovecot test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountdialog_dovecot.moc"
