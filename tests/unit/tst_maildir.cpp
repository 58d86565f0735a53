// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/Maildir.h"
#include "archive/MaildirFileName.h"
#include "archive/MessageWriter.h"
#include "archive/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;

class TestMaildir : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256Vectors_data();
    void sha256Vectors();
    void nameRoundTrip_data();
    void nameRoundTrip();
    void namesAreUnique();
    void foreignNames_data();
    void foreignNames();
    void normalizedFlags_data();
    void normalizedFlags();
    void crlfAtEverySplit_data();
    void crlfAtEverySplit();
    void byteExactWithoutCr();
    void deliversIntoNew();
    void discardAndDestructorRemoveTmp();
    void missingFolderFailsWithReason();
    void flagsRename_data();
    void flagsRename();
    void staleTmpCleanup();
    void spaceBudgetFailsCleanly();
    void pythonMailboxReadsIt();
};

static QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

static QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return QByteArray("<unreadable>");
    }
    return f.readAll();
}

void TestMaildir::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-4 examples (NIST CSRC "SHA256.pdf").
    QTest::newRow("empty")
        << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray(
        "abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("million a") << QByteArray(1000000,
        'a') << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestMaildir::sha256Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha256::hash(input).toHex(), digest);
    Sha256 pieces;
    for (qsizetype pos = 0; pos < input.size(); pos += 999) {
        pieces.addData(QByteArrayView(input).sliced(pos, qMin<qsizetype>(999, input.size() - pos)));
    }
    QCOMPARE(pieces.result().toHex(), digest);
    QBuffer device(&input);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QVERIFY(pieces.addData(&device)); // result() started it over
    QCOMPARE(pieces.result().toHex(), digest);
}

void TestMaildir::nameRoundTrip_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QByteArray>("uidl");
    QTest::addColumn<bool>("partial");
    QByteArray printable;
    for (char c = 0x21; c <= 0x7e; ++c) {
        printable.append(c);
    }
    QTest::newRow("dovecot") << QStringLiteral("max") << QByteArray("00000001507c1f9d") << false;
    QTest::newRow("separators") << QStringLiteral("max@mustermann.de")
                                << QByteArray("a/b:c,d%41.=+@") << false;
    QTest::newRow("all printable, first 70") << QStringLiteral("acc") << printable.left(70) << true;
    QTest::newRow("all printable, last 70")
        << QStringLiteral("acc") << printable.right(70) << false;
    QTest::newRow("70 slashes") << QStringLiteral("a") << QByteArray(70, '/') << false;
    QTest::newRow("70 commas") << QStringLiteral("a") << QByteArray(70, ',') << true;
    QTest::newRow("umlaut account")
        << QStringLiteral("Jürgen/Post:1,2") << QByteArray("x") << false;
    QTest::newRow("no uidl") << QStringLiteral("max") << QByteArray() << false;
}

void TestMaildir::nameRoundTrip()
{
    QFETCH(QString, account);
    QFETCH(QByteArray, uidl);
    QFETCH(bool, partial);
    const MaildirFileName created = MaildirFileName::create(account, uidl, partial)
                                        .withSize(1234)
                                        .withFlags(QStringLiteral("SF"));
    const QString name = created.fileName();
    QVERIFY2(!name.contains(QLatin1Char('/')), qPrintable(name));
    QCOMPARE(name.count(QLatin1Char(':')), 1);
    QVERIFY2(name.endsWith(QLatin1String(":2,FS")), qPrintable(name));
    QVERIFY2(!created.base().contains(QLatin1Char(',') + QLatin1Char(',')), qPrintable(name));
    // Every common file system takes 255 bytes per name.
    QVERIFY2(name.toUtf8().size() <= 255, qPrintable(QString::number(name.toUtf8().size())));

    const MaildirFileName parsed = MaildirFileName::parse(name);
    QVERIFY(parsed.isPostbote());
    QCOMPARE(parsed.account(), account);
    QCOMPARE(parsed.uidl(), uidl);
    QCOMPARE(parsed.isPartial(), partial);
    QCOMPARE(parsed.size(), qint64(1234));
    QCOMPARE(parsed.flags(), QStringLiteral("FS"));
    QCOMPARE(parsed.base(), created.base());
    QCOMPARE(parsed.pid(), QCoreApplication::applicationPid());
    QCOMPARE(parsed.host(), MaildirFileName::localHost());
    const qint64 age = parsed.deliveryTime().msecsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(age >= 0 && age < 60000, qPrintable(QString::number(age)));
}

