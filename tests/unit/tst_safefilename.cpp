// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;
using namespace Qt::StringLiterals;

class TestSafeFileName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void invariants_data();
    void invariants();
    void longNameKeepsExtension();
    void longUnicodeNameCutsOnCharacters();
    void splitExtension_data();
    void splitExtension();
    void uniquePathNeverOverwrites();
    void uniquePathTreatsDanglingLinkAsTaken();
    void createUniqueIsExclusive();
    void createUniqueReportsErrors();
};

void TestSafeFileName::names_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
    QTest::newRow("umlauts") << u"Übersicht März.xlsx"_s << u"Übersicht März.xlsx"_s;
    QTest::newRow("nfd becomes nfc") << u"U\u0308bersicht.txt"_s << u"\u00dcbersicht.txt"_s;
    QTest::newRow("cjk and emoji") << u"報告 📎.doc"_s << u"報告 📎.doc"_s;
    QTest::newRow("unix traversal") << u"../../evil.sh"_s << u"evil.sh"_s;
    QTest::newRow("windows traversal") << u"..\\..\\evil.bat"_s << u"evil.bat"_s;
    QTest::newRow("absolute unix") << u"/etc/passwd"_s << u"passwd"_s;
    QTest::newRow("absolute windows") << u"C:\\Windows\\win.ini"_s << u"win.ini"_s;
    QTest::newRow("trailing separator") << u"dir/"_s << u"dir"_s;
    QTest::newRow("only dots") << u".."_s << u"attachment"_s;
    QTest::newRow("only separators") << u"/\\/"_s << u"attachment"_s;
    QTest::newRow("empty") << QString() << u"attachment"_s;
    QTest::newRow("spaces only") << u"   "_s << u"attachment"_s;
    QTest::newRow("hidden file") << u".bashrc"_s << u"bashrc"_s;
    QTest::newRow("trailing dots and spaces") << u"name.txt. . "_s << u"name.txt"_s;
    QTest::newRow("CON.txt") << u"CON.txt"_s << u"_CON.txt"_s;
    QTest::newRow("nul") << u"nul"_s << u"_nul"_s;
    QTest::newRow("com1.tar.gz") << u"com1.tar.gz"_s << u"_com1.tar.gz"_s;
    QTest::newRow("LPT9") << u"LPT9"_s << u"_LPT9"_s;
    QTest::newRow("aux with trailing space") << u"aux .txt"_s << u"_aux .txt"_s;
    QTest::newRow("conout$") << u"CONOUT$"_s << u"_CONOUT$"_s;
    QTest::newRow("com superscript") << u"COM\u00b9.log"_s << u"_COM\u00b9.log"_s;
    QTest::newRow("not reserved: CONSOLE") << u"console.txt"_s << u"console.txt"_s;
    QTest::newRow("not reserved: COM10") << u"COM10"_s << u"COM10"_s;
    QTest::newRow("windows forbidden") << u"a<b>c:d\"e|f?g*h.txt"_s << u"a_b_c_d_e_f_g_h.txt"_s;
    QTest::newRow("control characters") << u"a\u0001b\u007fc\u0085d.txt"_s << u"a_b_c_d.txt"_s;
    QTest::newRow("nul byte") << QString(u"evil\0.txt"_s) << u"evil_.txt"_s;
    QTest::newRow("newline and tab") << u"line\none\ttab.txt"_s << u"line one tab.txt"_s;
    QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_s << u"invoice_fdp.exe"_s;
    QTest::newRow("zero width space") << u"a\u200Bb.txt"_s << u"a_b.txt"_s;
    QTest::newRow("unpaired surrogate") << u"a"_s + QChar(0xd800) + u".txt"_s << u"a_.txt"_s;
}

void TestSafeFileName::names()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SafeFileName::fromAttachmentName(input), expected);
}

void TestSafeFileName::invariants_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("500 chars") << QString(500, u'x') + u".pdf"_s;
    QTest::newRow("500 umlauts") << QString(500, QChar(0xe4));
    QTest::newRow("nested traversal") << u"....//....//etc/passwd"_s;
    QTest::newRow("mixed junk") << u" .\u0000..\\/CON:..\u202E "_s;
    QTest::newRow("dots inside") << u"a..b...c"_s;
    QTest::newRow("reserved long") << u"CON."_s + QString(400, u'a');
    QString all;
    for (char16_t c = 0; c < 0x100; ++c)
        all += QChar(c);
    QTest::newRow("every latin1 char") << all;
}

