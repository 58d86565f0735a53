// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxView.h"

#include "models/MessageFilterProxy.h"
#include "models/MessageListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace Postbote {

namespace {

/// Unread messages bold, locally deleted ones struck out: the model says what a row is,
/// the view decides how that looks.
class InboxRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(MessageListModel::SeenRole).toBool()) {
            option->font.setBold(true);
        }
        if (index.data(MessageListModel::DeletedRole).toBool()) {
            option->font.setStrikeOut(true);
        }
    }
};

} // namespace

InboxView::InboxView(MessageListModel* messages, QWidget* parent)
    : QWidget(parent)
    , m_messages(messages)
    , m_proxy(new MessageFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(messages);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // needed for 100,000 rows to lay out at once
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MessageListModel::DateColumn, Qt::DescendingOrder);
    m_view->setItemDelegate(new InboxRowDelegate(m_view));
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(MessageListModel::StatusColumn, 40);
    header->resizeSection(MessageListModel::FromColumn, 200);
    header->resizeSection(MessageListModel::DateColumn, 140);
    header->resizeSection(MessageListModel::SizeColumn, 90);
    header->resizeSection(MessageListModel::AttachmentColumn, 60);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &MessageFilterProxy::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            Q_EMIT currentMessageChanged(
                refAt(current), current.data(MessageListModel::FilePathRole).toString());
        });
    retranslateUi();
}

QList<MessageRef> InboxView::selectedMessages() const
{
    QList<MessageRef> result;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : rows) {
        result << refAt(row);
    }
    if (result.isEmpty() && m_view->currentIndex().isValid()) {
        result << refAt(m_view->currentIndex());
    }
    return result;
}

MessageRef InboxView::currentMessage() const
{
    return refAt(m_view->currentIndex());
}

bool InboxView::selectMessage(const MessageRef& message)
{
    const QModelIndex source = m_messages->indexOf(message.account, message.id);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        return false;
    }
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QByteArray InboxView::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void InboxView::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty()) {
        m_view->header()->restoreState(state);
    }
}

void InboxView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InboxView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void InboxView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search sender, subject and text (Ctrl+F)"));
}

MessageRef InboxView::refAt(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid()) {
        return {};
    }
    return {proxyIndex.data(MessageListModel::AccountRole).toString(),
        proxyIndex.data(MessageListModel::RecordIdRole).toLongLong()};
}

} // namespace Postbote
