// SPDX-License-Identifier: GPL-3.0-or-later
// Each retention policy against a real dovecot: after the check, exactly the right messages
// are left on the server, and the archive holds every message.
#include "DovecotFixture.h"
#include "archive/ArchiveStore.h"
#include "sync/CheckMailJob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;
using Postbote::Test::DovecotFixture;

namespace {

const QString Password = QStringLiteral("secret");

QByteArray message(const QString& user, int serial, int size)
{
    QByteArray m = "From: sender@example.org\nTo: " + user.toUtf8() + "\nSubject: S"
        + QByteArray::number(serial) + "\n\n";
    while (m.size() < size) {
        m += "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n";
    }
    return m;
}

} // namespace

class TestDovecotRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void policies_data();
    void policies();
    void keepDays();
    void deleteWhatWasDeletedLocally();

private:
    CheckMailJob::Result check(ArchiveStore& store, const QString& user,
        const RetentionPolicy& policy, const QDateTime& now = {});
    QList<int> serialsOnServer(const QString& user) const;
    void deliver(const QString& user, int from, int to, int size);

    DovecotFixture m_dovecot;
    QTemporaryDir m_work;
};

void TestDovecotRetention::initTestCase()
{
    QString why;
    QVERIFY2(DovecotFixture::isAvailable(&why), qPrintable(why));
    for (const char* user : {"keep", "delete", "newest", "megabytes", "days", "local"}) {
        m_dovecot.addUser(QString::fromLatin1(user), Password);
    }
    QVERIFY2(m_dovecot.start(&why), qPrintable(why));
}

void TestDovecotRetention::deliver(const QString& user, int from, int to, int size)
{
    for (int i = from; i <= to; ++i) {
        QVERIFY(!m_dovecot.deliver(user, message(user, i, size)).isEmpty());
    }
}

QList<int> TestDovecotRetention::serialsOnServer(const QString& user) const
{
    QList<int> serials;
    for (const QString& path : m_dovecot.storedMessages(user)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray text = file.readAll();
            const qsizetype at = text.indexOf("Subject: S");
            serials << text.mid(at + 10, text.indexOf('\n', at) - at - 10).toInt();
        }
    }
    std::sort(serials.begin(), serials.end());
    return serials;
}

CheckMailJob::Result TestDovecotRetention::check(
    ArchiveStore& store, const QString& user, const RetentionPolicy& policy, const QDateTime& now)
{
    SessionOptions options;
    options.host = QStringLiteral("localhost");
    options.port = m_dovecot.pop3sPort();
    options.caCertificates = m_dovecot.caCertificates();
    options.user = user;
    options.password = Password;
    CheckMailJob job(options, &store, user, policy);
    if (now.isValid()) {
        job.setClock([now] { return now; });
    }
    QSignalSpy finished(&job, &CheckMailJob::finished);
    job.start();
    if (!finished.wait(60000)) {
        return {};
    }
    return finished.first().first().value<CheckMailJob::Result>();
}

void TestDovecotRetention::policies_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<RetentionPolicy>("policy");
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("left");
    QTest::newRow("keep on server") << QStringLiteral("keep") << RetentionPolicy::keepOnServer()
                                    << 2000 << QList<int> {1, 2, 3, 4, 5, 6};
    QTest::newRow("delete after archiving")
        << QStringLiteral("delete") << RetentionPolicy::deleteAfterArchiving() << 2000
        << QList<int> {};
    QTest::newRow("keep the newest 2")
        << QStringLiteral("newest") << RetentionPolicy::keepNewest(2) << 2000 << QList<int> {5, 6};
    // Six messages of 300 KB: at most 1 MiB may stay, so the three oldest go.
    QTest::newRow("keep at most 1 MB")
        << QStringLiteral("megabytes") << RetentionPolicy::keepMaxMegabytes(1) << 300 * 1024
        << QList<int> {4, 5, 6};
}

void TestDovecotRetention::policies()
{
    QFETCH(QString, user);
    QFETCH(RetentionPolicy, policy);
    QFETCH(int, size);
    QFETCH(QList<int>, left);
    deliver(user, 1, 6, size);
    ArchiveStore store(m_work.filePath(user));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const CheckMailJob::Result result = check(store, user, policy);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QCOMPARE(result.retrieved, 6);
    QCOMPARE(serialsOnServer(user), left);
    QCOMPARE(store.records(user).size(), 6);
}

void TestDovecotRetention::keepDays()
{
    const QString user = QStringLiteral("days");
    ArchiveStore store(m_work.filePath(user));
    QString error;
    QVERIFY(store.open(&error));
    deliver(user, 1, 3, 2000);
    CheckMailJob::Result result = check(store, user, RetentionPolicy::keepDays(5));
    QCOMPARE(result.retrieved, 3);
    QCOMPARE(serialsOnServer(user), QList<int>({1, 2, 3})); // first seen today: kept
    // Six days later, with two new messages: the old three have been kept long enough.
    deliver(user, 4, 5, 2000);
    result = check(
        store, user, RetentionPolicy::keepDays(5), QDateTime::currentDateTimeUtc().addDays(6));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QCOMPARE(result.retrieved, 2);
    QCOMPARE(result.deleted, 3);
    QCOMPARE(serialsOnServer(user), QList<int>({4, 5}));
    QCOMPARE(store.records(user).size(), 5);
}

void TestDovecotRetention::deleteWhatWasDeletedLocally()
{
    const QString user = QStringLiteral("local");
    ArchiveStore store(m_work.filePath(user));
    QString error;
    QVERIFY(store.open(&error));
    deliver(user, 1, 4, 2000);
    QCOMPARE(check(store, user, RetentionPolicy::keepOnServer()).retrieved, 4);
    // The user deletes message 2 in Postbote.
    const QList<ArchiveRecord> records = store.records(user);
    const auto second = std::find_if(records.begin(), records.end(), [&](const ArchiveRecord& r) {
        QFile file(store.maildir().absolutePath(r.fileName));
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("Subject: S2\n");
    });
    QVERIFY(second != records.end());
    QVERIFY2(store.setFlags(second->id, true, false, true, &error), qPrintable(error));
    RetentionPolicy policy = RetentionPolicy::keepOnServer();
    policy.deleteWhenDeletedLocally = true;
    const CheckMailJob::Result result = check(store, user, policy);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QCOMPARE(result.retrieved, 0);
    QCOMPARE(result.deleted, 1);
    QCOMPARE(serialsOnServer(user), QList<int>({1, 3, 4}));
}

QTEST_GUILESS_MAIN(TestDovecotRetention)
#include "tst_dovecot_retention.moc"
