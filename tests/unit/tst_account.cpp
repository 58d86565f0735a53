// SPDX-License-Identifier: GPL-3.0-or-later
// Account and AccountValidator: host name syntax (RFC 1123 §2.1, IP literals, IDN), ports,
// mechanisms the security does not allow, missing fields, duplicate names, and the stable
// keys used in QSettings and on the command line.
#include "account/Account.h"
#include "account/AccountValidator.h"

#include <QTest>

using namespace Postbote;
using Field = AccountValidator::Field;

Q_DECLARE_METATYPE(Postbote::Security)
Q_DECLARE_METATYPE(Postbote::AuthMethod)

namespace {

Account validAccount()
{
    Account account = Account::create();
    account.name = u"Arbeit"_qs;
    account.email = u"erika@example.org"_qs;
    account.host = u"pop.example.org"_qs;
    account.user = u"erika"_qs;
    return account;
}

QList<int> fieldsOf(const QList<AccountValidator::Problem>& problems)
{
    QList<int> fields;
    for (const AccountValidator::Problem& problem : problems) {
        fields.append(int(problem.field));
        if (problem.message.isEmpty()) {
            fields.append(-1); // every problem must say something
        }
    }
    return fields;
}

} // namespace

class TestAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createGivesFreshIdsAndDefaults();
    void hosts_data();
    void hosts();
    void emails_data();
    void emails();
    void validation_data();
    void validation();
    void duplicateNames_data();
    void duplicateNames();
    void messagesNameTheValue();
    void keysRoundTrip();
    void sessionOptionsCarryNoSecret();
};

void TestAccount::createGivesFreshIdsAndDefaults()
{
    const Account a = Account::create();
    const Account b = Account::create();
    QVERIFY(!a.id.isEmpty());
    QVERIFY(a.id != b.id);
    QVERIFY(!a.id.startsWith(QLatin1Char('{')));
    QCOMPARE(a.port, 995);
    QCOMPARE(a.security, Security::ImplicitTls);
    QCOMPARE(a.auth, AuthMethod::Auto);
    QCOMPARE(a.retention, RetentionPolicy::keepOnServer());
    QVERIFY(a.enabled);
    QVERIFY(!a.allowCleartext);
    QCOMPARE(Account::defaultPort(Security::ImplicitTls), 995);
    QCOMPARE(Account::defaultPort(Security::StartTls), 110);
    QCOMPARE(Account::defaultPort(Security::None), 110);
}

void TestAccount::hosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << u"pop.example.org"_qs << true;
    QTest::newRow("single label") << u"localhost"_qs << true;
    QTest::newRow("digits in labels") << u"pop3.mail1.example.org"_qs << true;
    QTest::newRow("leading digit (RFC 1123)") << u"1und1.de"_qs << true;
    QTest::newRow("inner hyphen") << u"mail-server.example.org"_qs << true;
    QTest::newRow("upper case") << u"POP.Example.ORG"_qs << true;
    QTest::newRow("trailing root dot") << u"pop.example.org."_qs << true;
    QTest::newRow("63-char label") << QString(63, u'a') + u".org"_qs << true;
    QTest::newRow("IDN") << u"pop.bücher.example"_qs << true;
    QTest::newRow("IPv4") << u"192.168.1.10"_qs << true;
    QTest::newRow("IPv4 loopback") << u"127.0.0.1"_qs << true;
    QTest::newRow("IPv6") << u"::1"_qs << true;
    QTest::newRow("IPv6 full") << u"2001:db8::25"_qs << true;
    QTest::newRow("IPv6 bracketed") << u"[2001:db8::25]"_qs << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space inside") << u"pop example.org"_qs << false;
    QTest::newRow("leading space") << u" pop.example.org"_qs << false;
    QTest::newRow("underscore") << u"pop_3.example.org"_qs << false;
    QTest::newRow("leading hyphen") << u"-pop.example.org"_qs << false;
    QTest::newRow("trailing hyphen") << u"pop-.example.org"_qs << false;
    QTest::newRow("empty label") << u"pop..example.org"_qs << false;
    QTest::newRow("leading dot") << u".example.org"_qs << false;
    QTest::newRow("64-char label") << QString(64, u'a') + u".org"_qs << false;
    QTest::newRow("254 characters")
        << QString(QString(63, u'a') + u'.').repeated(4).left(254) << false;
    QTest::newRow("URL") << u"pop3://pop.example.org"_qs << false;
    QTest::newRow("with port") << u"pop.example.org:995"_qs << false;
    QTest::newRow("at sign") << u"erika@example.org"_qs << false;
    QTest::newRow("IPv4 octet too big") << u"192.168.1.300"_qs << false;
    QTest::newRow("IPv4 short form") << u"127.1"_qs << false;
    QTest::newRow("numeric last label") << u"10.0.1"_qs << false;
    QTest::newRow("bracketed IPv4") << u"[127.0.0.1]"_qs << false;
    QTest::newRow("IPv6 garbage") << u"[2001:db8::zz]"_qs << false;
    QTest::newRow("slash") << u"pop.example.org/"_qs << false;
}

