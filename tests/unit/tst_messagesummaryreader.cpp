// SPDX-License-Identifier: GPL-3.0-or-later
// MessageSummaryReader parses only a prefix of a large message and scans the rest for
// attachments (AttachmentScan). Small prefixes force that path on small messages, and every
// answer is compared with the parse of the whole message.
#include "mail/AttachmentScan.h"
#include "mail/MessageSummary.h"
#include "mail/MessageSummaryReader.h"
#include "mail/MimeMessage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Postbote;

namespace {

QByteArray filler(int lines, const char* word)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i) {
        text += QByteArray(word).repeated(8) + " line " + QByteArray::number(i) + '\n';
    }
    return text;
}

QByteArray header(const QByteArray& contentType)
{
    return "From: Erika Mustermann <erika@mustermann.de>\n"
           "To: max@mustermann.de\n"
           "Subject: =?UTF-8?Q?Gro=C3=9Fe_Nachricht?=\n"
           "Date: Tue, 24 Nov 2026 10:00:00 +0100\n"
           "Message-ID: <big@mustermann.de>\n"
           "MIME-Version: 1.0\n"
           "Content-Type: "
        + contentType + "\n\n";
}

QByteArray textPart(const QByteArray& boundary, int lines)
{
    return "--" + boundary + "\nContent-Type: text/plain; charset=utf-8\n\nHallo Max,\n"
        + filler(lines, "Text") + '\n';
}

QByteArray base64Part(const QByteArray& boundary, const QByteArray& type, const QByteArray& extra)
{
    return "--" + boundary + "\nContent-Type: " + type + "\n" + extra
        + "Content-Transfer-Encoding: base64\n\n" + QByteArray(3000, 'A').toBase64() + "\n";
}

// Message name → bytes; each case puts what decides has-attachments beyond the first 1 KB.
QList<QPair<QByteArray, QByteArray>> cases()
{
    QList<QPair<QByteArray, QByteArray>> c;
    c.append({"plain text only", header("text/plain; charset=utf-8") + filler(200, "Wort")});
    c.append({"attachment after long text",
        header("multipart/mixed; boundary=\"b1\"") + textPart("b1", 100)
            + base64Part("b1", "application/pdf; name=\"plan.pdf\"",
                "Content-Disposition: attachment; filename=\"plan.pdf\"\n")
            + "--b1--\n"});
    c.append({"two text parts",
        header("multipart/mixed; boundary=b2") + textPart("b2", 100) + textPart("b2", 50)
            + "--b2--\n"});
    c.append({"inline image of related html",
        header("multipart/related; boundary=\"r\"") + "--r\nContent-Type: text/html\n\n<p>"
            + filler(100, "Bild") + "<img src=\"cid:i1\"></p>\n"
            + base64Part("r", "image/png", "Content-ID: <i1>\n") + "--r--\n"});
    c.append({"attached image in related",
        header("multipart/related; boundary=\"r\"") + "--r\nContent-Type: text/html\n\n<p>"
            + filler(100, "Bild") + "</p>\n"
            + base64Part("r", "image/png", "Content-Disposition: attachment\n") + "--r--\n"});
    c.append({"nested multipart found by the scan",
        header("multipart/mixed; boundary=outer") + textPart("outer", 100)
            + "--outer\nContent-Type: multipart/mixed;\n boundary=\"inner\"\n\n"
            + textPart("inner", 2) + base64Part("inner", "image/jpeg", "") + "--inner--\n"
            + "--outer--\n"});
    c.append({"nested alternative only text",
        header("multipart/mixed; boundary=outer") + textPart("outer", 100)
            + "--outer\nContent-Type: multipart/alternative; boundary=alt\n\n" + textPart("alt", 2)
            + "--alt\nContent-Type: text/html\n\n<p>x</p>\n--alt--\n" + "--outer--\n"});
    c.append({"signature of signed",
        header("multipart/signed; boundary=s; protocol=\"application/pgp-signature\"")
            + textPart("s", 100) + base64Part("s", "application/pgp-signature", "") + "--s--\n"});
    c.append({"inline nested message with an attachment",
        header("multipart/mixed; boundary=m") + textPart("m", 100)
            + "--m\nContent-Type: message/rfc822\n\nFrom: a@b.de\nSubject: inner\n"
              "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=n\n\n"
            + textPart("n", 2) + base64Part("n", "application/zip", "") + "--n--\n--m--\n"});
    c.append({"inline nested message with text only",
        header("multipart/mixed; boundary=m") + textPart("m", 100)
            + "--m\nContent-Type: message/rfc822\n\nFrom: a@b.de\nSubject: inner\n\nText\n"
              "--m--\n"});
    c.append({"attached nested message",
        header("multipart/mixed; boundary=m") + textPart("m", 100)
            + "--m\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n"
              "From: a@b.de\nSubject: inner\n\nText\n--m--\n"});
    c.append({"digest parts are messages",
        header("multipart/digest; boundary=d") + "--d\n\nFrom: a@b.de\nSubject: eins\n\n"
            + filler(100, "Digest") + "--d\n\nFrom: c@d.de\nSubject: zwei\n\nText\n--d--\n"});
    c.append({"boundary line with transport padding",
        header("multipart/mixed; boundary=p") + textPart("p", 100) + "--p  \t\n"
            + "Content-Type: application/octet-stream\n\n" + QByteArray(2000, 'x') + "\n--p--\n"});
    c.append({"header block longer than the prefix",
        "X-Long: " + QByteArray(3000, 'h') + "\n" + header("multipart/mixed; boundary=h")
            + textPart("h", 2) + base64Part("h", "application/pdf", "") + "--h--\n"});
    c.append({"unknown type counts",
        header("multipart/mixed; boundary=u") + textPart("u", 100)
            + "--u\nContent-Type: foo/bar\n\nxyz\n--u--\n"});
    c.append({"boundary in a text line is no boundary",
        header("multipart/mixed; boundary=q") + textPart("q", 100)
            + "--q\nContent-Type: text/plain\n\n--qq not a boundary\n-- q\n--q--\n"});
    return c;
}

