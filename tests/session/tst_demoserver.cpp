// SPDX-License-Identifier: GPL-3.0-or-later
// The demo POP3 server over real loopback sockets: the sample mailbox, the classroom dialogue
// typed as in telnet (with RFC 1939 numbers, from 1), RETR/TOP/UIDL and deletions as RFC 1939
// has them, and Postbote's own Pop3Session against it. Logins and command errors are in
// tst_demoserver_logins, limits in tst_demoserver_limits, `postbote-cli demo-server` in
// tst_demoserver_cli. Every wait is for a condition with a deadline; nothing sleeps a fixed
// time to "let it work".
#include "DemoServerTesting.h"
#include "MemorySink.h"
#include "net/SslSocketTransport.h"
#include "pop3/Pop3Reply.h"
#include "pop3/Pop3Session.h"
#include "server/DemoMailbox.h"
#include "server/DemoPop3Server.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace Postbote;
using namespace Postbote::Test;

Q_DECLARE_METATYPE(Postbote::AuthMethod)
Q_DECLARE_METATYPE(Postbote::PipeliningMode)

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sampleMailboxContents();
    void sampleMessageHeaders_data();
    void sampleMessageHeaders();
    void classroomDialogue();
    void diskMailboxCommitsAtQuit();
    void directoryLineEndsNormalized();
    void deletionsWithoutQuitRolledBack_data();
    void deletionsWithoutQuitRolledBack();
    void bareLineFeedsAndLowercase();
    void pipelinedCommandsAnsweredInOrder();
    void retrMatchesFiles_data();
    void retrMatchesFiles();
    void topSendsHeaderAndLines_data();
    void topSendsHeaderAndLines();
    void uidlStableAndValid();
    void pop3SessionRoundTrip_data();
    void pop3SessionRoundTrip();

private:
    std::unique_ptr<DemoPop3Server> m_server;
    quint16 port() const { return m_server->serverPort(); }
};

void TestDemoServer::init()
{
    m_server = std::make_unique<DemoPop3Server>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_server->serverPort() != 0);
}

void TestDemoServer::cleanup()
{
    m_server.reset();
}

void TestDemoServer::sampleMailboxContents()
{
    DemoMailbox mailbox;
    QVERIFY(mailbox.openBuiltIn());
    QVERIFY(mailbox.isBuiltIn());
    QVERIFY2(mailbox.count() >= 8, "the issue asks for at least eight sample messages");
    QCOMPARE(mailbox.count(), sampleFiles().size());

    // (1) the classroom message, as message 1.
    const QByteArray lorem = sampleMessage(1);
    QVERIFY(lorem.contains("\nFrom: erika@mustermann.de\n"));
    QVERIFY(lorem.contains("\nTo: max@mustermann.de\n"));
    QVERIFY(lorem.contains("\nSubject: Lorem ipsum\n"));
    QVERIFY(lorem.contains("charset=UTF-8"));
    QVERIFY(lorem.contains(QStringLiteral("\"Fix, Schwyz\", quäkt Jürgen blöd vom Paß.").toUtf8()));

    bool attachment = false, html = false, utf8Subject = false, latin1Subject = false;
    bool dots = false, large = false, reply = false;
    qint64 total = 0;
    for (int n = 1; n <= mailbox.count(); ++n) {
        const QByteArray message = sampleMessage(n);
        const QByteArray header = headerOf(message);
        total += message.size();
        // (2) multipart/mixed with a base64 attachment
        attachment = attachment
            || (header.contains("multipart/mixed") && message.contains("attachment;")
                && message.contains("Content-Transfer-Encoding: base64"));
        // (3) HTML with a plain alternative and a remote image to block
        html = html
            || (header.contains("multipart/alternative") && message.contains("text/html")
                && message.contains("text/plain") && message.contains("<img src=3D\"https://"));
        // (4), (5) RFC 2047 subjects
        utf8Subject = utf8Subject || header.contains("\nSubject: =?UTF-8?B?");
        latin1Subject = latin1Subject || header.contains("\nSubject: =?ISO-8859-1?Q?");
        // (6) lines that need dot-stuffing, a lone "." among them
        dots = dots
            || (message.contains("\n.\n") && message.contains("\n..") && message.endsWith("\n.\n"));
        // (7) a large one
        large = large || message.size() > 200 * 1024;
        // (8) a reply in a thread
        reply = reply
            || (header.contains("\nIn-Reply-To: <") && header.contains("\nReferences: <")
                && message.contains("\n> "));
    }
    QVERIFY(attachment);
    QVERIFY(html);
    QVERIFY(utf8Subject);
    QVERIFY(latin1Subject);
    QVERIFY(dots);
    QVERIFY(large);
    QVERIFY(reply);
    QVERIFY2(total < 1024 * 1024, "keep the repository small");
    QCOMPARE(mailbox.totalSize(), [&] {
        qint64 sum = 0;
        for (int n = 1; n <= mailbox.count(); ++n) {
            sum += normalized(sampleMessage(n)).size();
        }
        return sum;
    }());
}