void TestMaildir::namesAreUnique()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        seen.insert(MaildirFileName::create(QStringLiteral("a"), "u", false).base());
    }
    QCOMPARE(seen.size(), 2000);
    const MaildirFileName first = MaildirFileName::create(QStringLiteral("a"), "u1", true);
    const MaildirFileName renewed = first.renewed();
    QVERIFY(renewed.base() != first.base());
    QCOMPARE(renewed.uidl(), QByteArray("u1"));
    QVERIFY(renewed.isPartial());
}

void TestMaildir::foreignNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("pid");
    QTest::newRow("mutt") << QStringLiteral("1700000000.R12345.box:2,RS")
                          << QStringLiteral("1700000000.R12345.box") << QStringLiteral("RS")
                          << qint64(-1) << qint64(0);
    QTest::newRow("dovecot") << QStringLiteral("1700000000.M5P77.mail,S=10,W=12:2,Sa")
                             << QStringLiteral("1700000000.M5P77.mail,S=10,W=12")
                             << QStringLiteral("Sa") << qint64(10) << qint64(77);
    QTest::newRow("new, no info") << QStringLiteral("1700000000.12_3.host")
                                  << QStringLiteral("1700000000.12_3.host") << QString()
                                  << qint64(-1) << qint64(0);
    QTest::newRow("garbage") << QStringLiteral("hello") << QStringLiteral("hello") << QString()
                             << qint64(-1) << qint64(0);
}

void TestMaildir::foreignNames()
{
    QFETCH(QString, name);
    QFETCH(QString, base);
    QFETCH(QString, flags);
    QFETCH(qint64, size);
    QFETCH(qint64, pid);
    const MaildirFileName parsed = MaildirFileName::parse(name);
    QVERIFY(!parsed.isPostbote());
    QCOMPARE(parsed.base(), base);
    QCOMPARE(parsed.flags(), flags);
    QCOMPARE(parsed.size(), size);
    QCOMPARE(parsed.pid(), pid);
    QCOMPARE(parsed.fileName(), name);
    QVERIFY(parsed.uidl().isEmpty());
}

void TestMaildir::normalizedFlags_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("sorted") << QStringLiteral("TSF") << QStringLiteral("FST");
    QTest::newRow("duplicates") << QStringLiteral("SSFS") << QStringLiteral("FS");
    QTest::newRow("separators dropped") << QStringLiteral("S,:/F1") << QStringLiteral("FS");
    QTest::newRow("keywords after flags") << QStringLiteral("aS") << QStringLiteral("Sa");
    QTest::newRow("empty") << QString() << QString();
}

void TestMaildir::normalizedFlags()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(MaildirFileName::normalizedFlags(in), out);
}

void TestMaildir::crlfAtEverySplit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("Subject: a\r\n\r\nBody\r\n")
                           << QByteArray("Subject: a\n\nBody\n");
    QTest::newRow("bare cr and lf kept") << QByteArray("a\rb\nc\r\n") << QByteArray("a\rb\nc\n");
    QTest::newRow("cr cr lf") << QByteArray("x\r\r\ny") << QByteArray("x\r\ny");
    QTest::newRow("trailing cr") << QByteArray("end\r") << QByteArray("end\r");
    QTest::newRow("lf cr") << QByteArray("\n\r\n\r") << QByteArray("\n\n\r");
    QTest::newRow("dots already unstuffed") << QByteArray(".\r\n..x\r\n") << QByteArray(".\n..x\n");
}

