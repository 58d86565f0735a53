// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz corpus through the fuzz target's entry point in every ordinary build, so
// that inputs which once found a bug (and the seeds) keep being checked without clang.
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size);

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusPresent();
    void replay_data();
    void replay();

private:
    static QStringList corpusFiles();
};

QStringList TestFuzzReplay::corpusFiles()
{
    const QDir dir(QStringLiteral(POSTBOTE_FUZZ_CORPUS_DIR));
    return dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void TestFuzzReplay::corpusPresent()
{
    QVERIFY2(QDir(QStringLiteral(POSTBOTE_FUZZ_CORPUS_DIR)).exists(), POSTBOTE_FUZZ_CORPUS_DIR);
    QVERIFY2(!corpusFiles().isEmpty(), "the fuzz corpus is empty");
}

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(POSTBOTE_FUZZ_CORPUS_DIR));
    for (const QString& name : corpusFiles()) {
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

void TestFuzzReplay::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    // The target aborts on any broken invariant, which fails this test with the file named.
    QCOMPARE(LLVMFuzzerTestOneInput(
                 reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())),
        0);
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
