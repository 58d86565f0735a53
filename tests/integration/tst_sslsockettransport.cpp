// SPDX-License-Identifier: GPL-3.0-or-later
// SslSocketTransport over real sockets against a local server: the order of its signals,
// certificate verification and exceptions, each kind of failure, the STLS upgrade that
// drops unread plaintext, who reports a close, the bounded read buffer, and batched reads.
#include "LocalTlsServer.h"
#include "net/SslSocketTransport.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#endif

using namespace Postbote;
using Postbote::Test::LocalTlsServer;

namespace {

constexpr int WaitMs = 10000;

/// Records the transport's signals in the order they came.
class SignalLog : public QObject
{
public:
    explicit SignalLog(Pop3Transport& transport)
    {
        connect(&transport, &Pop3Transport::connected, this,
            [this] { events.append(QStringLiteral("connected")); });
        connect(&transport, &Pop3Transport::encrypted, this,
            [this] { events.append(QStringLiteral("encrypted")); });
        connect(&transport, &Pop3Transport::readyRead, this,
            [this] { events.append(QStringLiteral("readyRead")); });
        connect(&transport, &Pop3Transport::disconnected, this,
            [this] { events.append(QStringLiteral("disconnected")); });
        connect(&transport, &Pop3Transport::failed, this, [this](const TransportError& error) {
            events.append(QStringLiteral("failed"));
            errors.append(error);
        });
    }
    int count(const QString& name) const { return int(events.count(name)); }

    QStringList events;
    QList<TransportError> errors;
};

Pop3Transport::TlsPolicy trusting(const QSslCertificate& certificate)
{
    Pop3Transport::TlsPolicy policy;
    policy.caCertificates = {certificate};
    policy.handshakeTimeoutMs = WaitMs;
    return policy;
}

QByteArray readUntil(SslSocketTransport& transport, const QByteArray& end)
{
    QByteArray received;
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
        [&] {
            received += transport.readAll();
            return received.endsWith(end);
        },
        WaitMs);
    return received;
}

/// The receive low-water mark the kernel holds for the transport's socket; -1 elsewhere.
int kernelMark(const SslSocketTransport& transport)
{
    const auto* socket = transport.findChild<QSslSocket*>();
#ifdef Q_OS_LINUX
    int value = 0;
    socklen_t length = sizeof value;
    if (!socket
        || ::getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_RCVLOWAT, &value, &length)
            != 0) {
        return -2;
    }
    return value;
#else
    Q_UNUSED(socket);
    return -1;
#endif
}

} // namespace

class TestSslSocketTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void implicitTlsSignalsInOrder_data();
    void implicitTlsSignalsInOrder();
    void untrustedCertificateIsReported();
    void exceptionForThisCertificateIsHonoured();
    void exceptionForOtherCertificateIsNot();
    void refusedConnectionIsNetworkError();
    void silentServerTimesOutHandshake();
    void plaintextServerOnTlsIsTlsError();
    void startTlsDropsUnreadPlaintext();
    void peerCloseIsReportedOnce();
    void abortReportsNothing();
    void readBufferIsBounded_data();
    void readBufferIsBounded();
    void batchedReadsGetEveryByte_data();
    void batchedReadsGetEveryByte();

private:
    std::unique_ptr<LocalTlsServer> m_server;
};

void TestSslSocketTransport::init()
{
    m_server = std::make_unique<LocalTlsServer>();
    QString error;
    QVERIFY2(m_server->setUp(&error), qPrintable(error));
    m_server->setGreeting("+OK hello\r\n");
}

void TestSslSocketTransport::cleanup()
{
    m_server.reset();
}

void TestSslSocketTransport::implicitTlsSignalsInOrder_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("name, with SNI") << QStringLiteral("localhost");
    QTest::newRow("address, IP SAN") << QStringLiteral("127.0.0.1");
}

void TestSslSocketTransport::implicitTlsSignalsInOrder()
{
    QFETCH(QString, host);
    SslSocketTransport transport;
    SignalLog log(transport);
    transport.setTlsPolicy(trusting(m_server->certificate()));
    transport.connectToHost(host, m_server->serverPort(), Pop3Transport::Mode::ImplicitTls, WaitMs);

    QCOMPARE(readUntil(transport, "\r\n"), QByteArray("+OK hello\r\n"));
    QCOMPARE(log.events.mid(0, 2),
        QStringList({QStringLiteral("encrypted"), QStringLiteral("connected")}));
    QCOMPARE(log.count(QStringLiteral("failed")), 0);
    QVERIFY(transport.isEncrypted());
    const QString description = transport.encryptionDescription();
    QVERIFY2(description.startsWith(QLatin1String("TLSv1.3, ")), qPrintable(description));
    QVERIFY2(description.contains(QLatin1String("TLS_")), qPrintable(description));
    QCOMPARE(transport.peerCertificateChain().value(0), m_server->certificate());
}