void TestDemoServer::sampleMessageHeaders_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : sampleFiles()) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

void TestDemoServer::sampleMessageHeaders()
{
    QFETCH(QString, file);
    const QByteArray message = readFile(DemoMailbox::builtInPath() + QLatin1Char('/') + file);
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains('\r'), "sample files keep LF line ends; the server adds CR");
    const QByteArray header = '\n' + headerOf(message);
    for (const char* name : {"Date", "From", "To", "Subject", "Message-ID", "MIME-Version"}) {
        QVERIFY2(header.contains(QByteArray('\n' + QByteArray(name) + ": ")), name);
    }
    static QSet<QByteArray> messageIds;
    const qsizetype idStart = header.indexOf("\nMessage-ID: <") + 14;
    const QByteArray id = header.mid(idStart, header.indexOf('>', idStart) - idStart);
    QVERIFY2(!messageIds.contains(id), id.constData());
    messageIds.insert(id);
    // RFC 5322 §2.1.1: no line longer than 998 characters.
    for (const QByteArray& line : message.split('\n')) {
        QVERIFY(line.size() <= 998);
    }
}

void TestDemoServer::classroomDialogue()
{
    const QByteArray pangram
        = QStringLiteral("\"Fix, Schwyz\", quäkt Jürgen blöd vom Paß.").toUtf8();
    const qsizetype total = m_server->mailbox().count();
    {
        LineClient c(port());
        const QByteArray greeting = c.line();
        QVERIFY2(greeting.startsWith("+OK"), greeting.constData());
        QCOMPARE(c.command("USER max"), QByteArray("+OK enter password"));
        QVERIFY(c.command("PASS password").startsWith("+OK"));
        const QByteArray stat = c.command("STAT");
        QCOMPARE(stat,
            "+OK " + QByteArray::number(total) + ' '
                + QByteArray::number(m_server->mailbox().totalSize()));
        QVERIFY(c.command("LIST").startsWith("+OK"));
        const QList<QByteArray> list = c.payload().trimmed().split('\n');
        QCOMPARE(list.size(), total);
        QCOMPARE(
            list.first().trimmed(), "1 " + QByteArray::number(normalized(sampleMessage(1)).size()));
        QVERIFY(c.command("RETR 1").startsWith("+OK"));
        const QByteArray message = c.payload();
        QVERIFY(message.contains("\r\nSubject: Lorem ipsum\r\n"));
        QVERIFY(message.contains(pangram));
        QVERIFY(c.command("DELE 1").startsWith("+OK"));
        QVERIFY(c.command("RETR 1").startsWith("-ERR"));
        QVERIFY(c.command("QUIT").startsWith("+OK"));
        QVERIFY(c.waitClosed());
    }
    // Same server, built-in mailbox: the deletion holds for this run.
    {
        LineClient c(port());
        QVERIFY(c.login());
        QVERIFY(c.command("STAT").startsWith(statPrefix(total - 1)));
        QVERIFY(c.command("RETR 1").startsWith("+OK"));
        QVERIFY(!c.payload().contains("Subject: Lorem ipsum"));
        QVERIFY(c.command("QUIT").startsWith("+OK"));
    }
    // A new server starts full again: built-in deletions live in memory only.
    DemoPop3Server fresh;
    QVERIFY(fresh.listen());
    LineClient c(fresh.serverPort());
    QVERIFY(c.login());
    QVERIFY(c.command("STAT").startsWith(statPrefix(total)));
    QVERIFY(c.command("RETR 1").startsWith("+OK"));
    QVERIFY(c.payload().contains(pangram));
}

