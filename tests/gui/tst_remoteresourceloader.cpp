// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountingHttpServer.h"
#include "net/RemoteResourceLoader.h"

#include <QSignalSpy>
#include <QTest>

using namespace Postbote;
using namespace Qt::StringLiterals;

/// The loader behind "Show remote content": only what it was asked for, only http(s), and
/// bounded in size, time and redirects.
class TestRemoteResourceLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsImagesOnce();
    void nothingBeforeLoad();
    void refusesOtherSchemes_data();
    void refusesOtherSchemes();
    void announcedTooLargeIsRefused();
    void streamedTooLargeIsAborted();
    void totalCapStopsTheRest();
    void httpErrorsFail();
    void redirectsAreFollowedWithinLimits();
    void redirectToOtherSchemeIsRefused();
    void redirectLoopEnds();
    void stallingServerTimesOut();
    void cancelStopsSignals();

private:
    QUrl url(const char* target) const
    {
        return QUrl(m_server->baseUrl() + QString::fromLatin1(target));
    }
    /// Runs the loader on `urls` until it is finished; returns (loaded, failed).
    QPair<int, int> run(RemoteResourceLoader& loader, const QList<QUrl>& urls);

    std::unique_ptr<CountingHttpServer> m_server;
    QHash<QUrl, QByteArray> m_loaded;
    QHash<QUrl, QString> m_failed;
};

void TestRemoteResourceLoader::init()
{
    m_server = std::make_unique<CountingHttpServer>();
    QVERIFY(m_server->listen());
    m_loaded.clear();
    m_failed.clear();
}

void TestRemoteResourceLoader::cleanup()
{
    m_server.reset();
}

QPair<int, int> TestRemoteResourceLoader::run(RemoteResourceLoader& loader, const QList<QUrl>& urls)
{
    connect(&loader, &RemoteResourceLoader::resourceLoaded, this,
        [this](const QUrl& u, const QByteArray& data) { m_loaded.insert(u, data); });
    connect(&loader, &RemoteResourceLoader::resourceFailed, this,
        [this](const QUrl& u, const QString& error) { m_failed.insert(u, error); });
    QSignalSpy finished(&loader, &RemoteResourceLoader::finished);
    loader.load(urls);
    if (finished.isEmpty() && !finished.wait(10000))
        return {-1, -1};
    if (finished.size() != 1)
        return {-2, -2};
    return {finished.first().at(0).toInt(), finished.first().at(1).toInt()};
}

void TestRemoteResourceLoader::loadsImagesOnce()
{
    RemoteResourceLoader loader;
    const auto result = run(loader, {url("/a.png"), url("/b.png?x=1"), url("/a.png")});
    QCOMPARE(result, qMakePair(2, 0));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_loaded.value(url("/a.png")), CountingHttpServer::smallPng());
    QCOMPARE(m_loaded.value(url("/b.png?x=1")), CountingHttpServer::smallPng());
    QVERIFY(!loader.isLoading());
}

void TestRemoteResourceLoader::nothingBeforeLoad()
{
    RemoteResourceLoader loader;
    QTest::qWait(200);
    QCOMPARE(m_server->connectionCount(), 0);
    QVERIFY(!loader.isLoading());
}

void TestRemoteResourceLoader::refusesOtherSchemes_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/x.png"_s;
    QTest::newRow("data") << u"data:image/png;base64,AAAA"_s;
    QTest::newRow("relative") << u"x.png"_s;
    QTest::newRow("no host") << u"http:///x.png"_s;
}

