// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/CredentialError.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace Postbote {

/// Account passwords in the system keychain (QtKeychain: Secret Service, KWallet, macOS
/// Keychain, Windows Credential Manager), keyed by account id under the service "Postbote".
/// All calls are asynchronous and answer with a signal.
///
/// Two promises: a password is written to the keychain only after it worked for a login
/// (there is no plain write, only rememberAfterLogin(), which the mail check calls once the
/// server accepted the login), and without a keychain a password is kept in this object's
/// memory for this run only — never in a file (QtKeychain's insecure fallback stays off) —
/// and the user is told so (keptInMemory(), memoryNotice()).
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static QString defaultService() { return QStringLiteral("Postbote"); }

    explicit CredentialStore(QObject* parent = nullptr);
    /// Tests use their own \a service so that they never touch real entries.
    explicit CredentialStore(const QString& service, QObject* parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }

    /// Answers with readFinished(). A password held in memory (no keychain) is answered from
    /// there.
    void read(const QString& accountId);
    /// Stores \a password for \a accountId. Call only once the server accepted it for a login
    /// (Pop3Session reached the Transaction state: ready(); CheckMailJob: its first progress()
    /// or a result without error). Answers with rememberFinished(); with no keychain the
    /// password is kept in memory, keptInMemory() is emitted and the error is NoKeychain.
    void rememberAfterLogin(const QString& accountId, const QString& password);
    /// Deletes the stored password (keychain and memory). Answers with removeFinished().
    void remove(const QString& accountId);

    /// True once a keychain operation found no keychain: passwords live in memory only.
    bool isMemoryOnly() const { return m_memoryOnly; }
    bool holdsInMemory(const QString& accountId) const { return m_memory.contains(accountId); }
    /// The translated notice to show when passwords are kept in memory only.
    static QString memoryNotice();

Q_SIGNALS:
    void readFinished(
        const QString& accountId, const QString& password, const Postbote::CredentialError& error);
    void rememberFinished(const QString& accountId, const Postbote::CredentialError& error);
    void removeFinished(const QString& accountId, const Postbote::CredentialError& error);
    /// No keychain: \a accountId's password is kept for this run only; \a message says so.
    void keptInMemory(const QString& accountId, const QString& message);

private:
    void noteNoKeychain(const CredentialError& error);

    QString m_service;
    QHash<QString, QString> m_memory;
    bool m_memoryOnly = false;
};

} // namespace Postbote
