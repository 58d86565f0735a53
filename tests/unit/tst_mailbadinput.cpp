// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken messages (issue 4, "Bad input"): each gives a sensible result or a clear
// warning, in bounded time and memory, and never crashes. Small cases are files under
// tests/data/mail/bad/; the big ones are generated into a temporary folder.
#include "mail/MessageSummary.h"
#include "mail/MimeMessage.h"
#include "mail/SafeFileName.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;

class TestMailBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenBoundary();
    void missingFinalBoundary();
    void invalidBase64();
    void invalidQuotedPrintable();
    void unknownCharset();
    void lyingCharset();
    void eightBitHeaders();
    void encodedWordWithControlCharacters();
    void hostileAttachmentNames();
    void headerLineOfOneMegabyte();
    void tenThousandNestedMultiparts();
    void hundredThousandParts();
    void dashLinesAreNotParts();
    void hundredMegabyteAttachment();
    void emptyAndGarbage_data();
    void emptyAndGarbage();

private:
    std::unique_ptr<MimeMessage> load(const QString& name);
    QString write(const QString& name, const QByteArray& data);

    QTemporaryDir m_dir;
};

static QString dataFile(const QString& name)
{
    return QStringLiteral(POSTBOTE_TEST_DATA_DIR "/mail/bad/") + name;
}

static bool hasControls(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f
            || (c.unicode() >= 0x80 && c.unicode() < 0xa0)) {
            return true;
        }
    }
    return false;
}

/// Peak resident memory of this process (VmHWM), in bytes; -1 if unknown.
static qint64 peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return -1;
}

std::unique_ptr<MimeMessage> TestMailBadInput::load(const QString& path)
{
    QString error;
    auto message = MimeMessage::fromFile(path, &error);
    if (!message) {
        qWarning() << error;
    }
    return message;
}

QString TestMailBadInput::write(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        return {};
    }
    return path;
}

void TestMailBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMailBadInput::brokenBoundary()
{
    // No part starts with the declared boundary: the text is shown rather than nothing.
    const auto m = load(dataFile(u"broken-boundary.eml"_qs));
    QVERIFY(m);
    QCOMPARE(m->subject(), u"broken boundary"_qs);
    QVERIFY(m->body(MimeMessage::BodyPreference::Plain)
                .text.contains(u"The text behind a boundary that was never declared."_qs));
    QVERIFY(!m->warnings().isEmpty());
}

void TestMailBadInput::missingFinalBoundary()
{
    const auto m = load(dataFile(u"missing-final-boundary.eml"_qs));
    QVERIFY(m);
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, u"First part."_qs);
    const QList<AttachmentInfo> parts = m->attachments();
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts[0].fileName, u"cut.bin"_qs);
    const QString target = m_dir.filePath(u"cut.bin"_qs);
    QString error;
    QVERIFY2(m->saveAttachment(0, target, &error), qPrintable(error));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("ABCDEF"));
    QVERIFY2(m->warnings().join(u'\n').contains(u"final boundary"_qs),
        qPrintable(m->warnings().join(u'\n')));
}

void TestMailBadInput::invalidBase64()
{
    const auto m = load(dataFile(u"invalid-base64.eml"_qs));
    QVERIFY(m);
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, u"Grüße aus Köln"_qs);
    QVERIFY(m->warnings().join(u'\n').contains(u"base64"_qs));
}

void TestMailBadInput::invalidQuotedPrintable()
{
    // RFC 2045 §6.7 (note 1): a '=' not followed by two hex digits is kept as it is.
    const auto m = load(dataFile(u"invalid-quoted-printable.eml"_qs));
    QVERIFY(m);
    const QString text = m->body(MimeMessage::BodyPreference::Plain).text;
    QVERIFY2(text.startsWith(u"Grüße =ZZ und =3 und"_qs), qPrintable(text));
}