QByteArray withCrLf(const QByteArray& lf)
{
    QByteArray out = lf;
    return out.replace("\n", "\r\n");
}

} // namespace

class TestMessageSummaryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesWholeParse_data();
    void matchesWholeParse();
    void smallMessageIsParsedWhole();
    void previewFromThePrefix();
    void cutInsidePartHeader();
    void demoMailboxMatches_data();
    void demoMailboxMatches();
    void scanSplitAnywhere_data();
    void scanSplitAnywhere();
    void scanGivesUpOnHugeHeaderLine();
    void scanLongLinesStayBounded();
    void missingFile();

private:
    QString write(const QByteArray& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

void TestMessageSummaryReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestMessageSummaryReader::write(const QByteArray& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name.toHex()) + u".eml"_qs);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return QString();
    }
    return path;
}

void TestMessageSummaryReader::matchesWholeParse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("prefix");
    QTest::addColumn<bool>("attachments");
    const QList<QPair<QByteArray, bool>> expected = {{"plain text only", false},
        {"attachment after long text", true}, {"two text parts", false},
        {"inline image of related html", false}, {"attached image in related", true},
        {"nested multipart found by the scan", true}, {"nested alternative only text", false},
        {"signature of signed", false}, {"inline nested message with an attachment", true},
        {"inline nested message with text only", false}, {"attached nested message", true},
        {"digest parts are messages", false}, {"boundary line with transport padding", true},
        {"header block longer than the prefix", true}, {"unknown type counts", true},
        {"boundary in a text line is no boundary", false}};
    const auto all = cases();
    QCOMPARE(all.size(), expected.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].first, expected[i].first);
        for (const qint64 prefix : {qint64(1024), qint64(2500), qint64(1 << 20)}) {
            QTest::addRow(
                "%s, LF, prefix %lld", all[i].first.constData(), static_cast<long long>(prefix))
                << all[i].second << prefix << expected[i].second;
            QTest::addRow(
                "%s, CRLF, prefix %lld", all[i].first.constData(), static_cast<long long>(prefix))
                << withCrLf(all[i].second) << prefix << expected[i].second;
        }
    }
}

