// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window with a large archive (issue 6 goals), run by hand under a display
// (xvfb-run works; the offscreen platform paints too):
//   1. start (DesktopSession::start + show) until the inbox viewport has painted its first
//      rows (goal: under 0.5 s);
//   2. sorting by date and by sender through the header, each until painted (goal: 0.3 s);
//   3. memory: peak resident set size (goal: under 200 MB);
//   4. with a postbote-cli given: a fetch of 2,000 messages from `postbote-cli demo-server`
//      in another process, measuring the longest stall of the GUI event loop (goal: 50 ms).
//
//   bench_inbox_scale 100000 /tmp/inbox100k      # makes the archive (kept), not timed here
//   xvfb-run -a bench_gui_inbox /tmp/inbox100k [build/app/cli/postbote-cli [2000]]
#include "DesktopSession.h"
#include "account/AccountPaths.h"
#include "account/AccountStore.h"
#include "sync/FetchQueue.h"
#include "window/InboxView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace Postbote;

namespace {

/// Counts paints of a widget, so that "visible" means painted, not merely laid out.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget* widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return false;
    }
};

double waitForPaint(PaintWatch& watch, QElapsedTimer& timer)
{
    const int before = watch.paints;
    while (watch.paints == before && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return timer.nsecsElapsed() / 1e6;
}

/// Times every top-level event delivery, so that a long stall can be named: the receiver's
/// class (and its parent's) and the event type of the longest deliveries while recording.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        qint64 ms;
        qint64 at;
        QByteArray what;
    };
    bool recording = false;
    QElapsedTimer clock;
    QList<Slow> slow;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!recording || m_depth > 0) {
            return QApplication::notify(receiver, event);
        }
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const int type = int(event->type());
        const bool result = QApplication::notify(receiver, event);
        const qint64 ms = t.elapsed();
        --m_depth;
        if (ms >= 3) {
            QByteArray what = receiver->metaObject()->className();
            if (receiver->parent()) {
                what += QByteArray(" in ") + receiver->parent()->metaObject()->className();
            }
            what += " event " + QByteArray::number(type);
            slow.append({ms, clock.elapsed(), what}); // the end of the delivery
        }
        return result;
    }

