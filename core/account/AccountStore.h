// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Account.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

namespace Postbote {

/// The user's accounts, persisted in QSettings under "accounts/<id>/…". It never stores a
/// secret: the password belongs to CredentialStore, and nothing here has a field for one.
///
/// Reads go to QSettings each time, so a store sees what another program (the GUI and
/// postbote-cli share the settings) changed; writes are validated with AccountValidator and
/// synced at once.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    /// Uses \a settings, which must outlive the store (the certificate policies share it).
    explicit AccountStore(QSettings* settings, QObject* parent = nullptr);
    /// Opens its own INI file at \a iniPath (tests use a temporary one).
    explicit AccountStore(const QString& iniPath, QObject* parent = nullptr);
    ~AccountStore() override;

    QSettings* settings() const { return m_settings; }

    /// All accounts, sorted by name.
    QList<Account> accounts() const;
    std::optional<Account> find(const QString& id) const;
    /// By display name, ignoring case.
    std::optional<Account> findByName(const QString& name) const;

    /// Stores a new account (a fresh id if it has none). Returns false and sets \a error to
    /// the first validation problem (or a storage problem) without storing anything.
    bool add(Account& account, QString* error = nullptr);
    /// Replaces the stored account with the same id.
    bool update(const Account& account, QString* error = nullptr);
    /// Removes the account and everything stored under it (its certificate decisions). The
    /// keychain entry is CredentialStore's to remove.
    bool remove(const QString& id, QString* error = nullptr);

    /// The QSettings group of an account, for the parts stored beside it.
    static QString groupOf(const QString& id);

Q_SIGNALS:
    void accountAdded(const QString& id);
    void accountChanged(const QString& id);
    void accountRemoved(const QString& id);

private:
    Account read(const QString& id) const;
    void write(const Account& account);
    bool sync(QString* error);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings;
};

} // namespace Postbote
