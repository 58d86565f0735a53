// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ProbeResult.h"

#include "pop3/Pop3Capabilities.h"
#include "pop3/auth/AuthSelector.h"

namespace Postbote {

namespace {

QByteArray saslNameOf(AuthMethod method)
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
    default:
        return {};
    }
}

} // namespace

QList<AuthMethod> ProbeResult::mechanisms() const
{
    QList<AuthMethod> offered;
    for (AuthMethod method : AuthSelector::strengthOrder()) {
        bool has = false;
        switch (method) {
        case AuthMethod::UserPass:
            has = userPass;
            break;
        case AuthMethod::Apop:
            has = apop;
            break;
        default:
            has = saslMechanisms.contains(saslNameOf(method));
            break;
        }
        if (has) {
            offered.append(method);
        }
    }
    return offered;
}

AuthMethod ProbeResult::recommendedMechanism() const
{
    // Rebuild what the session saw, and let the engine's own rule decide.
    QList<QByteArray> lines;
    if (capaSupported) {
        if (userPass) {
            lines.append("USER");
        }
        if (!saslMechanisms.isEmpty()) {
            lines.append("SASL " + saslMechanisms.join(' '));
        }
    }
    const Pop3Capabilities capabilities
        = capaSupported ? Pop3Capabilities::fromLines(lines) : Pop3Capabilities();
    const AuthSelector::Choice choice = AuthSelector::choose(AuthMethod::Auto, capabilities,
        apop ? QByteArrayLiteral("<probe@discovery>") : QByteArray(), security != Security::None);
    return choice.method;
}

int ProbeResult::securityRank() const
{
    if (security == Security::None) {
        return 0;
    }
    if (certificate != CertificateStatus::Verified) {
        return 1;
    }
    return security == Security::ImplicitTls ? 3 : 2;
}

int ProbeResult::mechanismRank() const
{
    const AuthMethod best = recommendedMechanism();
    if (best == AuthMethod::Auto) {
        return 0;
    }
    const QList<AuthMethod> strength = AuthSelector::strengthOrder();
    return int(strength.size() - strength.indexOf(best));
}

bool ProbeResult::isBetter(const ProbeResult& a, const ProbeResult& b)
{
    if (a.usable != b.usable) {
        return a.usable;
    }
    if (a.securityRank() != b.securityRank()) {
        return a.securityRank() > b.securityRank();
    }
    if (a.mechanismRank() != b.mechanismRank()) {
        return a.mechanismRank() > b.mechanismRank();
    }
    return a.order < b.order;
}

QString ProbeResult::fingerprint() const
{
    return sha256.isEmpty() ? QString() : QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString ProbeResult::securityDescription() const
{
    switch (security) {
    case Security::ImplicitTls:
        return certificate == CertificateStatus::Verified ? tr("TLS, certificate verified")
                                                          : tr("TLS, certificate NOT trusted");
    case Security::StartTls:
        return certificate == CertificateStatus::Verified ? tr("STARTTLS, certificate verified")
                                                          : tr("STARTTLS, certificate NOT trusted");
    case Security::None:
        break;
    }
    return tr("unencrypted");
}

QString ProbeResult::mechanismsDescription() const
{
    QStringList names;
    for (AuthMethod method : mechanisms()) {
        names.append(authMethodName(method));
    }
    // SASL mechanisms Postbote does not speak are still worth showing.
    for (const QByteArray& name : saslMechanisms) {
        const QString text = QString::fromLatin1(name);
        if (!names.contains(text)) {
            names.append(text);
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace Postbote
