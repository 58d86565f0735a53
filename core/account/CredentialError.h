// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Postbote {

/// What went wrong with the keychain, in the four cases the program acts on differently.
class CredentialError
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::CredentialError)

public:
    enum class Kind {
        None,
        NotFound,     ///< no password stored for the account
        AccessDenied, ///< the keychain is locked or the user refused access
        NoKeychain,   ///< no keychain service (headless session, no Secret Service on D-Bus)
        Other,
    };

    CredentialError() = default;
    CredentialError(Kind kind, const QString& detail = {});

    /// Classifies a QtKeychain result (QKeychain::Error as int, and its errorString()).
    /// QtKeychain 0.13 reports a missing Secret Service as OtherError with a D-Bus text
    /// (TOOLCHAIN.md §3); those texts are recognised and count as NoKeychain.
    static CredentialError fromKeychain(int code, const QString& text);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// The keychain's own words (untranslated, may be empty).
    QString detail() const { return m_detail; }
    /// One translated sentence: what happened and what to do.
    QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};

} // namespace Postbote

Q_DECLARE_METATYPE(Postbote::CredentialError)
