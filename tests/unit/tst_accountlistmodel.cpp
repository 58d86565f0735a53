// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AccountListModel.h"

#include "account/AccountStore.h"
#include "models/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Postbote;

using Model = AccountListModel;

class TestAccountListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void allRowThenAccountsByName();
    void unreadCountsFollowMessages();
    void onlyChangedCountsAreAnnounced();
    void countsIgnoreTheInboxAccountFilter();
    void accountsAddedRenamedRemoved();
    void busyAndErrorRoles();
    void followsLanguageChange();
    void detachesFromDestroyedSources();

private:
    QString add(const QString& name, const QString& host = u"pop.example.org"_qs);
    QStringList names() const;
    int rowOf(const QString& id) const { return m_model->indexOfAccount(id).row(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<MessageListModel> m_messages;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

ArchiveRecord message(const QString& account, qint64 id, bool seen = false)
{
    ArchiveRecord r;
    r.id = id;
    r.account = account;
    r.fileName = QStringLiteral("cur/%1.host:2,").arg(id);
    r.received = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC).addSecs(id);
    r.from = QStringLiteral("Sender %1").arg(id);
    r.subject = QStringLiteral("Subject %1").arg(id);
    r.seen = seen;
    return r;
}

// Rows named in dataChanged() signals, in order.
QList<int> changedRows(const QSignalSpy& spy)
{
    QList<int> rows;
    for (const QList<QVariant>& args : spy) {
        const QModelIndex first = args.at(0).toModelIndex();
        const QModelIndex last = args.at(1).toModelIndex();
        for (int row = first.row(); row <= last.row(); ++row) {
            rows.append(row);
        }
    }
    return rows;
}

// Stands in for a German .qm file: translates the one string the test looks at.
class GermanTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(
        const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "Postbote::AccountListModel") == 0
            && qstrcmp(source, "All accounts") == 0) {
            return u"Alle Konten"_qs;
        }
        return QString();
    }
};

} // namespace

void TestAccountListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AccountStore>(m_dir->filePath(u"accounts.ini"_qs));
    m_messages = std::make_unique<MessageListModel>();
    m_model = std::make_unique<Model>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setAccountStore(m_store.get());
    m_model->setMessageModel(m_messages.get());
}

void TestAccountListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_messages.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestAccountListModel::add(const QString& name, const QString& host)
{
    Account account = Account::create();
    account.name = name;
    account.host = host;
    account.user = u"max"_qs;
    QString error;
    if (!m_store->add(account, &error)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    return account.id;
}

QStringList TestAccountListModel::names() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        result.append(m_model->index(row).data().toString());
    }
    return result;
}

void TestAccountListModel::allRowThenAccountsByName()
{
    QCOMPARE(names(), QStringList {u"All accounts"_qs});
    const QString zeta = add(u"Zeta"_qs, u"pop.zeta.example"_qs);
    const QString alpha = add(u"alpha"_qs);
    QVERIFY(!zeta.isEmpty() && !alpha.isEmpty());
    QCOMPARE(names(), (QStringList {u"All accounts"_qs, u"alpha"_qs, u"Zeta"_qs}));

    const QModelIndex all = m_model->index(0);
    QVERIFY(all.data(Model::IsAllRole).toBool());
    QVERIFY(all.data(Model::AccountIdRole).toString().isEmpty());
    QCOMPARE(m_model->indexOfAccount(QString()), all);
    const QModelIndex z = m_model->indexOfAccount(zeta);
    QCOMPARE(z.row(), 2);
    QVERIFY(!z.data(Model::IsAllRole).toBool());
    QCOMPARE(z.data(Model::AccountIdRole).toString(), zeta);
    QCOMPARE(z.data(Model::UnreadCountRole).toInt(), 0);
    QCOMPARE(z.data(Qt::ToolTipRole).toString(), u"Server: pop.zeta.example:995"_qs);
    QVERIFY(!z.data(Qt::DecorationRole).isValid());
    QVERIFY(!m_model->indexOfAccount(u"no-such-id"_qs).isValid());
    QVERIFY(m_model->roleNames().values().contains("unreadCount"));
}

