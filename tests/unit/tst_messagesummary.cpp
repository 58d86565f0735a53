// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveStore.h"
#include "mail/MessageSummary.h"
#include "mail/MimeMessage.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;

class TestMessageSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryOfFiles_data();
    void summaryOfFiles();
    void preview_data();
    void preview();
    void previewIsCheapForHugeText();
    void archiveStoresSummaryBeforeAnnouncing();
    void unparseableMessageIsStillArchived();
    void openFillsMissingSummaries();
};

static QString dataFile(const QString& name)
{
    return QStringLiteral(POSTBOTE_TEST_DATA_DIR "/mail/") + name;
}

static QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static std::unique_ptr<MessageWriter> store(
    ArchiveStore& archive, const QByteArray& uidl, const QByteArray& payload)
{
    auto writer = archive.createWriter(QStringLiteral("max"), uidl);
    writer->writeData(payload);
    writer->finish();
    return writer;
}

void TestMessageSummary::summaryOfFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<bool>("hasAttachments");
    QTest::addColumn<QString>("preview");

    QTest::newRow("plain, Latin-1 headers")
        << u"toolchain-latin1-windows1252-qp.eml"_qs << u"Jürgen Müller <jm@example.org>"_qs
        << u"Erika Mustermann <erika@example.org>"_qs << u"Grüße aus Köln"_qs
        << QDateTime(QDate(2025, 2, 3), QTime(13, 5, 9), Qt::UTC) << u"toolchain.1@example.org"_qs
        << false << u"Preis: 10 € für “Käse”, … hier weiter."_qs;
    QTest::newRow("alternative: plain part")
        << u"alternative-plain-html.eml"_qs << u"Anna <anna@example.org>"_qs
        << u"bob@example.org"_qs << u"Alternative"_qs
        << QDateTime(QDate(2025, 2, 4), QTime(9, 0), Qt::UTC) << u"alt.1@example.org"_qs << false
        << u"Hallo Bob, das ist der Text."_qs;
    QTest::newRow("HTML only: text without markup")
        << u"html-only.eml"_qs << u"test@example.org"_qs << u"bob@example.org"_qs << u"html"_qs
        << QDateTime(QDate(2025, 2, 7), QTime(12, 0), Qt::UTC) << QString() << false
        << u"Sehr geehrte Damen und Herren, die Rechnung für Februar & März liegt bei."_qs;
    QTest::newRow("attachments") << u"attachments-mixed.eml"_qs << u"office@example.org"_qs
                                 << u"bob@example.org"_qs << u"Unterlagen"_qs
                                 << QDateTime(QDate(2025, 2, 8), QTime(15, 45), Qt::UTC)
                                 << u"att.1@example.org"_qs << true << u"Anbei die Unterlagen."_qs;
    QTest::newRow("related image is no attachment")
        << u"related-html-cid.eml"_qs << u"news@example.org"_qs << u"bob@example.org"_qs
        << u"Newsletter"_qs << QDateTime(QDate(2025, 2, 5), QTime(10, 0), Qt::UTC)
        << u"rel.1@example.org"_qs << false << u"Plain newsletter."_qs;
}

void TestMessageSummary::summaryOfFiles()
{
    QFETCH(QString, file);
    QString error;
    const auto message = MimeMessage::fromFile(dataFile(file), &error);
    QVERIFY2(message, qPrintable(error));
    const MessageSummary s = MessageSummary::of(*message);
    QTEST(s.from, "from");
    QTEST(s.to, "to");
    QTEST(s.subject, "subject");
    QTEST(s.date, "date");
    QTEST(s.messageId, "messageId");
    QTEST(s.hasAttachments, "hasAttachments");
    QTEST(s.preview, "preview");
}

void TestMessageSummary::preview_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("preview");

    QTest::newRow("white space collapsed") << u"  Hallo\n\n  Welt\t!\n"_qs << u"Hallo Welt !"_qs;
    QTest::newRow("quotes and attribution skipped")
        << u"Am Montag schrieb Anna:\n> Kommst du?\n> Gruß\n\nJa, gerne.\n"_qs << u"Ja, gerne."_qs;
    QTest::newRow("signature left out")
        << u"Danke!\n-- \nAnna Beispiel\nTel. 123\n"_qs << u"Danke!"_qs;
    QTest::newRow("colon line without quote kept")
        << u"Termine:\n- Montag\n"_qs << u"Termine: - Montag"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestMessageSummary::preview()
{
    QFETCH(QString, text);
    QTEST(MessageSummary::previewOf(text), "preview");
}

