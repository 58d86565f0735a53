// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MessageFilterProxy.h"
#include "models/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QTest>

using namespace Postbote;

using Model = MessageListModel;

class TestMessageFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void search_data();
    void search();
    void foldsCaseAndAccents_data();
    void foldsCaseAndAccents();
    void sortByDate_data();
    void sortByDate();
    void sortBySenderWithGermanCollation();
    void localeSwitchSortsAgain();
    void sortBySizeAsNumbers();
    void unreadOnly();
    void deletedHiddenUnlessAsked();
    void newMessagesFollowSortAndFilter();
    void sortAndFilterSurviveAccountFilterAndReset();
    void overAnyOtherModelByRoles();

private:
    QStringList column(int column) const;

    Model* m_model = nullptr;
    MessageFilterProxy* m_proxy = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

namespace {

const QDateTime Noon = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

ArchiveRecord record(qint64 id, const QString& from, const QString& subject,
    const QString& preview = QString(), bool seen = false)
{
    ArchiveRecord r;
    r.id = id;
    r.account = u"demo"_qs;
    r.fileName = QStringLiteral("cur/%1.host:2,").arg(id);
    r.size = 1000 + id;
    r.received = Noon.addSecs(id);
    r.date = Noon.addSecs(id);
    r.from = from;
    r.subject = subject;
    r.preview = preview;
    r.seen = seen;
    return r;
}

} // namespace

void TestMessageFilterProxy::init()
{
    m_model = new Model(this);
    m_model->setLocale(QLocale(QLocale::German, QLocale::Germany));
    m_model->setRecords({
        record(1, u"Jürgen Müller <jm@example.org>"_qs, u"Grüße aus Köln"_qs,
            u"Hallo Max, das Wetter ist schön."_qs),
        record(2, u"Erika Mustermann <erika@example.org>"_qs, u"Termin morgen"_qs,
            u"Treffen wir uns in der Straße am Dom?"_qs, true),
        record(3, u"Zoë Ångström <zoe@example.org>"_qs, u"Re: Crème brûlée"_qs,
            u"The recipe needs cream"_qs),
        record(4, u"Max <max@example.org>"_qs, u"POP3 lesson"_qs, u"USER, PASS, STAT"_qs, true),
    });
    m_proxy = new MessageFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestMessageFilterProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

QStringList TestMessageFilterProxy::column(int column) const
{
    QStringList values;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        values.append(m_proxy->index(row, column).data().toString());
    }
    return values;
}

void TestMessageFilterProxy::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("ids");

    QTest::newRow("empty shows all") << QString() << QList<qint64> {1, 2, 3, 4};
    QTest::newRow("umlaut in subject") << u"köln"_qs << QList<qint64> {1};
    QTest::newRow("without umlaut") << u"koln"_qs << QList<qint64> {1};
    QTest::newRow("upper case") << u"KÖLN"_qs << QList<qint64> {1};
    QTest::newRow("sender") << u"mueller"_qs << QList<qint64> {};
    QTest::newRow("sender umlaut") << u"müller"_qs << QList<qint64> {1};
    QTest::newRow("address") << u"erika@"_qs << QList<qint64> {2};
    QTest::newRow("preview only") << u"dom?"_qs << QList<qint64> {2};
    QTest::newRow("accents") << u"creme brulee"_qs << QList<qint64> {3};
    QTest::newRow("ring above") << u"angstrom"_qs << QList<qint64> {3};
    QTest::newRow("sharp s stays") << u"straße"_qs << QList<qint64> {2};
    QTest::newRow("several rows") << u"example.org"_qs << QList<qint64> {1, 2, 3, 4};
    QTest::newRow("trimmed") << u"  pop3  "_qs << QList<qint64> {4};
    QTest::newRow("no match") << u"imap"_qs << QList<qint64> {};
}

