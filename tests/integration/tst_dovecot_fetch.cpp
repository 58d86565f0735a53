// SPDX-License-Identifier: GPL-3.0-or-later
// A full retrieval from a real dovecot: 500 varied messages (dot-stuffed lines, long lines,
// 200 B to 50 KB) fetched with UIDL, LIST and RETR, pipelined and one at a time. Every
// payload must equal the file dovecot stores, byte for byte, once CRLF is turned into LF.
#include "DovecotFixture.h"
#include "MemorySink.h"
#include "SessionHarness.h"
#include "pop3/ScanListing.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <cmath>
#include <memory>
#include <vector>

using namespace Postbote;
using Postbote::Test::DovecotFixture;
using Postbote::Test::MemorySink;
using Postbote::Test::SessionHarness;

Q_DECLARE_METATYPE(Postbote::Security)
Q_DECLARE_METATYPE(Postbote::AuthMethod)
Q_DECLARE_METATYPE(Postbote::PipeliningMode)

namespace {

constexpr int MessageCount = 500;
constexpr int FetchTimeoutMs = 120000;

QByteArray textLine(QRandomGenerator& random, int length)
{
    static const QByteArray alphabet
        = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:-_!?()";
    QByteArray line;
    line.reserve(length);
    for (int i = 0; i < length; ++i) {
        line += alphabet.at(int(random.bounded(alphabet.size())));
    }
    return line;
}

/// One message as dovecot stores it (LF line ends), about \a size bytes, mixing the lines
/// that stress a POP3 client: lines starting with "." (RFC 1939 §3 byte-stuffing), a line
/// that is only ".", very long lines, empty lines and UTF-8.
QByteArray makeMessage(int number, int size, QRandomGenerator& random)
{
    QByteArray message = "From: Sender " + QByteArray::number(number)
        + " <sender@example.org>\n"
          "To: alice@example.org\n"
          "Subject: Test message "
        + QByteArray::number(number)
        + "\n"
          "Message-ID: <"
        + QByteArray::number(number)
        + ".postbote-test@example.org>\n"
          "MIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=utf-8\n"
          "\n";
    while (message.size() < size) {
        switch (random.bounded(12)) {
        case 0:
            message += "." + textLine(random, int(random.bounded(1, 60))) + '\n';
            break;
        case 1:
            message += ".\n"; // would end the reply if the server did not stuff it
            break;
        case 2:
            message += "..double dot\n";
            break;
        case 3:
            if (random.bounded(4) == 0) {
                message += textLine(random, int(random.bounded(1000, 10000))) + '\n';
            } else {
                message += '\n';
            }
            break;
        case 4:
            message += "Grüße aus Köln – “Käse” für 10 €\n";
            break;
        default:
            message += textLine(random, int(random.bounded(20, 78))) + '\n';
            break;
        }
    }
    return message;
}

QByteArray crlfToLf(QByteArray data)
{
    return data.replace("\r\n", "\n");
}

} // namespace

class TestDovecotFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fetchAll_data();
    void fetchAll();

private:
    DovecotFixture m_dovecot;
    QSet<QByteArray> m_delivered;
};

void TestDovecotFetch::initTestCase()
{
    m_dovecot.addUser(SessionHarness::user(), SessionHarness::password());
    QString error;
    QVERIFY2(m_dovecot.start(&error), qPrintable(error));

    QRandomGenerator random(20240501);
    for (int i = 1; i <= MessageCount; ++i) {
        // Sizes spread evenly on a log scale from 200 B to 50 KB.
        const double exponent
            = std::log(200.0) + (std::log(50000.0) - std::log(200.0)) * random.generateDouble();
        const QByteArray message = makeMessage(i, int(std::exp(exponent)), random);
        QVERIFY(!m_dovecot.deliver(SessionHarness::user(), message).isEmpty());
        m_delivered.insert(message);
    }
    QCOMPARE(m_delivered.size(), MessageCount);
}

void TestDovecotFetch::cleanupTestCase()
{
    m_dovecot.stop();
}

void TestDovecotFetch::fetchAll_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<PipeliningMode>("pipelining");
    QTest::addColumn<bool>("pipelined");

    QTest::newRow("implicit TLS, pipelining auto")
        << Security::ImplicitTls << AuthMethod::Auto << PipeliningMode::Auto << true;
    QTest::newRow("STARTTLS, pipelining auto")
        << Security::StartTls << AuthMethod::Auto << PipeliningMode::Auto << true;
    QTest::newRow("plain, one command at a time")
        << Security::None << AuthMethod::CramMd5 << PipeliningMode::Off << false;
}

