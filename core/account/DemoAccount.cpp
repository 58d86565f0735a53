// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAccount.h"

#include "account/AccountStore.h"

#include <QSettings>

namespace Postbote {

namespace {

const QString IdKey = QStringLiteral("demo/accountId");
/// The demo server listens on the loopback interface only.
const QString DemoHost = QStringLiteral("127.0.0.1");

QString rememberedId(const AccountStore& accounts)
{
    return accounts.settings()->value(IdKey).toString();
}

/// "Demo", or "Demo 2", "Demo 3" … if the user already has an account of that name.
QString freeName(const AccountStore& accounts)
{
    const QString base = QStringLiteral("Demo");
    QString name = base;
    for (int n = 2; accounts.findByName(name); ++n) {
        name = base + QLatin1Char(' ') + QString::number(n);
    }
    return name;
}

} // namespace

std::optional<Account> DemoAccount::ensure(
    AccountStore& accounts, const QString& user, quint16 port, QString* error)
{
    QString reason;
    if (std::optional<Account> existing = accounts.find(rememberedId(accounts))) {
        // The user may have renamed it; only what the demo server decides follows it: the
        // port it picked at this start, and its user.
        Account updated = *existing;
        updated.host = DemoHost;
        updated.port = port;
        updated.user = user;
        if (updated == *existing) {
            return existing;
        }
        if (!accounts.update(updated, &reason)) {
            if (error) {
                *error = tr("The demo account could not be updated: %1").arg(reason);
            }
            return std::nullopt;
        }
        return updated;
    }

    // None yet, or the remembered one was removed: set it up (again).
    Account account = Account::create();
    account.name = freeName(accounts);
    account.host = DemoHost;
    account.port = port;
    // The demo server speaks plain POP3 on the loopback interface with public credentials,
    // so clear text is explicitly allowed for this account only.
    account.security = Security::None;
    account.allowCleartext = true;
    // USER/PASS, as on the classroom page: the demo exists to show the dialogue, and the
    // PASS line shows how the log masks a password.
    account.auth = AuthMethod::UserPass;
    account.user = user;
    account.retention = RetentionPolicy::keepOnServer();
    account.enabled = true;
    if (!accounts.add(account, &reason)) {
        if (error) {
            *error = tr("The demo account could not be set up: %1").arg(reason);
        }
        return std::nullopt;
    }
    QSettings* settings = accounts.settings();
    settings->setValue(IdKey, account.id);
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        if (error) {
            *error = tr("The demo account was added, but the settings could not be saved. "
                        "Check that you may write to the settings file.");
        }
        return std::nullopt;
    }
    return account;
}

QString DemoAccount::id(const AccountStore& accounts)
{
    const QString remembered = rememberedId(accounts);
    return accounts.find(remembered) ? remembered : QString();
}

bool DemoAccount::isDemo(const AccountStore& accounts, const QString& accountId)
{
    return !accountId.isEmpty() && accountId == rememberedId(accounts)
        && accounts.find(accountId).has_value();
}

} // namespace Postbote
