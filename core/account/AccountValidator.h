// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Account.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Postbote {

/// Checks an Account before it is stored or used, so that a mistake is reported where the
/// user can fix it (the dialog or the command line) and not as a failed connection later.
/// Every problem is one translated sentence that names the field and says what to do.
class AccountValidator
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::AccountValidator)

public:
    enum class Field { Name, Email, Host, Port, Auth, User, Retention, CheckInterval };

    struct Problem
    {
        Field field;
        QString message;
    };

    /// Longest check interval accepted: one week.
    static constexpr int MaxCheckIntervalMinutes = 7 * 24 * 60;

    /// All problems of \a account, in field order; empty if it can be stored. \a others are
    /// the accounts already stored: a name used by another of them (another id) is a problem.
    static QList<Problem> validate(const Account& account, const QList<Account>& others = {});
    /// The first problem's message, or an empty string.
    static QString firstProblem(const Account& account, const QList<Account>& others = {});

    /// A host name after RFC 1123 §2.1 (labels of letters, digits and inner hyphens, up to 63
    /// characters each and 253 in all, a final dot allowed, the last label not all digits),
    /// an internationalised name whose ASCII form is one, or an IPv4/IPv6 address literal
    /// (IPv6 with or without brackets).
    static bool isValidHost(const QString& host);
    /// A plain check of "local@domain" with a valid domain; enough to catch typing mistakes,
    /// not a full RFC 5322 parser.
    static bool isValidEmail(const QString& address);
};

} // namespace Postbote
