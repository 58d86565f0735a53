// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveExporter.h"
#include "archive/ArchiveStore.h"
#include "archive/MessageWriter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;

class TestArchiveExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mboxrdQuotesFromLines();
    void emlOnePerMessage();

private:
    void archive(const QByteArray& uidl, const QByteArray& wire);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ArchiveStore> m_store;
};

void TestArchiveExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ArchiveStore>(m_dir->filePath(QStringLiteral("archive")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    archive("a", "Subject: one\r\n\r\nFrom here on\r\n>From there\r\n>>From afar\r\nFromage\r\n");
    archive("b", "Subject: two\r\n\r\nno final newline");
    QVERIFY(m_store->commit(&error));
}

void TestArchiveExporter::archive(const QByteArray& uidl, const QByteArray& wire)
{
    auto writer = m_store->createWriter(QStringLiteral("acct"), uidl);
    QVERIFY(writer->writeData(wire));
    QVERIFY(writer->finish());
}

void TestArchiveExporter::mboxrdQuotesFromLines()
{
    const QString mbox = m_dir->filePath(QStringLiteral("out.mbox"));
    QString error;
    QCOMPARE(ArchiveExporter::exportMbox(*m_store, mbox, &error), 2);
    QFile file(mbox);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("From MAILER-DAEMON "));
    QVERIFY(text.contains("\n>From here on\n>>From there\n>>>From afar\nFromage\n\n"));
    QVERIFY(text.contains("\nno final newline\n\n"));
    QCOMPARE(text.count("\nFrom MAILER-DAEMON "), 1); // the second separator
    // Python's mailbox module reads it back as two messages.
    QProcess python;
    python.start(QStringLiteral("python3"),
        {QStringLiteral("-c"),
            QStringLiteral("import mailbox,sys; print(len(mailbox.mbox(sys.argv[1])))"), mbox});
    QVERIFY(python.waitForFinished(20000));
    QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray("2"));
}

void TestArchiveExporter::emlOnePerMessage()
{
    const QString dir = m_dir->filePath(QStringLiteral("eml"));
    QString error;
    QCOMPARE(ArchiveExporter::exportEml(*m_store, dir, &error), 2);
    const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 2);
    QFile first(QDir(dir).filePath(names.first()));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(),
        QByteArray("Subject: one\n\nFrom here on\n>From there\n>>From afar\nFromage\n"));
    // Exporting again into the same folder refuses to overwrite.
    QCOMPARE(ArchiveExporter::exportEml(*m_store, dir, &error), -1);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestArchiveExporter)
#include "tst_archiveexporter.moc"