void TestMessageFilterProxy::search()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, ids);
    QSignalSpy changed(m_proxy, &MessageFilterProxy::searchTextChanged);
    m_proxy->setSearchText(text);
    QCOMPARE(changed.count(), text.isEmpty() ? 0 : 1);
    QList<qint64> found;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        found.append(m_proxy->index(row, 0).data(Model::RecordIdRole).toLongLong());
    }
    QCOMPARE(found, ids);
}

void TestMessageFilterProxy::foldsCaseAndAccents_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<bool>("matches");

    QTest::newRow("composed") << u"köln"_qs << u"Grüße aus Köln"_qs << true;
    QTest::newRow("decomposed text") << u"köln"_qs << u"Ko\u0308ln"_qs << true;
    QTest::newRow("decomposed needle") << u"Ko\u0308ln"_qs << u"KÖLN"_qs << true;
    QTest::newRow("greek accent") << u"αθηνα"_qs << u"Αθήνα"_qs << true;
    QTest::newRow("cyrillic case") << u"москва"_qs << u"МОСКВА"_qs << true;
    QTest::newRow("partial word") << u"öl"_qs << u"Köln"_qs << true;
    QTest::newRow("different letter") << u"kaln"_qs << u"Köln"_qs << false;
    QTest::newRow("needle longer") << u"kölner"_qs << u"Köln"_qs << false;
}

void TestMessageFilterProxy::foldsCaseAndAccents()
{
    QFETCH(QString, needle);
    QFETCH(QString, haystack);
    QFETCH(bool, matches);
    QCOMPARE(SearchPattern(needle).matches(haystack), matches);
}

void TestMessageFilterProxy::sortByDate_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<qint64>>("ids");

    QTest::newRow("ascending") << Qt::AscendingOrder << QList<qint64> {2, 4, 1, 3};
    QTest::newRow("descending") << Qt::DescendingOrder << QList<qint64> {3, 1, 4, 2};
}

void TestMessageFilterProxy::sortByDate()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<qint64>, ids);
    // Dates out of id order, and one across a day and a year boundary, so that neither row
    // order nor the displayed text ("26.11.26" < "31.12.25" as text) can pass for dates.
    const QList<QDateTime> dates {Noon.addDays(3),
        QDateTime(QDate(2025, 12, 31), QTime(9, 0), Qt::UTC), Noon.addDays(10), Noon};
    for (qint64 id = 1; id <= 4; ++id) {
        ArchiveRecord r = record(id, QString(), QString());
        r.date = dates.at(id - 1);
        m_model->updateRecord(r);
    }
    m_proxy->sort(Model::DateColumn, order);
    QList<qint64> sorted;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        sorted.append(m_proxy->index(row, 0).data(Model::RecordIdRole).toLongLong());
    }
    QCOMPARE(sorted, ids);
}

void TestMessageFilterProxy::sortBySenderWithGermanCollation()
{
    const QStringList senders {u"Zacharias"_qs, u"ärger"_qs, u"Bernd"_qs, u"Ähre"_qs, u"Otto"_qs,
        u"Adam"_qs, u"Österreich"_qs, u"bert"_qs};
    QList<ArchiveRecord> all;
    for (int i = 0; i < senders.size(); ++i) {
        all.append(record(i + 1, senders.at(i), QString()));
    }
    m_model->setRecords(all);
    m_proxy->sort(Model::FromColumn, Qt::AscendingOrder);
    // DIN 5007: umlauts with their base letter, case ignored (not by code point: Ä after Z).
    const QStringList expected {u"Adam"_qs, u"Ähre"_qs, u"ärger"_qs, u"Bernd"_qs, u"bert"_qs,
        u"Österreich"_qs, u"Otto"_qs, u"Zacharias"_qs};
    QCOMPARE(column(Model::FromColumn), expected);
    m_proxy->sort(Model::FromColumn, Qt::DescendingOrder);
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(column(Model::FromColumn), reversed);
}

