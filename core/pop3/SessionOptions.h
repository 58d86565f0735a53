// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/CertificateException.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Postbote {

/// How the connection is protected. Implicit TLS (port 995, RFC 8314) is the default.
enum class Security {
    ImplicitTls,
    StartTls, ///< plain on port 110, then STLS (RFC 2595 §4); refused if the server can't
    None,     ///< only when the user explicitly chose an unencrypted server
};

/// How the session logs in. Auto picks the strongest mechanism that the server offers and
/// the connection allows (AuthSelector).
enum class AuthMethod {
    Auto,
    UserPass,    ///< USER/PASS (RFC 1939 §7)
    Apop,        ///< APOP (RFC 1939 §7)
    Plain,       ///< SASL PLAIN (RFC 4616)
    Login,       ///< SASL LOGIN (draft-murchison-sasl-login)
    CramMd5,     ///< SASL CRAM-MD5 (RFC 2195)
    ScramSha1,   ///< SASL SCRAM-SHA-1 (RFC 5802)
    ScramSha256, ///< SASL SCRAM-SHA-256 (RFC 7677)
};

/// RFC 2449 §6.6 PIPELINING: Auto uses it when CAPA advertises it.
enum class PipeliningMode { Auto, On, Off };

struct SessionTimeouts
{
    int connectMs = 30000;   ///< TCP connect
    int handshakeMs = 30000; ///< each TLS handshake
    int replyMs = 60000;     ///< silence while a reply is due (reset by every byte received)
};

struct SessionOptions
{
    QString host;
    quint16 port = 995;
    Security security = Security::ImplicitTls;
    QString user;
    QString password;
    AuthMethod auth = AuthMethod::Auto;
    PipeliningMode pipelining = PipeliningMode::Auto;
    /// Pipelining window: written until this many commands are in flight, refilled once no
    /// more than lowWatermark are (as mpop does).
    int highWatermark = 100;
    int lowWatermark = 20;
    SessionTimeouts timeouts;
    /// Extra trusted CAs (a test CA, --ca-file), on top of the system's.
    QList<QSslCertificate> caCertificates;
    /// Certificates the user accepted for this account.
    QList<CertificateException> certificateExceptions;
    /// Cap on a CAPA, LIST or UIDL payload held in memory.
    qsizetype maxListingBytes = 32 * 1024 * 1024;
    /// Payload lines of one reply shown in the protocol trace; the rest is summarised.
    int tracePayloadLines = 20;
    /// Discovery: read the greeting and CAPA (with STARTTLS: STLS and CAPA again), emit
    /// Pop3Session::probed() and send QUIT instead of logging in. No credential is sent.
    bool probeOnly = false;
};

QString securityName(Security security);
QString authMethodName(AuthMethod method);

} // namespace Postbote