void TestMailBadInput::unknownCharset()
{
    const auto m = load(dataFile(u"unknown-charset.eml"_qs));
    QVERIFY(m);
    const MessageBody body = m->body(MimeMessage::BodyPreference::Plain);
    QCOMPARE(body.text, u"Grüße aus Köln\n"_qs);
    QVERIFY(body.charsetFallback);
    QCOMPARE(body.charset, u"x-klingon-8"_qs);
    QVERIFY(m->warnings().join(u'\n').contains(u"x-klingon-8"_qs));
}

void TestMailBadInput::lyingCharset()
{
    // Declared ISO-2022-JP (7-bit), sent as UTF-8.
    const auto m = load(dataFile(u"lying-charset.eml"_qs));
    QVERIFY(m);
    const MessageBody body = m->body(MimeMessage::BodyPreference::Plain);
    QCOMPARE(body.text, u"Grüße aus Köln\n"_qs);
    QVERIFY(body.charsetFallback);
    QVERIFY(!m->warnings().isEmpty());
}

void TestMailBadInput::eightBitHeaders()
{
    const auto m = load(dataFile(u"8bit-headers.eml"_qs));
    QVERIFY(m);
    QCOMPARE(m->subject(), u"Grüße aus Köln"_qs);                            // Latin-1
    QCOMPARE(m->from().first().name, u"Jürgen Müller"_qs);                   // Latin-1
    QCOMPARE(m->to().first().display(), u"Özlem Çelik <oc@example.org>"_qs); // UTF-8
    QVERIFY(!m->warnings().isEmpty()); // the Latin-1 guess is marked
}

void TestMailBadInput::encodedWordWithControlCharacters()
{
    const auto m = load(dataFile(u"encoded-word-control-characters.eml"_qs));
    QVERIFY(m);
    const QString subject = m->subject();
    QVERIFY2(!hasControls(subject), qPrintable(subject));
    QVERIFY(subject.startsWith(u"Hallo"_qs));
    QVERIFY(subject.contains(u"Bcc: x@evil.example"_qs)); // on the same line: no injection
    QVERIFY(!m->warnings().isEmpty());
    QVERIFY(!hasControls(MessageSummary::of(*m).subject));
}

void TestMailBadInput::hostileAttachmentNames()
{
    const auto m = load(dataFile(u"hostile-attachment-names.eml"_qs));
    QVERIFY(m);
    const QList<AttachmentInfo> parts = m->attachments();
    QCOMPARE(parts.size(), 3);
    // MimeMessage reports the names as sent; SafeFileName makes them safe to create.
    QCOMPARE(parts[0].fileName, u"../../evil.sh"_qs);
    QCOMPARE(parts[1].fileName, u"CON.txt"_qs);
    QCOMPARE(parts[2].fileName, QString(500, u'a') + u".pdf"_qs);
    QTemporaryDir target;
    for (const AttachmentInfo& part : parts) {
        const QString safe = SafeFileName::fromAttachmentName(part.fileName);
        QVERIFY(!safe.contains(u'/') && !safe.contains(u"..") && safe.toUtf8().size() <= 200);
        QVERIFY(safe.compare(u"CON.txt"_qs, Qt::CaseInsensitive) != 0);
        QString error;
        const QString path = SafeFileName::createUnique(target.path(), safe, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY2(m->saveAttachment(part.index, path, &error), qPrintable(error));
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(target.path()).absolutePath());
    }
    QCOMPARE(QDir(target.path()).entryList(QDir::Files).size(), 3);
}

