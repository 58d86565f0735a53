// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/CredentialError.h"

#include <qt6keychain/keychain.h>

#include <QStringList>

namespace Postbote {

CredentialError::CredentialError(Kind kind, const QString& detail)
    : m_kind(kind)
    , m_detail(detail)
{ }

CredentialError CredentialError::fromKeychain(int code, const QString& text)
{
    switch (QKeychain::Error(code)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return CredentialError(Kind::NotFound, text);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialError(Kind::AccessDenied, text);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialError(Kind::NoKeychain, text);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // The texts QtKeychain 0.13 gives when there is no usable Secret Service (TOOLCHAIN.md
    // §3): no session bus, no provider of org.freedesktop.secrets, no login collection in a
    // fresh keyring, or no libsecret at all (the KWallet fallback's "Unknown error").
    static const QStringList noKeychainTexts {
        QStringLiteral("D-Bus"),
        QStringLiteral("DBus"),
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/collection"),
        QStringLiteral("autolaunch"),
        QStringLiteral("Could not connect"), // a bus address whose socket is gone
        QStringLiteral("No such secret collection"),
        QStringLiteral("kwalletd"),
        QStringLiteral("Unknown error"),
    };
    for (const QString& needle : noKeychainTexts) {
        if (text.contains(needle, Qt::CaseInsensitive)) {
            return CredentialError(Kind::NoKeychain, text);
        }
    }
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        return CredentialError(Kind::AccessDenied, text);
    }
    return CredentialError(Kind::Other, text);
}

QString CredentialError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("No password is stored for this account.");
    case Kind::AccessDenied:
        return tr("The keychain refused access to the password. Unlock the keychain (your "
                  "login keyring) and try again.");
    case Kind::NoKeychain:
        return tr("No keychain is available on this system, so the password cannot be stored. "
                  "Postbote keeps it in memory until it quits and never writes it to a file; "
                  "install and start a Secret Service such as GNOME Keyring or KWallet to "
                  "store it.");
    case Kind::Other:
        return tr("The keychain reported an error: %1").arg(m_detail);
    }
    return {};
}

} // namespace Postbote