private:
    int m_depth = 0;
};

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool writeMailbox(const QString& dir, int count)
{
    for (int i = 0; i < count; ++i) {
        QFile file(QDir(dir).filePath(QStringLiteral("%1.eml").arg(i, 5, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly)) {
            return false;
        }
        file.write(QStringLiteral("From: Sender %1 <s%1@example.org>\nTo: max@example.org\n"
                                  "Subject: Bench message %1\nMessage-ID: <%1@bench>\n"
                                  "Date: Mon, 2 Sep 2024 08:15:42 +0200\n\n")
                       .arg(i)
                       .toUtf8());
        const QByteArray line = QByteArray(70, char('a' + i % 26)) + '\n';
        for (int l = 0; l < 20 + (i % 40); ++l) {
            file.write(line);
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer total;
    total.start();
    TimedApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postbote"));
    QApplication::setOrganizationName(QStringLiteral("Postbote"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s ARCHIVE [POSTBOTE_CLI [COUNT]]\n", argv[0]);
        return 2;
    }
    const QString archive = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    const QString cli = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const int fetchCount = argc > 3 ? QByteArray(argv[3]).toInt() : 2000;

    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, home.filePath(QStringLiteral("config")));
    // bench_inbox_scale files its records under the account id "demo".
    const QString demoArchive = AccountPaths::archiveDirectory(QStringLiteral("demo"));
    QDir().mkpath(QFileInfo(demoArchive).path());
    QFile::link(archive, demoArchive);
    {
        QSettings settings;
        AccountStore store(&settings);
        Account scale = Account::create();
        scale.id = QStringLiteral("demo");
        scale.name = QStringLiteral("Scale");
        scale.host = QStringLiteral("127.0.0.1");
        scale.port = 110;
        scale.security = Security::None;
        scale.allowCleartext = true;
        scale.user = QStringLiteral("max");
        QString error;
        if (!store.add(scale, &error)) {
            std::fprintf(stderr, "account: %s\n", qPrintable(error));
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    DesktopSession session;
    QString error;
    if (!session.start({}, &error)) {
        std::fprintf(stderr, "start: %s\n", qPrintable(error));
        return 1;
    }
    const double started = timer.nsecsElapsed() / 1e6;
    QTreeView* view = session.window()->inbox()->treeView();
    PaintWatch watch(view->viewport());
    session.window()->show();
    const double firstPaint = waitForPaint(watch, timer);
    const int firstRows = view->model()->rowCount();
    // Let the second loading step finish.
    while (timer.elapsed() < 60000 && view->model()->rowCount() == firstRows) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double allLoaded = timer.nsecsElapsed() / 1e6;
    std::printf("start to first painted rows: %.0f ms (DesktopSession::start %.0f ms; %d rows; "
                "process start to paint %.0f ms); all %d rows loaded after %.0f ms\n",
        firstPaint, started, firstRows,
        total.nsecsElapsed() / 1e6 - (timer.nsecsElapsed() / 1e6 - firstPaint),
        view->model()->rowCount(), allLoaded);

    for (const auto& [column, name] :
        {std::pair {1, "sender"}, std::pair {3, "date"}, std::pair {1, "sender (again)"}}) {
        timer.restart();
        view->header()->setSortIndicator(column, Qt::AscendingOrder);
        const double sorted = waitForPaint(watch, timer);
        std::printf("sort by %s: %.0f ms until painted\n", name, sorted);
    }
    std::printf("peak RSS: %ld MB\n", peakRssMb());

    if (cli.isEmpty()) {
        return 0;
    }
    QTemporaryDir mailbox;
    writeMailbox(mailbox.path(), fetchCount);
    QProcess server;
    server.start(cli,
        {QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--mailbox"), mailbox.path()});
    QRegularExpression portPattern(QStringLiteral("port (\\d+)"));
    QString output;
    quint16 port = 0;
    while (port == 0 && server.waitForReadyRead(10000)) {
        output += QString::fromUtf8(server.readAllStandardOutput());
        const QRegularExpressionMatch match = portPattern.match(output);
        port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }
    if (port == 0) {
        std::fprintf(stderr, "demo server did not start: %s\n", qPrintable(output));
        return 1;
    }
    Account bench = Account::create();
    bench.name = QStringLiteral("Bench");
    bench.host = QStringLiteral("127.0.0.1");
    bench.port = port;
    bench.security = Security::None;
    bench.allowCleartext = true;
    bench.user = QStringLiteral("max");
    session.accounts()->add(bench, &error);
    session.fetchQueue()->setFixedPassword(bench.id, QStringLiteral("password"));

    QElapsedTimer beat;
    qint64 longest = 0;
    qint64 longestAt = 0;
    QTimer heart;
    heart.setTimerType(Qt::PreciseTimer);
    heart.setInterval(5);
    QObject::connect(&heart, &QTimer::timeout, [&] {
        const qint64 stall = beat.nsecsElapsed() / 1000000 - 5;
        if (stall > longest) {
            longest = stall;
            longestAt = app.clock.elapsed();
        }
        beat.restart();
    });
    QSignalSpy idle(session.fetchQueue(), &FetchQueue::idle);
    timer.restart();
    app.clock.start();
    beat.start();
    heart.start();
    app.recording = true;
    session.fetchQueue()->enqueue(bench);
    idle.wait(600000);
    heart.stop();
    app.recording = false;
    std::sort(
        app.slow.begin(), app.slow.end(), [](const auto& a, const auto& b) { return a.ms > b.ms; });
    const auto slower = std::count_if(
        app.slow.cbegin(), app.slow.cend(), [](const auto& s) { return s.ms >= 15; });
    std::printf("event deliveries of 15 ms or more during the fetch: %lld\n",
        static_cast<long long>(slower));
    for (qsizetype i = 0; i < qMin<qsizetype>(8, slower); ++i) {
        std::printf("  %lld ms at %lld ms: %s\n", app.slow[i].ms, app.slow[i].at,
            app.slow[i].what.constData());
    }
    std::printf("deliveries of 3 ms or more that ended within the longest stall:\n");
    for (const auto& s : std::as_const(app.slow)) {
        if (s.at >= longestAt - longest - 10 && s.at <= longestAt + 5) {
            std::printf("  %lld ms ending at %lld ms: %s\n", s.ms, s.at, s.what.constData());
        }
    }
    std::printf("fetch of %d messages with the window open: %.2f s, longest event-loop stall "
                "%lld ms (at %lld ms), %d rows now, peak RSS %ld MB\n",
        fetchCount, timer.nsecsElapsed() / 1e9, longest, longestAt, view->model()->rowCount(),
        peakRssMb());
    server.kill();
    server.waitForFinished();
    return 0;
}