void TestMessageFilterProxy::localeSwitchSortsAgain()
{
    m_model->setRecords({record(1, u"Zacharias"_qs, QString()),
        record(2, u"Österreich"_qs, QString()), record(3, u"Otto"_qs, QString())});
    m_proxy->sort(Model::FromColumn, Qt::AscendingOrder);
    QCOMPARE(
        column(Model::FromColumn), (QStringList {u"Österreich"_qs, u"Otto"_qs, u"Zacharias"_qs}));
    // Swedish puts Ö after Z.
    m_model->setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    QCOMPARE(
        column(Model::FromColumn), (QStringList {u"Otto"_qs, u"Zacharias"_qs, u"Österreich"_qs}));
}

void TestMessageFilterProxy::sortBySizeAsNumbers()
{
    QList<ArchiveRecord> all;
    const QList<qint64> sizes {100, 9, 1'000'000, 10};
    for (int i = 0; i < sizes.size(); ++i) {
        ArchiveRecord r = record(i + 1, QString(), QString());
        r.size = sizes.at(i);
        all.append(r);
    }
    m_model->setRecords(all);
    m_proxy->sort(Model::SizeColumn, Qt::AscendingOrder);
    QList<qint64> sorted;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        sorted.append(m_proxy->index(row, 0).data(Model::SizeRole).toLongLong());
    }
    QCOMPARE(sorted, (QList<qint64> {9, 10, 100, 1'000'000}));
}

void TestMessageFilterProxy::unreadOnly()
{
    m_proxy->sort(Model::DateColumn, Qt::AscendingOrder);
    QSignalSpy changed(m_proxy, &MessageFilterProxy::unreadOnlyChanged);
    m_proxy->setUnreadOnly(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 2);
    QCOMPARE(m_proxy->index(0, 0).data(Model::RecordIdRole).toLongLong(), qint64(1));
    QCOMPARE(m_proxy->index(1, 0).data(Model::RecordIdRole).toLongLong(), qint64(3));
    // Reading a message takes it out of the unread view.
    m_model->updateFlags(u"demo"_qs, 1, true, false, false);
    QCOMPARE(m_proxy->rowCount(), 1);
    m_model->updateFlags(u"demo"_qs, 2, false, false, false);
    QCOMPARE(m_proxy->rowCount(), 2);
    // Combined with search.
    m_proxy->setSearchText(u"crème"_qs);
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setUnreadOnly(false);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestMessageFilterProxy::deletedHiddenUnlessAsked()
{
    m_model->updateFlags(u"demo"_qs, 2, true, false, true);
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setShowDeleted(true);
    QCOMPARE(m_proxy->rowCount(), 4);
    m_proxy->setShowDeleted(false);
    QCOMPARE(m_proxy->rowCount(), 3);
}

void TestMessageFilterProxy::newMessagesFollowSortAndFilter()
{
    m_proxy->sort(Model::DateColumn, Qt::DescendingOrder);
    m_proxy->setSearchText(u"köln"_qs);
    QCOMPARE(m_proxy->rowCount(), 1);
    m_model->addRecord(record(5, u"Anna"_qs, u"Neu aus Köln"_qs));
    m_model->addRecord(record(6, u"Bob"_qs, u"Something else"_qs));
    QCOMPARE(m_proxy->rowCount(), 2);
    // Newest first.
    QCOMPARE(m_proxy->index(0, 0).data(Model::RecordIdRole).toLongLong(), qint64(5));
    // A summary that arrives later is searched too.
    ArchiveRecord later = record(6, u"Bob"_qs, u"Köln again"_qs);
    m_model->updateRecord(later);
    QCOMPARE(m_proxy->rowCount(), 3);
    QCOMPARE(m_proxy->index(0, 0).data(Model::RecordIdRole).toLongLong(), qint64(6));
    // Sorting by sender keeps working while rows arrive (collation keys kept in step).
    m_proxy->setSearchText(QString());
    m_proxy->sort(Model::FromColumn, Qt::AscendingOrder);
    m_model->addRecord(record(7, u"Aaron"_qs, u"x"_qs));
    QCOMPARE(m_proxy->index(0, Model::FromColumn).data().toString(), u"Aaron"_qs);
    m_model->removeRecord(u"demo"_qs, 7);
    QCOMPARE(m_proxy->index(0, Model::FromColumn).data().toString(), u"Anna"_qs);
}

void TestMessageFilterProxy::sortAndFilterSurviveAccountFilterAndReset()
{
    // The source under the tester too: the account filter resets it beneath the proxy.
    QAbstractItemModelTester source(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto ids = [this]() {
        QList<qint64> found;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            found.append(m_proxy->index(row, 0).data(Model::RecordIdRole).toLongLong());
        }
        return found;
    };
    ArchiveRecord other = record(10, u"Anna <anna@example.org>"_qs, u"Köln im Winter"_qs);
    other.account = u"other"_qs;
    other.date = Noon.addDays(-1); // the oldest
    m_model->addRecord(other);
    m_proxy->sort(Model::DateColumn, Qt::DescendingOrder);
    m_proxy->setSearchText(u"koln"_qs);
    QCOMPARE(ids(), (QList<qint64> {1, 10}));
    m_model->setAccountFilter(u"other"_qs);
    QCOMPARE(ids(), QList<qint64> {10});
    m_model->setAccountFilter(QString());
    QCOMPARE(ids(), (QList<qint64> {1, 10}));
    m_proxy->setSearchText(QString());
    m_proxy->setUnreadOnly(true);
    QCOMPARE(ids(), (QList<qint64> {3, 1, 10})); // 2 and 4 are read
    m_proxy->sort(Model::FromColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), (QList<qint64> {10, 1, 3})); // Anna, Jürgen, Zoë
    // A new load (a reset) keeps sort and filter.
    m_model->setRecords({record(7, u"Zacharias"_qs, u"x"_qs), record(8, u"Bernd"_qs, u"y"_qs),
        record(9, u"Carla"_qs, u"z"_qs, QString(), true)});
    QCOMPARE(ids(), (QList<qint64> {8, 7}));
    QCOMPARE(m_model->sortColumn(), int(Model::FromColumn));
}