void TestAccountListModel::unreadCountsFollowMessages()
{
    const QString alpha = add(u"Alpha"_qs);
    const QString beta = add(u"Beta"_qs);
    m_messages->setRecords({message(alpha, 1), message(alpha, 2, true), message(beta, 1)});
    QCOMPARE(names(), (QStringList {u"All accounts (2)"_qs, u"Alpha (1)"_qs, u"Beta (1)"_qs}));
    QCOMPARE(m_model->index(rowOf(alpha)).data(Model::UnreadCountRole).toInt(), 1);
    QCOMPARE(m_model->index(rowOf(alpha)).data(Qt::EditRole).toString(), u"Alpha"_qs);

    m_messages->addRecord(message(alpha, 3)); // a fetch archives a new message
    QCOMPARE(m_model->index(rowOf(alpha)).data().toString(), u"Alpha (2)"_qs);
    m_messages->updateFlags(beta, 1, true, false, false); // read
    QCOMPARE(m_model->index(rowOf(beta)).data().toString(), u"Beta"_qs);
    m_messages->updateFlags(alpha, 2, false, false, false); // marked unread
    QCOMPARE(m_model->index(rowOf(alpha)).data(Model::UnreadCountRole).toInt(), 3);
    m_messages->updateFlags(alpha, 3, false, false, true); // deleted locally: not counted
    QCOMPARE(m_model->index(rowOf(alpha)).data(Model::UnreadCountRole).toInt(), 2);
    m_messages->removeRecord(alpha, 1);
    QCOMPARE(m_model->index(rowOf(alpha)).data(Model::UnreadCountRole).toInt(), 1);
    QCOMPARE(m_model->index(0).data().toString(), u"All accounts (1)"_qs);
    m_messages->clear();
    QCOMPARE(names(), (QStringList {u"All accounts"_qs, u"Alpha"_qs, u"Beta"_qs}));
}

void TestAccountListModel::onlyChangedCountsAreAnnounced()
{
    const QString alpha = add(u"Alpha"_qs);
    const QString beta = add(u"Beta"_qs);
    const QString gamma = add(u"Gamma"_qs);
    m_messages->setRecords({message(alpha, 1), message(beta, 1), message(gamma, 1)});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // Beta's message is read: Beta's row and "All accounts", nothing else.
    m_messages->updateFlags(beta, 1, true, false, false);
    QList<int> rows = changedRows(changed);
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int> {0, rowOf(beta)}));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Model::UnreadCountRole));
    // A change that leaves every count as it was announces nothing.
    changed.clear();
    ArchiveRecord renamed = message(gamma, 1);
    renamed.subject = u"Another subject"_qs;
    m_messages->updateRecord(renamed);
    m_messages->addRecord(message(gamma, 2, true));
    QCOMPARE(changed.count(), 0);
}

void TestAccountListModel::countsIgnoreTheInboxAccountFilter()
{
    const QString alpha = add(u"Alpha"_qs);
    const QString beta = add(u"Beta"_qs);
    m_messages->setRecords({message(alpha, 1), message(beta, 1)});
    m_messages->setAccountFilter(alpha);
    QCOMPARE(m_messages->rowCount(), 1);
    QCOMPARE(m_model->index(rowOf(beta)).data(Model::UnreadCountRole).toInt(), 1);
    // Beta's rows are hidden from the inbox, so its changes send no row signals; the counts
    // follow them all the same.
    QSignalSpy rowSignals(m_messages.get(), &QAbstractItemModel::rowsInserted);
    m_messages->addRecord(message(beta, 2));
    QCOMPARE(rowSignals.count(), 0);
    QCOMPARE(m_model->index(rowOf(beta)).data(Model::UnreadCountRole).toInt(), 2);
    m_messages->updateFlags(beta, 1, true, false, false);
    QCOMPARE(m_model->index(rowOf(beta)).data(Model::UnreadCountRole).toInt(), 1);
    m_messages->removeRecord(beta, 2);
    QCOMPARE(m_model->index(rowOf(beta)).data(Model::UnreadCountRole).toInt(), 0);
    QCOMPARE(m_model->index(0).data(Model::UnreadCountRole).toInt(), 1);
    QCOMPARE(m_messages->unreadCount(), 1);
}

