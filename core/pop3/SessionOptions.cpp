// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/SessionOptions.h"

#include <QCoreApplication>

namespace Postbote {

QString securityName(Security security)
{
    const char* context = "Postbote::SessionOptions";
    switch (security) {
    case Security::ImplicitTls:
        return QCoreApplication::translate(context, "TLS");
    case Security::StartTls:
        return QCoreApplication::translate(context, "STARTTLS");
    case Security::None:
        return QCoreApplication::translate(context, "unencrypted");
    }
    return {};
}

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Auto:
        return QCoreApplication::translate("Postbote::SessionOptions", "automatic");
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