void TestMailBadInput::headerLineOfOneMegabyte()
{
    QByteArray subject = "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= ";
    while (subject.size() < 1024 * 1024 + 4096) {
        subject += "=?UTF-8?B?S8O2bG4=?= Wort ";
    }
    const QString path = write(u"header-line-1mb.eml"_qs,
        "From: a@example.org\nTo: " + QByteArray(1024 * 1024, 'x') + "@example.org\n" + subject
            + "\nContent-Type: text/plain\n\nBody\n");
    const auto m = load(path);
    QVERIFY(m);
    const QString decoded = m->subject();
    QVERIFY(
        decoded.startsWith(u"GrüßeKöln Wort Köln Wort"_qs) || decoded.startsWith(u"Grüße Köln"_qs));
    QVERIFY(decoded.size() <= 1024 * 1024);
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, u"Body\n"_qs);
    QVERIFY(m->warnings().join(u'\n').contains(u"1 MB"_qs));
    QCOMPARE(m->from().first().address, u"a@example.org"_qs);
    QCOMPARE(m->to().size(), 1);
    const MessageSummary s = MessageSummary::of(*m);
    QCOMPARE(s.preview, u"Body"_qs);
}

void TestMailBadInput::tenThousandNestedMultiparts()
{
    QByteArray raw = "From: a@example.org\nSubject: deep\n";
    const int depth = 10000;
    for (int i = 0; i < depth; ++i) {
        raw += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b"
            + QByteArray::number(i) + "\n";
    }
    raw += "Content-Type: text/plain\n\ndeep text\n";
    for (int i = depth - 1; i >= 0; --i) {
        raw += "--b" + QByteArray::number(i) + "--\n";
    }
    const auto m = load(write(u"nested-multiparts-10000.eml"_qs, raw));
    QVERIFY(m);
    QCOMPARE(m->subject(), u"deep"_qs);
    const MessageBody body = m->body(MimeMessage::BodyPreference::Plain);
    QVERIFY(!body.text.contains(u"deep text"_qs)); // below the depth limit
    QVERIFY(m->attachments().isEmpty());
    QVERIFY2(m->warnings().join(u'\n').contains(u"levels deep"_qs),
        qPrintable(m->warnings().join(u'\n')));
    MessageSummary::of(*m);
}

void TestMailBadInput::hundredThousandParts()
{
    QByteArray raw = "From: a@example.org\nSubject: many\n"
                     "Content-Type: multipart/mixed; boundary=\"p\"\n\n"
                     "--p\nContent-Type: text/plain\n\nmany parts\n";
    for (int i = 0; i < 100000; ++i) {
        raw += "--p\nContent-Type: application/octet-stream\n\nx\n";
    }
    raw += "--p--\n";
    const auto m = load(write(u"parts-100000.eml"_qs, raw));
    QVERIFY(m);
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, u"many parts"_qs);
    const QList<AttachmentInfo> parts = m->attachments();
    QVERIFY(parts.size() >= MimeMessage::MaxParts - 2 && parts.size() <= MimeMessage::MaxParts);
    QVERIFY(m->hasAttachments());
    QVERIFY2(m->warnings().join(u'\n').contains(QString::number(MimeMessage::MaxParts)),
        qPrintable(m->warnings().join(u'\n')));

    // The same from memory.
    QString error;
    const auto fromMemory = MimeMessage::fromData(raw, &error);
    QVERIFY(fromMemory);
    QCOMPARE(fromMemory->attachments().size(), parts.size());
}

void TestMailBadInput::dashLinesAreNotParts()
{
    // 40,000 SQL comment lines: content, not boundaries; the part budget must not cut it.
    QByteArray sql;
    for (int i = 0; i < 40000; ++i) {
        sql += "-- comment " + QByteArray::number(i) + "\nSELECT 1;\n";
    }
    const auto m = load(write(u"sql-dump-dash-lines.eml"_qs,
        "From: a@example.org\nSubject: dump\nContent-Type: multipart/mixed; boundary=\"s\"\n\n"
        "--s\nContent-Type: text/plain\n\nThe dump.\n--s\nContent-Type: application/sql\n"
        "Content-Disposition: attachment; filename=\"dump.sql\"\n\n"
            + sql + "--s--\n"));
    QVERIFY(m);
    QVERIFY(m->warnings().isEmpty());
    QCOMPARE(m->attachments().size(), 1);
    const QString target = m_dir.filePath(u"dump.sql"_qs);
    QString error;
    QVERIFY2(m->saveAttachment(0, target, &error), qPrintable(error));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), sql.chopped(1)); // the line break before the boundary belongs to it
}