void TestAccount::hosts()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(AccountValidator::isValidHost(host), valid);
    Account account = validAccount();
    account.host = host;
    const QList<int> fields = fieldsOf(AccountValidator::validate(account));
    QCOMPARE(fields.contains(int(Field::Host)), !valid);
}

void TestAccount::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"erika@example.org"_qs << true;
    QTest::newRow("plus") << u"erika+pop@example.org"_qs << true;
    QTest::newRow("umlaut domain") << u"jürgen@müller.de"_qs << true;
    QTest::newRow("empty is allowed") << QString() << true;
    QTest::newRow("no at") << u"erika.example.org"_qs << false;
    QTest::newRow("no local part") << u"@example.org"_qs << false;
    QTest::newRow("no domain") << u"erika@"_qs << false;
    QTest::newRow("dotless domain") << u"erika@localhost"_qs << false;
    QTest::newRow("bad domain") << u"erika@exa mple.org"_qs << false;
    QTest::newRow("display name") << u"Erika <erika@example.org>"_qs << false;
}

void TestAccount::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    Account account = validAccount();
    account.email = email;
    QCOMPARE(fieldsOf(AccountValidator::validate(account)).contains(int(Field::Email)), !valid);
}

void TestAccount::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<bool>("allowCleartext");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("retention");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QList<int>>("fields");

    const QString h = u"pop.example.org"_qs;
    const QString u = u"erika"_qs;
    const QString keep = u"keep"_qs;
    const auto none = QList<int>();
    const auto only = [](Field f) {
        return QList<int> {int(f)};
    };

    QTest::newRow("valid tls") << u"A"_qs << h << 995 << Security::ImplicitTls << AuthMethod::Auto
                               << false << u << keep << 0 << none;
    QTest::newRow("valid starttls user")
        << u"A"_qs << h << 110 << Security::StartTls << AuthMethod::UserPass << false << u << keep
        << 15 << none;
    QTest::newRow("port 1") << u"A"_qs << h << 1 << Security::ImplicitTls << AuthMethod::Auto
                            << false << u << keep << 0 << none;
    QTest::newRow("port 65535") << u"A"_qs << h << 65535 << Security::ImplicitTls
                                << AuthMethod::Auto << false << u << keep << 0 << none;
    QTest::newRow("port 0") << u"A"_qs << h << 0 << Security::ImplicitTls << AuthMethod::Auto
                            << false << u << keep << 0 << only(Field::Port);
    QTest::newRow("port 65536") << u"A"_qs << h << 65536 << Security::ImplicitTls
                                << AuthMethod::Auto << false << u << keep << 0 << only(Field::Port);
    QTest::newRow("port negative")
        << u"A"_qs << h << -5 << Security::ImplicitTls << AuthMethod::Auto << false << u << keep
        << 0 << only(Field::Port);

    // Over an unencrypted connection: challenge-response is fine, Auto is fine (the engine
    // never picks a clear-text method by itself), clear text only with the explicit choice.
    const auto plainRow = [&](const char* tag, AuthMethod auth, bool allow, QList<int> fields) {
        QTest::newRow(tag) << u"A"_qs << h << 110 << Security::None << auth << allow << u << keep
                           << 0 << fields;
    };
    plainRow("none auto", AuthMethod::Auto, false, none);
    plainRow("none apop", AuthMethod::Apop, false, none);
    plainRow("none cram-md5", AuthMethod::CramMd5, false, none);
    plainRow("none scram-sha-1", AuthMethod::ScramSha1, false, none);
    plainRow("none scram-sha-256", AuthMethod::ScramSha256, false, none);
    plainRow("none user refused", AuthMethod::UserPass, false, only(Field::Auth));
    plainRow("none plain refused", AuthMethod::Plain, false, only(Field::Auth));
    plainRow("none login refused", AuthMethod::Login, false, only(Field::Auth));
    plainRow("none user allowed", AuthMethod::UserPass, true, none);
    plainRow("none plain allowed", AuthMethod::Plain, true, none);
    plainRow("none login allowed", AuthMethod::Login, true, none);
    QTest::newRow("tls plain without choice")
        << u"A"_qs << h << 995 << Security::ImplicitTls << AuthMethod::Plain << false << u << keep
        << 0 << none;
    QTest::newRow("starttls login without choice")
        << u"A"_qs << h << 110 << Security::StartTls << AuthMethod::Login << false << u << keep << 0
        << none;

    QTest::newRow("no name") << QString() << h << 995 << Security::ImplicitTls << AuthMethod::Auto
                             << false << u << keep << 0 << only(Field::Name);
    QTest::newRow("blank name") << u"   "_qs << h << 995 << Security::ImplicitTls
                                << AuthMethod::Auto << false << u << keep << 0 << only(Field::Name);
    QTest::newRow("no host") << u"A"_qs << QString() << 995 << Security::ImplicitTls
                             << AuthMethod::Auto << false << u << keep << 0 << only(Field::Host);
    QTest::newRow("no user") << u"A"_qs << h << 995 << Security::ImplicitTls << AuthMethod::Auto
                             << false << QString() << keep << 0 << only(Field::User);
    QTest::newRow("user with line break")
        << u"A"_qs << h << 995 << Security::ImplicitTls << AuthMethod::Auto << false
        << u"erika\r\nDELE 1"_qs << keep << 0 << only(Field::User);
    QTest::newRow("bad retention")
        << u"A"_qs << h << 995 << Security::ImplicitTls << AuthMethod::Auto << false << u
        << u"keep-days=0"_qs << 0 << only(Field::Retention);
    QTest::newRow("negative interval")
        << u"A"_qs << h << 995 << Security::ImplicitTls << AuthMethod::Auto << false << u << keep
        << -1 << only(Field::CheckInterval);
    QTest::newRow("interval over a week")
        << u"A"_qs << h << 995 << Security::ImplicitTls << AuthMethod::Auto << false << u << keep
        << 7 * 24 * 60 + 1 << only(Field::CheckInterval);
    QTest::newRow("interval a week")
        << u"A"_qs << h << 995 << Security::ImplicitTls << AuthMethod::Auto << false << u << keep
        << 7 * 24 * 60 << none;
    QTest::newRow("everything wrong, in field order")
        << QString() << u"bad host"_qs << 0 << Security::None << AuthMethod::Plain << false
        << QString() << u"keep-newest=0"_qs << -3
        << QList<int> {int(Field::Name), int(Field::Host), int(Field::Port), int(Field::Auth),
               int(Field::User), int(Field::Retention), int(Field::CheckInterval)};
}

