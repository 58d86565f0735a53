// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/AccountArchives.h"

#include "archive/ArchiveExporter.h"
#include "archive/ArchiveStore.h"
#include "archive/MessageWriter.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Postbote;

class TestAccountArchives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setSeenPersistsAndAnnounces();
    void setDeletedLocallyKeepsOtherFlags();
    void unknownMessageFails();
    void exportMboxOfTwoAccounts();
    void exportEmlOfTwoAccounts();
    void vanishedFileFailsWithoutLeftovers_data();
    void vanishedFileFailsWithoutLeftovers();
    void emlExportRemovesWhatItWroteOnFailure();

private:
    MessageRef archive(const QString& account, const QByteArray& uidl, const QByteArray& wire);
    QByteArray contents(const MessageRef& message) const;
    std::optional<ArchiveRecord> reopened(const MessageRef& message) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountArchives> m_archives;
    MessageRef m_a1;
    MessageRef m_a2;
    MessageRef m_b1;
};

namespace {

const QString Anna = u"anna-account"_qs;
const QString Bert = u"bert-account"_qs;

// mboxrd (RFC 4155 §2), written here independently of ArchiveExporter: every line that
// starts with ">"* followed by "From " gets one more ">", each message ends with an empty line.
QByteArray mboxrd(const QByteArray& message, const QDateTime& received)
{
    QByteArray out = "From MAILER-DAEMON "
        + QLocale::c().toString(received.toUTC(), u"ddd MMM d HH:mm:ss yyyy"_qs).toLatin1() + '\n';
    QList<QByteArray> lines = message.split('\n');
    const bool finalNewline = message.endsWith('\n');
    if (finalNewline) {
        lines.removeLast();
    }
    for (const QByteArray& line : std::as_const(lines)) {
        QByteArray rest = line;
        while (rest.startsWith('>')) {
            rest.remove(0, 1);
        }
        out += (rest.startsWith("From ") ? ">" : "") + line + '\n';
    }
    return out + '\n';
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

void TestAccountArchives::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archives = std::make_unique<AccountArchives>();
    const QString root = m_dir->path();
    m_archives->setDirectoryResolver(
        [root](const QString& account) { return QDir(root).filePath(u"archives/"_qs + account); });
    m_a1 = archive(Anna, "a1",
        "From: anna@example.org\r\nSubject: Erste\r\n\r\nFrom here on\r\n>From there\r\n"
        ">>From afar\r\nFromage\r\n");
    m_a2 = archive(Anna, "a2", "Subject: Zweite\r\n\r\nno final newline");
    m_b1 = archive(Bert, "b1",
        "From: bert@example.org\r\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n\r\n"
        "Gr\xc3\xbc\xc3\x9f"
        "e\r\nFrom Bert\r\n");
    QCOMPARE(m_a1.id, m_b1.id); // ids repeat across archives
}

void TestAccountArchives::cleanup()
{
    m_archives.reset();
    m_dir.reset();
}

MessageRef TestAccountArchives::archive(
    const QString& account, const QByteArray& uidl, const QByteArray& wire)
{
    QString error;
    ArchiveStore* store = m_archives->store(account, &error);
    if (!store) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    auto writer = store->createWriter(account, uidl);
    writer->writeData(wire);
    writer->finish();
    if (!store->commit(&error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QList<ArchiveRecord> records = store->records(account);
    return MessageRef {account, records.last().id};
}

QByteArray TestAccountArchives::contents(const MessageRef& message) const
{
    QFile file(m_archives->filePath(message));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<ArchiveRecord> TestAccountArchives::reopened(const MessageRef& message) const
{
    // A store of its own, opened after AccountArchives let go: what is on disk.
    m_archives->close(message.account);
    ArchiveStore store(m_archives->directory(message.account));
    QString error;
    if (!store.open(&error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    return store.index()->record(message.id);
}

void TestAccountArchives::setSeenPersistsAndAnnounces()
{
    QString error;
    // Flagged before: setSeen must keep it.
    QVERIFY(m_archives->store(Bert, &error)->setFlags(m_b1.id, false, true, false, &error));
    QSignalSpy changed(m_archives.get(), &AccountArchives::flagsChanged);
    QVERIFY2(m_archives->setSeen({m_a1, m_b1}, true, &error), qPrintable(error));
    QCOMPARE(changed.count(), 2);
    const auto first = changed.at(0).at(0).value<ArchiveRecord>();
    const auto second = changed.at(1).at(0).value<ArchiveRecord>();
    QCOMPARE(first.account, Anna);
    QCOMPARE(first.id, m_a1.id);
    QVERIFY(first.seen);
    QVERIFY(first.fileName.startsWith(u"cur/"_qs));
    QVERIFY(first.fileName.endsWith(u":2,S"_qs));
    QCOMPARE(second.account, Bert);
    QVERIFY(second.seen && second.flagged && !second.deletedLocally);
    QVERIFY2(second.fileName.endsWith(u":2,FS"_qs), qPrintable(second.fileName));
    // The announced record is the stored one.
    QCOMPARE(
        m_archives->filePath(m_b1), QDir(m_archives->directory(Bert)).filePath(second.fileName));
    QVERIFY(QFile::exists(m_archives->filePath(m_b1)));

    // Already seen: nothing to do, nothing announced.
    QVERIFY(m_archives->setSeen({m_a1}, true, &error));
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_archives->setSeen({m_a2}, false, &error));
    QCOMPARE(changed.count(), 2);

    // Persisted: a fresh store on the folder sees the flags.
    const auto a1 = reopened(m_a1);
    QVERIFY(a1 && a1->seen && !a1->flagged);
    const auto b1 = reopened(m_b1);
    QVERIFY(b1 && b1->seen && b1->flagged);
    // And back (AccountArchives opens the archive again on demand).
    QVERIFY2(m_archives->setSeen({m_b1}, false, &error), qPrintable(error));
    QCOMPARE(changed.count(), 3);
    const auto unread = reopened(m_b1);
    QVERIFY(unread && !unread->seen && unread->flagged);
}

void TestAccountArchives::setDeletedLocallyKeepsOtherFlags()
{
    QString error;
    QVERIFY(m_archives->setSeen({m_a2}, true, &error));
    QSignalSpy changed(m_archives.get(), &AccountArchives::flagsChanged);
    QVERIFY2(m_archives->setDeletedLocally({m_a2, m_b1}, true, &error), qPrintable(error));
    QCOMPARE(changed.count(), 2);
    const auto a2 = changed.at(0).at(0).value<ArchiveRecord>();
    QVERIFY(a2.deletedLocally && a2.seen && !a2.flagged);
    QVERIFY2(a2.fileName.endsWith(u":2,ST"_qs), qPrintable(a2.fileName));
    const auto b1 = changed.at(1).at(0).value<ArchiveRecord>();
    QVERIFY(b1.deletedLocally && !b1.seen);
    const auto stored = reopened(m_a2);
    QVERIFY(stored && stored->deletedLocally && stored->seen);
    QVERIFY(reopened(m_b1)->deletedLocally);
    QVERIFY(!reopened(m_a1)->deletedLocally);
    QVERIFY2(m_archives->setDeletedLocally({m_a2}, false, &error), qPrintable(error));
    QCOMPARE(changed.count(), 3);
    const auto restored = reopened(m_a2);
    QVERIFY(restored && !restored->deletedLocally && restored->seen);
}

void TestAccountArchives::unknownMessageFails()
{
    QString error;
    QSignalSpy changed(m_archives.get(), &AccountArchives::flagsChanged);
    QVERIFY(!m_archives->setSeen({MessageRef {Anna, 999}}, true, &error));
    QVERIFY2(error.contains(u"no longer in the archive"_qs), qPrintable(error));
    error.clear();
    QVERIFY(!m_archives->setDeletedLocally({MessageRef {QString(), 1}}, true, &error));
    QVERIFY(!error.isEmpty());
    // The first message is changed, then the unknown one stops the run.
    error.clear();
    QVERIFY(!m_archives->setSeen({m_a1, MessageRef {Bert, 999}}, true, &error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_archives->exportMbox(
                 {m_a1, MessageRef {Bert, 999}}, m_dir->filePath(u"x.mbox"_qs), &error),
        -1);
    QVERIFY(!QFile::exists(m_dir->filePath(u"x.mbox"_qs)));
}

void TestAccountArchives::exportMboxOfTwoAccounts()
{
    const QString mbox = m_dir->filePath(u"selection.mbox"_qs);
    const QList<MessageRef> selection {m_b1, m_a2, m_a1};
    QString error;
    QCOMPARE(m_archives->exportMbox(selection, mbox, &error), 3);
    QFile file(mbox);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();

    QByteArray expected;
    const QList<ArchiveRecord> records = m_archives->records(selection);
    QCOMPARE(records.size(), 3);
    for (int i = 0; i < selection.size(); ++i) {
        QCOMPARE(records.at(i).account, selection.at(i).account); // records() keeps the order
        expected += mboxrd(contents(selection.at(i)), records.at(i).received);
    }
    QCOMPARE(text, expected);
    // The quoting, spelled out.
    QVERIFY(text.contains("\n>From here on\n>>From there\n>>>From afar\nFromage\n\n"));
    QVERIFY(text.contains("\n>From Bert\n\n"));
    QVERIFY(text.contains("\nno final newline\n\n"));
    QVERIFY(text.startsWith("From MAILER-DAEMON "));
    QCOMPARE(text.count("\nFrom MAILER-DAEMON "), 2);
    // Nothing but the mbox in the folder: the temporary file was renamed.
    QCOMPARE(filesIn(m_dir->path()), QStringList {u"selection.mbox"_qs});

    // Python's mailbox module reads it back: three messages, Bert's first.
    QProcess python;
    python.start(u"python3"_qs,
        {u"-c"_qs,
            u"import mailbox,sys; b=mailbox.mbox(sys.argv[1]); print(len(b), b[0]['From'])"_qs,
            mbox});
    QVERIFY(python.waitForFinished(20000));
    QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray("3 bert@example.org"));
}

void TestAccountArchives::exportEmlOfTwoAccounts()
{
    const QString dir = m_dir->filePath(u"eml"_qs);
    QString error;
    QCOMPARE(m_archives->exportEml({m_a1, m_b1, m_a2}, dir, &error), 3);
    // a1 and b1 share id 1: the second one gets a suffix.
    const QString one = ArchiveExporter::emlName(m_a1.id);
    const QString oneAgain = one.chopped(4) + u"-2.eml"_qs;
    const QString two = ArchiveExporter::emlName(m_a2.id);
    QStringList expected {one, oneAgain, two};
    expected.sort();
    QCOMPARE(filesIn(dir), expected);
    const auto read = [&dir](const QString& name) {
        QFile file(QDir(dir).filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
    };
    QCOMPARE(read(one), contents(m_a1));
    QCOMPARE(read(oneAgain), contents(m_b1));
    QCOMPARE(read(two), contents(m_a2));
    QCOMPARE(read(two), QByteArray("Subject: Zweite\n\nno final newline"));
    // Again into the same folder: refused before anything is overwritten.
    QCOMPARE(m_archives->exportEml({m_a2}, dir, &error), -1);
    QVERIFY2(error.contains(u"already exists"_qs), qPrintable(error));
    QCOMPARE(read(two), contents(m_a2));
}

void TestAccountArchives::vanishedFileFailsWithoutLeftovers_data()
{
    QTest::addColumn<bool>("mbox");
    QTest::newRow("mbox") << true;
    QTest::newRow("eml") << false;
}

void TestAccountArchives::vanishedFileFailsWithoutLeftovers()
{
    QFETCH(bool, mbox);
    const QString out = m_dir->filePath(u"out"_qs);
    QVERIFY(QDir().mkpath(out));
    const QString mboxPath = QDir(out).filePath(u"old.mbox"_qs);
    {
        // An mbox from before, which a failed export must leave as it was.
        QFile old(mboxPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("From MAILER-DAEMON Thu Nov 26 12:00:00 2026\nSubject: old\n\n");
    }
    const QString gone = m_archives->filePath(m_b1);
    QVERIFY(QFile::remove(gone)); // another program removed it
    QString error;
    const QList<MessageRef> selection {m_a1, m_b1, m_a2};
    const int written = mbox ? m_archives->exportMbox(selection, mboxPath, &error)
                             : m_archives->exportEml(selection, out, &error);
    QCOMPARE(written, -1);
    QVERIFY2(error.contains(u"no longer exists"_qs), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(gone)), qPrintable(error));
    QCOMPARE(filesIn(out), QStringList {u"old.mbox"_qs});
    QFile old(mboxPath);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QVERIFY(old.readAll().endsWith("Subject: old\n\n"));
}

void TestAccountArchives::emlExportRemovesWhatItWroteOnFailure()
{
    // Two items with one name (only a caller's mistake can do that): the first is written,
    // the second fails, and the first is removed again.
    const QString dir = m_dir->filePath(u"eml"_qs);
    const ArchiveExporter::Item first {m_archives->filePath(m_a1), QDateTime(), u"same.eml"_qs};
    const ArchiveExporter::Item second {m_archives->filePath(m_a2), QDateTime(), u"same.eml"_qs};
    QString error;
    QCOMPARE(ArchiveExporter::exportEml({first, second}, dir, &error), -1);
    QVERIFY(!error.isEmpty());
    QCOMPARE(filesIn(dir), QStringList());
    QCOMPARE(ArchiveExporter::exportEml({first}, dir, &error), 1);
}

QTEST_GUILESS_MAIN(TestAccountArchives)
#include "tst_accountarchives.moc"
