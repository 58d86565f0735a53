// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Postbote {

/// Asks for an account's password when there is none to use, or when the server refused the
/// one that was sent. It says why it asks, and offers to keep the password in the keychain —
/// which happens only once the server accepted it (CredentialStore::rememberAfterLogin()).
/// The password lives in the line edit only until password() hands it over.
class PasswordPrompt : public QDialog
{
    Q_OBJECT

public:
    enum class Reason {
        NoPasswordStored, ///< the keychain has none for the account
        NoKeychain,       ///< there is no keychain at all
        KeychainError,    ///< the keychain could not be read (locked, access refused …)
        Refused,          ///< the server refused the password ([AUTH], RFC 3206)
    };

    struct Request
    {
        QString accountName;
        QString user;
        QString host;
        Reason reason = Reason::NoPasswordStored;
        /// The server's own words (Refused) or the keychain's message (KeychainError).
        QString detail;
        /// False: the checkbox is off and says that the password is kept for this run only.
        bool keychainAvailable = true;
    };

    explicit PasswordPrompt(const Request& request, QWidget* parent = nullptr);
    ~PasswordPrompt() override;

    QString password() const;
    /// The user asked to store it (only possible with a keychain).
    bool remember() const;
    /// The sentence that says why the prompt appeared.
    static QString reasonText(const Request& request);

private:
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
};

} // namespace Postbote
