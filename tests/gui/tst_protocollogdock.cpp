// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/ProtocolLogDock.h"
#include "log/ProtocolLogStyleProxy.h"
#include "models/ProtocolLogFilterProxy.h"
#include "models/ProtocolLogModel.h"
#include "pop3/Pop3Command.h"
#include "trace/ProtocolLog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

#include <memory>

using namespace Postbote;

using Direction = ProtocolEvent::Direction;

namespace {

const QString Password = QStringLiteral("S3cret-Pa55");

/// An event as Pop3Session::trace() makes it: now, in UTC, with the command's masked text.
ProtocolEvent makeEvent(Direction direction, const QString& text)
{
    return ProtocolEvent {QDateTime::currentDateTimeUtc(), direction, text};
}

/// A login as the engine logs it; the PASS line goes through Pop3Command's own masking.
void fillLogin(ProtocolLog* log)
{
    log->append(makeEvent(Direction::Info, u"Connecting to pop.example.org:995"_qs));
    log->append(makeEvent(Direction::Tls, u"TLS 1.3, certificate verified"_qs));
    log->append(makeEvent(Direction::Server, u"+OK Dovecot ready."_qs));
    log->append(makeEvent(Direction::Client, Pop3Command::user(u"max"_qs).maskedText()));
    log->append(makeEvent(Direction::Server, u"+OK"_qs));
    log->append(makeEvent(Direction::Client, Pop3Command::pass(Password).maskedText()));
    log->append(makeEvent(Direction::Server, u"+OK Logged in."_qs));
}

/// Shows what is waiting for its batch, so that rows can be checked without waiting.
void settle(ProtocolLogDock* dock)
{
    dock->model()->flush();
    QCoreApplication::processEvents();
}

QStringList column(const QAbstractItemModel* model, int column, int role = Qt::DisplayRole)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        result.append(model->index(row, column).data(role).toString());
    }
    return result;
}

QString lines(const ProtocolLog& log, const QList<int>& rows)
{
    QString text;
    for (const int row : rows) {
        text += log.at(row).toPlainText() + QLatin1Char('\n');
    }
    return text;
}

QPalette paletteWithBase(const QColor& base, const QColor& text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

/// Marks every string of the dock and of the log model, so a test can see that a language
/// change reached all of them without depending on compiled .qm files.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
        int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QByteArray name(context);
        if (name == "Postbote::ProtocolLogDock" || name == "Postbote::ProtocolLogModel") {
            return u"«"_qs + QString::fromUtf8(sourceText) + u"»"_qs;
        }
        return {};
    }
};

} // namespace

class TestProtocolLogDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rowsDirectionsAndMaskedPassword();
    void coloursDifferAndContrast_data();
    void coloursDifferAndContrast();
    void filterNarrowsRows();
    void pauseHoldsRowsBack();
    void clearEmptiesLog();
    void copySelectedOrAll();
    void exportWritesFile();
    void fontSize();
    void retranslates();
    void followsNewestUnlessScrolledUp();
    void readingPositionSurvivesDroppedLines();
    void floodStaysBounded();
};