void TestAccount::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Security, security);
    QFETCH(AuthMethod, auth);
    QFETCH(bool, allowCleartext);
    QFETCH(QString, user);
    QFETCH(QString, retention);
    QFETCH(int, interval);
    QFETCH(QList<int>, fields);

    Account account = validAccount();
    account.name = name;
    account.host = host;
    account.port = port;
    account.security = security;
    account.auth = auth;
    account.allowCleartext = allowCleartext;
    account.user = user;
    account.checkIntervalMinutes = interval;
    // A policy that fails validate() cannot come out of fromString(); build it by hand.
    const qsizetype eq = retention.indexOf(QLatin1Char('='));
    if (eq > 0) {
        const QString mode = retention.left(eq);
        account.retention.mode = mode == u"keep-days" ? RetentionPolicy::Mode::KeepDays
                                                      : RetentionPolicy::Mode::KeepNewest;
        account.retention.limit = retention.mid(eq + 1).toInt();
    }
    const QList<AccountValidator::Problem> problems = AccountValidator::validate(account);
    QCOMPARE(fieldsOf(problems), fields);
    QCOMPARE(AccountValidator::firstProblem(account).isEmpty(), fields.isEmpty());
}

void TestAccount::duplicateNames_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<bool>("sameId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("same name") << u"Arbeit"_qs << false << u"Arbeit"_qs << true;
    QTest::newRow("other case") << u"Arbeit"_qs << false << u"ARBEIT"_qs << true;
    QTest::newRow("surrounding spaces") << u"Arbeit"_qs << false << u" Arbeit "_qs << true;
    QTest::newRow("different") << u"Arbeit"_qs << false << u"Privat"_qs << false;
    QTest::newRow("itself (edit)") << u"Arbeit"_qs << true << u"Arbeit"_qs << false;
}