void TestMaildir::crlfAtEverySplit()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    Maildir maildir(dir.path());
    QString error;
    QVERIFY2(maildir.open(&error), qPrintable(error));
    // Every way of cutting the payload into up to three chunks, empty chunks included.
    for (qsizetype i = 0; i <= input.size(); ++i) {
        for (qsizetype j = i; j <= input.size(); ++j) {
            MessageWriter writer(maildir, QStringLiteral("a"), QByteArray::number(i * 100 + j));
            QVERIFY(writer.writeData(QByteArrayView(input).first(i)));
            QVERIFY(writer.writeData(QByteArrayView(input).sliced(i, j - i)));
            QVERIFY(writer.writeData(QByteArrayView(input).sliced(j)));
            QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
            const QByteArray stored = readFile(maildir.absolutePath(writer.relativePath()));
            QVERIFY2(stored == expected,
                qPrintable(QStringLiteral("split %1/%2: %3")
                               .arg(i)
                               .arg(j)
                               .arg(QString::fromLatin1(stored.toPercentEncoding()))));
            QCOMPARE(writer.bytesWritten(), expected.size());
            QCOMPARE(writer.bytesReceived(), input.size());
            QCOMPARE(
                writer.sha256(), QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
        }
    }
    QVERIFY(filesIn(dir.filePath(QStringLiteral("tmp"))).isEmpty());
}

void TestMaildir::byteExactWithoutCr()
{
    QTemporaryDir dir;
    Maildir maildir(dir.path());
    QString error;
    QVERIFY(maildir.open(&error));
    QByteArray payload;
    for (int i = 0; i < 300000; ++i) {
        const char c = char((quint32(i) * 7919u + quint32(i) / 13u) & 0xffu);
        payload.append(c == '\r' ? '\0' : c);
    }
    MessageWriter writer(maildir, QStringLiteral("a"), "big");
    for (qsizetype pos = 0; pos < payload.size(); pos += 4093) {
        QVERIFY(writer.writeData(QByteArrayView(payload).sliced(pos).first(
            qMin<qsizetype>(4093, payload.size() - pos))));
    }
    QVERIFY(writer.finish());
    QCOMPARE(readFile(maildir.absolutePath(writer.relativePath())), payload);
}

void TestMaildir::deliversIntoNew()
{
    QTemporaryDir dir;
    Maildir maildir(dir.path());
    QString error;
    QVERIFY(maildir.open(&error));
    for (const char* sub : {"tmp", "new", "cur"}) {
        QVERIFY(QFileInfo(dir.filePath(QLatin1String(sub))).isDir());
    }
    MessageWriter writer(maildir, QStringLiteral("max"), "a/b:c,d");
    QCOMPARE(writer.state(), MessageWriter::State::Writing);
    QVERIFY(writer.writeData("Subject: x\r\n\r\nhi\r\n"));
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("tmp"))).size(), 1);
    QVERIFY(filesIn(dir.filePath(QStringLiteral("new"))).isEmpty());
    QVERIFY(writer.finish());
    QCOMPARE(writer.state(), MessageWriter::State::Finished);
    QVERIFY(!writer.finish()); // only once
    QVERIFY(!writer.writeData("more"));
    QVERIFY(filesIn(dir.filePath(QStringLiteral("tmp"))).isEmpty());
    const QStringList delivered = filesIn(dir.filePath(QStringLiteral("new")));
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(QStringLiteral("new/") + delivered.constFirst(), writer.relativePath());
    const MaildirFileName name = MaildirFileName::parse(delivered.constFirst());
    QCOMPARE(name.account(), QStringLiteral("max"));
    QCOMPARE(name.uidl(), QByteArray("a/b:c,d"));
    QCOMPARE(name.size(), qint64(15));
    QCOMPARE(maildir.entries().size(), 1);
    QCOMPARE(maildir.entries().constFirst().fileSize, qint64(15));
}

