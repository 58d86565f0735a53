// SPDX-License-Identifier: GPL-3.0-or-later
// postbote-cli account … and fetch --account, run as a user would: the subcommands with their
// exit codes and messages, and end to end against dovecot with its self-signed certificate —
// unknown certificate (exit 3, SHA-256 shown), trust, fetch with the keychain password into
// the account's archive, a new certificate asks again, trust-remove — and finally no password
// in the settings, the log or any file under the test's HOME.
#include "DovecotFixture.h"
#include "KeyringSession.h"
#include "net/CertificateException.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Postbote::CertificateException;
using Postbote::Test::DovecotFixture;

namespace {

const QString User = QStringLiteral("erika");
const QString Password = QStringLiteral("Pässwort-2026-xyzzy");
const QString WrongPassword = QStringLiteral("falsch-Passwort-plugh");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

QString hexOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(CertificateException::digestOf(certificate).toHex());
}

QString colonsOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(CertificateException::digestOf(certificate).toHex(':').toUpper());
}

} // namespace

#define VERIFY_RUN(run, code, text)                                                                \
    do {                                                                                           \
        const Run& r_ = (run);                                                                     \
        QVERIFY2(r_.exitCode == (code),                                                            \
            qPrintable(QStringLiteral("exit %1, expected %2\n%3")                                  \
                           .arg(r_.exitCode)                                                       \
                           .arg(code)                                                              \
                           .arg(QString::fromUtf8(r_.all()))));                                    \
        QVERIFY2(r_.all().contains(QByteArray(text)), r_.all().constData());                       \
    } while (false)

class TestCliAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void addListEditRemove();
    void fetchAccountEndToEnd();
    void withoutKeychain();
    void noPasswordAnywhere();

private:
    Run runCli(const QStringList& arguments, const QByteArray& input = {},
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    QString configFile() const;
    QString accountId(const QString& name) const;
    QString archiveOf(const QString& name) const;
    void deliver(int count);

    DovecotFixture m_dovecot;
    QString m_home;
    QList<Run> m_runs; ///< everything the CLI printed, searched for passwords at the end
    int m_serial = 0;
};

void TestCliAccount::initTestCase()
{
    m_home = qEnvironmentVariable("HOME");
    QVERIFY2(m_home.startsWith(u"/tmp/postbote-keyring-home-"_qs), qPrintable(m_home));
    QVERIFY(!configFile().startsWith(u"/root"_qs));
    QString why;
    QVERIFY2(DovecotFixture::isAvailable(&why), qPrintable(why));
    m_dovecot.addUser(User, Password);
    QVERIFY2(m_dovecot.start(&why), qPrintable(why));
    // Accounts the usage rows refer to.
    VERIFY_RUN(runCli({u"account"_qs, u"add"_qs, u"--name"_qs, u"Vorhanden"_qs, u"--host"_qs,
                   u"pop.example.org"_qs, u"--user"_qs, u"u"_qs}),
        0, "Vorhanden");
}

void TestCliAccount::cleanupTestCase()
{
    m_dovecot.stop();
}

QString TestCliAccount::configFile() const
{
    return qEnvironmentVariable("XDG_CONFIG_HOME") + u"/Postbote/Postbote.conf"_qs;
}

QString TestCliAccount::accountId(const QString& name) const
{
    QSettings settings(configFile(), QSettings::IniFormat);
    settings.beginGroup(u"accounts"_qs);
    for (const QString& id : settings.childGroups()) {
        if (settings.value(id + u"/name"_qs).toString() == name) {
            return id;
        }
    }
    return {};
}

QString TestCliAccount::archiveOf(const QString& name) const
{
    return qEnvironmentVariable("XDG_DATA_HOME") + u"/Postbote/Postbote/accounts/"_qs
        + accountId(name);
}

