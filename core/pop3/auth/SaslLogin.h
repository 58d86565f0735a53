// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/auth/SaslMechanism.h"

#include <QCoreApplication>

namespace Postbote {

/// SASL LOGIN (draft-murchison-sasl-login): the user name, then the password, each in answer
/// to a challenge whose text is not standardised and therefore ignored.
class SaslLogin : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::SaslLogin)

public:
    SaslLogin(const QString& user, const QString& password);
    ~SaslLogin() override;

    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    std::optional<QByteArray> respond(const QByteArray& challenge) override;

private:
    QByteArray m_user;
    QByteArray m_password;
    int m_challenges = 0;
};

} // namespace Postbote