void TestSafeFileName::invariants()
{
    QFETCH(QString, input);
    const QString name = SafeFileName::fromAttachmentName(input);
    QVERIFY(!name.isEmpty());
    QVERIFY2(name.toUtf8().size() <= SafeFileName::MaxBytes, qPrintable(name));
    QVERIFY(!name.contains(u'/'));
    QVERIFY(!name.contains(u'\\'));
    QVERIFY(name != u".." && name != u".");
    QVERIFY(!name.startsWith(u'.'));
    QVERIFY(!name.endsWith(u'.') && !name.endsWith(u' '));
    static const QRegularExpression forbidden(u"[<>:\"|?*\\x00-\\x1f\\x7f-\\x9f]"_s);
    QVERIFY2(!forbidden.match(name).hasMatch(), qPrintable(name));
    static const QRegularExpression reserved(u"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])( *)(\\..*)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!reserved.match(name).hasMatch(), qPrintable(name));
    // Idempotent: a safe name stays as it is.
    QCOMPARE(SafeFileName::fromAttachmentName(name), name);
}

void TestSafeFileName::longNameKeepsExtension()
{
    const QString name = SafeFileName::fromAttachmentName(QString(500, u'n') + u".tar.gz"_s);
    QVERIFY(name.endsWith(u".tar.gz"));
    QCOMPARE(name.toUtf8().size(), SafeFileName::MaxBytes);
    QVERIFY(name.startsWith(u"nnnn"));
}

void TestSafeFileName::longUnicodeNameCutsOnCharacters()
{
    // 3-byte CJK characters and 4-byte emoji: the cut must not split one.
    const QString input = QString(300, QChar(0x5831)) + u"📎📎📎.png"_s;
    const QString name = SafeFileName::fromAttachmentName(QString(120, u'x') + input);
    QVERIFY(name.endsWith(u".png"));
    QVERIFY(name.toUtf8().size() <= SafeFileName::MaxBytes);
    QVERIFY(name.toUtf8().size() > SafeFileName::MaxBytes - 4);
    QCOMPARE(QString::fromUtf8(name.toUtf8()), name); // valid UTF-16 round trip
    for (const QChar c : name)
        QVERIFY(!c.isSurrogate() || name.contains(u"📎"_s));
}

void TestSafeFileName::splitExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("extension");
    QTest::newRow("simple") << u"a.pdf"_s << u"a"_s << u".pdf"_s;
    QTest::newRow("none") << u"README"_s << u"README"_s << QString();
    QTest::newRow("tarball") << u"src.tar.gz"_s << u"src"_s << u".tar.gz"_s;
    QTest::newRow("TAR upper") << u"src.TAR.XZ"_s << u"src"_s << u".TAR.XZ"_s;
    QTest::newRow("two dots") << u"v1.2.zip"_s << u"v1.2"_s << u".zip"_s;
    QTest::newRow("space in ext") << u"Mr. Smith"_s << u"Mr. Smith"_s << QString();
    QTest::newRow("too long ext") << u"a.abcdefghijklmnopq"_s << u"a.abcdefghijklmnopq"_s
                                  << QString();
    QTest::newRow("trailing dot") << u"a."_s << u"a."_s << QString();
}

void TestSafeFileName::splitExtension()
{
    QFETCH(QString, name);
    QFETCH(QString, stem);
    QFETCH(QString, extension);
    QString gotStem;
    QString gotExtension;
    SafeFileName::splitExtension(name, &gotStem, &gotExtension);
    QCOMPARE(gotStem, stem);
    QCOMPARE(gotExtension, extension);
}

static void touch(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

static QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void TestSafeFileName::uniquePathNeverOverwrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = SafeFileName::uniquePath(dir.path(), u"report.pdf"_s);
    QCOMPARE(first, dir.filePath(u"report.pdf"_s));
    touch(first, "one");
    const QString second = SafeFileName::uniquePath(dir.path(), u"report.pdf"_s);
    QCOMPARE(second, dir.filePath(u"report (2).pdf"_s));
    touch(second, "two");
    QCOMPARE(
        SafeFileName::uniquePath(dir.path(), u"report.pdf"_s), dir.filePath(u"report (3).pdf"_s));
    // Directories count as taken too, and tarballs keep their double extension.
    QVERIFY(QDir(dir.path()).mkdir(u"src.tar.gz"_s));
    QCOMPARE(
        SafeFileName::uniquePath(dir.path(), u"src.tar.gz"_s), dir.filePath(u"src (2).tar.gz"_s));
    QCOMPARE(contents(first), QByteArray("one"));
    QCOMPARE(contents(second), QByteArray("two"));

    // A long name plus " (2)" stays within the limit.
    const QString longName = SafeFileName::fromAttachmentName(QString(400, u'L') + u".txt"_s);
    touch(dir.filePath(longName), "long");
    const QString longSecond = SafeFileName::uniquePath(dir.path(), longName);
    QVERIFY(longSecond.endsWith(u" (2).txt"));
    QVERIFY(QFileInfo(longSecond).fileName().toUtf8().size() <= SafeFileName::MaxBytes);
}

void TestSafeFileName::uniquePathTreatsDanglingLinkAsTaken()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(u"does-not-exist"_s);
    QVERIFY(QFile::link(target, dir.filePath(u"a.txt"_s)));
    QCOMPARE(SafeFileName::uniquePath(dir.path(), u"a.txt"_s), dir.filePath(u"a (2).txt"_s));
    QString error;
    const QString created = SafeFileName::createUnique(dir.path(), u"a.txt"_s, &error);
    QCOMPARE(created, dir.filePath(u"a (2).txt"_s));
    QVERIFY(!QFileInfo::exists(target)); // the link was not followed
}

void TestSafeFileName::createUniqueIsExclusive()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    touch(dir.filePath(u"x.bin"_s), "keep");
    QStringList created;
    for (int i = 0; i < 5; ++i) {
        QString error;
        const QString path = SafeFileName::createUnique(dir.path(), u"x.bin"_s, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!created.contains(path));
        created << path;
    }
    QCOMPARE(created.first(), dir.filePath(u"x (2).bin"_s));
    QCOMPARE(created.last(), dir.filePath(u"x (6).bin"_s));
    QCOMPARE(contents(dir.filePath(u"x.bin"_s)), QByteArray("keep"));
}

void TestSafeFileName::createUniqueReportsErrors()
{
    QString error;
    const QString path
        = SafeFileName::createUnique(u"/nonexistent-postbote-dir/sub"_s, u"a.txt"_s, &error);
    QVERIFY(path.isEmpty());
    QVERIFY(error.contains(u"a.txt"));
}

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
