// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

namespace Postbote {

class AccountStore;
class MessageListModel;

/// The accounts the window shows on the left: an "All accounts" row first, then each account
/// by name, with its unread count taken from the inbox model. It follows AccountStore's
/// signals and the message model's changes.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1, ///< QString; empty for "All accounts"
        UnreadCountRole,                  ///< int
        IsAllRole,                        ///< bool
        BusyRole,                         ///< bool: a fetch runs for it (setBusyAccount)
        ErrorRole,                        ///< QString: the last fetch's error, empty if none
    };
    Q_ENUM(Role)

    explicit AccountListModel(QObject* parent = nullptr);
    ~AccountListModel() override;

    void setAccountStore(AccountStore* accounts);
    void setMessageModel(MessageListModel* messages);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    /// DisplayRole: "Name (3)" with unread messages, else "Name" (EditRole: always the name);
    /// ToolTipRole the server ("host:port") and the last error.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfAccount(const QString& accountId) const; ///< "" → the All row

    void setBusyAccount(const QString& accountId); ///< empty: none
    void setAccountError(const QString& accountId, const QString& error);

public Q_SLOTS:
    /// Reads the accounts again; applied as insertions, removals and moves, not a reset.
    void reload();

protected:
    /// Follows QEvent::LanguageChange on the application: the texts are translated anew.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        QString id; ///< empty for "All accounts"
        QString name;
        QString server; ///< host:port, for the tool tip
        QString error;
        int unread = 0;
    };
    void updateUnreadCounts();

    QPointer<AccountStore> m_accounts;
    QPointer<MessageListModel> m_messages;
    QList<Row> m_rows;
    QString m_busy;
};

} // namespace Postbote