void TestMaildir::discardAndDestructorRemoveTmp()
{
    QTemporaryDir dir;
    Maildir maildir(dir.path());
    QString error;
    QVERIFY(maildir.open(&error));
    {
        MessageWriter writer(maildir, QStringLiteral("a"), "1");
        QVERIFY(writer.writeData("partial data"));
        writer.discard();
        QCOMPARE(writer.state(), MessageWriter::State::Discarded);
        QVERIFY(!writer.finish());
    }
    {
        MessageWriter writer(maildir, QStringLiteral("a"), "2");
        QVERIFY(writer.writeData("abandoned"));
        QCOMPARE(filesIn(dir.filePath(QStringLiteral("tmp"))).size(), 1);
    }
    QVERIFY(filesIn(dir.filePath(QStringLiteral("tmp"))).isEmpty());
    QVERIFY(filesIn(dir.filePath(QStringLiteral("new"))).isEmpty());
}

void TestMaildir::missingFolderFailsWithReason()
{
    QTemporaryDir dir;
    const Maildir maildir(dir.filePath(QStringLiteral("never-opened")));
    MessageWriter writer(maildir, QStringLiteral("a"), "1");
    QCOMPARE(writer.state(), MessageWriter::State::Failed);
    QVERIFY2(writer.errorString().contains(QLatin1String("never-opened")),
        qPrintable(writer.errorString()));
    QVERIFY(!writer.writeData("x"));
    QVERIFY(!writer.finish());
    writer.discard();
    QCOMPARE(writer.state(), MessageWriter::State::Failed);
}

void TestMaildir::flagsRename_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("suffixes");
    QTest::newRow("seen") << QStringList {QStringLiteral("S")}
                          << QStringList {QStringLiteral(":2,S")};
    QTest::newRow("seen, flagged, none")
        << QStringList {QStringLiteral("S"), QStringLiteral("SF"), QString()}
        << QStringList {QStringLiteral(":2,S"), QStringLiteral(":2,FS"), QStringLiteral(":2,")};
    QTest::newRow("trashed twice") << QStringList {QStringLiteral("T"), QStringLiteral("T")}
                                   << QStringList {QStringLiteral(":2,T"), QStringLiteral(":2,T")};
}

void TestMaildir::flagsRename()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, suffixes);
    QTemporaryDir dir;
    Maildir maildir(dir.path());
    QString error;
    QVERIFY(maildir.open(&error));
    MessageWriter writer(maildir, QStringLiteral("a"), "1");
    QVERIFY(writer.writeData("x\r\n"));
    QVERIFY(writer.finish());
    QString path = writer.relativePath();
    const QString base = MaildirFileName::parse(path.mid(4)).base();
    for (int i = 0; i < steps.size(); ++i) {
        QString moved;
        QVERIFY2(maildir.setFlags(path, steps.at(i), &moved, &error), qPrintable(error));
        QCOMPARE(moved, QStringLiteral("cur/") + base + suffixes.at(i));
        QVERIFY(QFile::exists(maildir.absolutePath(moved)));
        QCOMPARE(maildir.entries().size(), 1);
        path = moved;
    }
    QVERIFY(filesIn(dir.filePath(QStringLiteral("new"))).isEmpty());
    QCOMPARE(readFile(maildir.absolutePath(path)), QByteArray("x\n"));
}

