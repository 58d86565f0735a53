// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Postbote {

class AccountStore;
class CredentialStore;

/// Removes an account with everything that belongs to it: its settings (AccountStore, which
/// also drops its certificate decisions), its password (CredentialStore) and, only if the user
/// asked for it, its archive folder (AccountPaths::archiveDirectory()). Keeping the archive is
/// the default, because it may be the only copy of mail already deleted on the server.
///
/// The caller must close the archive first (the window: AccountArchives::close(id)), so that
/// no open ArchiveStore writes into a folder that is being deleted.
class AccountRemover : public QObject
{
    Q_OBJECT

public:
    /// Neither store is owned; both must outlive a running removal.
    AccountRemover(AccountStore* accounts, CredentialStore* credentials, QObject* parent = nullptr);
    ~AccountRemover() override;

    /// Removes the account from the store at once and, with \a deleteArchive, its archive
    /// folder; the keychain entry follows asynchronously and finished() reports the end.
    /// Returns false with a translated \a error (and removes nothing) if the account cannot be
    /// removed from the store.
    bool remove(const QString& accountId, bool deleteArchive, QString* error = nullptr);

    /// Deletes \a accountId's archive folder; true if it is gone afterwards (or never was).
    static bool deleteArchive(const QString& accountId, QString* error = nullptr);

Q_SIGNALS:
    /// \a problem is empty if everything was removed, else one translated sentence (e.g. the
    /// keychain refused, or the archive folder could not be deleted completely).
    void finished(const QString& accountId, const QString& problem);

private:
    QPointer<AccountStore> m_accounts;
    QPointer<CredentialStore> m_credentials;
};

} // namespace Postbote
