// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/SessionOptions.h"
#include "sync/RetentionPolicy.h"

#include <QString>
#include <optional>

namespace Postbote {

/// One POP3 account as the user set it up: a plain value without any secret. The password
/// lives in the keychain (CredentialStore), the accepted certificates in CertificatePolicy;
/// AccountStore persists the rest in QSettings.
///
/// The size limit is `retention.maxMessageBytes`: larger messages are left on the server with
/// only their headers archived, which is a retrieval rule like the others in RetentionPolicy.
struct Account
{
    QString id;    ///< QUuid without braces; stable across renames, the key of everything else
    QString name;  ///< display name, unique among the accounts (case-insensitively)
    QString email; ///< the user's address; optional, shown and used for discovery
    QString host;
    int port = 995; ///< an int, not quint16, so that validation can name a wrong value
    Security security = Security::ImplicitTls;
    AuthMethod auth = AuthMethod::Auto;
    QString user;
    RetentionPolicy retention;
    int checkIntervalMinutes = 0; ///< 0: only when the user asks
    PipeliningMode pipelining = PipeliningMode::Auto;
    bool enabled = true;
    /// The explicit choice to send the password in clear text (USER/PASS, PLAIN, LOGIN) over
    /// an unencrypted connection (Security::None). Without it such an account is invalid.
    bool allowCleartext = false;

    /// A new account with a fresh id and the defaults (TLS on 995, keep on the server).
    static Account create();
    static QString newId();
    /// 995 for implicit TLS (RFC 8314 §3.3), 110 otherwise (RFC 1939 §3, RFC 2595 §4).
    static int defaultPort(Security security);
    /// The engine's options for this account, without password and certificate exceptions.
    SessionOptions sessionOptions() const;
    /// True if \a method sends the password itself (USER/PASS, PLAIN, LOGIN).
    static bool isCleartextMethod(AuthMethod method);

    /// Stable, untranslated names for QSettings and the command line.
    static QString securityKey(Security security);
    static std::optional<Security> securityFromKey(const QString& key);
    static QString authKey(AuthMethod method);
    static std::optional<AuthMethod> authFromKey(const QString& key);
    static QString pipeliningKey(PipeliningMode mode);
    static std::optional<PipeliningMode> pipeliningFromKey(const QString& key);

    friend bool operator==(const Account& a, const Account& b)
    {
        return a.id == b.id && a.name == b.name && a.email == b.email && a.host == b.host
            && a.port == b.port && a.security == b.security && a.auth == b.auth && a.user == b.user
            && a.retention == b.retention && a.checkIntervalMinutes == b.checkIntervalMinutes
            && a.pipelining == b.pipelining && a.enabled == b.enabled
            && a.allowCleartext == b.allowCleartext;
    }
    friend bool operator!=(const Account& a, const Account& b) { return !(a == b); }
};

} // namespace Postbote