void TestMessageSummaryReader::matchesWholeParse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, prefix);
    QFETCH(bool, attachments);
    const QString path = write(QTest::currentDataTag(), bytes);
    QVERIFY(!path.isEmpty());
    QString error;
    const auto whole = MimeMessage::fromFile(path, &error);
    QVERIFY2(whole, qPrintable(error));
    const MessageSummary expected = MessageSummary::of(*whole);
    QCOMPARE(expected.hasAttachments, attachments); // the rules themselves

    const std::optional<MessageSummary> read = MessageSummaryReader::read(path, &error, prefix);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->hasAttachments, expected.hasAttachments);
    QCOMPARE(read->from, expected.from);
    QCOMPARE(read->to, expected.to);
    QCOMPARE(read->subject, expected.subject);
    QCOMPARE(read->date, expected.date);
    QCOMPARE(read->messageId, expected.messageId);
    // The text starts well inside every prefix, so the preview is the same too.
    QCOMPARE(read->preview, expected.preview);
}

void TestMessageSummaryReader::smallMessageIsParsedWhole()
{
    const QByteArray bytes = cases().at(1).second;
    const QString path = write("small", bytes);
    bool truncated = true;
    QString error;
    const auto prefix = MimeMessage::fromFilePrefix(path, bytes.size(), &truncated, &error);
    QVERIFY2(prefix, qPrintable(error));
    QVERIFY(!truncated);
    QVERIFY(prefix->hasCompleteHeader());
    QVERIFY(prefix->hasAttachments());
    QVERIFY(prefix->warnings().isEmpty());

    const auto cut = MimeMessage::fromFilePrefix(path, 1024, &truncated, &error);
    QVERIFY(truncated);
    QVERIFY(!cut->hasAttachments()); // the attachment lies beyond the first KB
    QVERIFY(cut->warnings().join(u' ').contains(u"boundary"_qs, Qt::CaseInsensitive));
    const QList<QPair<QByteArray, QByteArray>> multiparts = cut->multiparts();
    QCOMPARE(multiparts.size(), 1);
    QCOMPARE(multiparts.first().first, QByteArray("b1"));
    QCOMPARE(multiparts.first().second, QByteArray("multipart/mixed"));
}

void TestMessageSummaryReader::previewFromThePrefix()
{
    // Text that begins only after a large attachment: the prefix holds none of it.
    const QByteArray bytes = header("multipart/mixed; boundary=late")
        + base64Part("late", "application/pdf", "Content-Disposition: attachment\n")
        + "--late\nContent-Type: text/plain\n\nSpäter Text\n--late--\n";
    const QString path = write("late text", bytes);
    QString error;
    const auto read = MessageSummaryReader::read(path, &error, 512);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->hasAttachments);
    QCOMPARE(read->subject, u"Große Nachricht"_qs);
    QVERIFY(read->preview.isEmpty()); // documented: the preview comes from the prefix
    const auto whole = MessageSummaryReader::read(path, &error, bytes.size());
    QCOMPARE(whole->preview, u"Später Text"_qs);
}

void TestMessageSummaryReader::cutInsidePartHeader()
{
    // The prefix ends inside the second text part's header block ("text/pl"): cut there, it
    // would be a part of an unknown type, i.e. an attachment.
    const QByteArray bytes = header("multipart/mixed; boundary=c") + textPart("c", 3)
        + "--c\nContent-Type: text/plain\n\n" + filler(100, "Zweiter") + "--c--\n";
    const qint64 prefix = bytes.indexOf("text/plain\n\nZweiter") + 7;
    const QString path = write("cut in header", bytes);
    QString error;
    bool truncated = false;
    const auto cut = MimeMessage::fromFilePrefix(path, prefix, &truncated, &error);
    QVERIFY(truncated);
    QVERIFY(!cut->hasAttachments());
    const auto read = MessageSummaryReader::read(path, &error, prefix);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(!read->hasAttachments);
    QVERIFY(read->preview.startsWith(u"Hallo Max, TextText"_qs));
}