void TestSslSocketTransport::untrustedCertificateIsReported()
{
    SslSocketTransport transport;
    SignalLog log(transport);
    transport.setTlsPolicy({});
    transport.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
        Pop3Transport::Mode::ImplicitTls, WaitMs);

    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("failed")), 1, WaitMs);
    const TransportError error = log.errors.constFirst();
    QCOMPARE(error.kind, TransportError::Kind::Certificate);
    QVERIFY(!error.sslErrors.isEmpty());
    QCOMPARE(error.chain.value(0), m_server->certificate());
    for (const QSslError& sslError : error.sslErrors) {
        QCOMPARE(sslError.certificate(), m_server->certificate());
    }
    QTest::qWait(100);
    // Never silently ignored: nothing but the one failure was reported.
    QCOMPARE(log.events, QStringList({QStringLiteral("failed")}));
    QVERIFY(!transport.isEncrypted());
}

void TestSslSocketTransport::exceptionForThisCertificateIsHonoured()
{
    QList<QSslError> errors;
    {
        SslSocketTransport probe;
        QSignalSpy failed(&probe, &Pop3Transport::failed);
        probe.setTlsPolicy({});
        probe.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
            Pop3Transport::Mode::ImplicitTls, WaitMs);
        QVERIFY(failed.wait(WaitMs));
        errors = failed.at(0).at(0).value<TransportError>().sslErrors;
    }
    SslSocketTransport transport;
    SignalLog log(transport);
    Pop3Transport::TlsPolicy policy;
    policy.exceptions = {CertificateException::fromErrors(m_server->certificate(), errors)};
    transport.setTlsPolicy(policy);
    transport.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
        Pop3Transport::Mode::ImplicitTls, WaitMs);
    QCOMPARE(readUntil(transport, "\r\n"), QByteArray("+OK hello\r\n"));
    QVERIFY(transport.isEncrypted());
    QCOMPARE(log.count(QStringLiteral("failed")), 0);
}

void TestSslSocketTransport::exceptionForOtherCertificateIsNot()
{
    const QList<QSslCertificate> other
        = QSslCertificate::fromPath(QStringLiteral(POSTBOTE_TEST_DATA_DIR "/selfsigned.pem"));
    QCOMPARE(other.size(), 1);
    // Every error kind the handshake could raise, but pinned to another certificate.
    CertificateException exception;
    exception.sha256 = CertificateException::digestOf(other.constFirst());
    exception.errors = {QSslError::SelfSignedCertificate,
        QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
        QSslError::CertificateUntrusted, QSslError::HostNameMismatch};
    Pop3Transport::TlsPolicy policy;
    policy.exceptions = {exception};

    SslSocketTransport transport;
    SignalLog log(transport);
    transport.setTlsPolicy(policy);
    transport.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
        Pop3Transport::Mode::ImplicitTls, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("failed")), 1, WaitMs);
    QCOMPARE(log.errors.constFirst().kind, TransportError::Kind::Certificate);
    QCOMPARE(log.count(QStringLiteral("connected")), 0);
}

void TestSslSocketTransport::refusedConnectionIsNetworkError()
{
    quint16 port = 0;
    {
        QTcpServer unused;
        QVERIFY(unused.listen(QHostAddress::LocalHost, 0));
        port = unused.serverPort();
    }
    SslSocketTransport transport;
    SignalLog log(transport);
    transport.connectToHost(QStringLiteral("127.0.0.1"), port, Pop3Transport::Mode::Plain, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("failed")), 1, WaitMs);
    QCOMPARE(log.errors.constFirst().kind, TransportError::Kind::Network);
    QVERIFY(!log.errors.constFirst().detail.isEmpty());
    QTest::qWait(100);
    QCOMPARE(log.events, QStringList({QStringLiteral("failed")}));
}

