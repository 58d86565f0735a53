// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateDialog.h"
#include "PasswordPrompt.h"
#include "account/CredentialError.h"
#include "pop3/Pop3Error.h"
#include "sync/CheckMailJob.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QSettings;
class QWidget;

namespace Postbote {

class AccountStore;
class CredentialStore;
class FetchQueue;

/// Turns two kinds of failed fetches into questions, and the answers into a new fetch:
/// an untrusted certificate (CertificateDialog: reject, accept once, always accept) and a
/// missing or refused password (PasswordPrompt). It only adds the dialogs; FetchQueue's
/// accountFinished() message still goes to the status bar as before.
///
/// One question per failure: it asks after the failure has been reported, never while a
/// question is open, and a cancelled question ends it. Busy or delayed servers ([IN-USE],
/// [SYS/TEMP], [LOGIN-DELAY], RFC 2449 §8.1 and RFC 3206 §4) are not the password's fault and
/// never prompt.
class FetchPrompter : public QObject
{
    Q_OBJECT

public:
    struct CertificateQuestion
    {
        QString accountId;
        QString accountName;
        QString host;
        QList<QSslCertificate> chain;
        QList<QSslError> errors;
    };
    struct PasswordAnswer
    {
        QString password;
        bool remember = false;
    };
    /// Answer the questions; the defaults show the real dialogs modally over the window.
    /// Tests replace them so that nothing blocks.
    using CertificateAsker = std::function<CertificateDialog::Decision(const CertificateQuestion&)>;
    using PasswordAsker
        = std::function<std::optional<PasswordAnswer>(const PasswordPrompt::Request&)>;

    /// All must outlive the prompter; \a dialogParent may be null.
    FetchPrompter(FetchQueue* fetches, AccountStore* accounts, CredentialStore* credentials,
        QSettings* settings, QWidget* dialogParent, QObject* parent = nullptr);
    ~FetchPrompter() override;

    void setCertificateAsker(CertificateAsker asker) { m_askCertificate = std::move(asker); }
    void setPasswordAsker(PasswordAsker asker) { m_askPassword = std::move(asker); }
    /// Accounts for which nobody is asked (checks that ran by themselves, with nobody
    /// waiting at the screen): their failure stays in the status bar until the user fetches.
    void setQuietWhen(std::function<bool(const QString& accountId)> quiet)
    {
        m_quiet = std::move(quiet);
    }

    /// True for a refusal that is the password's fault: Authentication with RFC 3206 [AUTH],
    /// or without any response code once credentials were sent (a bare -ERR to PASS).
    static bool isPasswordRefusal(const Pop3Error& error, bool credentialsSent);
    /// True for a refused certificate that can be decided on (it names a certificate).
    static bool isCertificateRefusal(const Pop3Error& error);

    /// A question is open (or about to be asked).
    bool isAsking() const { return m_asking; }

Q_SIGNALS:
    void certificateQuestionAsked(const QString& accountId);
    void certificateDecided(
        const QString& accountId, Postbote::CertificateDialog::Decision decision);
    void passwordQuestionAsked(const QString& accountId, Postbote::PasswordPrompt::Reason reason);
    /// \a entered is false if the prompt was cancelled.
    void passwordAnswered(const QString& accountId, bool entered);

private:
    void onAccountStarted(const QString& accountId);
    void onTraffic(const ProtocolEvent& event);
    void onPasswordRequired(const QString& accountId, const CredentialError& error);
    void onAccountFinished(const QString& accountId, const CheckMailJob::Result& result);
    void askCertificate(const QString& accountId, const Pop3Error& error);
    void askPassword(
        const QString& accountId, PasswordPrompt::Reason reason, const QString& detail);
    CertificateDialog::Decision showCertificateDialog(const CertificateQuestion& question);
    std::optional<PasswordAnswer> showPasswordPrompt(const PasswordPrompt::Request& request);
    bool keychainAvailable() const;
    bool isQuiet(const QString& accountId) const;

    FetchQueue* m_fetches;
    AccountStore* m_accounts;
    CredentialStore* m_credentials;
    QSettings* m_settings;
    QPointer<QWidget> m_dialogParent;
    CertificateAsker m_askCertificate;
    PasswordAsker m_askPassword;
    std::function<bool(const QString&)> m_quiet;

    QString m_running; ///< the account whose fetch runs
    bool m_credentialsSent = false;
    std::optional<CredentialError> m_passwordMissing; ///< passwordRequired() for m_running
    bool m_noKeychainSeen = false;
    bool m_asking = false;
};

} // namespace Postbote
