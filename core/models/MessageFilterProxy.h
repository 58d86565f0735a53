// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SearchPattern.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace Postbote {

class MessageListModel;

/// The inbox as shown: searched, filtered and sorted.
///
/// Search looks at sender, subject and preview, regardless of case and accents ("koln"
/// finds "Köln"); messages deleted locally are hidden unless asked for. Sorting uses the raw
/// values (MessageListModel::SortRole): dates as dates, sizes as numbers, sender and subject
/// by the collation of the model's locale. Over a MessageListModel, sort() is handed to the
/// model, which sorts 100,000 rows without a QModelIndex or QVariant per comparison, and
/// filtering reads the rows directly; over any other model this is a plain
/// QSortFilterProxyModel with sortRole() SortRole.
class MessageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool unreadOnly READ unreadOnly WRITE setUnreadOnly NOTIFY unreadOnlyChanged)
    Q_PROPERTY(bool showDeleted READ showDeleted WRITE setShowDeleted NOTIFY showDeletedChanged)

public:
    explicit MessageFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    /// Over a MessageListModel, sorts the model itself (see there); otherwise as usual.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString searchText() const { return m_pattern.text(); }
    void setSearchText(const QString& text);
    bool unreadOnly() const { return m_unreadOnly; }
    void setUnreadOnly(bool unreadOnly);
    /// Messages deleted locally are hidden unless this is set.
    bool showDeleted() const { return m_showDeleted; }
    void setShowDeleted(bool show);

Q_SIGNALS:
    void searchTextChanged(const QString& text);
    void unreadOnlyChanged(bool unreadOnly);
    void showDeletedChanged(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QPointer<MessageListModel> m_messages; ///< the source, if it is a MessageListModel
    SearchPattern m_pattern;
    bool m_unreadOnly = false;
    bool m_showDeleted = false;
};

} // namespace Postbote
