// SPDX-License-Identifier: GPL-3.0-or-later
// postbote-cli list and show over a real archive: the demo mailbox fetched from
// `postbote-cli demo-server`, plus one hostile message stored directly with ArchiveStore.
// Checks decoding (umlaut subjects in the user's locale), the JSON for scripts, the text,
// safe HTML and raw forms, saving attachments under safe names without overwriting, and the
// exit codes of the CLI contract (2 usage, 6 local storage / unknown ID).
#include "archive/ArchiveStore.h"
#include "mail/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Subject, attachment names and body are all hostile; the file is LF-only like the archive.
const QByteArray hostileMessage = "From: =?UTF-8?Q?B=C3=B6se_=1B[31mRot?= <evil@example.org>\n"
                                  "To: max@example.org\n"
                                  "Subject: =?UTF-8?Q?Gef=C3=A4hrlich_=1B]0;owned=07?=\n"
                                  "Date: Mon, 16 Sep 2024 10:00:00 +0200\n"
                                  "Message-ID: <hostile@example.org>\n"
                                  "MIME-Version: 1.0\n"
                                  "Content-Type: multipart/mixed; boundary=\"XX\"\n"
                                  "\n"
                                  "--XX\n"
                                  "Content-Type: text/html; charset=UTF-8\n"
                                  "\n"
                                  "<p>Hallo<script>alert(1)</script><img src=\"http://tracker."
                                  "example/p.gif\" onerror=\"alert(2)\"></p>\n"
                                  "--XX\n"
                                  "Content-Type: application/x-sh\n"
                                  "Content-Disposition: attachment; filename=\"../../evil.sh\"\n"
                                  "\n"
                                  "echo evil\n"
                                  "--XX\n"
                                  "Content-Type: text/plain\n"
                                  "Content-Disposition: attachment; filename=\"CON.txt\"\n"
                                  "\n"
                                  "console\n"
                                  "--XX\n"
                                  "Content-Type: text/plain\n"
                                  "Content-Disposition: attachment; filename=\"LONGNAME.txt\"\n"
                                  "\n"
                                  "long\n"
                                  "--XX--\n";

} // namespace

class TestCliListShow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listText();
    void listJson();
    void showText();
    void showHtml();
    void showRaw();
    void saveAttachments();
    void saveHostileAttachments();
    void badIds_data();
    void badIds();
    void usageErrors_data();
    void usageErrors();
    void listAndShowWhileInUse();

private:
    Run cli(const QStringList& arguments, const QString& locale = u"C"_s);
    qint64 idOf(const QString& subjectStart);

    QTemporaryDir m_work;
    QString m_archive;
    QJsonArray m_list;
};

