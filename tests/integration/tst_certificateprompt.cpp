// SPDX-License-Identifier: GPL-3.0-or-later
// FetchPrompter's certificate dialog against the demo server behind TLS with a self-signed
// certificate: what the dialog shows, and what each answer does — reject sends nothing, accept
// once fetches and asks again next time, always accept fetches and stays quiet until the
// server shows a different certificate.
#include "TlsDemoServer.h"
#include "account/AccountStore.h"
#include "account/CertificateDialog.h"
#include "account/CertificatePolicy.h"
#include "account/CredentialStore.h"
#include "account/FetchPrompter.h"
#include "net/CertificateException.h"
#include "sync/AccountArchives.h"
#include "sync/FetchQueue.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Postbote;
using Postbote::Test::TlsDemoServer;

namespace {

const QString Secret = QStringLiteral("Geheim-5k!T-certificates");

} // namespace

class TestCertificatePrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rejectSendsNothing();
    void acceptOnceAsksAgain();
    void acceptAlwaysUntilCertificateChanges();
    void realDialogShowsCertificate();

private:
    Account addAccount(quint16 port, const QString& host = QStringLiteral("localhost"));
    bool waitFinished(int count);
    CheckMailJob::Result resultAt(int index) const;
    bool credentialsSent() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<AccountArchives> m_archives;
    std::unique_ptr<FetchQueue> m_fetches;
    std::unique_ptr<FetchPrompter> m_prompter;
    std::unique_ptr<QSignalSpy> m_finished;
    std::unique_ptr<TlsDemoServer> m_server;
    QList<FetchPrompter::CertificateQuestion> m_questions;
    QList<CertificateDialog::Decision> m_answers;
    QStringList m_clientLines;
};

void TestCertificatePrompt::initTestCase()
{
    qputenv("LANGUAGE", "en");
}

void TestCertificatePrompt::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
    m_settings = std::make_unique<QSettings>(
        m_home->filePath(QStringLiteral("config/postbote.ini")), QSettings::IniFormat);
    m_accounts = std::make_unique<AccountStore>(m_settings.get());
    m_archives = std::make_unique<AccountArchives>();
    // The password is the queue's (as for the demo account): this test is about certificates.
    m_fetches = std::make_unique<FetchQueue>(m_archives.get(), nullptr, m_settings.get());
    m_prompter = std::make_unique<FetchPrompter>(
        m_fetches.get(), m_accounts.get(), nullptr, m_settings.get(), nullptr);
    m_finished = std::make_unique<QSignalSpy>(m_fetches.get(), &FetchQueue::accountFinished);
    m_questions.clear();
    m_answers.clear();
    m_clientLines.clear();
    connect(m_fetches.get(), &FetchQueue::traffic, this, [this](const ProtocolEvent& event) {
        if (event.direction == ProtocolEvent::Direction::Client) {
            m_clientLines.append(event.text);
        }
    });
    m_prompter->setCertificateAsker([this](const FetchPrompter::CertificateQuestion& question) {
        m_questions.append(question);
        return m_answers.isEmpty() ? CertificateDialog::Decision::Reject : m_answers.takeFirst();
    });
    m_server = std::make_unique<TlsDemoServer>();
    QString error;
    QVERIFY2(m_server->setUp(QStringLiteral("localhost"), &error), qPrintable(error));
    m_server->setPassword(Secret);
}

void TestCertificatePrompt::cleanup()
{
    if (m_fetches) {
        m_fetches->cancel();
    }
    // Nothing secret in any file the run left behind.
    if (m_settings) {
        m_settings->sync();
        QDirIterator files(
            m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(Secret.toUtf8()), qPrintable(path));
        }
    }
    m_finished.reset();
    m_prompter.reset();
    m_fetches.reset();
    m_archives.reset();
    m_accounts.reset();
    m_settings.reset();
    m_server.reset();
    m_home.reset();
}