void TestAccount::duplicateNames()
{
    QFETCH(QString, existing);
    QFETCH(bool, sameId);
    QFETCH(QString, name);
    QFETCH(bool, duplicate);
    Account other = validAccount();
    other.name = existing;
    Account account = validAccount();
    account.name = name;
    if (sameId) {
        account.id = other.id;
    }
    const QList<AccountValidator::Problem> problems = AccountValidator::validate(account, {other});
    QCOMPARE(fieldsOf(problems).contains(int(Field::Name)), duplicate);
    if (duplicate) {
        QVERIFY2(problems.first().message.contains(name.trimmed()),
            qPrintable(problems.first().message));
    }
}

void TestAccount::messagesNameTheValue()
{
    Account account = validAccount();
    account.host = u"pop_3.example"_qs;
    account.port = 99999;
    account.security = Security::None;
    account.auth = AuthMethod::UserPass;
    const QList<AccountValidator::Problem> problems = AccountValidator::validate(account);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(0).message.contains(u"pop_3.example"_qs));
    QVERIFY(problems.at(1).message.contains(u"99999"_qs));
    QVERIFY(problems.at(2).message.contains(u"USER/PASS"_qs));
    QVERIFY(problems.at(2).message.contains(u"clear text"_qs));
}

void TestAccount::keysRoundTrip()
{
    for (const Security s : {Security::ImplicitTls, Security::StartTls, Security::None}) {
        QCOMPARE(Account::securityFromKey(Account::securityKey(s)), s);
    }
    const QList<AuthMethod> methods {AuthMethod::Auto, AuthMethod::UserPass, AuthMethod::Apop,
        AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5, AuthMethod::ScramSha1,
        AuthMethod::ScramSha256};
    QStringList keys;
    for (const AuthMethod m : methods) {
        QCOMPARE(Account::authFromKey(Account::authKey(m)), m);
        keys.append(Account::authKey(m));
    }
    keys.removeDuplicates();
    QCOMPARE(keys.size(), methods.size());
    for (const PipeliningMode p : {PipeliningMode::Auto, PipeliningMode::On, PipeliningMode::Off}) {
        QCOMPARE(Account::pipeliningFromKey(Account::pipeliningKey(p)), p);
    }
    QCOMPARE(Account::securityFromKey(u"STARTTLS"_qs), Security::StartTls);
    QCOMPARE(Account::authFromKey(u"CRAM-MD5"_qs), AuthMethod::CramMd5);
    QVERIFY(!Account::securityFromKey(u"ssl"_qs));
    QVERIFY(!Account::authFromKey(u"gssapi"_qs));
    QVERIFY(!Account::pipeliningFromKey(u"yes"_qs));
}

void TestAccount::sessionOptionsCarryNoSecret()
{
    Account account = validAccount();
    account.port = 1995;
    account.security = Security::StartTls;
    account.auth = AuthMethod::CramMd5;
    account.pipelining = PipeliningMode::Off;
    const SessionOptions options = account.sessionOptions();
    QCOMPARE(options.host, account.host);
    QCOMPARE(options.port, quint16(1995));
    QCOMPARE(options.security, Security::StartTls);
    QCOMPARE(options.user, account.user);
    QCOMPARE(options.auth, AuthMethod::CramMd5);
    QCOMPARE(options.pipelining, PipeliningMode::Off);
    QVERIFY(options.password.isEmpty());
    QVERIFY(options.certificateExceptions.isEmpty());
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
