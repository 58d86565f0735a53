// SPDX-License-Identifier: GPL-3.0-or-later
// The fetch progress in the status bar: its text, and that progress updates do not lay out
// the window again (each such layout cost ~15 ms with a large inbox).
#include "window/FetchStatusWidget.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QtTest>

using namespace Postbote;

namespace {

/// Counts the layout requests that reach the top-level widget.
class LayoutCounter : public QObject
{
public:
    int requests = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest) {
            ++requests;
        }
        return false;
    }
};

} // namespace

class TestFetchStatusWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressDoesNotRelayout();
    void nextFetchStartsNarrow();
};

void TestFetchStatusWidget::progressDoesNotRelayout()
{
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* status = new FetchStatusWidget(&window);
    layout->addWidget(status);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    status->setStarted(QStringLiteral("Demo"));
    QCOMPARE(status->text(), QStringLiteral("Fetching “Demo” …"));
    status->setProgress(0, 2000, 0, 6'500'000);
    QTest::qWait(50); // the layout of the first progress text settles

    LayoutCounter counter;
    window.installEventFilter(&counter);
    const int width = status->label()->width();
    for (int done = 1; done <= 2000; done += 7) {
        status->setProgress(done, 2000, qint64(done) * 3250, 6'500'000);
        QCoreApplication::processEvents();
        // Never cut: the whole sentence fits the fixed width.
        QVERIFY(QFontMetrics(status->label()->font()).horizontalAdvance(status->text())
            <= status->label()->width());
    }
    const QString expected = QStringLiteral("Fetching “Demo”: %1 of %2 messages")
                                 .arg(QLocale().toString(1996), QLocale().toString(2000));
    QVERIFY2(status->text().startsWith(expected), qPrintable(status->text()));
    QCOMPARE(counter.requests, 0);
    QCOMPARE(status->label()->width(), width);
}

void TestFetchStatusWidget::nextFetchStartsNarrow()
{
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* status = new FetchStatusWidget(&window);
    layout->addWidget(status);
    window.show();
    status->setStarted(QStringLiteral("An account with a rather long name indeed"));
    status->setProgress(10, 100000, 1'000'000, 9'000'000'000);
    const int wide = status->label()->maximumWidth();
    status->setIdle();
    status->setStarted(QStringLiteral("Demo"));
    QVERIFY(status->label()->maximumWidth() < wide);
    QCOMPARE(status->label()->minimumWidth(), status->label()->maximumWidth());
}

QTEST_MAIN(TestFetchStatusWidget)
#include "tst_fetchstatuswidget.moc"
