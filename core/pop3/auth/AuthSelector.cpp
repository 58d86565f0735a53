// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/AuthSelector.h"

namespace Postbote {

namespace {

QByteArray saslName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Plain:
        return QByteArrayLiteral("PLAIN");
    case AuthMethod::Login:
        return QByteArrayLiteral("LOGIN");
    case AuthMethod::CramMd5:
        return QByteArrayLiteral("CRAM-MD5");
    case AuthMethod::ScramSha1:
        return QByteArrayLiteral("SCRAM-SHA-1");
    case AuthMethod::ScramSha256:
        return QByteArrayLiteral("SCRAM-SHA-256");
    case AuthMethod::Auto:
    case AuthMethod::UserPass:
    case AuthMethod::Apop:
        break;
    }
    return {};
}

/// Mechanisms that never send the password itself, so a listener on an unencrypted
/// connection learns nothing it can log in with.
bool isChallengeResponse(AuthMethod method)
{
    return method == AuthMethod::ScramSha256 || method == AuthMethod::ScramSha1
        || method == AuthMethod::CramMd5 || method == AuthMethod::Apop;
}

bool isOffered(AuthMethod method, const Pop3Capabilities& capabilities,
    const QByteArray& apopTimestamp, bool explicitlyRequested)
{
    switch (method) {
    case AuthMethod::Auto:
        return false;
    case AuthMethod::UserPass:
        // RFC 2449 §6.7: CAPA lists USER if USER/PASS works; without CAPA, RFC 1939 applies.
        return !capabilities.isKnown() || capabilities.hasUser();
    case AuthMethod::Apop:
        // RFC 1939 §7: only a greeting with a timestamp offers APOP.
        return !apopTimestamp.isEmpty();
    case AuthMethod::Plain:
    case AuthMethod::Login:
    case AuthMethod::CramMd5:
    case AuthMethod::ScramSha1:
    case AuthMethod::ScramSha256:
        if (!capabilities.isKnown()) {
            // A server without CAPA may still know AUTH (RFC 5034 §3); only try when asked.
            return explicitlyRequested;
        }
        return capabilities.hasSasl(saslName(method));
    }
    return false;
}

} // namespace

QList<AuthMethod> AuthSelector::strengthOrder()
{
    return {AuthMethod::ScramSha256, AuthMethod::ScramSha1, AuthMethod::CramMd5, AuthMethod::Apop,
        AuthMethod::Plain, AuthMethod::Login, AuthMethod::UserPass};
}

AuthSelector::Choice AuthSelector::choose(AuthMethod requested,
    const Pop3Capabilities& capabilities, const QByteArray& apopTimestamp, bool encrypted)
{
    Choice choice;
    if (requested != AuthMethod::Auto) {
        // The user's explicit choice is respected even for cleartext methods over an
        // unencrypted connection: that is a decision they made, not a downgrade.
        if (isOffered(requested, capabilities, apopTimestamp, true)) {
            choice.method = requested;
        } else if (requested == AuthMethod::Apop) {
            choice.error = tr("The server does not offer APOP because its greeting has no "
                              "timestamp; choose another login method or automatic selection.");
        } else {
            choice.error = tr("The server does not offer the login method %1; choose another "
                              "login method or automatic selection.")
                               .arg(authMethodName(requested));
        }
        return choice;
    }

    bool cleartextOffered = false;
    const QList<AuthMethod> order = strengthOrder();
    for (const AuthMethod method : order) {
        if (!isOffered(method, capabilities, apopTimestamp, false)) {
            continue;
        }
        if (encrypted || isChallengeResponse(method)) {
            choice.method = method;
            return choice;
        }
        cleartextOffered = true;
    }
    if (cleartextOffered) {
        // No silent downgrade (DESIGN.md): Auto never sends a password in clear.
        choice.securityRefusal = true;
        choice.error = tr("The server only accepts passwords sent in clear text, which this "
                          "unencrypted connection would expose; use TLS or STARTTLS, or "
                          "explicitly choose a clear-text login method such as USER/PASS.");
    } else {
        choice.error = tr("The server offers no login method that Postbote supports; contact "
                          "your provider or choose a login method explicitly.");
    }
    return choice;
}

} // namespace Postbote