Account TestCertificatePrompt::addAccount(quint16 port, const QString& host)
{
    Account account = Account::create();
    account.name = QStringLiteral("Selfsigned");
    account.host = host;
    account.port = port;
    account.security = Security::ImplicitTls;
    account.auth = AuthMethod::UserPass;
    account.user = QStringLiteral("max");
    QString error;
    if (!m_accounts->add(account, &error)) {
        qWarning("%s", qPrintable(error));
    }
    m_fetches->setFixedPassword(account.id, Secret);
    return account;
}

bool TestCertificatePrompt::waitFinished(int count)
{
    if (!QTest::qWaitFor([&] { return m_finished->count() >= count; }, 30000)) {
        qWarning("only %d of %d fetches finished", int(m_finished->count()), count);
        return false;
    }
    QTest::qWait(200); // a question or a new fetch would come now
    if (m_finished->count() != count || m_fetches->isBusy()) {
        qWarning("%d fetches finished, expected %d", int(m_finished->count()), count);
        return false;
    }
    return true;
}

CheckMailJob::Result TestCertificatePrompt::resultAt(int index) const
{
    return m_finished->at(index).at(1).value<CheckMailJob::Result>();
}

bool TestCertificatePrompt::credentialsSent() const
{
    for (const QString& line : m_clientLines) {
        for (const char* command : {"USER", "PASS", "APOP", "AUTH"}) {
            if (line.startsWith(QLatin1String(command), Qt::CaseInsensitive)) {
                return true;
            }
        }
    }
    return false;
}

void TestCertificatePrompt::rejectSendsNothing()
{
    const Account account = addAccount(m_server->serverPort());
    m_answers = {CertificateDialog::Decision::Reject};
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(1));

    QCOMPARE(m_questions.size(), 1);
    const FetchPrompter::CertificateQuestion& question = m_questions.constFirst();
    QCOMPARE(question.accountId, account.id);
    QCOMPARE(question.host, u"localhost"_qs);
    QVERIFY(!question.chain.isEmpty());
    QCOMPARE(question.chain.constFirst(), m_server->certificate());
    bool selfSigned = false;
    for (const QSslError& error : question.errors) {
        selfSigned |= error.error() == QSslError::SelfSignedCertificate;
    }
    QVERIFY(selfSigned);

    const CheckMailJob::Result result = resultAt(0);
    QCOMPARE(result.error.kind(), Pop3Error::Kind::SecurityRefusal);
    QVERIFY(!m_finished->at(0).at(2).toString().isEmpty()); // the status bar's sentence
    QCOMPARE(result.retrieved, 0);
    // The handshake never finished: the server could not have read a single command.
    QVERIFY(m_server->connections() >= 1);
    QCOMPARE(m_server->encryptedConnections(), 0);
    QVERIFY2(!credentialsSent(), qPrintable(m_clientLines.join(u'\n')));
    QVERIFY(CertificatePolicy(m_settings.get(), account.id).entries().isEmpty());
}

void TestCertificatePrompt::acceptOnceAsksAgain()
{
    const Account account = addAccount(m_server->serverPort());
    m_answers = {CertificateDialog::Decision::AcceptOnce};
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(2)); // refused, then fetched with the one-time exception
    QCOMPARE(m_questions.size(), 1);
    const CheckMailJob::Result fetched = resultAt(1);
    QVERIFY2(!fetched.error.isError(), qPrintable(fetched.error.toString()));
    QVERIFY(fetched.retrieved > 0);
    QCOMPARE(m_server->encryptedConnections(), 1);
    // Nothing stored for good.
    QVERIFY(CertificatePolicy(m_settings.get(), account.id).entries().isEmpty());

    // The next fetch asks again; this time the answer is no.
    m_answers = {CertificateDialog::Decision::Reject};
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(3));
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(resultAt(2).error.kind(), Pop3Error::Kind::SecurityRefusal);
    QCOMPARE(m_server->encryptedConnections(), 1);
}