void TestMessageSummary::previewIsCheapForHugeText()
{
    // 4 MB of text: only the beginning is decoded, the preview is cut at a word with "…".
    QByteArray raw = "From: a@example.org\nSubject: Lang\nContent-Type: text/plain; "
                     "charset=utf-8\n\n";
    const QByteArray sentence = "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich. ";
    while (raw.size() < 4 * 1024 * 1024) {
        raw += sentence;
    }
    QString error;
    const auto message = MimeMessage::fromData(raw, &error);
    QVERIFY(message);
    const MessageSummary s = MessageSummary::of(*message);
    QVERIFY(s.preview.size() <= MessageSummary::PreviewLength + 1);
    QVERIFY(s.preview.size() > MessageSummary::PreviewLength / 2);
    QVERIFY(s.preview.endsWith(QChar(0x2026)));
    QVERIFY(s.preview.startsWith(u"Zwölf Boxkämpfer"_qs));
    QVERIFY(!s.preview.contains(QChar(0xfffd)));
    QVERIFY(message->warnings().isEmpty());
}

void TestMessageSummary::archiveStoresSummaryBeforeAnnouncing()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QList<ArchiveRecord> seen;
    connect(&archive, &ArchiveStore::messageArchived, this, [&](qint64 id) {
        seen.append(*archive.index()->record(id)); // what a listener sees at once
    });
    store(archive, "1", readFile(dataFile(u"toolchain-latin1-windows1252-qp.eml"_qs)));
    store(archive, "2", readFile(dataFile(u"attachments-mixed.eml"_qs)));
    QVERIFY2(archive.commit(&error), qPrintable(error));
    // Parsed on the store's worker thread; announced through the event loop.
    QTRY_COMPARE(seen.size(), 2);
    QCOMPARE(seen[0].subject, u"Grüße aus Köln"_qs);
    QCOMPARE(seen[0].from, u"Jürgen Müller <jm@example.org>"_qs);
    QCOMPARE(seen[0].to, u"Erika Mustermann <erika@example.org>"_qs);
    QCOMPARE(seen[0].messageId, u"toolchain.1@example.org"_qs);
    QCOMPARE(seen[0].date, QDateTime(QDate(2025, 2, 3), QTime(13, 5, 9), Qt::UTC));
    QCOMPARE(seen[0].preview, u"Preis: 10 € für “Käse”, … hier weiter."_qs);
    QVERIFY(!seen[0].hasAttachments);
    QCOMPARE(seen[1].subject, u"Unterlagen"_qs);
    QVERIFY(seen[1].hasAttachments);
    // And it stays in the index.
    const QList<ArchiveRecord> rows = archive.records();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].preview, u"Anbei die Unterlagen."_qs);
}

void TestMessageSummary::unparseableMessageIsStillArchived()
{
    QTemporaryDir dir;
    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QSignalSpy archived(&archive, &ArchiveStore::messageArchived);
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i) {
        garbage.append(char((i * 7919) % 256));
    }
    store(archive, "g", garbage);
    store(archive, "e", QByteArray());
    store(archive, "h", "Subject: nur Kopf\n"); // header only, no body
    QVERIFY2(archive.commit(&error), qPrintable(error));
    QVERIFY(archive.waitForSummaries(10000));
    QCOMPARE(archived.count(), 3);
    const QList<ArchiveRecord> rows = archive.records();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[2].subject, u"nur Kopf"_qs);
    QVERIFY(rows[2].preview.isEmpty());
}

void TestMessageSummary::openFillsMissingSummaries()
{
    QTemporaryDir dir;
    {
        ArchiveStore archive(dir.path());
        QString error;
        QVERIFY2(archive.open(&error), qPrintable(error));
    }
    // A message another program (or a crash before the commit) left in new/.
    QFile file(dir.filePath(u"new/1700000000.M1P1.host"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(readFile(dataFile(u"alternative-plain-html.eml"_qs)));
    file.close();

    ArchiveStore archive(dir.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    const QList<ArchiveRecord> rows = archive.records();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].subject, u"Alternative"_qs);
    QCOMPARE(rows[0].from, u"Anna <anna@example.org>"_qs);
    QCOMPARE(rows[0].preview, u"Hallo Bob, das ist der Text."_qs);
    QVERIFY(archive.index()->recordsWithoutSummary().isEmpty());

    // A summary that got lost (an index from before parsing existed) is filled again.
    ArchiveRecord blank = rows[0];
    blank.from.clear();
    blank.to.clear();
    blank.subject.clear();
    blank.date = QDateTime();
    blank.messageId.clear();
    blank.preview.clear();
    QVERIFY(archive.index()->updateSummary(blank, &error));
    QCOMPARE(archive.index()->recordsWithoutSummary().size(), 1);
    archive.close();
    QVERIFY2(archive.open(&error), qPrintable(error));
    QCOMPARE(archive.records().at(0).subject, u"Alternative"_qs);
}

QTEST_GUILESS_MAIN(TestMessageSummary)
#include "tst_messagesummary.moc"
