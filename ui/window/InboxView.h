// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/AccountArchives.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace Postbote {

class MessageFilterProxy;
class MessageListModel;

/// The inbox pane: a search field over a QTreeView that shows MessageListModel through
/// MessageFilterProxy. Bold rows are unread, deleted ones are struck out; sorting is done by
/// the model itself (the proxy hands sort() on), which keeps 100,000 rows fast.
class InboxView : public QWidget
{
    Q_OBJECT

public:
    explicit InboxView(MessageListModel* messages, QWidget* parent = nullptr);

    QTreeView* treeView() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    MessageFilterProxy* proxy() const { return m_proxy; }

    /// The selected messages in view order; the current one if nothing is selected.
    QList<MessageRef> selectedMessages() const;
    MessageRef currentMessage() const;
    bool selectMessage(const MessageRef& message);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);
    void focusSearch();

Q_SIGNALS:
    /// The current message changed; \a filePath is empty when there is none.
    void currentMessageChanged(const Postbote::MessageRef& message, const QString& filePath);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    MessageRef refAt(const QModelIndex& proxyIndex) const;

    MessageListModel* m_messages;
    MessageFilterProxy* m_proxy;
    QLineEdit* m_search;
    QTreeView* m_view;
};

} // namespace Postbote