void TestAccountListModel::accountsAddedRenamedRemoved()
{
    const QString berta = add(u"Berta"_qs);
    const QString dora = add(u"Dora"_qs);
    m_messages->setRecords({message(dora, 1)});
    QPersistentModelIndex selected(m_model->indexOfAccount(dora));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    const QString anton = add(u"Anton"_qs);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(
        names(), (QStringList {u"All accounts (1)"_qs, u"Anton"_qs, u"Berta"_qs, u"Dora (1)"_qs}));
    QCOMPARE(selected.row(), 3);

    // Renamed: the row moves to its new place, the selection goes with it.
    Account renamed = *m_store->find(dora);
    renamed.name = u"Caesar"_qs;
    renamed.host = u"mail.example.net"_qs;
    renamed.port = 1995;
    QVERIFY(m_store->update(renamed));
    QCOMPARE(names(),
        (QStringList {u"All accounts (1)"_qs, u"Anton"_qs, u"Berta"_qs, u"Caesar (1)"_qs}));
    renamed.name = u"Aaron"_qs;
    QVERIFY(m_store->update(renamed));
    QCOMPARE(
        names(), (QStringList {u"All accounts (1)"_qs, u"Aaron (1)"_qs, u"Anton"_qs, u"Berta"_qs}));
    QCOMPARE(selected.row(), 1);
    QCOMPARE(selected.data(Model::AccountIdRole).toString(), dora);
    QCOMPARE(selected.data(Qt::ToolTipRole).toString(), u"Server: mail.example.net:1995"_qs);

    // Removed: its row goes; another account's selection stays.
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_store->remove(berta));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(names(), (QStringList {u"All accounts (1)"_qs, u"Aaron (1)"_qs, u"Anton"_qs}));
    QCOMPARE(selected.data(Model::AccountIdRole).toString(), dora);
    QVERIFY(m_store->remove(dora));
    QVERIFY(!selected.isValid());
    QCOMPARE(names(), (QStringList {u"All accounts (1)"_qs, u"Anton"_qs}));
    QCOMPARE(rowOf(anton), 1);
    QCOMPARE(reset.count(), 0);
}

void TestAccountListModel::busyAndErrorRoles()
{
    const QString alpha = add(u"Alpha"_qs);
    const QString beta = add(u"Beta"_qs);
    const auto busy = [this](const QString& id) {
        return m_model->indexOfAccount(id).data(Model::BusyRole).toBool();
    };
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setBusyAccount(alpha);
    QVERIFY(busy(alpha));
    QVERIFY(!busy(beta));
    QVERIFY(!m_model->index(0).data(Model::BusyRole).toBool());
    QCOMPARE(changedRows(changed), QList<int> {rowOf(alpha)});
    changed.clear();
    m_model->setBusyAccount(beta); // the queue moves on
    QVERIFY(!busy(alpha));
    QVERIFY(busy(beta));
    QCOMPARE(changedRows(changed), (QList<int> {rowOf(alpha), rowOf(beta)}));
    m_model->setBusyAccount(QString());
    QVERIFY(!busy(beta));

    changed.clear();
    const QString error = u"The server said: -ERR [AUTH] Invalid login"_qs;
    m_model->setAccountError(beta, error);
    const QModelIndex b = m_model->indexOfAccount(beta);
    QCOMPARE(b.data(Model::ErrorRole).toString(), error);
    QCOMPARE(b.data(Qt::ToolTipRole).toString(),
        u"Server: pop.example.org:995\nLast error: "_qs + error);
    QCOMPARE(changedRows(changed), QList<int> {rowOf(beta)});
    QVERIFY(m_model->indexOfAccount(alpha).data(Model::ErrorRole).toString().isEmpty());
    // The error stays through a reload (another account added) and goes when cleared.
    add(u"Aaa"_qs);
    QCOMPARE(m_model->indexOfAccount(beta).data(Model::ErrorRole).toString(), error);
    m_model->setAccountError(beta, QString());
    QCOMPARE(m_model->indexOfAccount(beta).data(Qt::ToolTipRole).toString(),
        u"Server: pop.example.org:995"_qs);
    // Busy account removed: no row is busy any more.
    m_model->setBusyAccount(alpha);
    QVERIFY(m_store->remove(alpha));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(!m_model->index(row).data(Model::BusyRole).toBool());
    }
}

void TestAccountListModel::followsLanguageChange()
{
    add(u"Alpha"_qs);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    GermanTranslator german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(m_model->index(0).data().toString(), u"Alle Konten"_qs);
    QVERIFY(changedRows(changed).contains(0));
    changed.clear();
    QCoreApplication::removeTranslator(&german);
    QVERIFY(changedRows(changed).contains(0));
    QCOMPARE(m_model->index(0).data().toString(), u"All accounts"_qs);
}

void TestAccountListModel::detachesFromDestroyedSources()
{
    const QString alpha = add(u"Alpha"_qs);
    m_messages->setRecords({message(alpha, 1)});
    QCOMPARE(m_model->index(rowOf(alpha)).data(Model::UnreadCountRole).toInt(), 1);
    m_messages.reset();
    QCOMPARE(m_model->index(rowOf(alpha)).data(Model::UnreadCountRole).toInt(), 0);
    m_store.reset();
    QCOMPARE(names(), QStringList {u"All accounts"_qs});
}

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
