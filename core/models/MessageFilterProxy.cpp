// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MessageFilterProxy.h"

#include "models/MessageListModel.h"

namespace Postbote {

MessageFilterProxy::MessageFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MessageListModel::SortRole);
    // The filter reads sender, subject, preview and flags. Naming FromRole here keeps the
    // proxy from filtering all rows again when only display texts change (a language
    // switch); flag and summary changes are announced with all roles and do re-filter.
    setFilterRole(MessageListModel::FromRole);
    setDynamicSortFilter(true);
}

void MessageFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_messages = qobject_cast<MessageListModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void MessageFilterProxy::setSearchText(const QString& text)
{
    if (text == m_pattern.text()) {
        return;
    }
    const SearchPattern previous = m_pattern;
    m_pattern = SearchPattern(text);
    Q_EMIT searchTextChanged(text);
    if (SearchPattern::fold(QStringView(previous.text()).trimmed())
        != SearchPattern::fold(QStringView(text).trimmed())) {
        refilter();
    }
}

void MessageFilterProxy::setUnreadOnly(bool unreadOnly)
{
    if (unreadOnly == m_unreadOnly) {
        return;
    }
    m_unreadOnly = unreadOnly;
    Q_EMIT unreadOnlyChanged(unreadOnly);
    refilter();
}

void MessageFilterProxy::setShowDeleted(bool show)
{
    if (show == m_showDeleted) {
        return;
    }
    m_showDeleted = show;
    Q_EMIT showDeletedChanged(show);
    refilter();
}

void MessageFilterProxy::refilter()
{
    // QSortFilterProxyModel::invalidateRowsFilter() inserts the newly accepted rows one
    // interval at a time into the sorted mapping, which is quadratic: clearing the filter
    // over 100,000 messages took seconds. Rebuilding the mapping (filter all, sort once) is
    // n log n; selections survive through the persistent indexes of layoutChanged().
    invalidate();
}

bool MessageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_messages) {
        return (m_showDeleted || !m_messages->isRowDeleted(sourceRow))
            && (!m_unreadOnly || !m_messages->isRowSeen(sourceRow))
            && (m_pattern.isEmpty() || m_messages->rowMatches(sourceRow, m_pattern));
    }
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (!m_showDeleted && index.data(MessageListModel::DeletedRole).toBool()) {
        return false;
    }
    if (m_unreadOnly && index.data(MessageListModel::SeenRole).toBool()) {
        return false;
    }
    return m_pattern.isEmpty()
        || m_pattern.matches(index.data(MessageListModel::FromRole).toString())
        || m_pattern.matches(index.data(MessageListModel::SubjectRole).toString())
        || m_pattern.matches(index.data(MessageListModel::PreviewRole).toString());
}

void MessageFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_messages) {
        // The model sorts itself, much faster than this proxy could (see MessageListModel);
        // the proxy keeps the model's order and only filters.
        m_messages->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

} // namespace Postbote
