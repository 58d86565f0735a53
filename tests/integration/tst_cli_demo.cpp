// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server passes the same fetch tests as dovecot: postbote-cli demo-server serves a
// copy of the sample mailbox, postbote-cli fetch archives it byte for byte, fetches nothing
// the second time, and --delete empties the mailbox while the archive keeps everything.
#include "MessageFiles.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote::Test;

class TestCliDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fetchKeepIncrementalDelete();

private:
    int fetch(const QStringList& extra, QByteArray* out);

    QTemporaryDir m_work;
    QProcess m_server;
    QString m_mailbox;
    quint16 m_port = 0;
};

void TestCliDemo::initTestCase()
{
    // The server deletes from an on-disk mailbox, so it gets a copy of the sample one.
    m_mailbox = m_work.filePath(QStringLiteral("mailbox"));
    QVERIFY(QDir().mkpath(m_mailbox));
    const QDir samples(QStringLiteral(POSTBOTE_SOURCE_DIR "/resources/demo-mailbox"));
    for (const QString& name : samples.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
        QVERIFY(QFile::copy(samples.filePath(name), m_mailbox + u'/' + name));
    }
    QVERIFY(QDir(m_mailbox).entryList(QDir::Files).size() >= 8);

    m_server.start(QStringLiteral(POSTBOTE_CLI_PATH),
        {QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--mailbox"), m_mailbox});
    QVERIFY(m_server.waitForStarted(10000));
    // The one line on stdout says where it listens.
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += m_server.readAllStandardOutput()).contains('\n'), 10000);
    const auto match = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1 port (\\d+)"))
                           .match(QString::fromUtf8(line));
    QVERIFY2(match.hasMatch(), line.constData());
    m_port = quint16(match.captured(1).toUInt());
    QVERIFY(m_port != 0);

    QFile password(m_work.filePath(QStringLiteral("pw")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("password\n");
}

void TestCliDemo::cleanupTestCase()
{
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(10000));
    QCOMPARE(m_server.exitCode(), 0);
}

int TestCliDemo::fetch(const QStringList& extra, QByteArray* out)
{
    QProcess process;
    process.start(QStringLiteral(POSTBOTE_CLI_PATH),
        QStringList {QStringLiteral("fetch"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--security"),
            QStringLiteral("none"), QStringLiteral("--auth"), QStringLiteral("user"),
            QStringLiteral("--user"), QStringLiteral("max"), QStringLiteral("--password-file"),
            m_work.filePath(QStringLiteral("pw")), QStringLiteral("--archive"),
            m_work.filePath(QStringLiteral("archive"))}
            + extra);
    if (!process.waitForFinished(60000)) {
        return -1;
    }
    *out = process.readAllStandardOutput();
    return process.exitCode();
}

void TestCliDemo::fetchKeepIncrementalDelete()
{
    const QList<QByteArray> samples = sortedContents(filesIn(m_mailbox, {QStringLiteral(".")}));
    const QString archive = m_work.filePath(QStringLiteral("archive"));
    QByteArray out;
    QCOMPARE(fetch({QStringLiteral("--keep")}, &out), 0);
    QVERIFY2(out.startsWith(QByteArray(QByteArray::number(samples.size()) + ' ')), out.constData());
    QCOMPARE(sortedContents(maildirFiles(archive)), samples);

    QCOMPARE(fetch({}, &out), 0);
    QVERIFY2(out.startsWith("0 "), out.constData());

    QCOMPARE(fetch({QStringLiteral("--delete")}, &out), 0);
    QVERIFY2(
        out.contains(QByteArray(QByteArray::number(samples.size()) + " deleted")), out.constData());
    QCOMPARE(QDir(m_mailbox).entryList(QDir::Files).size(), 0);
    QCOMPARE(sortedContents(maildirFiles(archive)), samples);
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