Run TestCliListShow::cli(const QStringList& arguments, const QString& locale)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, locale);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANGUAGE"_s, locale);
    env.insert(u"TZ"_s, u"UTC"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POSTBOTE_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliListShow::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QString mailbox = m_work.filePath(u"mailbox"_s);
    QVERIFY(QDir().mkpath(mailbox));
    const QDir samples(QStringLiteral(POSTBOTE_SOURCE_DIR "/resources/demo-mailbox"));
    for (const QString& name : samples.entryList({u"*.eml"_s}, QDir::Files))
        QVERIFY(QFile::copy(samples.filePath(name), mailbox + u'/' + name));

    QProcess server;
    server.start(QStringLiteral(POSTBOTE_CLI_PATH),
        {u"demo-server"_s, u"--port"_s, u"0"_s, u"--mailbox"_s, mailbox});
    QVERIFY(server.waitForStarted(10000));
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += server.readAllStandardOutput()).contains('\n'), 10000);
    const auto match
        = QRegularExpression(u"127\\.0\\.0\\.1 port (\\d+)"_s).match(QString::fromUtf8(line));
    QVERIFY2(match.hasMatch(), line.constData());

    QFile password(m_work.filePath(u"pw"_s));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("password\n");
    password.close();

    m_archive = m_work.filePath(u"archive"_s);
    const Run fetch = cli({u"fetch"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, match.captured(1),
        u"--security"_s, u"none"_s, u"--auth"_s, u"user"_s, u"--user"_s, u"max"_s,
        u"--password-file"_s, password.fileName(), u"--archive"_s, m_archive, u"--keep"_s});
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    QVERIFY2(fetch.exitCode == 0, fetch.err.constData());

    // The hostile message goes in directly, as a fetch would store it.
    {
        ArchiveStore store(m_archive);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        auto writer = store.createWriter(u"local"_s, "hostile-1");
        QCOMPARE(writer->state(), MessageWriter::State::Writing);
        QByteArray message = hostileMessage;
        message.replace("LONGNAME", QByteArray(500, 'n'));
        QVERIFY(writer->writeData(message));
        QVERIFY(writer->finish());
        QVERIFY2(store.commit(&error), qPrintable(error));
    }

    const Run list = cli({u"list"_s, u"--archive"_s, m_archive, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(list.out, &parseError);
    QVERIFY2(doc.isArray(), qPrintable(parseError.errorString()));
    m_list = doc.array();
}

qint64 TestCliListShow::idOf(const QString& subjectStart)
{
    for (const QJsonValue& value : std::as_const(m_list)) {
        if (value.toObject().value(u"subject"_s).toString().startsWith(subjectStart))
            return value.toObject().value(u"id"_s).toInteger();
    }
    return -1;
}

void TestCliListShow::listText()
{
    const Run run = cli({u"list"_s, u"--archive"_s, m_archive}, u"de_DE.UTF-8"_s);
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    // Decoded subjects (RFC 2047 in UTF-8 and ISO-8859-1) and senders.
    QVERIFY2(out.contains(u"Grüße aus Köln"), qPrintable(out));
    QVERIFY(out.contains(u"Prüfungstermine für das erste Halbjahr"));
    QVERIFY(out.contains(u"Neuer Stundenplan und Briefmarke für das Projekt"));
    QVERIFY(out.contains(u"Schülersekretariat"));
    QVERIFY(out.contains(u"Jürgen Müller"));
    // The German short date of 2 September 2024 06:15 UTC, and the ID in front.
    const qint64 lorem = idOf(u"Lorem ipsum"_s);
    QVERIFY(lorem > 0);
    const QRegularExpression loremLine(
        u"^\\s*%1\\s+02\\.09\\.24 06:15\\s+erika@mustermann\\.de\\s+Lorem ipsum"_s.arg(lorem),
        QRegularExpression::MultilineOption);
    QVERIFY2(loremLine.match(out).hasMatch(), qPrintable(out));
    // Control characters from encoded words never reach the terminal.
    QVERIFY(!run.out.contains('\x1b'));
    QVERIFY(!run.out.contains('\x07'));
    QVERIFY(out.contains(u"Gefährlich"));
}

void TestCliListShow::listJson()
{
    QCOMPARE(m_list.size(), 10);
    QSet<qint64> ids;
    QStringList subjects;
    for (const QJsonValue& value : std::as_const(m_list)) {
        const QJsonObject object = value.toObject();
        for (const char* key : {"id", "account", "uidl", "date", "from", "to", "subject", "size",
                 "flags", "hasAttachments"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        ids.insert(object.value(u"id"_s).toInteger());
        subjects << object.value(u"subject"_s).toString();
        QVERIFY(object.value(u"size"_s).toInteger() > 0);
        QVERIFY(object.value(u"flags"_s).isArray());
        QVERIFY(QDateTime::fromString(object.value(u"date"_s).toString(), Qt::ISODate).isValid());
    }
    QCOMPARE(ids.size(), 10);
    QVERIFY(subjects.contains(u"Prüfungstermine für das erste Halbjahr"_s));
    QVERIFY(subjects.contains(u"Neuer Stundenplan und Briefmarke für das Projekt"_s));
    QVERIFY(subjects.contains(u"Re: Elternabend am Donnerstag"_s));
    const auto find = [this](const QString& start) {
        for (const QJsonValue& value : std::as_const(m_list)) {
            if (value.toObject().value(u"subject"_s).toString().startsWith(start))
                return value.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(find(u"Neuer Stundenplan"_s).value(u"hasAttachments"_s).toBool(), true);
    QCOMPARE(find(u"Lorem ipsum"_s).value(u"hasAttachments"_s).toBool(), false);
    QCOMPARE(find(u"Lorem ipsum"_s).value(u"date"_s).toString(), u"2024-09-02T06:15:42Z"_s);
    QCOMPARE(find(u"Lorem ipsum"_s).value(u"from"_s).toString(), u"erika@mustermann.de"_s);
    QCOMPARE(find(u"Gef"_s).value(u"uidl"_s).toString(), u"hostile-1"_s);
    QCOMPARE(find(u"Gef"_s).value(u"account"_s).toString(), u"local"_s);
}

void TestCliListShow::showText()
{
    const Run run = cli(
        {u"show"_s, u"--archive"_s, m_archive, QString::number(idOf(u"Neuer Stundenplan"_s))});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"From: Sabine Lehmann <s.lehmann@gymnasium-musterstadt.de>\n"),
        qPrintable(out));
    QVERIFY(out.contains(u"\nSubject: Neuer Stundenplan und Briefmarke für das Projekt\n"));
    QVERIFY(out.contains(u"\nTo: Klasse 8b"));
    QVERIFY(out.contains(u"Liebe Klasse 8b,"));
    QVERIFY(out.contains(u"stundenplan-8b.txt"));
    QVERIFY(out.contains(u"briefmarke.png"));

    // HTML-only message: shown as text, without markup or script; no control characters.
    const Run hostile
        = cli({u"show"_s, u"--archive"_s, m_archive, QString::number(idOf(u"Gef"_s))});
    QCOMPARE(hostile.exitCode, 0);
    QVERIFY2(hostile.out.contains("Hallo"), hostile.out.constData());
    QVERIFY(!hostile.out.contains("<p>"));
    QVERIFY(!hostile.out.contains("alert"));
    QVERIFY(!hostile.out.contains('\x1b'));
    QVERIFY(!hostile.out.contains('\x07'));
}

void TestCliListShow::showHtml()
{
    const Run newsletter = cli({u"show"_s, u"--archive"_s, m_archive,
        QString::number(idOf(u"Science Club"_s)), u"--html"_s});
    QCOMPARE(newsletter.exitCode, 0);
    QVERIFY(newsletter.out.contains("<h1"));
    QVERIFY(newsletter.out.contains("href=\"https://newsletter.example.com/unsubscribe"));
    QVERIFY(!newsletter.out.contains("src=\"http"));

    const Run hostile
        = cli({u"show"_s, u"--archive"_s, m_archive, QString::number(idOf(u"Gef"_s)), u"--html"_s});
    QCOMPARE(hostile.exitCode, 0);
    QVERIFY(hostile.out.contains("Hallo"));
    QVERIFY(!hostile.out.contains("<script"));
    QVERIFY(!hostile.out.contains("alert"));
    QVERIFY(!hostile.out.contains("tracker.example"));
    QVERIFY(!hostile.out.contains('\x1b'));

    // Plain text becomes HTML with quote levels (format=flowed reply).
    const Run reply = cli({u"show"_s, u"--archive"_s, m_archive,
        QString::number(idOf(u"Re: Elternabend"_s)), u"--html"_s});
    QCOMPARE(reply.exitCode, 0);
    QVERIFY2(reply.out.contains("<blockquote class=\"quote quote1\">"), reply.out.constData());
    QVERIFY(reply.out.contains("<blockquote class=\"quote quote2\">"));
}

void TestCliListShow::showRaw()
{
    const Run run = cli({u"show"_s, u"--archive"_s, m_archive,
        QString::number(idOf(u"Lorem ipsum"_s)), u"--raw"_s});
    QCOMPARE(run.exitCode, 0);
    QFile original(
        QStringLiteral(POSTBOTE_SOURCE_DIR "/resources/demo-mailbox/01-lorem-ipsum.eml"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(run.out, original.readAll());

    const Run big = cli({u"show"_s, u"--archive"_s, m_archive,
        QString::number(idOf(u"Messwerte der Wetterstation"_s)), u"--raw"_s});
    QCOMPARE(big.exitCode, 0);
    QFile bigOriginal(
        QStringLiteral(POSTBOTE_SOURCE_DIR "/resources/demo-mailbox/07-wetterstation-gross.eml"));
    QVERIFY(bigOriginal.open(QIODevice::ReadOnly));
    QCOMPARE(big.out, bigOriginal.readAll());
}

void TestCliListShow::saveAttachments()
{
    const QString target = m_work.filePath(u"saved"_s);
    const QString id = QString::number(idOf(u"Neuer Stundenplan"_s));
    const Run first
        = cli({u"show"_s, u"--archive"_s, m_archive, id, u"--save-attachments"_s, target});
    QCOMPARE(first.exitCode, 0);
    const QStringList firstPaths = QString::fromUtf8(first.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(firstPaths,
        (QStringList {QDir(target).filePath(u"stundenplan-8b.txt"_s),
            QDir(target).filePath(u"briefmarke.png"_s)}));
    QFile png(firstPaths.at(1));
    QVERIFY(png.open(QIODevice::ReadOnly));
    const QByteArray pngData = png.readAll();
    QVERIFY(pngData.startsWith("\x89PNG\r\n\x1a\n"));
    QFile text(firstPaths.at(0));
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QByteArray textData = text.readAll();
    QVERIFY(!textData.isEmpty());

    // A second run never overwrites: new names, the first files unchanged.
    const Run second
        = cli({u"show"_s, u"--archive"_s, m_archive, id, u"--save-attachments"_s, target});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(QString::fromUtf8(second.out).split(u'\n', Qt::SkipEmptyParts),
        (QStringList {QDir(target).filePath(u"stundenplan-8b (2).txt"_s),
            QDir(target).filePath(u"briefmarke (2).png"_s)}));
    QFile again(firstPaths.at(1));
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), pngData);
    QCOMPARE(QDir(target).entryList(QDir::Files).size(), 4);
}

void TestCliListShow::saveHostileAttachments()
{
    const QString target = m_work.filePath(u"deep/er/saved-hostile"_s);
    const Run run = cli({u"show"_s, u"--archive"_s, m_archive, QString::number(idOf(u"Gef"_s)),
        u"--save-attachments"_s, target});
    QCOMPARE(run.exitCode, 0);
    const QStringList paths = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(paths.size(), 3);
    QCOMPARE(paths.at(0), QDir(target).filePath(u"evil.sh"_s));
    QCOMPARE(paths.at(1), QDir(target).filePath(u"_CON.txt"_s));
    const QString longName = QFileInfo(paths.at(2)).fileName();
    QVERIFY(longName.endsWith(u".txt"));
    QVERIFY(longName.toUtf8().size() <= SafeFileName::MaxBytes);
    for (const QString& path : paths)
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(target).absoluteFilePath());
    // Nothing escaped the folder ("../../evil.sh" would land in m_work/deep).
    QVERIFY(!QFile::exists(m_work.filePath(u"deep/evil.sh"_s)));
    QVERIFY(!QFile::exists(m_work.filePath(u"evil.sh"_s)));
    QFile evil(paths.at(0));
    QVERIFY(evil.open(QIODevice::ReadOnly));
    QCOMPARE(evil.readAll(), QByteArray("echo evil"));
}

void TestCliListShow::badIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << u"9999"_s << 6 << u"9999"_s;
    QTest::newRow("not a number") << u"abc"_s << 2 << u"abc"_s;
    QTest::newRow("zero") << u"0"_s << 2 << u"0"_s;
    QTest::newRow("negative") << u"-3"_s << 2 << u"-3"_s;
}

void TestCliListShow::badIds()
{
    QFETCH(QString, id);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli({u"show"_s, u"--archive"_s, m_archive, u"--"_s, id});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestCliListShow::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString archive = u"ARCHIVE"_s; // replaced in the test
    QTest::newRow("list unknown option")
        << QStringList {u"list"_s, u"--archive"_s, archive, u"--bogus"_s} << 2 << u"bogus"_s;
    QTest::newRow("show unknown option") << QStringList {u"show"_s, u"--archive"_s, archive, u"1"_s,
        u"--frobnicate"_s} << 2 << u"frobnicate"_s;
    QTest::newRow("list without archive") << QStringList {u"list"_s} << 2 << u"--archive"_s;
    QTest::newRow("show without archive") << QStringList {u"show"_s, u"1"_s} << 2 << u"--archive"_s;
    QTest::newRow("show without id")
        << QStringList {u"show"_s, u"--archive"_s, archive} << 2 << u"ID"_s;
    QTest::newRow("show two modes")
        << QStringList {u"show"_s, u"--archive"_s, archive, u"1"_s, u"--html"_s, u"--raw"_s} << 2
        << u"--html"_s;
    QTest::newRow("list extra argument")
        << QStringList {u"list"_s, u"--archive"_s, archive, u"extra"_s} << 2 << u"extra"_s;
    QTest::newRow("list missing archive folder")
        << QStringList {u"list"_s, u"--archive"_s, u"MISSING"_s} << 6 << u"MISSING"_s;
    QTest::newRow("show missing archive folder")
        << QStringList {u"show"_s, u"--archive"_s, u"MISSING"_s, u"1"_s} << 6 << u"MISSING"_s;
}

void TestCliListShow::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString missing = m_work.filePath(u"no-such-archive"_s);
    for (QString& argument : arguments) {
        if (argument == u"ARCHIVE")
            argument = m_archive;
        else if (argument == u"MISSING")
            argument = missing;
    }
    if (message == u"MISSING")
        message = missing;
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFileInfo::exists(missing)); // a typo never creates an archive
}