void TestDemoServer::diskMailboxCommitsAtQuit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList files = sampleFiles();
    for (const QString& file : files) {
        QVERIFY(
            QFile::copy(DemoMailbox::builtInPath() + QLatin1Char('/') + file, dir.filePath(file)));
        QFile::setPermissions(dir.filePath(file), QFile::ReadOwner | QFile::WriteOwner);
    }
    QVERIFY(m_server->openMailboxDirectory(dir.path()));
    QVERIFY(!m_server->mailbox().isBuiltIn());
    QCOMPARE(m_server->mailbox().count(), files.size());
    {
        LineClient c(port());
        QVERIFY(c.login());
        QVERIFY(c.command("UIDL 2").startsWith("+OK 2 "));
        QVERIFY(c.command("DELE 1").startsWith("+OK"));
        QVERIFY(c.command("DELE 3").startsWith("+OK"));
        QVERIFY2(QFile::exists(dir.filePath(files.at(0))), "DELE must not delete before QUIT");
        QVERIFY(c.command("QUIT").startsWith("+OK"));
        QVERIFY(c.waitClosed());
    }
    QVERIFY(!QFile::exists(dir.filePath(files.at(0))));
    QVERIFY(QFile::exists(dir.filePath(files.at(1))));
    QVERIFY(!QFile::exists(dir.filePath(files.at(2))));

    // A file added by hand shows up at the next login; a new server sees what is on disk.
    QVERIFY(QFile::copy(DemoMailbox::builtInPath() + QLatin1Char('/') + files.at(0),
        dir.filePath(QStringLiteral("99-neu.eml"))));
    DemoPop3Server second;
    QVERIFY(second.openMailboxDirectory(dir.path()));
    QVERIFY(second.listen());
    LineClient c(second.serverPort());
    QVERIFY(c.login());
    QVERIFY(c.command("STAT").startsWith(statPrefix(files.size() - 1)));
    QVERIFY(c.command("RETR " + QByteArray::number(files.size() - 1)).startsWith("+OK"));
    QVERIFY(c.payload().contains("Subject: Lorem ipsum"));
}

void TestDemoServer::directoryLineEndsNormalized()
{
    struct File
    {
        const char* name;
        QByteArray raw;
        QByteArray wire; // as RETR sends it, dot-stuffed
    };
    const QList<File> files = {
        {"a.eml", "Subject: crlf\r\n\r\nbody\r\n.\r\n", "Subject: crlf\r\n\r\nbody\r\n..\r\n"},
        {"b.eml", "Subject: lf\n\n.dot\nno final newline",
            "Subject: lf\r\n\r\n..dot\r\nno final newline\r\n"},
        {"c.eml", "Subject: mixed\r\n\nbare\rcr\n", "Subject: mixed\r\n\r\nbare\rcr\r\n"},
        {"d.eml", "Subject: mixed\r\n\nbare\rcr\n", "Subject: mixed\r\n\r\nbare\rcr\r\n"},
        {"e.eml", "", ""},
        {"not-a-message.txt", "ignored", ""},
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const File& file : files) {
        QFile out(dir.filePath(QString::fromLatin1(file.name)));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.raw);
    }
    QVERIFY(m_server->openMailboxDirectory(dir.path()));
    QCOMPARE(m_server->mailbox().count(), files.size() - 1);
    // Two files with the same text are still two messages.
    QVERIFY(m_server->mailbox().messages().at(2).uidl != m_server->mailbox().messages().at(3).uidl);
    LineClient c(port());
    QVERIFY(c.login());
    for (int n = 1; n < files.size(); ++n) {
        const File& file = files.at(n - 1);
        QByteArray unstuffed = file.wire;
        unstuffed.replace("\n..", "\n.");
        QCOMPARE(c.command("LIST " + QByteArray::number(n)),
            "+OK " + QByteArray::number(n) + ' ' + QByteArray::number(unstuffed.size()));
        QVERIFY(c.command("RETR " + QByteArray::number(n)).startsWith("+OK"));
        QCOMPARE(c.payload(), file.wire);
    }
}

