// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Account.h"

#include <QCoreApplication>
#include <optional>

class QSettings;

namespace Postbote {

class AccountStore;

/// The "Demo" account for the built-in demo server, so that a newcomer can press F5 and see
/// mail offline. Its id is remembered in the settings ("demo/accountId"), so renaming it
/// keeps it the demo account; its port follows the demo server, which picks a free one at
/// each start.
class DemoAccount
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::DemoAccount)

public:
    /// Adds the account (plaintext USER/PASS on 127.0.0.1, explicitly allowed, keep on server) or
    /// updates its host and port; returns it, or nothing with a translated \a error.
    static std::optional<Account> ensure(
        AccountStore& accounts, const QString& user, quint16 port, QString* error);
    /// The demo account's id, empty if there is none.
    static QString id(const AccountStore& accounts);
    static bool isDemo(const AccountStore& accounts, const QString& accountId);
};

} // namespace Postbote
