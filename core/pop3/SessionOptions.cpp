// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/SessionOptions.h"

#include <QCoreApplication>

namespace Postbote {

namespace {
// Gives lupdate a literal context for the free functions below.
struct SessionOptionNames
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::SessionOptions)
};
} // namespace

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return SessionOptionNames::tr("TLS");
    case Security::StartTls:
        return SessionOptionNames::tr("STARTTLS");
    case Security::None:
        return SessionOptionNames::tr("unencrypted");
    }
    return {};
}

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Auto:
        return SessionOptionNames::tr("automatic");
    case AuthMethod::UserPass:
        return QStringLiteral("USER/PASS");
    case AuthMethod::Apop:
        return QStringLiteral("APOP");
    case AuthMethod::Plain:
        return QStringLiteral("PLAIN");
    case AuthMethod::Login:
        return QStringLiteral("LOGIN");
    case AuthMethod::CramMd5:
        return QStringLiteral("CRAM-MD5");
    case AuthMethod::ScramSha1:
        return QStringLiteral("SCRAM-SHA-1");
    case AuthMethod::ScramSha256:
        return QStringLiteral("SCRAM-SHA-256");
    }
    return {};
}

} // namespace Postbote