void TestCliAccount::deliver(int count)
{
    for (int i = 0; i < count; ++i) {
        ++m_serial;
        const QByteArray message = "From: Max <max@example.org>\nTo: erika@example.org\n"
                                   "Subject: Konto-Test "
            + QByteArray::number(m_serial) + "\nMessage-ID: <acc" + QByteArray::number(m_serial)
            + "@test.postbote>\n\nHallo Erika, Nachricht " + QByteArray::number(m_serial) + ".\n";
        QVERIFY(!m_dovecot.deliver(User, message).isEmpty());
    }
}

Run TestCliAccount::runCli(
    const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POSTBOTE_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        return run;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -9;
    m_runs.append(run);
    return run;
}

void TestCliAccount::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString sha(64, u'a');
    const auto add = [](const QStringList& more) {
        return QStringList {u"account"_qs, u"add"_qs, u"--name"_qs, u"Neu"_qs, u"--host"_qs,
                   u"pop.example.org"_qs, u"--user"_qs, u"u"_qs}
        + more;
    };
    QTest::newRow("no subcommand") << QStringList {u"account"_qs} << 2 << u"Usage"_qs;
    QTest::newRow("help") << QStringList {u"account"_qs, u"--help"_qs} << 0 << u"trust-remove"_qs;
    QTest::newRow("unknown subcommand") << QStringList {u"account"_qs, u"frobnicate"_qs} << 2
                                        << u"Unknown account command “frobnicate”"_qs;
    QTest::newRow("add without name") << QStringList {u"account"_qs, u"add"_qs, u"--host"_qs,
        u"h.example"_qs, u"--user"_qs, u"u"_qs}
                                      << 2 << u"--name is missing"_qs;
    QTest::newRow("add without host")
        << QStringList {u"account"_qs, u"add"_qs, u"--name"_qs, u"X"_qs, u"--user"_qs, u"u"_qs} << 2
        << u"--host is missing"_qs;
    QTest::newRow("add bad host") << add({u"--host"_qs, u"pop_3 example"_qs}) << 2
                                  << u"is not a valid server name"_qs;
    QTest::newRow("add port 0") << add({u"--port"_qs, u"0"_qs}) << 2
                                << u"--port must be a number from 1 to 65535"_qs;
    QTest::newRow("add port 70000")
        << add({u"--port"_qs, u"70000"_qs}) << 2 << u"--port must be a number from 1 to 65535"_qs;
    QTest::newRow("add bad security") << add({u"--security"_qs, u"ssl"_qs}) << 2
                                      << u"--security must be tls, starttls or none"_qs;
    QTest::newRow("add bad auth") << add({u"--auth"_qs, u"gssapi"_qs}) << 2
                                  << u"--auth must be one of"_qs;
    QTest::newRow("add cleartext over none")
        << add({u"--security"_qs, u"none"_qs, u"--auth"_qs, u"plain"_qs}) << 2 << u"clear text"_qs;
    QTest::newRow("add keep and delete")
        << add({u"--keep"_qs, u"--delete"_qs}) << 2 << u"exclude each other"_qs;
    QTest::newRow("add keep-days 0")
        << add({u"--keep-days"_qs, u"0"_qs}) << 2 << u"--keep-days must be a number from 1"_qs;
    QTest::newRow("add bad retention")
        << add({u"--retention"_qs, u"forever"_qs}) << 2 << u"--retention"_qs;
    QTest::newRow("add bad email")
        << add({u"--email"_qs, u"erika.example.org"_qs}) << 2 << u"is not an e-mail address"_qs;
    QTest::newRow("add duplicate name") << QStringList {u"account"_qs, u"add"_qs, u"--name"_qs,
        u"vorhanden"_qs, u"--host"_qs, u"pop.example.org"_qs, u"--user"_qs, u"u"_qs}
                                        << 2 << u"already called"_qs;
    QTest::newRow("add stray argument") << add({u"extra"_qs}) << 2 << u"Unexpected argument"_qs;
    QTest::newRow("edit unknown account") << QStringList {u"account"_qs, u"edit"_qs, u"Nope"_qs,
        u"--port"_qs, u"1"_qs} << 2 << u"There is no account named “Nope”"_qs;
    QTest::newRow("edit without name")
        << QStringList {u"account"_qs, u"edit"_qs} << 2 << u"Name the account"_qs;
    QTest::newRow("edit bad port") << QStringList {u"account"_qs, u"edit"_qs, u"Vorhanden"_qs,
        u"--port"_qs, u"x"_qs} << 2 << u"--port must be"_qs;
    QTest::newRow("remove unknown") << QStringList {u"account"_qs, u"remove"_qs, u"Nope"_qs} << 2
                                    << u"There is no account named"_qs;
    QTest::newRow("list with argument")
        << QStringList {u"account"_qs, u"list"_qs, u"x"_qs} << 2 << u"Unexpected argument"_qs;
    QTest::newRow("set-password unknown") << QStringList {u"account"_qs, u"set-password"_qs,
        u"Nope"_qs} << 2 << u"There is no account named"_qs;
    QTest::newRow("set-password without name")
        << QStringList {u"account"_qs, u"set-password"_qs} << 2 << u"standard input"_qs;
    QTest::newRow("trust bad fingerprint") << QStringList {u"account"_qs, u"trust"_qs,
        u"Vorhanden"_qs, u"12:34"_qs} << 2 << u"is not a SHA-256 fingerprint"_qs;
    QTest::newRow("trust nothing pending") << QStringList {u"account"_qs, u"trust"_qs,
        u"Vorhanden"_qs, sha} << 2 << u"waiting for a decision"_qs;
    QTest::newRow("trust unknown account") << QStringList {u"account"_qs, u"trust"_qs, u"Nope"_qs,
        sha} << 2 << u"There is no account named"_qs;
    QTest::newRow("trust-remove unknown fingerprint") << QStringList {u"account"_qs,
        u"trust-remove"_qs, u"Vorhanden"_qs, sha} << 2 << u"has no accepted certificate"_qs;
    QTest::newRow("trust-list empty") << QStringList {u"account"_qs, u"trust-list"_qs,
        u"Vorhanden"_qs} << 0 << u"has no accepted certificates"_qs;
    QTest::newRow("fetch unknown account") << QStringList {u"fetch"_qs, u"--account"_qs, u"Nope"_qs}
                                           << 2 << u"There is no account named “Nope”"_qs;
    QTest::newRow("fetch account with host")
        << QStringList {u"fetch"_qs, u"--account"_qs, u"Vorhanden"_qs, u"--host"_qs, u"h"_qs} << 2
        << u"--host cannot be combined with --account"_qs;
    QTest::newRow("fetch account with archive")
        << QStringList {u"fetch"_qs, u"--account"_qs, u"Vorhanden"_qs, u"--archive"_qs, u"/tmp"_qs}
        << 2 << u"--archive cannot be combined"_qs;
    QTest::newRow("fetch account with pipelining") << QStringList {u"fetch"_qs, u"--account"_qs,
        u"Vorhanden"_qs, u"--pipelining"_qs, u"off"_qs}
                                                   << 2 << u"--pipelining cannot be combined"_qs;
    QTest::newRow("fetch account with two password sources") << QStringList {u"fetch"_qs,
        u"--account"_qs, u"Vorhanden"_qs, u"--password-stdin"_qs, u"--password-file"_qs,
        u"/dev/null"_qs} << 2 << u"at most one"_qs;
}

