// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/SaslCramMd5.h"

#include <QMessageAuthenticationCode>

namespace Postbote {

SaslCramMd5::SaslCramMd5(const QString& user, const QString& password)
    : m_user(user.toUtf8())
    , m_password(password.toUtf8())
{ }

SaslCramMd5::~SaslCramMd5()
{
    m_password.fill('\0');
}

std::optional<QByteArray> SaslCramMd5::respond(const QByteArray& challenge)
{
    // RFC 2195 §2: exactly one challenge, a non-empty msg-id; anything else is not CRAM-MD5.
    if (m_answered || challenge.isEmpty()) {
        setErrorString(tr("The server sent an invalid CRAM-MD5 challenge; try another login "
                          "method."));
        return std::nullopt;
    }
    m_answered = true;
    const QByteArray digest
        = QMessageAuthenticationCode::hash(challenge, m_password, QCryptographicHash::Md5);
    // RFC 2195 §2: the digest is written as lowercase hexadecimal.
    return QByteArray(m_user + ' ' + digest.toHex());
}

} // namespace Postbote
