// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Postbote {

/// The fetch progress in the status bar: which account, messages and bytes done and total,
/// and a button that cancels. Hidden while nothing is fetched.
class FetchStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FetchStatusWidget(QWidget* parent = nullptr);

    void setStarted(const QString& accountName);
    void setProgress(int messagesDone, int messagesTotal, qint64 bytesDone, qint64 bytesTotal);
    void setIdle();
    QString text() const;
    /// The label showing text(): fixed in size while a fetch runs, for the window's layout.
    const QLabel* label() const { return m_label; }

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateText();
    void keepWidthFor(const QString& text);

    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
    QString m_account;
    int m_done = 0;
    int m_total = -1; ///< -1 until the mailbox is listed
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
};

} // namespace Postbote