void TestCliAccount::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = runCli(arguments);
    VERIFY_RUN(run, exitCode, message.toUtf8());
}

void TestCliAccount::addListEditRemove()
{
    VERIFY_RUN(runCli({u"account"_qs, u"add"_qs, u"--name"_qs, u"Verein"_qs, u"--host"_qs,
                   u"mail.verein.example"_qs, u"--security"_qs, u"starttls"_qs, u"--user"_qs,
                   u"kassenwart"_qs, u"--email"_qs, u"kasse@verein.example"_qs, u"--auth"_qs,
                   u"cram-md5"_qs, u"--keep-days"_qs, u"30"_qs, u"--max-size"_qs, u"1000000"_qs,
                   u"--check-interval"_qs, u"15"_qs, u"--pipelining"_qs, u"off"_qs}),
        0, "Added the account “Verein”");
    const QString id = accountId(u"Verein"_qs);
    QVERIFY(!id.isEmpty());
    {
        QSettings settings(configFile(), QSettings::IniFormat);
        settings.beginGroup(u"accounts/"_qs + id);
        QCOMPARE(settings.value(u"host"_qs).toString(), u"mail.verein.example"_qs);
        QCOMPARE(settings.value(u"port"_qs).toInt(), 110); // STARTTLS default
        QCOMPARE(settings.value(u"security"_qs).toString(), u"starttls"_qs);
        QCOMPARE(settings.value(u"auth"_qs).toString(), u"cram-md5"_qs);
        QCOMPARE(settings.value(u"email"_qs).toString(), u"kasse@verein.example"_qs);
        const QString retention = settings.value(u"retention"_qs).toString();
        QVERIFY2(retention.contains(u"keep-days=30"_qs), qPrintable(retention));
        QVERIFY2(retention.contains(u"max-size=1000000"_qs), qPrintable(retention));
        QCOMPARE(settings.value(u"checkIntervalMinutes"_qs).toInt(), 15);
        QCOMPARE(settings.value(u"pipelining"_qs).toString(), u"off"_qs);
    }
    Run list = runCli({u"account"_qs, u"list"_qs});
    VERIFY_RUN(list, 0, "Verein\tkassenwart@mail.verein.example:110\tSTARTTLS\tCRAM-MD5");
    QVERIFY(list.out.contains("Vorhanden"));

    VERIFY_RUN(runCli({u"account"_qs, u"edit"_qs, u"verein"_qs, u"--security"_qs, u"tls"_qs,
                   u"--delete"_qs, u"--disable"_qs, u"--name"_qs, u"Sportverein"_qs}),
        0, "Changed the account “Sportverein”");
    QCOMPARE(accountId(u"Sportverein"_qs), id); // renaming keeps the id
    list = runCli({u"account"_qs, u"list"_qs});
    VERIFY_RUN(list, 0, "Sportverein\tkassenwart@mail.verein.example:995\tTLS");
    QVERIFY2(list.out.contains("(disabled)"), list.out.constData());

    // Clear text over an unencrypted connection only as an explicit choice.
    VERIFY_RUN(runCli({u"account"_qs, u"edit"_qs, u"Sportverein"_qs, u"--security"_qs, u"none"_qs,
                   u"--auth"_qs, u"user"_qs}),
        2, "clear text");
    VERIFY_RUN(runCli({u"account"_qs, u"edit"_qs, u"Sportverein"_qs, u"--security"_qs, u"none"_qs,
                   u"--auth"_qs, u"user"_qs, u"--allow-cleartext"_qs}),
        0, "Changed");
    VERIFY_RUN(
        runCli({u"account"_qs, u"edit"_qs, u"Sportverein"_qs, u"--name"_qs, u"Vorhanden"_qs}), 2,
        "already called");

    VERIFY_RUN(runCli({u"account"_qs, u"remove"_qs, u"Sportverein"_qs}), 0,
        "Removed the account “Sportverein”");
    QVERIFY(accountId(u"Sportverein"_qs).isEmpty());
    list = runCli({u"account"_qs, u"list"_qs});
    QVERIFY(!list.out.contains("Sportverein"));
}