void TestSslSocketTransport::silentServerTimesOutHandshake()
{
    m_server->setBehaviour(LocalTlsServer::Behaviour::Silent);
    SslSocketTransport transport;
    SignalLog log(transport);
    Pop3Transport::TlsPolicy policy = trusting(m_server->certificate());
    policy.handshakeTimeoutMs = 300;
    transport.setTlsPolicy(policy);
    QElapsedTimer clock;
    clock.start();
    transport.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
        Pop3Transport::Mode::ImplicitTls, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("failed")), 1, WaitMs);
    QCOMPARE(log.errors.constFirst().kind, TransportError::Kind::Timeout);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QTest::qWait(100);
    QCOMPARE(log.events, QStringList({QStringLiteral("failed")}));
}

void TestSslSocketTransport::plaintextServerOnTlsIsTlsError()
{
    m_server->setBehaviour(LocalTlsServer::Behaviour::Plain);
    SslSocketTransport transport;
    SignalLog log(transport);
    transport.setTlsPolicy(trusting(m_server->certificate()));
    transport.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
        Pop3Transport::Mode::ImplicitTls, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("failed")), 1, WaitMs);
    QCOMPARE(log.errors.constFirst().kind, TransportError::Kind::Tls);
    QCOMPARE(log.count(QStringLiteral("connected")), 0);
    QCOMPARE(log.count(QStringLiteral("readyRead")), 0);
}

void TestSslSocketTransport::startTlsDropsUnreadPlaintext()
{
    m_server->setBehaviour(LocalTlsServer::Behaviour::Plain);
    SslSocketTransport transport;
    SignalLog log(transport);
    transport.setTlsPolicy(trusting(m_server->certificate()));
    transport.connectToHost(
        QStringLiteral("localhost"), m_server->serverPort(), Pop3Transport::Mode::Plain, WaitMs);
    QCOMPARE(readUntil(transport, "\r\n"), QByteArray("+OK hello\r\n"));
    QCOMPARE(log.events.constFirst(), QStringLiteral("connected"));
    QVERIFY(!transport.isEncrypted());
    QVERIFY(transport.encryptionDescription().isEmpty());

    // The server answers STLS and an attacker appends a line before the handshake.
    QSslSocket* server = m_server->lastConnection();
    QVERIFY(server);
    connect(server, &QSslSocket::encrypted, server, [server] { server->write("+OK after\r\n"); });
    transport.write("STLS\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(server->bytesAvailable() > 0, WaitMs);
    QCOMPARE(server->readAll(), QByteArray("STLS\r\n"));
    server->write("+OK begin TLS\r\n+OK injected\r\n");
    const int readsBefore = log.count(QStringLiteral("readyRead"));
    QTRY_VERIFY_WITH_TIMEOUT(log.count(QStringLiteral("readyRead")) > readsBefore, WaitMs);

    // Not read: startTls() must throw it away.
    m_server->startTls();
    transport.startTls();
    QVERIFY(transport.readAll().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("encrypted")), 1, WaitMs);
    QCOMPARE(log.count(QStringLiteral("connected")), 1);
    QVERIFY(transport.isEncrypted());
    QCOMPARE(readUntil(transport, "\r\n"), QByteArray("+OK after\r\n"));
    QCOMPARE(log.count(QStringLiteral("failed")), 0);
}

void TestSslSocketTransport::peerCloseIsReportedOnce()
{
    m_server->setBehaviour(LocalTlsServer::Behaviour::Plain);
    SslSocketTransport transport;
    SignalLog log(transport);
    transport.connectToHost(
        QStringLiteral("127.0.0.1"), m_server->serverPort(), Pop3Transport::Mode::Plain, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->lastConnection() != nullptr, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("connected")), 1, WaitMs);
    m_server->lastConnection()->write("+OK bye\r\n");
    m_server->lastConnection()->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("disconnected")), 1, WaitMs);
    QTest::qWait(100);
    QCOMPARE(log.count(QStringLiteral("disconnected")), 1);
    QCOMPARE(log.count(QStringLiteral("failed")), 0);
}

void TestSslSocketTransport::abortReportsNothing()
{
    SslSocketTransport transport;
    SignalLog log(transport);
    transport.setTlsPolicy(trusting(m_server->certificate()));
    transport.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
        Pop3Transport::Mode::ImplicitTls, WaitMs);
    QCOMPARE(readUntil(transport, "\r\n"), QByteArray("+OK hello\r\n"));
    const int before = int(log.events.size());
    transport.abort();
    QVERIFY(!transport.isEncrypted());
    QVERIFY(transport.readAll().isEmpty());
    QTest::qWait(200);
    QCOMPARE(log.events.size(), before);
}