void TestDovecotFetch::fetchAll()
{
    QFETCH(Security, security);
    QFETCH(AuthMethod, auth);
    QFETCH(PipeliningMode, pipelining);
    QFETCH(bool, pipelined);

    // Declared before the session: they must outlive it.
    std::vector<std::unique_ptr<MemorySink>> sinks;
    SessionOptions options = SessionHarness::options(m_dovecot, security, auth);
    options.pipelining = pipelining;
    SessionHarness h(options);
    QVERIFY2(h.openAndWait(), h.diagnostics().constData());
    QVERIFY(h.session().capabilities().hasPipelining());
    if (pipelined) {
        QVERIFY(h.session().pipelineWindow() > 1);
    } else {
        QCOMPARE(h.session().pipelineWindow(), 1);
    }

    const Pop3Session::CommandId uidlId = h.session().uidl();
    const Pop3Session::CommandId listId = h.session().list();
    QVERIFY(uidlId != 0 && listId != 0);
    h.waitUntil([&] { return (h.hasReply(uidlId) && h.hasReply(listId)) || h.hasFailed(); },
        FetchTimeoutMs);
    QVERIFY2(!h.hasFailed(), h.diagnostics().constData());
    const auto uids = ScanListing::parseUidl(h.reply(uidlId).lines);
    const auto sizes = ScanListing::parseList(h.reply(listId).lines);
    QVERIFY(uids && sizes);
    QCOMPARE(uids->size(), MessageCount);
    QCOMPARE(sizes->size(), MessageCount);
    QSet<QByteArray> distinctUids;
    for (const ScanListing::UidEntry& entry : *uids) {
        distinctUids.insert(entry.uid);
    }
    QCOMPARE(distinctUids.size(), MessageCount);

    QList<Pop3Session::CommandId> ids;
    for (const ScanListing::SizeEntry& entry : *sizes) {
        sinks.push_back(std::make_unique<MemorySink>());
        ids.append(h.session().retrieve(entry.number, sinks.back().get()));
        QVERIFY(ids.constLast() != 0);
    }
    if (pipelined) {
        // The first window went out in one write, before any reply could come back.
        QVERIFY2(h.session().commandsInFlight() > 1,
            qPrintable(QString::number(h.session().commandsInFlight())));
    } else {
        QCOMPARE(h.session().commandsInFlight(), 1);
    }
    h.waitUntil([&] { return h.hasReply(ids.constLast()) || h.hasFailed(); }, FetchTimeoutMs);
    QVERIFY2(!h.hasFailed(), h.diagnostics().constData());
    QVERIFY2(h.quitAndWait(), h.diagnostics().constData());

    // What dovecot holds now (it may have moved the files from new/ to cur/).
    QHash<QByteArray, QString> stored;
    const QStringList paths = m_dovecot.storedMessages(SessionHarness::user());
    QCOMPARE(paths.size(), MessageCount);
    for (const QString& path : paths) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        stored.insert(file.readAll(), path);
    }
    QCOMPARE(stored.size(), MessageCount);
    QCOMPARE(QSet<QByteArray>(stored.keyBegin(), stored.keyEnd()), m_delivered);

    QSet<QString> matched;
    for (int i = 0; i < MessageCount; ++i) {
        const Pop3Reply reply = h.reply(ids.at(i));
        QVERIFY(reply.isOk());
        const MemorySink& sink = *sinks.at(size_t(i));
        QVERIFY(sink.isFinished());
        QVERIFY(!sink.isDiscarded());
        // LIST counts the octets as sent (CRLF line ends), after unstuffing.
        QCOMPARE(sink.bytes(), sizes->at(i).octets);
        QCOMPARE(reply.dataBytes, sink.bytes());
        const QByteArray payload = crlfToLf(sink.data());
        const auto it = stored.constFind(payload);
        QVERIFY2(it != stored.constEnd(),
            qPrintable(QStringLiteral("message %1 (%2 bytes) matches no stored file")
                           .arg(sizes->at(i).number)
                           .arg(payload.size())));
        matched.insert(it.value());
    }
    QCOMPARE(matched.size(), MessageCount);
}

QTEST_GUILESS_MAIN(TestDovecotFetch)
#include "tst_dovecot_fetch.moc"