void TestDemoServer::deletionsWithoutQuitRolledBack_data()
{
    QTest::addColumn<QByteArray>("ending");
    QTest::newRow("client hangs up") << QByteArray("close");
    QTest::newRow("connection reset") << QByteArray("abort");
    QTest::newRow("RSET then QUIT") << QByteArray("RSET");
}

void TestDemoServer::deletionsWithoutQuitRolledBack()
{
    QFETCH(QByteArray, ending);
    const qsizetype total = m_server->mailbox().count();
    {
        LineClient c(port());
        QVERIFY(c.login());
        QVERIFY(c.command("DELE 1").startsWith("+OK"));
        QVERIFY(c.command("DELE 2").startsWith("+OK"));
        QVERIFY(c.command("STAT").startsWith(statPrefix(total - 2)));
        if (ending == "close") {
            c.socket().disconnectFromHost();
        } else if (ending == "abort") {
            c.socket().abort();
        } else {
            QVERIFY(c.command("RSET").startsWith("+OK"));
            QVERIFY(c.command("QUIT").startsWith("+OK"));
        }
        QVERIFY(waitUntil([this] { return !m_server->mailbox().isLocked(); }));
    }
    QCOMPARE(m_server->mailbox().count(), total);
    LineClient c(port());
    QVERIFY(c.login());
    QVERIFY(c.command("STAT").startsWith(statPrefix(total)));
}

void TestDemoServer::bareLineFeedsAndLowercase()
{
    LineClient c(port());
    QVERIFY(c.line().startsWith("+OK"));
    c.socket().write("user max\n");
    QVERIFY(c.line().startsWith("+OK"));
    c.socket().write("pass password\n");
    QVERIFY(c.line().startsWith("+OK"));
    c.socket().write("Stat\n");
    QVERIFY(c.line().startsWith(statPrefix(m_server->mailbox().count())));
    c.socket().write("retr 1\n");
    QVERIFY(c.line().startsWith("+OK"));
    QVERIFY(c.payload().contains("Lorem ipsum"));
    c.socket().write("quit\n");
    QVERIFY(c.line().startsWith("+OK"));
    QVERIFY(c.waitClosed());
}

void TestDemoServer::pipelinedCommandsAnsweredInOrder()
{
    // Taken now: by the time the replies are read, QUIT may have committed the DELE.
    const QList<DemoMailbox::Message> messages = m_server->mailbox().messages();
    LineClient c(port());
    QVERIFY(c.line().startsWith("+OK"));
    // Everything in one write, as a pipelining client (or a paste into telnet) sends it.
    c.socket().write("CAPA\r\nUSER max\r\nPASS password\r\nSTAT\r\nLIST 2\r\nUIDL 2\r\nRETR 6\r\n"
                     "BOGUS\r\nTOP 1 0\r\nDELE 1\r\nRETR 1\r\nNOOP\r\nQUIT\r\n");
    QVERIFY(c.line().startsWith("+OK"));
    QVERIFY(c.payload().contains("PIPELINING"));
    QVERIFY(c.line().startsWith("+OK"));
    QVERIFY(c.line().startsWith("+OK"));
    const QByteArray stat = c.line();
    QVERIFY2(stat.startsWith(statPrefix(messages.size())), stat.constData());
    QCOMPARE(c.line(), "+OK 2 " + QByteArray::number(normalized(sampleMessage(2)).size()));
    QCOMPARE(c.line(), "+OK 2 " + messages.at(1).uidl);
    QVERIFY(c.line().startsWith("+OK"));
    QCOMPARE(c.payload(), dotStuffed(normalized(sampleMessage(6))));
    QVERIFY(c.line().startsWith("-ERR"));
    QVERIFY(c.line().startsWith("+OK"));
    QVERIFY(c.payload().endsWith(
        "Subject: Lorem ipsum\r\nMessage-ID: <20240902081542.4711@mustermann.de>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"));
    QVERIFY(c.line().startsWith("+OK"));
    QVERIFY(c.line().startsWith("-ERR"));
    QCOMPARE(c.line(), QByteArray("+OK"));
    QVERIFY(c.line().startsWith("+OK"));
    QVERIFY(c.waitClosed());
    QCOMPARE(m_server->mailbox().count(), sampleFiles().size() - 1);
}