void TestCliListShow::listAndShowWhileInUse()
{
    // Another Postbote holds the archive, as a running fetch or the window would: here, this
    // test. list and show read its index beside it instead of refusing.
    ArchiveStore holder(m_archive);
    QString error;
    QVERIFY2(holder.open(&error), qPrintable(error));
    const Run list = cli({u"list"_s, u"--archive"_s, m_archive, u"--json"_s});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY2(list.err.contains("is in use by another Postbote"), list.err.constData());
    QCOMPARE(QJsonDocument::fromJson(list.out).array(), m_list);

    const qint64 lorem = idOf(u"Lorem ipsum"_s);
    const Run show
        = cli({u"show"_s, u"--archive"_s, m_archive, QString::number(lorem)}, u"de_DE.UTF-8"_s);
    QVERIFY2(show.exitCode == 0, show.err.constData());
    QVERIFY2(show.out.contains("Lorem ipsum"), show.out.constData());
    QVERIFY2(
        show.err.contains("wird gerade von einem anderen Postbote benutzt"), show.err.constData());
    const Run missing = cli({u"show"_s, u"--archive"_s, m_archive, u"999999"_s});
    QCOMPARE(missing.exitCode, 6); // StorageError, as without a holder
    QVERIFY2(missing.err.contains("There is no message with ID 999999"), missing.err.constData());

    // Nothing was changed underneath the holder: it goes on with its index.
    QCOMPARE(holder.records().size(), m_list.size());
    holder.close();
    // Once it is free, list opens the archive as before, without the note.
    const Run free = cli({u"list"_s, u"--archive"_s, m_archive});
    QCOMPARE(free.exitCode, 0);
    QVERIFY2(!free.err.contains("in use"), free.err.constData());
}

QTEST_GUILESS_MAIN(TestCliListShow)
#include "tst_cli_list_show.moc"
