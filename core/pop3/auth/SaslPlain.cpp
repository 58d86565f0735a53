// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/SaslPlain.h"

namespace Postbote {

SaslPlain::SaslPlain(const QString& user, const QString& password)
    : m_user(user.toUtf8())
    , m_password(password.toUtf8())
{ }

SaslPlain::~SaslPlain()
{
    m_password.fill('\0');
}

bool SaslPlain::isEncodable() const
{
    // RFC 4616 §2: NUL separates the fields, so it must not occur inside them.
    return !m_user.contains('\0') && !m_password.contains('\0');
}

QByteArray SaslPlain::message() const
{
    // Empty authzid: log in as the authenticated user itself.
    QByteArray message;
    message.reserve(m_user.size() + m_password.size() + 2);
    message.append('\0').append(m_user).append('\0').append(m_password);
    return message;
}

std::optional<QByteArray> SaslPlain::initialResponse()
{
    if (!isEncodable()) {
        // Without an initial response the first challenge reaches respond(), which can
        // cancel the exchange with a reason.
        return std::nullopt;
    }
    m_sent = true;
    return message();
}

std::optional<QByteArray> SaslPlain::respond(const QByteArray& challenge)
{
    if (!isEncodable()) {
        setErrorString(tr("The user name or password contains a null character, which the "
                          "PLAIN login method cannot send; change it or choose another "
                          "login method."));
        return std::nullopt;
    }
    // RFC 4616 §2: the server's only challenge is the empty one that asks for the message.
    if (m_sent || !challenge.isEmpty()) {
        setErrorString(tr("The server sent an unexpected challenge during the PLAIN login; "
                          "try another login method."));
        return std::nullopt;
    }
    m_sent = true;
    return message();
}

} // namespace Postbote