void TestCliAccount::fetchAccountEndToEnd()
{
    const QString name = u"Dovecot"_qs;
    VERIFY_RUN(runCli({u"account"_qs, u"add"_qs, u"--name"_qs, name, u"--host"_qs, u"localhost"_qs,
                   u"--port"_qs, QString::number(m_dovecot.pop3sPort()), u"--user"_qs, User,
                   u"--email"_qs, u"erika@example.org"_qs}),
        0, "Added");
    deliver(3);
    const QStringList fetch {u"fetch"_qs, u"--account"_qs, name, u"--quiet"_qs};

    // No password yet.
    VERIFY_RUN(runCli(fetch), 4, "No password is stored for the account “Dovecot”");

    // The first contact shows the unknown certificate and refuses (exit 3); the password
    // given did not get as far as a login, so it is not stored.
    const QSslCertificate first = m_dovecot.serverCertificate();
    Run run = runCli(fetch + QStringList {u"--password-stdin"_qs}, Password.toUtf8() + '\n');
    VERIFY_RUN(run, 3, hexOf(first).toUtf8());
    QVERIFY2(run.err.contains(colonsOf(first).toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("Subject:") && run.err.contains("CN=localhost"), run.err.constData());
    QVERIFY2(run.err.contains("Issuer:"), run.err.constData());
    QVERIFY2(run.err.contains("Valid:"), run.err.constData());
    QVERIFY2(run.err.contains(first.expiryDate().toUTC().toString(Qt::ISODate).toUtf8()),
        run.err.constData());
    QVERIFY2(run.err.contains("postbote-cli account trust"), run.err.constData());
    VERIFY_RUN(runCli(fetch), 4, "No password is stored");
    VERIFY_RUN(runCli({u"account"_qs, u"trust-list"_qs, name}), 0, "Waiting for a decision");

    // set-password checks the login too, and also stops at the certificate.
    VERIFY_RUN(runCli({u"account"_qs, u"set-password"_qs, name}, Password.toUtf8() + '\n'), 3,
        hexOf(first).toUtf8());

    // A fingerprint that is not the one shown is refused.
    QString wrong = hexOf(first);
    wrong[0] = wrong.at(0) == u'0' ? u'1' : u'0';
    VERIFY_RUN(runCli({u"account"_qs, u"trust"_qs, name, wrong}), 3, "does not match");
    VERIFY_RUN(
        runCli({u"account"_qs, u"trust"_qs, name, colonsOf(first)}), 0, "Accepted the certificate");
    run = runCli({u"account"_qs, u"trust-list"_qs, name});
    VERIFY_RUN(run, 0, colonsOf(first).toUtf8());
    QVERIFY2(run.out.contains("host: localhost"), run.out.constData());

    // A wrong password is refused by the server and not stored.
    VERIFY_RUN(runCli({u"account"_qs, u"set-password"_qs, name}, WrongPassword.toUtf8() + '\n'), 4,
        "The password was not stored");
    VERIFY_RUN(runCli(fetch), 4, "No password is stored");

    // The right one works, so it is stored.
    QTemporaryDir passwordDir;
    const QString passwordFile = passwordDir.filePath(u"pw"_qs);
    {
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Password.toUtf8() + '\n');
    }
    VERIFY_RUN(
        runCli({u"account"_qs, u"set-password"_qs, name, u"--password-file"_qs, passwordFile}), 0,
        "stored in the keychain");
    QFile::remove(passwordFile);

    // fetch --account: keychain password, accepted certificate, the account's archive.
    const QString log = m_home + u"/fetch.log"_qs;
    run = runCli(fetch + QStringList {u"--log"_qs, log});
    VERIFY_RUN(run, 0, "3 new messages");
    const QString archive = archiveOf(name);
    QCOMPARE(QDir(archive + u"/new"_qs).entryList(QDir::Files).size()
            + QDir(archive + u"/cur"_qs).entryList(QDir::Files).size(),
        3);
    QVERIFY(QFileInfo(log).size() > 0);
    VERIFY_RUN(runCli(fetch), 0, "0 new messages");
    QCOMPARE(m_dovecot.storedMessages(User).size(), 3); // kept on the server (default)

    // The account's retention policy applies: --delete removes what is archived.
    VERIFY_RUN(runCli({u"account"_qs, u"edit"_qs, name, u"--delete"_qs}), 0, "Changed");
    deliver(1);
    VERIFY_RUN(runCli(fetch), 0, "1 new message");
    QCOMPARE(m_dovecot.storedMessages(User).size(), 0);

    // The server gets a new certificate (a renewal, or an impostor): asked again.
    m_dovecot.stop();
    QString why;
    QVERIFY2(m_dovecot.start(&why), qPrintable(why));
    const QSslCertificate second = m_dovecot.serverCertificate();
    QVERIFY(second != first);
    VERIFY_RUN(runCli({u"account"_qs, u"edit"_qs, name, u"--port"_qs,
                   QString::number(m_dovecot.pop3sPort())}),
        0, "Changed");
    run = runCli(fetch);
    VERIFY_RUN(run, 3, hexOf(second).toUtf8());
    QVERIFY(!run.err.contains(hexOf(first).toUtf8()));
    VERIFY_RUN(runCli({u"account"_qs, u"trust"_qs, name, hexOf(second)}), 0, "Accepted");
    deliver(2);
    VERIFY_RUN(runCli(fetch), 0, "2 new messages");

    run = runCli({u"account"_qs, u"trust-list"_qs, name});
    VERIFY_RUN(run, 0, colonsOf(first).toUtf8());
    QVERIFY(run.out.contains(colonsOf(second).toUtf8()));

    // Removing the old exception changes nothing for the new certificate …
    VERIFY_RUN(
        runCli({u"account"_qs, u"trust-remove"_qs, name, hexOf(first)}), 0, "no longer accepted");
    VERIFY_RUN(runCli({u"account"_qs, u"trust-remove"_qs, name, hexOf(first)}), 2,
        "has no accepted certificate");
    VERIFY_RUN(runCli(fetch), 0, "0 new messages");
    // … removing the current one makes fetch ask again.
    VERIFY_RUN(runCli({u"account"_qs, u"trust-remove"_qs, name, colonsOf(second)}), 0,
        "no longer accepted");
    VERIFY_RUN(runCli(fetch), 3, hexOf(second).toUtf8());
    VERIFY_RUN(runCli({u"account"_qs, u"trust"_qs, name, hexOf(second)}), 0, "Accepted");
}

