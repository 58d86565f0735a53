// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/SaslLogin.h"

namespace Postbote {

SaslLogin::SaslLogin(const QString& user, const QString& password)
    : m_user(user.toUtf8())
    , m_password(password.toUtf8())
{ }

SaslLogin::~SaslLogin()
{
    m_password.fill('\0');
}

std::optional<QByteArray> SaslLogin::respond(const QByteArray& challenge)
{
    // Servers say "Username:", "User Name", or nothing at all; only the order counts.
    Q_UNUSED(challenge)
    ++m_challenges;
    if (m_challenges == 1) {
        return m_user;
    }
    if (m_challenges == 2) {
        return m_password;
    }
    setErrorString(tr("The server asked for more than a user name and password during the "
                      "LOGIN login; try another login method."));
    return std::nullopt;
}

} // namespace Postbote
