// SPDX-License-Identifier: GPL-3.0-or-later
// ReceiveLowWater on a real loopback TCP connection: the mark reaches the socket, a tail
// shorter than the mark still arrives (the fallback), and a stream arrives whole.
#include "net/ReceiveLowWater.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#endif

using Postbote::ReceiveLowWater;

namespace {

constexpr int Mark = 256 * 1024;

/// What the kernel holds for the socket; -1 where the platform has no such mark.
int kernelMark(const QTcpSocket& socket)
{
#ifdef Q_OS_LINUX
    int value = 0;
    socklen_t length = sizeof value;
    if (::getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_RCVLOWAT, &value, &length)
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

class TestReceiveLowWater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void markReachesTheSocketAndFallsBack();
    void shortTailStillArrives();
    void streamArrivesWhole();
    void offHandsOverAtOnce();
    void markWaitsForTheNextSocket();

private:
    /// Reads everything the client receives, telling \a lowWater after each read, as
    /// SslSocketTransport does.
    void readInto(ReceiveLowWater& lowWater, QByteArray* received);

    QTcpServer m_listener;
    std::unique_ptr<QTcpSocket> m_client;
    QTcpSocket* m_server = nullptr;
};

void TestReceiveLowWater::init()
{
    QVERIFY(m_listener.listen(QHostAddress::LocalHost));
    m_client = std::make_unique<QTcpSocket>();
    m_client->connectToHost(QHostAddress::LocalHost, m_listener.serverPort());
    QVERIFY(m_client->waitForConnected(5000));
    QTRY_VERIFY(m_listener.hasPendingConnections());
    m_server = m_listener.nextPendingConnection();
    QVERIFY(m_server);
}

void TestReceiveLowWater::cleanup()
{
    m_client.reset();
    delete m_server;
    m_server = nullptr;
    m_listener.close();
}

void TestReceiveLowWater::readInto(ReceiveLowWater& lowWater, QByteArray* received)
{
    connect(m_client.get(), &QTcpSocket::readyRead, &lowWater, [this, &lowWater, received] {
        received->append(m_client->readAll());
        lowWater.onRead();
    });
}

void TestReceiveLowWater::markReachesTheSocketAndFallsBack()
{
    ReceiveLowWater lowWater;
    lowWater.attach(m_client->socketDescriptor());
    if (!ReceiveLowWater::isSupported()) {
        lowWater.setBytes(Mark);
        QCOMPARE(lowWater.applied(), 0);
        return;
    }
    QCOMPARE(lowWater.applied(), 1);
    QCOMPARE(kernelMark(*m_client), 1);

    lowWater.setBytes(Mark);
    QCOMPARE(lowWater.applied(), Mark);
    QCOMPARE(kernelMark(*m_client), Mark);
    // Nothing read meanwhile: the fallback lowers the mark so that nothing waits for ever.
    QTRY_COMPARE(lowWater.applied(), 1);
    QCOMPARE(kernelMark(*m_client), 1);
    // The next read asks for a whole batch again.
    lowWater.onRead();
    QCOMPARE(kernelMark(*m_client), Mark);
}

void TestReceiveLowWater::shortTailStillArrives()
{
    ReceiveLowWater lowWater;
    QByteArray received;
    readInto(lowWater, &received);
    lowWater.attach(m_client->socketDescriptor());
    lowWater.setBytes(Mark);
    // Far less than the mark, and nothing follows: without the fallback this never arrives.
    m_server->write(QByteArray(100, 't'));
    QTRY_COMPARE(received.size(), 100);
    // And again after a read re-armed the mark.
    m_server->write(QByteArray(7, 'u'));
    QTRY_COMPARE(received.size(), 107);
    QCOMPARE(received, QByteArray(100, 't') + QByteArray(7, 'u'));
}

void TestReceiveLowWater::streamArrivesWhole()
{
    ReceiveLowWater lowWater;
    QByteArray received;
    readInto(lowWater, &received);
    lowWater.attach(m_client->socketDescriptor());
    lowWater.setBytes(Mark);
    // Four batches and a bit, written in pieces as a server streams a message.
    QByteArray sent;
    for (int i = 0; i < 300; ++i) {
        const QByteArray piece(3500, char('a' + i % 26));
        sent += piece;
        m_server->write(piece);
        if (i % 50 == 0) {
            QCoreApplication::processEvents();
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent.size(), 10000);
    QCOMPARE(received, sent);
}

void TestReceiveLowWater::offHandsOverAtOnce()
{
    ReceiveLowWater lowWater;
    lowWater.attach(m_client->socketDescriptor());
    lowWater.setBytes(Mark);
    lowWater.setBytes(0);
    QCOMPARE(lowWater.bytes(), 0);
    if (ReceiveLowWater::isSupported()) {
        QCOMPARE(lowWater.applied(), 1);
        QCOMPARE(kernelMark(*m_client), 1);
        // Off means off: a read does not arm it again.
        lowWater.onRead();
        QCOMPARE(kernelMark(*m_client), 1);
    }
}

void TestReceiveLowWater::markWaitsForTheNextSocket()
{
    ReceiveLowWater lowWater;
    lowWater.setBytes(Mark); // no socket yet: remembered
    QCOMPARE(lowWater.applied(), 0);
    lowWater.attach(m_client->socketDescriptor());
    if (ReceiveLowWater::isSupported()) {
        QCOMPARE(kernelMark(*m_client), Mark);
    }
    lowWater.detach();
    QCOMPARE(lowWater.applied(), 0);
    // Detached, it touches the socket no more, not even when its fallback would have run.
    QTest::qWait(3 * ReceiveLowWater::FallbackMs);
    if (ReceiveLowWater::isSupported()) {
        QCOMPARE(kernelMark(*m_client), Mark);
    }
}

QTEST_GUILESS_MAIN(TestReceiveLowWater)
#include "tst_receivelowwater.moc"