void TestSslSocketTransport::readBufferIsBounded_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plain") << false;
    QTest::newRow("TLS") << true;
}

void TestSslSocketTransport::readBufferIsBounded()
{
    QFETCH(bool, tls);
    constexpr qint64 Flood = 16 * 1024 * 1024;
    m_server->setBehaviour(
        tls ? LocalTlsServer::Behaviour::ImplicitTls : LocalTlsServer::Behaviour::Plain);
    m_server->setGreeting({});
    SslSocketTransport transport;
    SignalLog log(transport);
    transport.setTlsPolicy(trusting(m_server->certificate()));
    transport.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
        tls ? Pop3Transport::Mode::ImplicitTls : Pop3Transport::Mode::Plain, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("connected")), 1, WaitMs);
    QSslSocket* server = m_server->lastConnection();
    QVERIFY(server);
    server->write(QByteArray(Flood, 'x'));

    // Nobody reads for a while: what the socket takes in must level off at its bound. With
    // TLS the decrypted buffer may overshoot by what one decryption pass produced, and up to
    // as much again waits undecrypted in the TCP socket below; bounded all the same.
    const auto* socket = transport.findChild<QSslSocket*>();
    QVERIFY(socket);
    qint64 held = -1;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const qint64 before = socket->bytesAvailable();
            QTest::qWait(200);
            held = socket->bytesAvailable();
            return held > 0 && held == before;
        },
        WaitMs));
    QVERIFY2(
        held <= (tls ? 2 * SslSocketTransport::ReadBufferSize : SslSocketTransport::ReadBufferSize),
        qPrintable(QString::number(held)));
    if (!tls) {
        QVERIFY(server->bytesToWrite() > 0); // the rest waits at the sender
    }

    // Draining still gets every byte: flow control, not loss.
    qint64 received = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += transport.readAll().size();
            return received >= Flood;
        },
        30000));
    QCOMPARE(received, Flood);
    QCOMPARE(log.count(QStringLiteral("failed")), 0);
}

void TestSslSocketTransport::batchedReadsGetEveryByte_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plain") << false;
    QTest::newRow("TLS") << true;
}

void TestSslSocketTransport::batchedReadsGetEveryByte()
{
    QFETCH(bool, tls);
    constexpr int Mark = 256 * 1024;
    m_server->setBehaviour(
        tls ? LocalTlsServer::Behaviour::ImplicitTls : LocalTlsServer::Behaviour::Plain);
    m_server->setGreeting({});
    SslSocketTransport transport;
    SignalLog log(transport);
    QByteArray received;
    connect(&transport, &Pop3Transport::readyRead, this, [&] { received += transport.readAll(); });
    transport.setTlsPolicy(trusting(m_server->certificate()));
    transport.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
        tls ? Pop3Transport::Mode::ImplicitTls : Pop3Transport::Mode::Plain, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("connected")), 1, WaitMs);
    QSslSocket* server = m_server->lastConnection();
    QVERIFY(server);
    transport.setReceiveLowWater(Mark);
    if (ReceiveLowWater::isSupported()) {
        QCOMPARE(kernelMark(transport), Mark);
    }

    // A message streamed in pieces, then a tail far shorter than the mark: all of it arrives.
    QByteArray sent;
    for (int i = 0; i < 300; ++i) {
        const QByteArray piece(4000, char('a' + i % 26));
        sent += piece;
        server->write(piece);
    }
    sent += "tail\r\n";
    server->write("tail\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent.size(), WaitMs);
    QCOMPARE(received, sent);

    // Off again: the mark is back to a byte at once.
    transport.setReceiveLowWater(0);
    if (ReceiveLowWater::isSupported()) {
        QCOMPARE(kernelMark(transport), 1);
    }
    // A new connection starts with every byte, whatever the last one was asked.
    transport.setReceiveLowWater(Mark);
    transport.connectToHost(QStringLiteral("localhost"), m_server->serverPort(),
        tls ? Pop3Transport::Mode::ImplicitTls : Pop3Transport::Mode::Plain, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(QStringLiteral("connected")), 2, WaitMs);
    if (ReceiveLowWater::isSupported()) {
        QCOMPARE(kernelMark(transport), 1);
    }
    QCOMPARE(log.count(QStringLiteral("failed")), 0);
}

QTEST_GUILESS_MAIN(TestSslSocketTransport)
#include "tst_sslsockettransport.moc"
