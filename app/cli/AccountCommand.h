// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Postbote::Cli {

/// `postbote-cli account add|edit|list|remove|set-password|discover|trust|trust-list|
/// trust-remove …`. Returns the exit code.
int runAccount(const QStringList& arguments);

/// The subcommands that live in AccountTrustCommand.cpp.
int runAccountSetPassword(const QStringList& arguments);
int runAccountTrust(const QStringList& arguments);
int runAccountTrustList(const QStringList& arguments);
int runAccountTrustRemove(const QStringList& arguments);

/// Translation context of the account subcommands.
class AccountCommand
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::AccountCommand)
};

} // namespace Postbote::Cli