void TestMaildir::staleTmpCleanup()
{
    QTemporaryDir dir;
    Maildir maildir(dir.path());
    QString error;
    QVERIFY(maildir.open(&error));
    const QString host = MaildirFileName::localHost();
    const auto touch = [&](const QString& name, int hoursOld) {
        QFile f(dir.filePath(QStringLiteral("tmp/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.flush(); // before setting the time, or the write would set it again
        if (hoursOld > 0) {
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600 * hoursOld),
                QFileDevice::FileModificationTime));
        }
    };
    // A pid beyond pid_max: no process can have it, like one killed by a crash.
    touch(QStringLiteral("1700000000.M000001P999999999Q1.") + host + QStringLiteral(",A=a,U=1"), 0);
    const QString ownPid = QString::number(QCoreApplication::applicationPid());
    touch(QStringLiteral("1700000000.M000001P") + ownPid + QStringLiteral("Q1.") + host
            + QStringLiteral(",A=a,U=2"),
        0);
    touch(QStringLiteral("1700000000.M000001P999999999Q1.otherhost,A=a,U=3"), 0);
    touch(QStringLiteral("1700000000.R1.mutt"), 0);
    touch(QStringLiteral("1600000000.R2.mutt"), 40);
    QCOMPARE(maildir.removeStaleTemporaryFiles(), 2);
    const QStringList left = filesIn(dir.filePath(QStringLiteral("tmp")));
    QCOMPARE(left.size(), 3);
    QVERIFY(!left.join(QLatin1Char(' ')).contains(QLatin1String("P999999999Q1.") + host));
    QVERIFY(!left.contains(QStringLiteral("1600000000.R2.mutt")));
    // open() does the same.
    touch(QStringLiteral("1700000000.M000002P999999999Q1.") + host + QStringLiteral(",A=a"), 0);
    QVERIFY(maildir.open(&error));
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("tmp"))).size(), 3);
}

void TestMaildir::spaceBudgetFailsCleanly()
{
    QTemporaryDir dir;
    Maildir maildir(dir.path());
    QString error;
    QVERIFY(maildir.open(&error));
    auto budget = std::make_shared<qint64>(10);
    MessageWriter writer(maildir, QStringLiteral("a"), "1");
    writer.setSpaceBudget(budget);
    QVERIFY(writer.writeData("12345"));
    QVERIFY(!writer.writeData("67890\r\nmore"));
    QVERIFY(writer.isDiskFull());
    QCOMPARE(writer.state(), MessageWriter::State::Failed);
    QVERIFY2(writer.errorString().contains(QDir::toNativeSeparators(dir.path())),
        qPrintable(writer.errorString()));
    QVERIFY(!writer.finish());
    QCOMPARE(*budget, qint64(10)); // the dropped file gave its space back
    QVERIFY(filesIn(dir.filePath(QStringLiteral("tmp"))).isEmpty());
    QVERIFY(filesIn(dir.filePath(QStringLiteral("new"))).isEmpty());
}

void TestMaildir::pythonMailboxReadsIt()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        QSKIP("python3 is not installed, so Python's mailbox module cannot be asked");
    }
    QTemporaryDir dir;
    Maildir maildir(dir.path());
    QString error;
    QVERIFY(maildir.open(&error));
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        MessageWriter writer(maildir, QStringLiteral("max"), "id:/," + QByteArray::number(i));
        QVERIFY(writer.writeData(
            QByteArray("Subject: number " + QByteArray::number(i) + "\r\n\r\nBody\r\n")));
        QVERIFY(writer.finish());
        paths.append(writer.relativePath());
    }
    QString moved;
    QVERIFY(maildir.setFlags(paths.at(1), QStringLiteral("SF"), &moved, &error));
    QProcess py;
    py.start(python,
        {QStringLiteral("-c"),
            QStringLiteral("import mailbox,sys\n"
                           "box = mailbox.Maildir(sys.argv[1], factory=None, create=False)\n"
                           "rows = sorted((m['Subject'], m.get_flags()) for m in box)\n"
                           "print(len(box), rows)\n"),
            dir.path()});
    QVERIFY(py.waitForFinished(30000));
    QCOMPARE(py.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(py.readAllStandardOutput()).trimmed(),
        QStringLiteral("3 [('number 0', ''), ('number 1', 'FS'), ('number 2', '')]"));
}

QTEST_GUILESS_MAIN(TestMaildir)
#include "tst_maildir.moc"
