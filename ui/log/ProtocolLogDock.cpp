// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/ProtocolLogDock.h"

#include "log/ProtocolLogStyleProxy.h"
#include "models/ProtocolLogFilterProxy.h"
#include "models/ProtocolLogModel.h"
#include "trace/ProtocolLog.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace Postbote {

namespace {

using Direction = ProtocolEvent::Direction;

constexpr std::array<Direction, 4> Directions
    = {Direction::Client, Direction::Server, Direction::Tls, Direction::Info};

QString directionObjectName(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("logShowClient");
    case Direction::Server:
        return QStringLiteral("logShowServer");
    case Direction::Tls:
        return QStringLiteral("logShowTls");
    case Direction::Info:
        return QStringLiteral("logShowInfo");
    }
    return {};
}

} // namespace

ProtocolLogDock::ProtocolLogDock(ProtocolLog* log, QWidget* parent)
    : QDockWidget(parent)
    , m_log(log)
{
    // The window saves and restores dock positions by object name.
    setObjectName(QStringLiteral("protocolLogDock"));

    m_model = new ProtocolLogModel(this);
    // A fetch can log thousands of lines a second; inserting them in batches keeps the view
    // to one layout per batch instead of one per line.
    m_model->setBatchInterval(BatchIntervalMs);
    m_model->setLog(log);
    m_filter = new ProtocolLogFilterProxy(this);
    m_filter->setSourceModel(m_model);
    m_style = new ProtocolLogStyleProxy(this);
    m_style->setSourceModel(m_filter);

    createToolBar();
    createView();
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view);
    setWidget(content);

    m_pendingTimer.setInterval(200);
    connect(&m_pendingTimer, &QTimer::timeout, this, &ProtocolLogDock::updatePendingLabel);
    connect(m_model, &ProtocolLogModel::pausedChanged, this, [this](bool paused) {
        m_pauseAction->setChecked(paused);
        if (paused) {
            m_pendingTimer.start();
        } else {
            m_pendingTimer.stop();
        }
        updatePendingLabel();
    });

    // A fixed-pitch font lines up times and replies as RFC 1939 prints its examples.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_view->setFont(fixed);
    m_style->setPalette(palette());
    setFontPointSize(fixed.pointSize() > 0 ? fixed.pointSize() : 10);
    retranslateUi();
}

ProtocolLogDock::~ProtocolLogDock() = default;