void TestMailBadInput::hundredMegabyteAttachment()
{
    // 449 blocks of 57 × 4096 bytes: ~100 MB, base64 in lines of 76 characters.
    QByteArray block(57 * 4096, Qt::Uninitialized);
    for (qsizetype i = 0; i < block.size(); ++i) {
        block[i] = char((i * 31 + i / 57) % 251);
    }
    QByteArray encoded;
    for (qsizetype i = 0; i < block.size(); i += 57) {
        encoded += block.mid(i, 57).toBase64() + '\n';
    }
    const int blocks = 449;
    const QString path = m_dir.filePath(u"base64-attachment-100mb.eml"_qs);
    QCryptographicHash expected(QCryptographicHash::Sha256);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "From: a@example.org\nSubject: big\nContent-Type: multipart/mixed; boundary=\"z\"\n\n"
            "--z\nContent-Type: text/plain\n\nSee attachment.\n"
            "--z\nContent-Type: application/octet-stream; name=\"big.bin\"\n"
            "Content-Transfer-Encoding: base64\n\n");
        for (int i = 0; i < blocks; ++i) {
            QCOMPARE(f.write(encoded), encoded.size());
            expected.addData(block);
        }
        f.write("--z--\n");
    }
    const qint64 payload = qint64(blocks) * block.size();

    const qint64 before = peakMemory();
    const auto m = load(path);
    QVERIFY(m);
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, u"See attachment."_qs);
    const QList<AttachmentInfo> parts = m->attachments();
    QCOMPARE(parts.size(), 1);
    QVERIFY2(
        qAbs(parts[0].size - payload) < payload / 50, qPrintable(QString::number(parts[0].size)));
    QCOMPARE(MessageSummary::of(*m).preview, u"See attachment."_qs);

    const QString target = m_dir.filePath(u"big.bin"_qs);
    QString error;
    QVERIFY2(m->saveAttachment(0, target, &error), qPrintable(error));
    const qint64 after = peakMemory();
    QFile saved(target);
    QCOMPARE(saved.size(), payload);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCryptographicHash actual(QCryptographicHash::Sha256);
    QVERIFY(actual.addData(&saved));
    QCOMPARE(actual.result(), expected.result());
#if !defined(__SANITIZE_ADDRESS__)
    // Parsing and saving stream from the file (issue 4: under 64 MB above the baseline). Not
    // checked under ASan, whose quarantine keeps freed buffers resident.
    if (before > 0 && after > 0) {
        QVERIFY2(after - before < 64 * 1024 * 1024,
            qPrintable(QStringLiteral("peak grew by %1 MB").arg((after - before) >> 20)));
    }
#else
    Q_UNUSED(before)
    Q_UNUSED(after)
#endif
    QFile::remove(target);
    QFile::remove(path);
}

void TestMailBadInput::emptyAndGarbage_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a blank line") << QByteArray("\n");
    QTest::newRow("no header end") << QByteArray("Subject: x");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01\x02--\r\n\r\n\x00", 12);
    QTest::newRow("multipart without boundary")
        << QByteArray("Content-Type: multipart/mixed\n\n--\n--\n");
    QTest::newRow("message/rfc822 empty") << QByteArray("Content-Type: message/rfc822\n\n");
    QTest::newRow("encoded word soup") << QByteArray("Subject: " + QByteArray(5000, '=') + "?"
        + QByteArray("=?=?=?q?=?b?").repeated(2000) + "\n\n");
}

void TestMailBadInput::emptyAndGarbage()
{
    QFETCH(QByteArray, raw);
    QString error;
    const auto m = MimeMessage::fromData(raw, &error);
    QVERIFY(m);
    m->subject();
    m->from();
    m->date();
    m->body(MimeMessage::BodyPreference::Html);
    m->attachments();
    MessageSummary::of(*m);
}

QTEST_GUILESS_MAIN(TestMailBadInput)
#include "tst_mailbadinput.moc"