void TestDemoServer::retrMatchesFiles_data()
{
    QTest::addColumn<int>("number");
    const QStringList files = sampleFiles();
    for (int n = 1; n <= files.size(); ++n) {
        QTest::newRow(qPrintable(files.at(n - 1))) << n;
    }
}

void TestDemoServer::retrMatchesFiles()
{
    QFETCH(int, number);
    const QByteArray expected = normalized(sampleMessage(number));
    LineClient c(port());
    QVERIFY(c.login());
    QCOMPARE(c.command("LIST " + QByteArray::number(number)),
        "+OK " + QByteArray::number(number) + ' ' + QByteArray::number(expected.size()));
    QCOMPARE(c.command("RETR " + QByteArray::number(number)),
        "+OK message follows (" + QByteArray::number(expected.size()) + " octets)");
    const QByteArray wire = c.payload();
    QCOMPARE(wire.size(), dotStuffed(expected).size());
    QVERIFY(wire == dotStuffed(expected));
    QVERIFY(c.command("NOOP").startsWith("+OK"));
}

void TestDemoServer::topSendsHeaderAndLines_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("lines");
    QTest::newRow("lorem, header only") << 1 << 0;
    QTest::newRow("lorem, one line") << 1 << 1;
    QTest::newRow("lorem, more than it has") << 1 << 50;
    QTest::newRow("dots, twelve lines") << 6 << 12;
    QTest::newRow("large, three lines") << 7 << 3;
}

void TestDemoServer::topSendsHeaderAndLines()
{
    QFETCH(int, number);
    QFETCH(int, lines);
    const QByteArray message = sampleMessage(number);
    const qsizetype headerEnd = message.indexOf("\n\n") + 2;
    QList<QByteArray> body = message.mid(headerEnd).split('\n');
    body.removeLast(); // after the final LF
    QByteArray expected = message.left(headerEnd);
    for (qsizetype i = 0; i < qMin<qsizetype>(lines, body.size()); ++i) {
        expected += body.at(i) + '\n';
    }
    LineClient c(port());
    QVERIFY(c.login());
    QVERIFY(c.command("TOP " + QByteArray::number(number) + ' ' + QByteArray::number(lines))
                .startsWith("+OK"));
    QCOMPARE(c.payload(), dotStuffed(normalized(expected)));
}

void TestDemoServer::uidlStableAndValid()
{
    LineClient c(port());
    QVERIFY(c.login());
    QVERIFY(c.command("UIDL").startsWith("+OK"));
    const QList<QByteArray> lines = c.payload().trimmed().split('\n');
    QCOMPARE(lines.size(), sampleFiles().size());
    QSet<QByteArray> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> parts = lines.at(i).trimmed().split(' ');
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), QByteArray::number(i + 1));
        const QByteArray& uid = parts.at(1);
        // RFC 1939 §7: 1 to 70 characters from 0x21 to 0x7E.
        QVERIFY(!uid.isEmpty() && uid.size() <= 70);
        for (const char ch : uid) {
            QVERIFY(ch >= 0x21 && ch <= 0x7e);
        }
        QVERIFY(!seen.contains(uid));
        seen.insert(uid);
        QCOMPARE(c.command("UIDL " + QByteArray::number(i + 1)),
            "+OK " + QByteArray::number(i + 1) + ' ' + uid);
    }
    // Stable across server runs: a fresh mailbox computes the same ids.
    DemoMailbox again;
    QVERIFY(again.openBuiltIn());
    for (qsizetype i = 0; i < again.count(); ++i) {
        QVERIFY(seen.contains(again.messages().at(i).uidl));
    }
}

