// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/Pop3Capabilities.h"
#include "pop3/SessionOptions.h"

#include <QCoreApplication>
#include <QString>

namespace Postbote {

/// Decides how to log in: the mechanism the user asked for, or with Auto the strongest one
/// the server offers that the connection allows.
class AuthSelector
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::AuthSelector)

public:
    struct Choice
    {
        AuthMethod method = AuthMethod::Auto; ///< Auto means: none possible, see error
        /// Why nothing could be chosen (translated); empty on success.
        QString error;
        /// True if the refusal is a security decision (cleartext over an unencrypted
        /// connection) rather than a missing mechanism.
        bool securityRefusal = false;
        bool ok() const { return method != AuthMethod::Auto; }
    };

    /// Strength order used by Auto, strongest first.
    static QList<AuthMethod> strengthOrder();

    /// \a capabilities may be unknown (no CAPA); then USER/PASS is assumed (RFC 1939) and
    /// SASL is only tried if asked for explicitly. \a apopTimestamp is the greeting's
    /// "<...>" or empty. Over an unencrypted connection Auto never picks a mechanism that
    /// sends the password in clear (USER/PASS, PLAIN, LOGIN); explicitly chosen, they are used.
    static Choice choose(AuthMethod requested, const Pop3Capabilities& capabilities,
        const QByteArray& apopTimestamp, bool encrypted);
};

} // namespace Postbote
