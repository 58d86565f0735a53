// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Account.h"

#include <QCoreApplication>

class QMessageBox;
class QWidget;

namespace Postbote {

/// Asks before an account is removed, and whether its archive goes with it. Keeping the
/// archive is the default button: it may hold the only copy of mail that is no longer on the
/// server. The removal itself is AccountRemover's (core), after the window closed the archive.
class AccountRemoval
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::AccountRemoval)

public:
    enum class Choice { Cancel, KeepArchive, DeleteArchive };

    /// Shows the question modally and returns the answer.
    static Choice ask(const Account& account, QWidget* parent = nullptr);

    /// The question box, not shown yet (tests click its buttons); the caller owns it.
    static QMessageBox* createQuestion(const Account& account, QWidget* parent = nullptr);
    /// The answer once \a box has been closed.
    static Choice choiceOf(const QMessageBox* box);
};

} // namespace Postbote
