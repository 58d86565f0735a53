// SPDX-License-Identifier: GPL-3.0-or-later
// postbote-cli fetch as a script uses it, against a real dovecot: byte-identical archiving,
// incremental fetches, --delete, exit codes, a masked --log, and crash safety under SIGKILL.
#include "DovecotFixture.h"
#include "MessageFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using Postbote::Test::DovecotFixture;
using Postbote::Test::maildirFiles;
using Postbote::Test::sortedContents;

namespace {

const QString User = QStringLiteral("erika");
const QString Password = QStringLiteral("Pässwort 2026");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A message of roughly \a size bytes with lines that need dot-stuffing on the wire.
QByteArray generateMessage(int serial, int size)
{
    QByteArray m = "From: Erika Mustermann <erika@mustermann.de>\nTo: max@mustermann.de\n"
                   "Subject: Nachricht "
        + QByteArray::number(serial) + "\nMessage-ID: <" + QByteArray::number(serial)
        + "@test.postbote>\n\n";
    int line = 0;
    while (m.size() < size) {
        if (line % 7 == 3) {
            m += ".line starting with a dot " + QByteArray::number(line) + '\n';
        } else if (line % 11 == 5) {
            m += ".\n"; // a lone dot: sent as ".." by the server
        } else {
            m += "Fix, Schwyz, quäkt Jürgen blöd vom Paß – line " + QByteArray::number(line) + '\n';
        }
        ++line;
    }
    return m;
}

// Names the first message and offset where two sorted content lists differ, or is empty.
QByteArray firstDifference(const QList<QByteArray>& actual, const QList<QByteArray>& expected)
{
    if (actual.size() != expected.size()) {
        return "count " + QByteArray::number(actual.size()) + " instead of "
            + QByteArray::number(expected.size());
    }
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QByteArray& a = actual.at(i);
        const QByteArray& e = expected.at(i);
        if (a == e) {
            continue;
        }
        qsizetype at = 0;
        while (at < a.size() && at < e.size() && a.at(at) == e.at(at)) {
            ++at;
        }
        return "message " + QByteArray::number(i) + " differs at byte " + QByteArray::number(at)
            + ": got \"" + a.mid(qMax<qsizetype>(0, at - 20), 60).toPercentEncoding(" ")
            + "\" expected \"" + e.mid(qMax<qsizetype>(0, at - 20), 60).toPercentEncoding(" ")
            + '"';
    }
    return {};
}

} // namespace

#define COMPARE_CONTENTS(actual, expected)                                                         \
    do {                                                                                           \
        const QByteArray difference = firstDifference(actual, expected);                           \
        QVERIFY2(difference.isEmpty(), difference.constData());                                    \
    } while (false)

class TestCliFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void fetchKeepThenIncrementalThenDelete();
    void exitCodes_data();
    void exitCodes();
    void logIsMasked();
    void usageErrorsNameTheOption();
    void crashSafetyUnderSigkill();

private:
    Run runCli(const QStringList& arguments, int killAfterLines = -1, int killDelayMs = 0);
    QStringList tlsArguments(const QString& archive) const;
    QList<QByteArray> deliverBatch(int count, int minSize, int maxSize);

    DovecotFixture m_dovecot;
    QTemporaryDir m_work;
    QString m_passwordFile;
    int m_serial = 0;
};

void TestCliFetch::initTestCase()
{
    QString why;
    QVERIFY2(DovecotFixture::isAvailable(&why), qPrintable(why));
    m_dovecot.addUser(User, Password);
    QVERIFY2(m_dovecot.start(&why), qPrintable(why));
    m_passwordFile = m_work.filePath(QStringLiteral("password"));
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Password.toUtf8() + '\n');
}

void TestCliFetch::cleanupTestCase()
{
    m_dovecot.stop();
}

void TestCliFetch::init()
{
    // Every test starts with an empty server mailbox.
    for (const QString& path : m_dovecot.storedMessages(User)) {
        QFile::remove(path);
    }
}