void TestRemoteResourceLoader::refusesOtherSchemes()
{
    QFETCH(QString, target);
    RemoteResourceLoader loader;
    QCOMPARE(run(loader, {QUrl(target)}), qMakePair(0, 1));
    QCOMPARE(m_failed.size(), 1);
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestRemoteResourceLoader::announcedTooLargeIsRefused()
{
    CountingHttpServer::Response big;
    big.body = QByteArray(2000, 'x');
    m_server->setResponse("/big", big);
    RemoteResourceLoader loader;
    RemoteResourceLoader::Limits limits;
    limits.maxBytesPerResource = 1000;
    loader.setLimits(limits);
    QCOMPARE(run(loader, {url("/big"), url("/ok.png")}), qMakePair(1, 1));
    QVERIFY2(m_failed.value(url("/big")).contains(QLocale().formattedDataSize(1000)),
        qPrintable(m_failed.value(url("/big")) + u" vs "_s + QLocale().formattedDataSize(1000)));
    QVERIFY(m_loaded.contains(url("/ok.png")));
}

void TestRemoteResourceLoader::streamedTooLargeIsAborted()
{
    CountingHttpServer::Response big;
    big.body = QByteArray(200000, 'x');
    big.noLength = true; // no Content-Length: only counting stops it
    m_server->setResponse("/stream", big);
    RemoteResourceLoader loader;
    RemoteResourceLoader::Limits limits;
    limits.maxBytesPerResource = 1000;
    loader.setLimits(limits);
    QCOMPARE(run(loader, {url("/stream")}), qMakePair(0, 1));
    QVERIFY(!m_loaded.contains(url("/stream")));
}

void TestRemoteResourceLoader::totalCapStopsTheRest()
{
    CountingHttpServer::Response part;
    part.body = QByteArray(600, 'x');
    part.noLength = true;
    m_server->setResponse("/p1", part);
    m_server->setResponse("/p2", part);
    RemoteResourceLoader loader;
    RemoteResourceLoader::Limits limits;
    limits.maxBytesPerResource = 1000;
    limits.maxBytesTotal = 1000;
    loader.setLimits(limits);
    const auto result = run(loader, {url("/p1"), url("/p2")});
    QCOMPARE(result.first + result.second, 2);
    QVERIFY(result.second >= 1);
    qint64 total = 0;
    for (const QByteArray& data : std::as_const(m_loaded))
        total += data.size();
    QVERIFY(total <= 1000);
}

void TestRemoteResourceLoader::httpErrorsFail()
{
    CountingHttpServer::Response missing;
    missing.status = 404;
    missing.body = "not found";
    m_server->setResponse("/missing", missing);
    RemoteResourceLoader loader;
    QCOMPARE(run(loader, {url("/missing")}), qMakePair(0, 1));
}

void TestRemoteResourceLoader::redirectsAreFollowedWithinLimits()
{
    CountingHttpServer::Response redirect;
    redirect.status = 302;
    redirect.headers.append("Location: /final.png");
    m_server->setResponse("/moved", redirect);
    RemoteResourceLoader loader;
    QCOMPARE(run(loader, {url("/moved")}), qMakePair(1, 0));
    QCOMPARE(m_loaded.value(url("/moved")), CountingHttpServer::smallPng());
    QCOMPARE(m_server->requestCount(), 2);
}

void TestRemoteResourceLoader::redirectToOtherSchemeIsRefused()
{
    CountingHttpServer::Response redirect;
    redirect.status = 302;
    redirect.headers.append("Location: file:///etc/passwd");
    m_server->setResponse("/evil", redirect);
    RemoteResourceLoader loader;
    QCOMPARE(run(loader, {url("/evil")}), qMakePair(0, 1));
    QVERIFY(!m_loaded.contains(url("/evil")));
}

void TestRemoteResourceLoader::redirectLoopEnds()
{
    // A chain /r0 → /r1 → … → /r9: with maxRedirects 3 the loader must give up before /r4.
    for (int i = 0; i < 10; ++i) {
        CountingHttpServer::Response redirect;
        redirect.status = 302;
        redirect.headers.append("Location: /r" + QByteArray::number(i + 1));
        m_server->setResponse("/r" + QByteArray::number(i), redirect);
    }
    RemoteResourceLoader loader;
    QCOMPARE(loader.limits().maxRedirects, 3);
    QCOMPARE(run(loader, {url("/r0")}), qMakePair(0, 1));
    QStringList targets;
    for (const CountingHttpServer::Request& request : m_server->requests())
        targets.append(QString::fromLatin1(request.target));
    QVERIFY2(targets.contains(u"/r3"_s), qPrintable(targets.join(u' ')));
    QVERIFY2(!targets.contains(u"/r4"_s), qPrintable(targets.join(u' ')));
}

void TestRemoteResourceLoader::stallingServerTimesOut()
{
    CountingHttpServer::Response stall;
    stall.stall = true;
    m_server->setResponse("/stall", stall);
    RemoteResourceLoader loader;
    RemoteResourceLoader::Limits limits;
    limits.transferTimeoutMs = 300;
    limits.totalTimeoutMs = 5000;
    loader.setLimits(limits);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run(loader, {url("/stall")}), qMakePair(0, 1));
    QVERIFY(timer.elapsed() < 4000);

    // The deadline for the whole batch holds as well.
    limits.transferTimeoutMs = 60000;
    limits.totalTimeoutMs = 300;
    RemoteResourceLoader second;
    second.setLimits(limits);
    timer.restart();
    QCOMPARE(run(second, {url("/stall")}), qMakePair(0, 1));
    QVERIFY(timer.elapsed() < 4000);
}

void TestRemoteResourceLoader::cancelStopsSignals()
{
    CountingHttpServer::Response stall;
    stall.stall = true;
    m_server->setResponse("/stall", stall);
    RemoteResourceLoader loader;
    QSignalSpy finished(&loader, &RemoteResourceLoader::finished);
    QSignalSpy failed(&loader, &RemoteResourceLoader::resourceFailed);
    loader.load({url("/stall")});
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(loader.isLoading());
    loader.cancel();
    QVERIFY(!loader.isLoading());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(TestRemoteResourceLoader)
#include "tst_remoteresourceloader.moc"