void TestMessageSummaryReader::demoMailboxMatches_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("prefix");
    const QDir demo(QStringLiteral(POSTBOTE_SOURCE_DIR "/resources/demo-mailbox"));
    const QDir data(QStringLiteral(POSTBOTE_TEST_DATA_DIR "/mail"));
    QStringList files;
    for (const QString& name : demo.entryList({u"*.eml"_qs}, QDir::Files)) {
        files << demo.filePath(name);
    }
    for (const QString& name : data.entryList({u"*.eml"_qs}, QDir::Files)) {
        files << data.filePath(name);
    }
    QVERIFY(files.size() >= 30);
    for (const QString& file : std::as_const(files)) {
        for (const qint64 prefix : {qint64(300), qint64(4096)}) {
            QTest::addRow(
                "%s %lld", qPrintable(QFileInfo(file).fileName()), static_cast<long long>(prefix))
                << file << prefix;
        }
    }
}

void TestMessageSummaryReader::demoMailboxMatches()
{
    QFETCH(QString, path);
    QFETCH(qint64, prefix);
    QString error;
    const auto whole = MimeMessage::fromFile(path, &error);
    QVERIFY2(whole, qPrintable(error));
    const MessageSummary expected = MessageSummary::of(*whole);
    const auto read = MessageSummaryReader::read(path, &error, prefix);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->hasAttachments, expected.hasAttachments);
    QCOMPARE(read->subject, expected.subject);
    QCOMPARE(read->from, expected.from);
    QCOMPARE(read->date, expected.date);
}

void TestMessageSummaryReader::scanSplitAnywhere_data()
{
    QTest::addColumn<int>("piece");
    for (const int piece : {1, 2, 3, 7, 64, 4096}) {
        QTest::addRow("%d bytes per feed", piece) << piece;
    }
}

void TestMessageSummaryReader::scanSplitAnywhere()
{
    QFETCH(int, piece);
    for (const auto& [name, lf] : cases()) {
        for (const QByteArray& bytes : {lf, withCrLf(lf)}) {
            QString error;
            const auto whole = MimeMessage::fromData(bytes, &error);
            AttachmentScan scan;
            for (const auto& [boundary, type] : whole->multiparts()) {
                // Only the top level: nested ones must be found by the scan itself.
                scan.addMultipart(boundary, type);
                break;
            }
            for (qsizetype at = 0; at < bytes.size(); at += piece) {
                if (!scan.feed(QByteArrayView(bytes).sliced(
                        at, qMin<qsizetype>(piece, bytes.size() - at)))) {
                    break;
                }
            }
            if (scan.needsFullParse()) {
                QVERIFY2(name.contains("inline nested message") || name.startsWith("digest"),
                    name.constData());
                continue;
            }
            QVERIFY2(scan.found() == whole->hasAttachments(), name.constData());
        }
    }
}

void TestMessageSummaryReader::scanGivesUpOnHugeHeaderLine()
{
    AttachmentScan scan;
    scan.addMultipart("b", "multipart/mixed");
    const QByteArray bytes = "--b\nContent-Type: application/pdf; name=\""
        + QByteArray(AttachmentScan::MaxLine + 10, 'n') + "\"\n\n%PDF\n--b--\n";
    scan.feed(QByteArrayView(bytes).first(100));
    QVERIFY(!scan.feed(QByteArrayView(bytes).sliced(100)));
    QVERIFY(scan.needsFullParse());
    QVERIFY(!scan.found());
}

void TestMessageSummaryReader::scanLongLinesStayBounded()
{
    // A body line far longer than any boundary line, split over many feeds, then a real
    // boundary: the long line is skipped, the boundary still found.
    AttachmentScan scan;
    scan.addMultipart("b", "multipart/mixed");
    const QByteArray longLine(5 * 1024 * 1024, 'z');
    for (qsizetype at = 0; at < longLine.size(); at += 4096) {
        QVERIFY(scan.feed(QByteArrayView(longLine).sliced(at, 4096)));
    }
    QVERIFY(!scan.feed("\n--b\nContent-Type: image/gif\n\nGIF89a\n"));
    QVERIFY(scan.found());
}

void TestMessageSummaryReader::missingFile()
{
    QString error;
    QVERIFY(!MessageSummaryReader::read(m_dir.filePath(u"nope.eml"_qs), &error));
    QVERIFY(error.contains(u"nope.eml"_qs));
}

QTEST_GUILESS_MAIN(TestMessageSummaryReader)
#include "tst_messagesummaryreader.moc"