void TestProtocolLogDock::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestProtocolLogDock::rowsDirectionsAndMaskedPassword()
{
    ProtocolLog log;
    log.append(makeEvent(Direction::Info, u"before the dock"_qs));
    ProtocolLogDock dock(&log);
    QCOMPARE(dock.objectName(), u"protocolLogDock"_qs);
    QCOMPARE(dock.windowTitle(), u"POP3 Dialogue"_qs);
    const QAbstractItemModel* shown = dock.view()->model();
    QAbstractItemModelTester tester(
        dock.styleProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(shown->rowCount(), 1);
    fillLogin(&log);
    QTRY_COMPARE(shown->rowCount(), 8); // the batch arrives by itself
    QCOMPARE(shown->columnCount(), 3);
    QCOMPARE(
        shown->headerData(ProtocolLogModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_qs);
    QCOMPARE(column(shown, ProtocolLogModel::DirectionColumn),
        (QStringList {u"Info"_qs, u"Info"_qs, u"TLS"_qs, u"Server"_qs, u"Client"_qs, u"Server"_qs,
            u"Client"_qs, u"Server"_qs}));
    QCOMPARE(shown->index(6, ProtocolLogModel::DirectionColumn).data(Qt::ToolTipRole).toString(),
        u"C:"_qs);
    QCOMPARE(shown->index(6, ProtocolLogModel::TimeColumn).data().toString(),
        log.at(6).timestamp.toLocalTime().toString(u"HH:mm:ss.zzz"_qs));
    // The PASS line is there, masked as the engine masks it, and the password nowhere.
    QCOMPARE(shown->index(6, ProtocolLogModel::TextColumn).data().toString(), u"PASS ****"_qs);
    for (int row = 0; row < shown->rowCount(); ++row) {
        for (int col = 0; col < shown->columnCount(); ++col) {
            for (const int role :
                {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ProtocolLogModel::LineRole)}) {
                QVERIFY(!shown->index(row, col).data(role).toString().contains(Password));
            }
        }
    }
    QVERIFY(dock.plainText().contains(u"C: PASS ****\n"_qs));
    QVERIFY(!dock.plainText().contains(Password));
}

void TestProtocolLogDock::coloursDifferAndContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("white") << paletteWithBase(Qt::white, Qt::black);
    QTest::newRow("light grey") << paletteWithBase(QColor(0xe8e8e8), Qt::black);
    QTest::newRow("dark") << paletteWithBase(QColor(0x1e1e1e), QColor(0xeeeeee));
    QTest::newRow("dark grey") << paletteWithBase(QColor(0x3c3f41), QColor(0xdddddd));
    QTest::newRow("black") << paletteWithBase(Qt::black, Qt::white);
    QTest::newRow("application") << QApplication::palette();
}

void TestProtocolLogDock::coloursDifferAndContrast()
{
    QFETCH(QPalette, palette);
    ProtocolLog log;
    fillLogin(&log);
    ProtocolLogDock dock(&log);
    dock.setPalette(palette); // reaches the dock as a PaletteChange, as a theme switch does
    settle(&dock);
    const QAbstractItemModel* shown = dock.view()->model();
    const QColor base = palette.color(QPalette::Base);
    QHash<int, QColor> colours;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const int direction = shown->index(row, 0).data(ProtocolLogModel::DirectionRole).toInt();
        for (int col = 0; col < shown->columnCount(); ++col) {
            const QVariant brush = shown->index(row, col).data(Qt::ForegroundRole);
            QVERIFY(brush.canConvert<QColor>());
            const QColor colour = brush.value<QColor>();
            if (!colours.contains(direction)) {
                colours.insert(direction, colour);
            }
            QCOMPARE(colour, colours.value(direction)); // one colour per direction
        }
        QVERIFY2(ProtocolLogStyleProxy::contrastRatio(colours.value(direction), base)
                >= ProtocolLogStyleProxy::MinimumContrast,
            qPrintable(colours.value(direction).name() + u" on "_qs + base.name()));
    }
    QCOMPARE(colours.size(), 4);
    const QList<QColor> distinct = colours.values();
    for (int i = 0; i < distinct.size(); ++i) {
        for (int j = i + 1; j < distinct.size(); ++j) {
            QVERIFY(distinct.at(i) != distinct.at(j));
        }
    }
}