void ProtocolLogDock::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("protocolLogToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setFloatable(false);
    m_toolBar->setMovable(false);

    m_filterEdit = new QLineEdit(m_toolBar);
    m_filterEdit->setObjectName(QStringLiteral("logFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(
        m_filterEdit, &QLineEdit::textChanged, m_filter, &ProtocolLogFilterProxy::setFilterText);
    m_toolBar->addWidget(m_filterEdit);

    m_directionsButton = new QToolButton(m_toolBar);
    m_directionsButton->setObjectName(QStringLiteral("logDirections"));
    m_directionsButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_directionsButton);
    for (const Direction direction : Directions) {
        QAction* action = menu->addAction(QString());
        action->setObjectName(directionObjectName(direction));
        action->setCheckable(true);
        action->setChecked(m_filter->isDirectionVisible(direction));
        connect(action, &QAction::toggled, m_filter,
            [this, direction](bool visible) { m_filter->setDirectionVisible(direction, visible); });
        m_directionActions.append(action);
    }
    m_directionsButton->setMenu(menu);
    m_toolBar->addWidget(m_directionsButton);
    m_toolBar->addSeparator();

    m_pauseAction = m_toolBar->addAction(QString());
    m_pauseAction->setObjectName(QStringLiteral("logPause"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, &ProtocolLogDock::setPaused);
    m_pendingLabel = new QLabel(m_toolBar);
    m_pendingLabel->setObjectName(QStringLiteral("logPending"));
    m_toolBar->addWidget(m_pendingLabel);

    m_clearAction = m_toolBar->addAction(QString(), this, &ProtocolLogDock::clear);
    m_clearAction->setObjectName(QStringLiteral("logClear"));
    m_copyAction = m_toolBar->addAction(QString(), this, &ProtocolLogDock::copy);
    m_copyAction->setObjectName(QStringLiteral("logCopy"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction = m_toolBar->addAction(QString(), this, &ProtocolLogDock::exportAs);
    m_exportAction->setObjectName(QStringLiteral("logExport"));
    m_toolBar->addSeparator();

    m_fontSpin = new QSpinBox(m_toolBar);
    m_fontSpin->setObjectName(QStringLiteral("logFontSize"));
    m_fontSpin->setRange(MinimumFontPointSize, MaximumFontPointSize);
    connect(m_fontSpin, &QSpinBox::valueChanged, this, &ProtocolLogDock::setFontPointSize);
    m_toolBar->addWidget(m_fontSpin);

    m_zoomInAction = new QAction(this);
    m_zoomInAction->setObjectName(QStringLiteral("logZoomIn"));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomInAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_zoomInAction, &QAction::triggered, this,
        [this] { setFontPointSize(m_fontPointSize + 1); });
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setObjectName(QStringLiteral("logZoomOut"));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomOutAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_zoomOutAction, &QAction::triggered, this,
        [this] { setFontPointSize(m_fontPointSize - 1); });
}

void ProtocolLogDock::createView()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("protocolLogView"));
    m_view->setModel(m_style);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setCornerButtonEnabled(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights: the view never measures rows, however many there are.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_view->addActions({m_copyAction, m_pauseAction, m_clearAction, m_exportAction, m_zoomInAction,
        m_zoomOutAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Follow the newest line while the view is at the bottom; once the user scrolls up to
    // read, keep still until they scroll back down.
    QScrollBar* bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
        [this, bar](int value) { m_followNewest = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followNewest) {
            bar->setValue(maximum);
        }
    });
    // When a full log drops its oldest lines, the rows move up; move the scroll position
    // with them so that the lines being read stay where they are.
    connect(m_style, &QAbstractItemModel::rowsRemoved, this,
        [this, bar](const QModelIndex&, int first, int last) {
            if (!m_followNewest && first == 0) {
                bar->setValue(bar->value() - (last - first + 1));
            }
        });
    connect(m_style, &QAbstractItemModel::modelReset, this, [this] { m_followNewest = true; });
}

bool ProtocolLogDock::isPaused() const
{
    return m_model->isPaused();
}

void ProtocolLogDock::setSaveFileNameHook(SaveFileNameHook hook)
{
    m_saveFileName = std::move(hook);
}

QString ProtocolLogDock::copyText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return plainText();
    }
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    return linesOf(rows);
}

QString ProtocolLogDock::plainText() const
{
    return m_filter->toPlainText();
}

QString ProtocolLogDock::linesOf(const QModelIndexList& rows) const
{
    QString text;
    for (const QModelIndex& row : rows) {
        text += row.data(ProtocolLogModel::LineRole).toString() + QLatin1Char('\n');
    }
    return text;
}

bool ProtocolLogDock::exportToFile(const QString& fileName, QString* errorMessage) const
{
    QSaveFile file(fileName);
    // Text mode: CRLF line ends on Windows, so that every editor there shows the lines.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(plainText().toUtf8()) < 0
        || !file.commit()) {
        if (errorMessage) {
            *errorMessage = tr("Could not save the dialogue as “%1”: %2")
                                .arg(QDir::toNativeSeparators(fileName), file.errorString());
        }
        return false;
    }
    return true;
}

void ProtocolLogDock::setFontPointSize(int points)
{
    points = qBound(MinimumFontPointSize, points, MaximumFontPointSize);
    if (points == m_fontPointSize) {
        return;
    }
    m_fontPointSize = points;
    QFont font = m_view->font();
    font.setPointSize(points);
    m_view->setFont(font);
    {
        const QSignalBlocker blocker(m_fontSpin);
        m_fontSpin->setValue(points);
    }
    m_zoomInAction->setEnabled(points < MaximumFontPointSize);
    m_zoomOutAction->setEnabled(points > MinimumFontPointSize);
    updateMetrics();
    Q_EMIT fontPointSizeChanged(points);
}

void ProtocolLogDock::setPaused(bool paused)
{
    m_model->setPaused(paused);
}

