// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QModelIndexList>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QToolBar;
class QToolButton;

namespace Postbote {

class ProtocolLog;
class ProtocolLogFilterProxy;
class ProtocolLogModel;
class ProtocolLogStyleProxy;

/// The live POP3 dialogue as a dock: one row per line with time, direction and text, each
/// row in its direction's colour, newest at the bottom and followed unless the user has
/// scrolled up to read. Above it: a filter, pause (new lines wait and are counted), clear,
/// copy, export as text and the font size, which the window keeps as a setting so that the
/// log reads well when projected in a classroom.
///
/// The lines come already masked from the engine (DESIGN rule 3); nothing here unmasks or
/// adds anything. Copy and export write the lines as "hh:mm:ss.zzz C: text", the form of
/// ProtocolLog::toPlainText().
class ProtocolLogDock : public QDockWidget
{
    Q_OBJECT
    Q_PROPERTY(
        int fontPointSize READ fontPointSize WRITE setFontPointSize NOTIFY fontPointSizeChanged)

public:
    static constexpr int MinimumFontPointSize = 8;
    static constexpr int MaximumFontPointSize = 40;
    /// How long new lines may wait to be inserted together (see ProtocolLogModel).
    static constexpr int BatchIntervalMs = 50;

    /// Asks for the file to export to, like QFileDialog::getSaveFileName(); an empty result
    /// cancels. Tests replace it, because a real dialog would wait for a user.
    using SaveFileNameHook = std::function<QString(QWidget* parent, const QString& caption,
        const QString& suggestedPath, const QString& filter)>;

    /// Shows \a log (which may be nullptr, or go away before the dock) and follows it.
    explicit ProtocolLogDock(ProtocolLog* log, QWidget* parent = nullptr);
    ~ProtocolLogDock() override;

    int fontPointSize() const { return m_fontPointSize; }
    bool isPaused() const;

    /// Replaces the file dialog of exportAs(); an empty hook restores QFileDialog.
    void setSaveFileNameHook(SaveFileNameHook hook);

    /// The selected rows as export lines, or every shown row if none is selected.
    QString copyText() const;
    /// Every shown row (the filter applies) as export lines, one per row.
    QString plainText() const;
    /// Writes plainText() to \a fileName as UTF-8, replacing it atomically. On failure returns
    /// false and, if given, sets \a errorMessage to one translated sentence.
    bool exportToFile(const QString& fileName, QString* errorMessage = nullptr) const;

    ProtocolLogModel* model() const { return m_model; }
    ProtocolLogFilterProxy* filterProxy() const { return m_filter; }
    ProtocolLogStyleProxy* styleProxy() const { return m_style; }
    QTableView* view() const { return m_view; }

public Q_SLOTS:
    /// Clamped to MinimumFontPointSize..MaximumFontPointSize.
    void setFontPointSize(int points);
    void setPaused(bool paused);
    /// Empties the log itself, so every view of it starts afresh.
    void clear();
    /// Puts copyText() on the clipboard.
    void copy();
    /// Asks for a file name and exports to it; a failure is shown as one message.
    void exportAs();

Q_SIGNALS:
    void fontPointSizeChanged(int points);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createToolBar();
    void createView();
    void retranslateUi();
    void updateMetrics();
    void updatePendingLabel();
    QString linesOf(const QModelIndexList& rows) const;

    QPointer<ProtocolLog> m_log;
    ProtocolLogModel* m_model = nullptr;
    ProtocolLogFilterProxy* m_filter = nullptr;
    ProtocolLogStyleProxy* m_style = nullptr;
    QTableView* m_view = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QToolButton* m_directionsButton = nullptr;
    QList<QAction*> m_directionActions;
    QAction* m_pauseAction = nullptr;
    QLabel* m_pendingLabel = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QSpinBox* m_fontSpin = nullptr;
    QTimer m_pendingTimer;
    SaveFileNameHook m_saveFileName;
    int m_fontPointSize = 0;
    bool m_followNewest = true;
};

} // namespace Postbote
