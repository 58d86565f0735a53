// SPDX-License-Identifier: GPL-3.0-or-later
// DemoAccount: ensure() sets up the plaintext loopback account once, follows the demo
// server's port, keeps the account when the user renames it, sets it up again after it was
// removed, and picks a free name; id() and isDemo() recognise it by its remembered id.
#include "account/AccountStore.h"
#include "account/AccountValidator.h"
#include "account/DemoAccount.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;

class TestDemoAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsThePlaintextLoopbackAccount();
    void updatesThePortAndKeepsTheId();
    void keepsARenamedDemoAccount();
    void recreatesAfterRemoval();
    void picksAFreeName_data();
    void picksAFreeName();
    void isDemoAndId();

private:
    QString iniPath() const { return m_dir->filePath(u"accounts.ini"_qs); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoAccount::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDemoAccount::createsThePlaintextLoopbackAccount()
{
    AccountStore store(iniPath());
    QVERIFY(DemoAccount::id(store).isEmpty());
    QString error;
    const std::optional<Account> demo = DemoAccount::ensure(store, u"max"_qs, 40110, &error);
    QVERIFY2(demo, qPrintable(error));
    QVERIFY(!demo->id.isEmpty());
    QCOMPARE(demo->name, u"Demo"_qs);
    QCOMPARE(demo->host, u"127.0.0.1"_qs);
    QCOMPARE(demo->port, 40110);
    QCOMPARE(demo->security, Security::None);
    QVERIFY(demo->allowCleartext);
    QCOMPARE(demo->auth, AuthMethod::UserPass);
    QCOMPARE(demo->user, u"max"_qs);
    QCOMPARE(demo->retention, RetentionPolicy::keepOnServer());
    QVERIFY(demo->enabled);
    QCOMPARE(AccountValidator::firstProblem(*demo, store.accounts()), QString());

    // Stored, and remembered in the settings (which another store sees too).
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.find(demo->id), demo);
    QSettings ini(iniPath(), QSettings::IniFormat);
    QCOMPARE(ini.value(u"demo/accountId"_qs).toString(), demo->id);
}

void TestDemoAccount::updatesThePortAndKeepsTheId()
{
    AccountStore store(iniPath());
    QString error;
    const auto first = DemoAccount::ensure(store, u"max"_qs, 40110, &error);
    QVERIFY2(first, qPrintable(error));
    const auto same = DemoAccount::ensure(store, u"max"_qs, 40110, &error);
    QVERIFY2(same, qPrintable(error));
    QCOMPARE(*same, *first);

    const auto moved = DemoAccount::ensure(store, u"max"_qs, 50995, &error);
    QVERIFY2(moved, qPrintable(error));
    QCOMPARE(moved->id, first->id);
    QCOMPARE(moved->port, 50995);
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.find(first->id)->port, 50995);
}

void TestDemoAccount::keepsARenamedDemoAccount()
{
    AccountStore store(iniPath());
    QString error;
    auto demo = DemoAccount::ensure(store, u"max"_qs, 40110, &error);
    QVERIFY2(demo, qPrintable(error));
    Account renamed = *demo;
    renamed.name = u"Übungskonto"_qs;
    renamed.checkIntervalMinutes = 5;
    QVERIFY(store.update(renamed, &error));

    const auto again = DemoAccount::ensure(store, u"max"_qs, 40111, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->id, demo->id);
    QCOMPARE(again->name, u"Übungskonto"_qs);
    QCOMPARE(again->checkIntervalMinutes, 5);
    QCOMPARE(again->port, 40111);
    QCOMPARE(store.accounts().size(), 1);
    QVERIFY(!store.findByName(u"Demo"_qs));
}

void TestDemoAccount::recreatesAfterRemoval()
{
    AccountStore store(iniPath());
    QString error;
    const auto demo = DemoAccount::ensure(store, u"max"_qs, 40110, &error);
    QVERIFY2(demo, qPrintable(error));
    QVERIFY(store.remove(demo->id, &error));
    QVERIFY(DemoAccount::id(store).isEmpty());
    QVERIFY(!DemoAccount::isDemo(store, demo->id));

    const auto recreated = DemoAccount::ensure(store, u"max"_qs, 40112, &error);
    QVERIFY2(recreated, qPrintable(error));
    QVERIFY(recreated->id != demo->id);
    QCOMPARE(recreated->name, u"Demo"_qs);
    QCOMPARE(recreated->port, 40112);
    QCOMPARE(DemoAccount::id(store), recreated->id);
    QCOMPARE(store.accounts().size(), 1);
}

void TestDemoAccount::picksAFreeName_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList() << u"Demo"_qs;
    QTest::newRow("Demo") << QStringList {u"Demo"_qs} << u"Demo 2"_qs;
    QTest::newRow("other case") << QStringList {u"demo"_qs} << u"Demo 2"_qs;
    QTest::newRow("Demo, Demo 2") << QStringList {u"Demo"_qs, u"Demo 2"_qs} << u"Demo 3"_qs;
    QTest::newRow("gap") << QStringList {u"Demo"_qs, u"Demo 3"_qs} << u"Demo 2"_qs;
}

void TestDemoAccount::picksAFreeName()
{
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    AccountStore store(iniPath());
    QString error;
    for (const QString& name : std::as_const(taken)) {
        Account other = Account::create();
        other.name = name;
        other.host = u"pop.example.org"_qs;
        other.user = u"erika"_qs;
        QVERIFY2(store.add(other, &error), qPrintable(error));
    }
    const auto demo = DemoAccount::ensure(store, u"max"_qs, 40110, &error);
    QVERIFY2(demo, qPrintable(error));
    QCOMPARE(demo->name, expected);
    QCOMPARE(store.accounts().size(), taken.size() + 1);
}

void TestDemoAccount::isDemoAndId()
{
    AccountStore store(iniPath());
    Account other = Account::create();
    other.name = u"Work"_qs;
    other.host = u"pop.example.org"_qs;
    other.user = u"erika"_qs;
    QString error;
    QVERIFY2(store.add(other, &error), qPrintable(error));
    QVERIFY(!DemoAccount::isDemo(store, other.id));
    QVERIFY(!DemoAccount::isDemo(store, QString()));

    const auto demo = DemoAccount::ensure(store, u"max"_qs, 40110, &error);
    QVERIFY2(demo, qPrintable(error));
    QCOMPARE(DemoAccount::id(store), demo->id);
    QVERIFY(DemoAccount::isDemo(store, demo->id));
    QVERIFY(!DemoAccount::isDemo(store, other.id));

    // Another store over the same settings (the CLI, say) knows it too.
    AccountStore again(iniPath());
    QCOMPARE(DemoAccount::id(again), demo->id);
    QVERIFY(DemoAccount::isDemo(again, demo->id));
}

QTEST_GUILESS_MAIN(TestDemoAccount)
#include "tst_demoaccount.moc"
