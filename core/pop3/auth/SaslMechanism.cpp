// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/SaslMechanism.h"

#include "pop3/auth/SaslCramMd5.h"
#include "pop3/auth/SaslLogin.h"
#include "pop3/auth/SaslPlain.h"
#include "pop3/auth/SaslScram.h"

namespace Postbote {

SaslMechanism::~SaslMechanism() = default;

std::unique_ptr<SaslMechanism> SaslMechanism::create(
    AuthMethod method, const QString& user, const QString& password)
{
    switch (method) {
    case AuthMethod::Plain:
        return std::make_unique<SaslPlain>(user, password);
    case AuthMethod::Login:
        return std::make_unique<SaslLogin>(user, password);
    case AuthMethod::CramMd5:
        return std::make_unique<SaslCramMd5>(user, password);
    case AuthMethod::ScramSha1:
        return std::make_unique<SaslScram>(QCryptographicHash::Sha1, user, password);
    case AuthMethod::ScramSha256:
        return std::make_unique<SaslScram>(QCryptographicHash::Sha256, user, password);
    case AuthMethod::Auto:
    case AuthMethod::UserPass:
    case AuthMethod::Apop:
        break;
    }
    return nullptr;
}

} // namespace Postbote
