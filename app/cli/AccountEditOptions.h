// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Account.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace Postbote::Cli {

/// The options of `account add` and `account edit`: the account's fields and its retention
/// policy. add starts from Account::create(); edit from the stored account, and changes only
/// what is given.
class AccountEditOptions
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::AccountEditOptions)

public:
    struct Parsed
    {
        Account account;
        QStringList positional;
    };

    /// Applies \a arguments to \a base. Returns nothing and sets \a error to one translated
    /// sentence naming the wrong option. \a adding makes --name, --host and --user required.
    static std::optional<Parsed> apply(
        const Account& base, const QStringList& arguments, bool adding, QString* error);
    static QString helpText();
};

} // namespace Postbote::Cli