void TestCertificatePrompt::acceptAlwaysUntilCertificateChanges()
{
    Account account = addAccount(m_server->serverPort());
    m_answers = {CertificateDialog::Decision::AcceptAlways};
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(2));
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(!resultAt(1).error.isError(), qPrintable(resultAt(1).error.toString()));
    QVERIFY(resultAt(1).retrieved > 0);
    const QList<CertificatePolicy::Entry> entries
        = CertificatePolicy(m_settings.get(), account.id).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().sha256, CertificateException::digestOf(m_server->certificate()));
    QVERIFY(!CertificatePolicy(m_settings.get(), account.id).pending());

    // Not asked again: fetched at once (nothing new to retrieve, but no error).
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(3));
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(!resultAt(2).error.isError(), qPrintable(resultAt(2).error.toString()));

    // The server now shows a different certificate: asked again, and the old trust does not
    // carry over.
    auto other = std::make_unique<TlsDemoServer>();
    QString error;
    QVERIFY2(other->setUp(QStringLiteral("localhost"), &error), qPrintable(error));
    other->setPassword(Secret);
    QVERIFY(other->certificate() != m_server->certificate());
    account.port = other->serverPort();
    QVERIFY(m_accounts->update(account, &error));
    m_answers = {CertificateDialog::Decision::Reject};
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(4));
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(m_questions.at(1).chain.value(0), other->certificate());
    QCOMPARE(resultAt(3).error.kind(), Pop3Error::Kind::SecurityRefusal);
    QCOMPARE(other->encryptedConnections(), 0);
}

void TestCertificatePrompt::realDialogShowsCertificate()
{
    // The real dialog, for a certificate made out to another name: two problems.
    auto mismatched = std::make_unique<TlsDemoServer>();
    QString error;
    QVERIFY2(mismatched->setUp(QStringLiteral("mail.example.net"), &error), qPrintable(error));
    mismatched->setPassword(Secret);
    const Account account = addAccount(mismatched->serverPort());
    m_prompter->setCertificateAsker(nullptr);
    QStringList seen;
    bool answered = false;
    QTimer clicker;
    clicker.setInterval(50);
    connect(&clicker, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<CertificateDialog*>(QApplication::activeModalWidget());
        if (!dialog || answered) {
            return;
        }
        answered = true;
        for (const char* name :
            {"subject", "issuer", "validFrom", "validUntil", "fingerprint", "errors"}) {
            auto* label = dialog->findChild<QLabel*>(QLatin1String(name));
            seen.append(label ? label->text() : QString());
        }
        QTest::mouseClick(
            dialog->findChild<QPushButton*>(QStringLiteral("reject")), Qt::LeftButton);
    });
    clicker.start();
    QSignalSpy decided(m_prompter.get(), &FetchPrompter::certificateDecided);
    m_fetches->enqueue(account);
    QVERIFY(waitFinished(1));
    QTRY_COMPARE(decided.count(), 1);
    QVERIFY(answered);
    QCOMPARE(decided.at(0).at(1).value<CertificateDialog::Decision>(),
        CertificateDialog::Decision::Reject);
    const QSslCertificate certificate = mismatched->certificate();
    QVERIFY2(seen.at(0).contains(u"CN=mail.example.net"_qs), qPrintable(seen.at(0)));
    QVERIFY2(seen.at(1).contains(u"O=Postbote Test"_qs), qPrintable(seen.at(1)));
    QCOMPARE(seen.at(2),
        QLocale().toString(certificate.effectiveDate().toLocalTime(), QLocale::LongFormat));
    QCOMPARE(seen.at(3),
        QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::LongFormat));
    QCOMPARE(seen.at(4),
        CertificatePolicy::formatFingerprint(CertificateException::digestOf(certificate)));
    QVERIFY2(
        seen.at(5).contains(
            CertificateDialog::describeError(QSslError::SelfSignedCertificate).toHtmlEscaped()),
        qPrintable(seen.at(5)));
    QVERIFY2(seen.at(5).contains(
                 CertificateDialog::describeError(QSslError::HostNameMismatch).toHtmlEscaped()),
        qPrintable(seen.at(5)));
    QCOMPARE(mismatched->encryptedConnections(), 0);
    QVERIFY(!credentialsSent());
}

QTEST_MAIN(TestCertificatePrompt)
#include "tst_certificateprompt.moc"