void TestCliAccount::withoutKeychain()
{
    // The same account, but no Secret Service: fetch cannot find a password and says why;
    // set-password logs in but can only keep the password for that run, and says so.
    QTemporaryDir busDir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, u"unix:path=%1"_qs.arg(busDir.filePath(u"none"_qs)));
    const QString name = u"Dovecot"_qs;
    QVERIFY(!accountId(name).isEmpty());
    VERIFY_RUN(runCli({u"fetch"_qs, u"--account"_qs, name, u"--quiet"_qs}, {}, env), 4,
        "No keychain is available");
    VERIFY_RUN(runCli({u"account"_qs, u"set-password"_qs, name}, Password.toUtf8() + '\n', env), 6,
        "keeps it in memory");
    // A password given on stdin still works for the run.
    deliver(1);
    VERIFY_RUN(runCli({u"fetch"_qs, u"--account"_qs, name, u"--quiet"_qs, u"--password-stdin"_qs},
                   Password.toUtf8() + '\n', env),
        0, "1 new message");
}

void TestCliAccount::noPasswordAnywhere()
{
    QVERIFY(!m_runs.isEmpty());
    for (const QString& secret : {Password, WrongPassword}) {
        const QByteArray needle = secret.toUtf8();
        for (const Run& run : std::as_const(m_runs)) {
            QVERIFY2(!run.all().contains(needle), run.all().constData());
        }
        QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/.local/share/keyrings/"_qs)) {
                continue; // the keychain's own, encrypted store
            }
            ++files;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            QVERIFY2(!file.readAll().contains(needle), qPrintable(path));
        }
        QVERIFY(files >= 5); // settings, log, archived messages, index …
    }
    QFile settings(configFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray content = settings.readAll().toLower();
    QVERIFY(content.contains("[accounts]"));
    QVERIFY(!content.contains("password"));
}

int main(int argc, char** argv)
{
    const int outer = Postbote::Test::runInsidePrivateKeyring(argc, argv);
    if (outer >= 0) {
        return outer;
    }
    QCoreApplication app(argc, argv);
    TestCliAccount test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_account.moc"