void TestMessageFilterProxy::overAnyOtherModelByRoles()
{
    // Not a MessageListModel as the source: the proxy filters by roles and sorts itself by
    // SortRole, as a plain QSortFilterProxyModel.
    QIdentityProxyModel other;
    other.setSourceModel(m_model);
    MessageFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&other);
    const auto ids = [&proxy]() {
        QList<qint64> found;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            found.append(proxy.index(row, 0).data(Model::RecordIdRole).toLongLong());
        }
        return found;
    };
    proxy.sort(Model::DateColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), (QList<qint64> {4, 3, 2, 1}));
    QCOMPARE(m_model->sortColumn(), -1); // the source model was left alone
    proxy.sort(Model::FromColumn, Qt::AscendingOrder);
    // Erika, Jürgen, Max, Zoë (SortRole gives the raw sender).
    QCOMPARE(ids(), (QList<qint64> {2, 1, 4, 3}));
    proxy.setSearchText(u"koln"_qs);
    QCOMPARE(ids(), QList<qint64> {1});
    proxy.setSearchText(QString());
    proxy.setUnreadOnly(true);
    QCOMPARE(ids(), (QList<qint64> {1, 3}));
    m_model->updateFlags(u"demo"_qs, 3, false, false, true); // deleted locally
    QCOMPARE(ids(), QList<qint64> {1});
    proxy.setShowDeleted(true);
    QCOMPARE(ids(), (QList<qint64> {1, 3}));
}

QTEST_GUILESS_MAIN(TestMessageFilterProxy)
#include "tst_messagefilterproxy.moc"
