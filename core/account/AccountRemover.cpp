// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountRemover.h"

#include "account/AccountPaths.h"
#include "account/AccountStore.h"
#include "account/CredentialStore.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <memory>

namespace Postbote {

AccountRemover::AccountRemover(
    AccountStore* accounts, CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
{ }

AccountRemover::~AccountRemover() = default;

bool AccountRemover::deleteArchive(const QString& accountId, QString* error)
{
    const QString path = AccountPaths::archiveDirectory(accountId);
    QDir dir(path);
    // A guard against an empty id: never remove the folder that holds all archives.
    if (accountId.trimmed().isEmpty() || accountId.contains(QLatin1Char('/'))
        || accountId.contains(QLatin1Char('\\')) || accountId.startsWith(QLatin1Char('.'))) {
        if (error) {
            *error = tr("The archive folder of this account could not be determined.");
        }
        return false;
    }
    if (!dir.exists() || dir.removeRecursively()) {
        return true;
    }
    if (error) {
        *error = tr("The archive folder “%1” could not be deleted completely. Delete it "
                    "yourself if you no longer need it.")
                     .arg(QDir::toNativeSeparators(path));
    }
    return false;
}

bool AccountRemover::remove(const QString& accountId, bool deleteArchiveToo, QString* error)
{
    if (!m_accounts) {
        if (error) {
            *error = tr("The account list is not available.");
        }
        return false;
    }
    if (!m_accounts->remove(accountId, error)) {
        return false;
    }
    QString problem;
    if (deleteArchiveToo) {
        deleteArchive(accountId, &problem);
    }
    if (!m_credentials) {
        QTimer::singleShot(
            0, this, [this, accountId, problem] { Q_EMIT finished(accountId, problem); });
        return true;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_credentials.data(), &CredentialStore::removeFinished, this,
        [this, accountId, problem, connection](const QString& id, const CredentialError& result) {
            if (id != accountId) {
                return;
            }
            disconnect(*connection);
            QString text = problem;
            if (result.kind() == CredentialError::Kind::AccessDenied
                || result.kind() == CredentialError::Kind::Other) {
                const QString keychain
                    = tr("The password could not be removed from the keychain: %1")
                          .arg(result.message());
                text = text.isEmpty() ? keychain : text + QLatin1Char(' ') + keychain;
            }
            Q_EMIT finished(accountId, text);
        });
    m_credentials->remove(accountId);
    return true;
}

} // namespace Postbote
