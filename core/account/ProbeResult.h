// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/ProbeCandidate.h"
#include "pop3/Pop3Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace Postbote {

/// What probing one candidate found out: whether it speaks POP3, how the connection was
/// secured, whether its certificate is trusted for the host name actually used, and what
/// it offers for logging in. Nothing here came from a login: no credential was sent.
class ProbeResult
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::ProbeResult)

public:
    enum class CertificateStatus {
        None,      ///< no TLS
        Verified,  ///< the chain is trusted and the certificate matches candidate.host
        Untrusted, ///< untrusted or for another name; see sslErrors and sha256
    };

    ProbeCandidate candidate;
    /// The server greeted with +OK and its capabilities were read: it can be used.
    bool usable = false;
    /// What the connection achieved: ImplicitTls, StartTls, or None (also for a STARTTLS
    /// candidate whose server does not offer STLS).
    Security security = Security::None;
    CertificateStatus certificate = CertificateStatus::None;
    QList<QSslError> sslErrors;
    QSslCertificate peerCertificate;
    QByteArray sha256; ///< raw SHA-256 of peerCertificate's DER
    QString tlsDescription;

    bool capaSupported = false; ///< RFC 2449 CAPA answered with +OK
    QList<QByteArray> saslMechanisms;
    bool userPass = false; ///< USER/PASS (CAPA "USER", or no CAPA at all: RFC 1939)
    bool apop = false;     ///< the greeting carried an APOP timestamp
    bool pipelining = false;
    bool uidl = false;
    bool top = false;
    QByteArray expire; ///< RFC 2449 §6.5 EXPIRE argument, empty if not announced
    QByteArray implementation;

    /// Why it is not usable (or, for an untrusted certificate, the refusal seen first).
    Pop3Error error;
    /// Position in the order the candidates were tried; the last tie-breaker.
    int order = 0;

    /// The login methods Postbote supports that the server offers, strongest first.
    QList<AuthMethod> mechanisms() const;
    /// What "--auth auto" would choose on this connection; Auto if nothing is acceptable
    /// (e.g. only cleartext methods over an unencrypted connection).
    AuthMethod recommendedMechanism() const;

    /// 3 verified implicit TLS, 2 verified STARTTLS, 1 untrusted certificate, 0 plain.
    int securityRank() const;
    /// Higher is stronger; 0 if no acceptable mechanism.
    int mechanismRank() const;
    /// Best first: usable before unusable, then securityRank, mechanismRank, order.
    static bool isBetter(const ProbeResult& a, const ProbeResult& b);

    /// "AB:CD:…" (upper-case hex pairs), empty without a certificate.
    QString fingerprint() const;
    /// e.g. "TLS, certificate verified" (translated).
    QString securityDescription() const;
    /// e.g. "SCRAM-SHA-256, PLAIN, USER/PASS".
    QString mechanismsDescription() const;
};

} // namespace Postbote