void ProtocolLogDock::clear()
{
    if (m_log) {
        m_log->clear(); // the model follows the log's cleared()
    } else {
        m_model->clear();
    }
}

void ProtocolLogDock::copy()
{
    QGuiApplication::clipboard()->setText(copyText());
}

void ProtocolLogDock::exportAs()
{
    const QString caption = tr("Export POP3 Dialogue");
    const QString filter = tr("Text files (*.txt);;All files (*)");
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("pop3-dialogue") + QLatin1Char('-')
                  + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))
                  + QStringLiteral(".txt"));
    const QString fileName = m_saveFileName
        ? m_saveFileName(this, caption, suggested, filter)
        : QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (fileName.isEmpty()) {
        return;
    }
    QString error;
    if (!exportToFile(fileName, &error)) {
        QMessageBox::warning(this, caption, error);
    }
}

void ProtocolLogDock::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::PaletteChange:
        // The dock hears of a new palette before its children; the view inherits this one.
        m_style->setPalette(palette());
        break;
    default:
        break;
    }
    QDockWidget::changeEvent(event);
}

void ProtocolLogDock::retranslateUi()
{
    setWindowTitle(tr("POP3 Dialogue"));
    m_view->setAccessibleName(tr("Lines of the POP3 dialogue"));
    m_filterEdit->setPlaceholderText(tr("Filter lines"));
    m_filterEdit->setToolTip(tr("Show only the lines that contain this text"));
    m_directionsButton->setText(tr("Show"));
    m_directionsButton->setToolTip(tr("Choose which kinds of lines to show"));
    for (std::size_t i = 0; i < Directions.size(); ++i) {
        m_directionActions.at(qsizetype(i))
            ->setText(ProtocolLogModel::directionName(Directions.at(i)));
    }
    m_pauseAction->setText(tr("Pause"));
    m_pauseAction->setToolTip(
        tr("Hold new lines back to read in peace; they appear when you resume"));
    m_clearAction->setText(tr("Clear"));
    m_clearAction->setToolTip(tr("Remove all lines from the log"));
    m_copyAction->setText(tr("Copy"));
    m_copyAction->setToolTip(
        tr("Copy the selected lines, or all shown lines if none are selected"));
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Save the shown lines as a text file"));
    m_zoomInAction->setText(tr("Larger Font"));
    m_zoomOutAction->setText(tr("Smaller Font"));
    m_fontSpin->setSuffix(tr(" pt"));
    m_fontSpin->setToolTip(tr("Font size of the log"));
    m_fontSpin->setAccessibleName(tr("Font size of the log"));
    updatePendingLabel();
    m_style->retranslate();
    updateMetrics();
}

void ProtocolLogDock::updateMetrics()
{
    const QFontMetrics metrics(m_view->font());
    QHeaderView* rows = m_view->verticalHeader();
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(metrics.height() + metrics.height() / 4 + 2);

    // Fixed widths from the font: measuring thousands of rows would cost a layout each time.
    const QFontMetrics headerMetrics(m_view->horizontalHeader()->font());
    const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    const auto headerWidth = [&](int column) {
        return headerMetrics.horizontalAdvance(
                   m_style->headerData(column, Qt::Horizontal).toString())
            + padding;
    };
    int directionWidth = headerWidth(ProtocolLogModel::DirectionColumn);
    for (const Direction direction : Directions) {
        directionWidth = qMax(directionWidth,
            metrics.horizontalAdvance(ProtocolLogModel::directionName(direction)) + padding);
    }
    const int timeWidth = qMax(headerWidth(ProtocolLogModel::TimeColumn),
        metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + padding);
    m_view->horizontalHeader()->resizeSection(ProtocolLogModel::TimeColumn, timeWidth);
    m_view->horizontalHeader()->resizeSection(ProtocolLogModel::DirectionColumn, directionWidth);
}

void ProtocolLogDock::updatePendingLabel()
{
    m_pendingLabel->setText(m_model->isPaused()
            ? tr("%n line(s) waiting", nullptr, m_model->pendingCount())
            : QString());
}

} // namespace Postbote