QStringList TestCliFetch::tlsArguments(const QString& archive) const
{
    return {QStringLiteral("fetch"), QStringLiteral("--host"), QStringLiteral("localhost"),
        QStringLiteral("--port"), QString::number(m_dovecot.pop3sPort()),
        QStringLiteral("--ca-file"), m_dovecot.directory() + QStringLiteral("/ca.pem"),
        QStringLiteral("--user"), User, QStringLiteral("--password-file"), m_passwordFile,
        QStringLiteral("--archive"), archive};
}

QList<QByteArray> TestCliFetch::deliverBatch(int count, int minSize, int maxSize)
{
    QList<QByteArray> messages;
    for (int i = 0; i < count; ++i) {
        const int size = minSize + int(QRandomGenerator::global()->bounded(maxSize - minSize + 1));
        messages << generateMessage(++m_serial, size);
        if (m_dovecot.deliver(User, messages.last()).isEmpty()) {
            return {};
        }
    }
    std::sort(messages.begin(), messages.end());
    return messages;
}

Run TestCliFetch::runCli(const QStringList& arguments, int killAfterLines, int killDelayMs)
{
    QProcess process;
    process.start(QStringLiteral(POSTBOTE_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        return run;
    }
    process.closeWriteChannel();
    if (killAfterLines >= 0) {
        // Progress comes as one plain line per message on stderr (not a terminal).
        QElapsedTimer timer;
        timer.start();
        while (run.err.count('\n') < killAfterLines && process.state() == QProcess::Running
            && timer.elapsed() < 30000) {
            process.waitForReadyRead(50);
            run.err += process.readAllStandardError();
        }
        if (killDelayMs > 0) {
            QTest::qSleep(killDelayMs);
        }
        ::kill(pid_t(process.processId()), SIGKILL);
    }
    process.waitForFinished(120000);
    run.out = process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -9;
    return run;
}

void TestCliFetch::fetchKeepThenIncrementalThenDelete()
{
    const QList<QByteArray> messages = deliverBatch(500, 200, 40000);
    QCOMPARE(messages.size(), 500);
    const QString archive = m_work.filePath(QStringLiteral("archive-500"));

    Run run = runCli(tlsArguments(archive) << QStringLiteral("--keep"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("500 "), run.out.constData());
    // Byte-identical: what dovecot stores (LF) is what the archive holds.
    COMPARE_CONTENTS(sortedContents(maildirFiles(archive)), messages);
    QCOMPARE(m_dovecot.storedMessages(User).size(), 500);

    run = runCli(tlsArguments(archive));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("0 "), run.out.constData());
    QCOMPARE(maildirFiles(archive).size(), 500);

    run = runCli(tlsArguments(archive) << QStringLiteral("--delete"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("500"), run.out.constData());
    QCOMPARE(m_dovecot.storedMessages(User).size(), 0);
    COMPARE_CONTENTS(sortedContents(maildirFiles(archive)), messages);
}

void TestCliFetch::exitCodes_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("expected");
    QTest::newRow("starttls ok") << QStringLiteral("starttls") << 0;
    QTest::newRow("wrong password") << QStringLiteral("wrong-password") << 4;
    QTest::newRow("unknown CA") << QStringLiteral("unknown-ca") << 3;
    QTest::newRow("nothing listening") << QStringLiteral("closed-port") << 5;
    QTest::newRow("usage") << QStringLiteral("usage") << 2;
}

void TestCliFetch::exitCodes()
{
    QFETCH(QString, scenario);
    QFETCH(int, expected);
    const QString archive = m_work.filePath(QStringLiteral("archive-codes"));
    QStringList arguments = tlsArguments(archive);
    if (scenario == u"starttls") {
        arguments[4] = QString::number(m_dovecot.pop3Port());
        arguments << QStringLiteral("--security") << QStringLiteral("starttls");
    } else if (scenario == u"wrong-password") {
        const QString wrong = m_work.filePath(QStringLiteral("wrong"));
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not the password\n");
        file.close();
        arguments[10] = wrong;
    } else if (scenario == u"unknown-ca") {
        arguments.remove(5, 2);
    } else if (scenario == u"closed-port") {
        // A port that was free a moment ago: nothing listens there now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        arguments[4] = QString::number(probe.serverPort());
        probe.close();
    } else if (scenario == u"usage") {
        arguments << QStringLiteral("--keep") << QStringLiteral("--delete");
    }
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == expected,
        qPrintable(
            QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    if (expected != 0) {
        QVERIFY(!run.err.isEmpty()); // one clear sentence on stderr
    }
}

void TestCliFetch::logIsMasked()
{
    deliverBatch(3, 300, 600);
    const QString log = m_work.filePath(QStringLiteral("dialogue.log"));
    const QString archive = m_work.filePath(QStringLiteral("archive-log"));
    const Run run = runCli(tlsArguments(archive)
        << QStringLiteral("--auth") << QStringLiteral("user") << QStringLiteral("--log") << log);
    QCOMPARE(run.exitCode, 0);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("C: USER erika"));
    QVERIFY(text.contains("C: PASS ****"));
    QVERIFY(text.contains("C: RETR 1"));
    QVERIFY(!text.contains(Password.toUtf8()));
    QVERIFY(!run.err.contains(Password.toUtf8()));
}

void TestCliFetch::usageErrorsNameTheOption()
{
    Run run = runCli({QStringLiteral("fetch"), QStringLiteral("--host"), QStringLiteral("x"),
        QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-file"),
        m_passwordFile, QStringLiteral("--archive"), m_work.filePath(QStringLiteral("a")),
        QStringLiteral("--security"), QStringLiteral("ssl3")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--security"), run.err.constData());
    run = runCli({QStringLiteral("fetch"), QStringLiteral("--host"), QStringLiteral("x"),
        QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password"),
        QStringLiteral("secret")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("password"), run.err.constData());
}

void TestCliFetch::crashSafetyUnderSigkill()
{
    // Kill moments: before the first message, after every few messages, and in the DELE and
    // QUIT phase just after the last one (after the last progress line, with small delays).
    constexpr int Messages = 60;
    struct Moment
    {
        int lines;
        int delayMs;
    };
    QList<Moment> moments;
    moments << Moment {0, 0} << Moment {0, 15};
    for (int lines = 1; lines <= Messages; lines += 4) {
        moments << Moment {lines, 0};
    }
    for (int delay : {1, 2, 4, 8}) {
        moments << Moment {Messages + 1, delay};
    }
    QVERIFY(moments.size() >= 20);

    int iteration = 0;
    for (const Moment& moment : std::as_const(moments)) {
        ++iteration;
        init();
        const QList<QByteArray> messages = deliverBatch(Messages, 300, 3000);
        QCOMPARE(messages.size(), Messages);
        const QString archive = m_work.filePath(QStringLiteral("crash-%1").arg(iteration));
        QStringList arguments = tlsArguments(archive) << QStringLiteral("--delete");
        runCli(arguments, moment.lines, moment.delayMs);
        const Run rerun = runCli(arguments);
        QVERIFY2(rerun.exitCode == 0,
            qPrintable(QStringLiteral("moment %1/%2: %3")
                           .arg(moment.lines)
                           .arg(moment.delayMs)
                           .arg(QString::fromUtf8(rerun.err))));
        // Every message exactly once in the archive, none left on the server.
        COMPARE_CONTENTS(sortedContents(maildirFiles(archive)), messages);
        QCOMPARE(m_dovecot.storedMessages(User).size(), 0);
    }
}

QTEST_GUILESS_MAIN(TestCliFetch)
#include "tst_cli_fetch.moc"
