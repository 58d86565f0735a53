// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountListModel.h"

#include "account/AccountStore.h"
#include "models/MessageListModel.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace Postbote {

namespace {

// "host:port", with brackets around an IPv6 address (RFC 3986 §3.2.2).
QString serverText(const Account& account)
{
    const QString host = account.host.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + account.host + QLatin1Char(']')
        : account.host;
    return host + QLatin1Char(':') + QString::number(account.port);
}

} // namespace

AccountListModel::AccountListModel(QObject* parent)
    : QAbstractListModel(parent)
{
    m_rows.append(Row {});
    // Installing a translator sends LanguageChange to the application object (widgets get
    // it from there); the "All accounts" row and the tool tips must follow it.
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

AccountListModel::~AccountListModel() = default;

void AccountListModel::setAccountStore(AccountStore* accounts)
{
    if (m_accounts) {
        m_accounts->disconnect(this);
    }
    m_accounts = accounts;
    if (accounts) {
        connect(accounts, &AccountStore::accountAdded, this, &AccountListModel::reload);
        connect(accounts, &AccountStore::accountChanged, this, &AccountListModel::reload);
        connect(accounts, &AccountStore::accountRemoved, this, &AccountListModel::reload);
        // The QPointer is cleared before destroyed() is emitted: reload() then empties the list.
        connect(accounts, &QObject::destroyed, this, &AccountListModel::reload);
    }
    reload();
}

void AccountListModel::setMessageModel(MessageListModel* messages)
{
    if (m_messages) {
        m_messages->disconnect(this);
    }
    m_messages = messages;
    if (messages) {
        const auto recount = [this]() {
            updateUnreadCounts();
        };
        // unreadCountsChanged() also covers accounts that the model's account filter hides:
        // their changes send no row signals. The row signals are followed as well, so that
        // the counts are right whenever a view connected to the model sees a change.
        connect(messages, &MessageListModel::unreadCountsChanged, this, recount);
        connect(messages, &QAbstractItemModel::rowsInserted, this, recount);
        connect(messages, &QAbstractItemModel::rowsRemoved, this, recount);
        connect(messages, &QAbstractItemModel::dataChanged, this, recount);
        connect(messages, &QAbstractItemModel::modelReset, this, recount);
        connect(messages, &QObject::destroyed, this, recount);
    }
    updateUnreadCounts();
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const bool isAll = row.id.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString name = isAll ? tr("All accounts") : row.name;
        return row.unread > 0 ? QStringLiteral("%1 (%2)").arg(name).arg(row.unread) : name;
    }
    case Qt::EditRole:
        return isAll ? tr("All accounts") : row.name;
    case Qt::ToolTipRole: {
        if (isAll) {
            return tr("The messages of all accounts");
        }
        QString tip = tr("Server: %1").arg(row.server);
        if (!row.error.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Last error: %1").arg(row.error);
        }
        return tip;
    }
    case AccountIdRole:
        return row.id;
    case UnreadCountRole:
        return row.unread;
    case IsAllRole:
        return isAll;
    case BusyRole:
        return !isAll && row.id == m_busy;
    case ErrorRole:
        return row.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(IsAllRole, "isAll");
    names.insert(BusyRole, "busy");
    names.insert(ErrorRole, "error");
    return names;
}

QModelIndex AccountListModel::indexOfAccount(const QString& accountId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).id == accountId) {
            return index(i);
        }
    }
    return {};
}

void AccountListModel::setBusyAccount(const QString& accountId)
{
    if (accountId == m_busy) {
        return;
    }
    const QModelIndex before = m_busy.isEmpty() ? QModelIndex() : indexOfAccount(m_busy);
    m_busy = accountId;
    const QModelIndex after = accountId.isEmpty() ? QModelIndex() : indexOfAccount(accountId);
    for (const QModelIndex& changed : {before, after}) {
        if (changed.isValid()) {
            Q_EMIT dataChanged(changed, changed, {BusyRole});
        }
    }
}

void AccountListModel::setAccountError(const QString& accountId, const QString& error)
{
    const QModelIndex at = accountId.isEmpty() ? QModelIndex() : indexOfAccount(accountId);
    if (!at.isValid() || m_rows.at(at.row()).error == error) {
        return;
    }
    m_rows[at.row()].error = error;
    Q_EMIT dataChanged(at, at, {ErrorRole, Qt::ToolTipRole});
}

void AccountListModel::reload()
{
    // The new list: "All accounts", then the accounts sorted by name (AccountStore's order).
    QList<Row> fresh {Row {}};
    if (m_accounts) {
        for (const Account& account : m_accounts->accounts()) {
            Row row;
            row.id = account.id;
            row.name = account.name;
            row.server = serverText(account);
            fresh.append(row);
        }
    }
    const auto idsOf = [](const QList<Row>& rows) {
        QStringList ids;
        for (const Row& row : rows) {
            ids.append(row.id);
        }
        return ids;
    };
    const QStringList wanted = idsOf(fresh);

    // Applied as removals, a reordering and insertions rather than a reset, so that the
    // view's current account stays selected through a rename or another account's removal.
    for (int i = int(m_rows.size()) - 1; i > 0; --i) {
        if (!wanted.contains(m_rows.at(i).id)) {
            beginRemoveRows(QModelIndex(), i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // The rows left, in the order they take in the new list (a rename can move one).
    QList<Row> kept = m_rows;
    std::stable_sort(kept.begin() + 1, kept.end(), [&wanted](const Row& a, const Row& b) {
        return wanted.indexOf(a.id) < wanted.indexOf(b.id);
    });
    if (idsOf(kept) != idsOf(m_rows)) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        const QStringList keptIds = idsOf(kept);
        for (const QModelIndex& old : before) {
            after.append(index(int(keptIds.indexOf(m_rows.at(old.row()).id)), old.column()));
        }
        m_rows = kept;
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // The rows left are now in the new list's order: insert the new ones at their places.
    for (int i = 1; i < int(fresh.size()); ++i) {
        if (i < int(m_rows.size()) && m_rows.at(i).id == fresh.at(i).id) {
            continue;
        }
        beginInsertRows(QModelIndex(), i, i);
        m_rows.insert(i, fresh.at(i));
        endInsertRows();
    }
    // Renamed or moved to another server: update the text of rows kept.
    for (int i = 1; i < int(m_rows.size()); ++i) {
        Row& row = m_rows[i];
        if (row.name != fresh.at(i).name || row.server != fresh.at(i).server) {
            row.name = fresh.at(i).name;
            row.server = fresh.at(i).server;
            Q_EMIT dataChanged(index(i), index(i),
                {Qt::DisplayRole, Qt::EditRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
        }
    }
    if (!m_busy.isEmpty() && !wanted.contains(m_busy)) {
        m_busy.clear();
    }
    updateUnreadCounts();
}

void AccountListModel::updateUnreadCounts()
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row& row = m_rows[i];
        const int unread = m_messages ? m_messages->unreadCount(row.id) : 0;
        if (unread != row.unread) {
            row.unread = unread;
            Q_EMIT dataChanged(
                index(i), index(i), {Qt::DisplayRole, Qt::AccessibleTextRole, UnreadCountRole});
        }
    }
}

bool AccountListModel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()
        && !m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
            {Qt::DisplayRole, Qt::EditRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
    }
    return QAbstractListModel::eventFilter(watched, event);
}

} // namespace Postbote
