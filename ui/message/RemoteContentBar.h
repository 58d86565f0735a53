// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Postbote {

/// The bar above an HTML body that says remote content was blocked and offers to show it
/// for this one message.
class RemoteContentBar : public QFrame
{
    Q_OBJECT

public:
    explicit RemoteContentBar(QWidget* parent = nullptr);

    /// Shows the bar for `count` blocked resources, or hides it for 0.
    void setBlockedCount(int count);
    int blockedCount() const { return m_count; }

Q_SIGNALS:
    void showRemoteContentRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    int m_count = 0;
    QLabel* m_label = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace Postbote