void TestProtocolLogDock::filterNarrowsRows()
{
    ProtocolLog log;
    fillLogin(&log);
    ProtocolLogDock dock(&log);
    QAbstractItemModelTester tester(
        dock.styleProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    settle(&dock);
    const QAbstractItemModel* shown = dock.view()->model();
    auto* edit = dock.findChild<QLineEdit*>(u"logFilter"_qs);
    QVERIFY(edit);
    QTest::keyClicks(edit, u"ok"_qs);
    QCOMPARE(dock.filterProxy()->filterText(), u"ok"_qs);
    QCOMPARE(column(shown, ProtocolLogModel::TextColumn),
        (QStringList {u"+OK Dovecot ready."_qs, u"+OK"_qs, u"+OK Logged in."_qs}));
    edit->clear();
    QCOMPARE(shown->rowCount(), 7);
    // Only what the client sent.
    for (const QString& name : {u"logShowServer"_qs, u"logShowTls"_qs, u"logShowInfo"_qs}) {
        auto* action = dock.findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY(action->isChecked());
        action->trigger();
    }
    QCOMPARE(column(shown, ProtocolLogModel::TextColumn),
        (QStringList {u"USER max"_qs, u"PASS ****"_qs}));
    // New lines obey the filter too.
    log.append(makeEvent(Direction::Server, u"+OK 2 messages"_qs));
    log.append(makeEvent(Direction::Client, Pop3Command::stat().maskedText()));
    settle(&dock);
    QCOMPARE(shown->rowCount(), 3);
    dock.findChild<QAction*>(u"logShowServer"_qs)->trigger();
    QCOMPARE(shown->rowCount(), 7);
}

void TestProtocolLogDock::pauseHoldsRowsBack()
{
    ProtocolLog log;
    fillLogin(&log);
    ProtocolLogDock dock(&log);
    QAbstractItemModelTester tester(
        dock.styleProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    settle(&dock);
    const QAbstractItemModel* shown = dock.view()->model();
    auto* pause = dock.findChild<QAction*>(u"logPause"_qs);
    auto* pending = dock.findChild<QLabel*>(u"logPending"_qs);
    QVERIFY(pause && pending);
    QVERIFY(pause->isCheckable());
    QVERIFY(pending->text().isEmpty());
    pause->trigger();
    QVERIFY(dock.isPaused());
    QVERIFY(dock.model()->isPaused());
    log.append(makeEvent(Direction::Client, Pop3Command::stat().maskedText()));
    log.append(makeEvent(Direction::Server, u"+OK 2 320"_qs));
    log.append(makeEvent(Direction::Client, Pop3Command::quit().maskedText()));
    settle(&dock);
    QCOMPARE(shown->rowCount(), 7);
    QCOMPARE(dock.model()->pendingCount(), 3);
    // "3 lines waiting" with the English catalogue, "3 line(s) waiting" without one.
    QTRY_VERIFY2(
        pending->text().startsWith(u"3 line"_qs) && pending->text().endsWith(u" waiting"_qs),
        qPrintable(pending->text()));
    pause->trigger();
    QVERIFY(!dock.isPaused());
    QCOMPARE(shown->rowCount(), 10); // at once on resume, no batch delay
    QCOMPARE(shown->index(9, ProtocolLogModel::TextColumn).data().toString(), u"QUIT"_qs);
    QVERIFY(pending->text().isEmpty());
    // The slot and the action stay in step.
    dock.setPaused(true);
    QVERIFY(pause->isChecked());
    QVERIFY2(pending->text().startsWith(u"0 line"_qs), qPrintable(pending->text()));
    dock.setPaused(false);
    QVERIFY(!pause->isChecked());
}

void TestProtocolLogDock::clearEmptiesLog()
{
    ProtocolLog log;
    fillLogin(&log);
    ProtocolLogDock dock(&log);
    QAbstractItemModelTester tester(
        dock.styleProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    settle(&dock);
    dock.findChild<QAction*>(u"logClear"_qs)->trigger();
    QCOMPARE(dock.view()->model()->rowCount(), 0);
    QCOMPARE(log.size(), 0);
    log.append(makeEvent(Direction::Client, Pop3Command::noop().maskedText()));
    settle(&dock);
    QCOMPARE(column(dock.view()->model(), ProtocolLogModel::TextColumn), QStringList {u"NOOP"_qs});
    // A dock whose log went away still clears its own rows.
    auto owned = std::make_unique<ProtocolLog>();
    ProtocolLogDock orphan(owned.get());
    fillLogin(owned.get());
    settle(&orphan);
    owned.reset();
    QCOMPARE(orphan.view()->model()->rowCount(), 7);
    orphan.clear();
    QCOMPARE(orphan.view()->model()->rowCount(), 0);
}

void TestProtocolLogDock::copySelectedOrAll()
{
    ProtocolLog log;
    fillLogin(&log);
    ProtocolLogDock dock(&log);
    settle(&dock);
    QClipboard* clipboard = QGuiApplication::clipboard();
    auto* copy = dock.findChild<QAction*>(u"logCopy"_qs);
    QVERIFY(copy);
    // Nothing selected: every shown line.
    copy->trigger();
    QCOMPARE(clipboard->text(), log.toPlainText());
    QVERIFY(clipboard->text().startsWith(
        log.at(0).timestamp.toLocalTime().toString(u"HH:mm:ss.zzz"_qs) + u" -- Connecting"_qs));
    // Selected rows, in row order whatever the order of selecting.
    QItemSelectionModel* selection = dock.view()->selectionModel();
    const QAbstractItemModel* shown = dock.view()->model();
    selection->select(shown->index(5, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(shown->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    copy->trigger();
    QCOMPARE(clipboard->text(), lines(log, {3, 5}));
    QVERIFY(clipboard->text().contains(u" C: PASS ****\n"_qs));
    // The standard shortcut in the view does the same, not Qt's copy of one cell.
    clipboard->clear();
    dock.resize(700, 300);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    dock.view()->setFocus();
    QTRY_VERIFY(dock.view()->hasFocus());
    QTest::keySequence(dock.view(), QKeySequence::Copy);
    QCOMPARE(clipboard->text(), lines(log, {3, 5}));
    // The filter applies to "all".
    selection->clearSelection();
    dock.filterProxy()->setFilterText(u"+OK"_qs);
    copy->trigger();
    QCOMPARE(clipboard->text(), lines(log, {2, 4, 6}));
}

void TestProtocolLogDock::exportWritesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProtocolLog log;
    fillLogin(&log);
    ProtocolLogDock dock(&log);
    settle(&dock);
    const QString target = dir.filePath(u"dialogue.txt"_qs);
    QString askedCaption;
    QString askedSuggestion;
    QString answer = target;
    dock.setSaveFileNameHook(
        [&](QWidget* parent, const QString& caption, const QString& suggested, const QString&) {
            [&] {
                QCOMPARE(parent, &dock);
            }();
            askedCaption = caption;
            askedSuggestion = suggested;
            return answer;
        });
    dock.findChild<QAction*>(u"logExport"_qs)->trigger();
    QCOMPARE(askedCaption, u"Export POP3 Dialogue"_qs);
    QVERIFY(askedSuggestion.endsWith(u".txt"_qs));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString written = QString::fromUtf8(file.readAll());
    file.close();
    QCOMPARE(written, log.toPlainText());
    QVERIFY(written.contains(u"PASS ****"_qs));
    QVERIFY(!written.contains(Password));
    // Cancelling the dialog writes nothing.
    answer.clear();
    QVERIFY(QFile::remove(target));
    dock.exportAs();
    QVERIFY(!QFile::exists(target));
    // A file that cannot be written gives one sentence naming it.
    QString error;
    const QString impossible = dir.filePath(u"missing/dialogue.txt"_qs);
    QVERIFY(!dock.exportToFile(impossible, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(impossible)), qPrintable(error));
}

void TestProtocolLogDock::fontSize()
{
    ProtocolLog log;
    fillLogin(&log);
    ProtocolLogDock dock(&log);
    settle(&dock);
    QSignalSpy changed(&dock, &ProtocolLogDock::fontPointSizeChanged);
    auto* spin = dock.findChild<QSpinBox*>(u"logFontSize"_qs);
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), ProtocolLogDock::MinimumFontPointSize);
    QCOMPARE(spin->maximum(), ProtocolLogDock::MaximumFontPointSize);
    QCOMPARE(spin->value(), dock.fontPointSize());

    dock.setFontPointSize(10);
    changed.clear();
    const int smallRow = dock.view()->verticalHeader()->defaultSectionSize();
    const int smallTime = dock.view()->columnWidth(ProtocolLogModel::TimeColumn);
    dock.setFontPointSize(30);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 30);
    QCOMPARE(dock.fontPointSize(), 30);
    QCOMPARE(dock.view()->font().pointSize(), 30);
    QCOMPARE(spin->value(), 30);
    QVERIFY(dock.view()->verticalHeader()->defaultSectionSize() > smallRow);
    QVERIFY(dock.view()->columnWidth(ProtocolLogModel::TimeColumn) > smallTime);
    dock.setFontPointSize(30);
    QCOMPARE(changed.count(), 1); // no change, no signal
    dock.setFontPointSize(100);
    QCOMPARE(dock.fontPointSize(), ProtocolLogDock::MaximumFontPointSize);
    dock.setFontPointSize(1);
    QCOMPARE(dock.fontPointSize(), ProtocolLogDock::MinimumFontPointSize);
    QCOMPARE(changed.count(), 3);
    // The spin box and the zoom actions are the same setting.
    spin->setValue(14);
    QCOMPARE(dock.fontPointSize(), 14);
    QCOMPARE(changed.last().at(0).toInt(), 14);
    dock.findChild<QAction*>(u"logZoomIn"_qs)->trigger();
    QCOMPARE(dock.fontPointSize(), 15);
    dock.findChild<QAction*>(u"logZoomOut"_qs)->trigger();
    QCOMPARE(dock.property("fontPointSize").toInt(), 14);
    QCOMPARE(changed.count(), 6);
}

void TestProtocolLogDock::retranslates()
{
    ProtocolLog log;
    fillLogin(&log);
    ProtocolLogDock dock(&log);
    settle(&dock);
    auto* pause = dock.findChild<QAction*>(u"logPause"_qs);
    auto* edit = dock.findChild<QLineEdit*>(u"logFilter"_qs);
    const QAbstractItemModel* shown = dock.view()->model();
    QCOMPARE(pause->text(), u"Pause"_qs);

    // A bare LanguageChange re-reads the same English strings.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dock, &change);
    QCOMPARE(pause->text(), u"Pause"_qs);
    QCOMPARE(edit->placeholderText(), u"Filter lines"_qs);

    MarkingTranslator translator;
    QSignalSpy headerChanged(shown, &QAbstractItemModel::headerDataChanged);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents(); // QApplication posts LanguageChange to the windows
    QCOMPARE(pause->text(), u"«Pause»"_qs);
    QCOMPARE(dock.windowTitle(), u"«POP3 Dialogue»"_qs);
    QCOMPARE(edit->placeholderText(), u"«Filter lines»"_qs);
    QCOMPARE(dock.findChild<QAction*>(u"logExport"_qs)->text(), u"«Export…»"_qs);
    QCOMPARE(dock.findChild<QAction*>(u"logShowClient"_qs)->text(), u"«Client»"_qs);
    QCOMPARE(dock.findChild<QSpinBox*>(u"logFontSize"_qs)->suffix(), u"« pt»"_qs);
    QVERIFY(headerChanged.count() >= 1);
    QCOMPARE(
        shown->headerData(ProtocolLogModel::TimeColumn, Qt::Horizontal).toString(), u"«Time»"_qs);
    QCOMPARE(shown->index(3, ProtocolLogModel::DirectionColumn).data().toString(), u"«Client»"_qs);
    dock.setPaused(true);
    QCOMPARE(dock.findChild<QLabel*>(u"logPending"_qs)->text(), u"«0 line(s) waiting»"_qs);
    dock.setPaused(false);

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCoreApplication::processEvents();
    QCOMPARE(pause->text(), u"Pause"_qs);
    QCOMPARE(dock.windowTitle(), u"POP3 Dialogue"_qs);
}

void TestProtocolLogDock::followsNewestUnlessScrolledUp()
{
    ProtocolLog log;
    ProtocolLogDock dock(&log);
    dock.resize(600, 250);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QScrollBar* bar = dock.view()->verticalScrollBar();
    for (int i = 0; i < 200; ++i) {
        log.append(makeEvent(Direction::Server, u"line %1"_qs.arg(i)));
    }
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    // Scrolled up to read: new lines do not move the view.
    bar->setValue(10);
    for (int i = 200; i < 300; ++i) {
        log.append(makeEvent(Direction::Server, u"line %1"_qs.arg(i)));
    }
    QTRY_COMPARE(dock.view()->model()->rowCount(), 300);
    QTRY_VERIFY(bar->maximum() > 200);
    QCOMPARE(bar->value(), 10);
    // Back at the bottom: following again.
    bar->setValue(bar->maximum());
    for (int i = 300; i < 400; ++i) {
        log.append(makeEvent(Direction::Server, u"line %1"_qs.arg(i)));
    }
    QTRY_COMPARE(dock.view()->model()->rowCount(), 400);
    QTRY_VERIFY(bar->maximum() > 300);
    QTRY_COMPARE(bar->value(), bar->maximum());
    const QModelIndex last = dock.view()->model()->index(399, ProtocolLogModel::TextColumn);
    QTRY_VERIFY(dock.view()->viewport()->rect().intersects(dock.view()->visualRect(last)));
}

void TestProtocolLogDock::readingPositionSurvivesDroppedLines()
{
    ProtocolLog log(300);
    ProtocolLogDock dock(&log);
    dock.resize(600, 250);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    for (int i = 0; i < 300; ++i) {
        log.append(makeEvent(Direction::Server, u"line %1"_qs.arg(i)));
    }
    QScrollBar* bar = dock.view()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 150);
    bar->setValue(120);
    const auto topLine = [&] {
        return dock.view()
            ->indexAt(QPoint(1, 1))
            .siblingAtColumn(ProtocolLogModel::TextColumn)
            .data()
            .toString();
    };
    QCOMPARE(topLine(), u"line 120"_qs);
    // The full log drops lines 0..49; the line being read stays at the top.
    for (int i = 300; i < 350; ++i) {
        log.append(makeEvent(Direction::Server, u"line %1"_qs.arg(i)));
    }
    QTRY_COMPARE(dock.model()->eventAt(0).text, u"line 50"_qs);
    QCoreApplication::processEvents();
    QCOMPARE(topLine(), u"line 120"_qs);
    QCOMPARE(bar->value(), 70);
}

void TestProtocolLogDock::floodStaysBounded()
{
    ProtocolLog log; // DefaultCapacity
    ProtocolLogDock dock(&log);
    dock.resize(600, 300);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const int capacity = log.capacity();
    QCOMPARE(dock.model()->capacity(), capacity);
    QSignalSpy inserted(dock.view()->model(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 2 * capacity; ++i) {
        log.append(makeEvent(i % 2 ? Direction::Client : Direction::Server, u"line %1"_qs.arg(i)));
    }
    QVERIFY(dock.model()->rowCount() <= capacity);
    QVERIFY(dock.model()->pendingCount() <= capacity);
    QTRY_COMPARE(dock.view()->model()->rowCount(), capacity);
    QVERIFY(inserted.count() <= 2); // batched, not one insertion per line
    QCOMPARE(dock.view()->model()->index(0, 2).data().toString(), u"line %1"_qs.arg(capacity));
    QCOMPARE(dock.view()->model()->index(capacity - 1, 2).data().toString(),
        u"line %1"_qs.arg(2 * capacity - 1));
    QScrollBar* bar = dock.view()->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Paused through another flood: the waiting lines are bounded the same way.
    dock.setPaused(true);
    for (int i = 2 * capacity; i < 4 * capacity; ++i) {
        log.append(makeEvent(Direction::Server, u"line %1"_qs.arg(i)));
    }
    QCOMPARE(dock.model()->pendingCount(), capacity);
    QCOMPARE(dock.view()->model()->index(0, 2).data().toString(), u"line %1"_qs.arg(capacity));
    dock.setPaused(false);
    QCOMPARE(dock.view()->model()->rowCount(), capacity);
    QCOMPARE(dock.view()->model()->index(capacity - 1, 2).data().toString(),
        u"line %1"_qs.arg(4 * capacity - 1));
    // Still answering: the filter works on the full log.
    dock.filterProxy()->setFilterText(u"line %1"_qs.arg(4 * capacity - 1));
    QCOMPARE(dock.view()->model()->rowCount(), 1);
    QCoreApplication::processEvents();
    QVERIFY(dock.isVisible());
}

QTEST_MAIN(TestProtocolLogDock)
#include "tst_protocollogdock.moc"