void TestDemoServer::pop3SessionRoundTrip_data()
{
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<PipeliningMode>("pipelining");
    QTest::newRow("USER/PASS, pipelined") << AuthMethod::UserPass << PipeliningMode::Auto;
    QTest::newRow("USER/PASS, one at a time") << AuthMethod::UserPass << PipeliningMode::Off;
    QTest::newRow("automatic (APOP)") << AuthMethod::Auto << PipeliningMode::Auto;
}

void TestDemoServer::pop3SessionRoundTrip()
{
    QFETCH(AuthMethod, auth);
    QFETCH(PipeliningMode, pipelining);
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port();
    options.security = Security::None;
    options.user = QStringLiteral("max");
    options.password = QStringLiteral("password");
    options.auth = auth;
    options.pipelining = pipelining;
    options.timeouts.replyMs = WaitMs;

    SslSocketTransport transport;
    Pop3Session session(&transport, options);
    QSignalSpy ready(&session, &Pop3Session::ready);
    QSignalSpy failed(&session, &Pop3Session::failed);
    QSignalSpy finished(&session, &Pop3Session::finished);
    QHash<Pop3Session::CommandId, Pop3Reply> replies;
    connect(&session, &Pop3Session::replyReceived, this,
        [&](Pop3Session::CommandId id, const Pop3Reply& reply) { replies.insert(id, reply); });
    session.open();
    QVERIFY(waitUntil([&] { return !ready.isEmpty() || !failed.isEmpty(); }));
    QVERIFY2(failed.isEmpty(), qPrintable(session.error().message()));
    QCOMPARE(session.authMethod(), auth == AuthMethod::Auto ? AuthMethod::Apop : auth);
    QCOMPARE(session.capabilities().hasPipelining(), true);

    const qsizetype count = m_server->mailbox().count();
    const Pop3Session::CommandId uidl = session.uidl();
    std::vector<std::unique_ptr<Test::MemorySink>> sinks;
    QList<Pop3Session::CommandId> retrievals;
    for (int n = 1; n <= count; ++n) {
        sinks.push_back(std::make_unique<Test::MemorySink>());
        retrievals.append(session.retrieve(n, sinks.back().get()));
    }
    Test::MemorySink topSink;
    const Pop3Session::CommandId top = session.top(6, 0, &topSink);
    session.quit();
    QVERIFY(waitUntil([&] { return !finished.isEmpty() || !failed.isEmpty(); }));
    QVERIFY2(failed.isEmpty(), qPrintable(session.error().message()));

    QCOMPARE(replies.value(uidl).lines.size(), count);
    for (int n = 1; n <= count; ++n) {
        QVERIFY(replies.value(retrievals.at(n - 1)).isOk());
        QVERIFY(sinks.at(n - 1)->isFinished());
        // Dot-stuffing undone by Pop3Session gives back exactly the stored message.
        QVERIFY2(sinks.at(n - 1)->data() == normalized(sampleMessage(n)),
            qPrintable(sampleFiles().at(n - 1)));
    }
    QVERIFY(replies.value(top).isOk());
    const QByteArray message6 = sampleMessage(6);
    QCOMPARE(topSink.data(), normalized(message6.left(message6.indexOf("\n\n") + 2)));
    const QByteArray dots = sinks.at(5)->data();
    QVERIFY(dots.contains("\r\n.\r\n..\r\n...und so weiter\r\n"));
    QVERIFY(dots.endsWith("Erika\r\n.\r\n"));
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
