// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchPrompter.h"

#include "account/AccountStore.h"
#include "account/CertificatePolicy.h"
#include "account/CredentialStore.h"
#include "net/CertificateException.h"
#include "sync/FetchQueue.h"

#include <QTimer>
#include <QWidget>

namespace Postbote {

FetchPrompter::FetchPrompter(FetchQueue* fetches, AccountStore* accounts,
    CredentialStore* credentials, QSettings* settings, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_fetches(fetches)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{
    connect(fetches, &FetchQueue::accountStarted, this, &FetchPrompter::onAccountStarted);
    connect(fetches, &FetchQueue::traffic, this, &FetchPrompter::onTraffic);
    connect(fetches, &FetchQueue::passwordRequired, this, &FetchPrompter::onPasswordRequired);
    connect(fetches, &FetchQueue::accountFinished, this,
        [this](const QString& accountId, const CheckMailJob::Result& result, const QString&) {
            onAccountFinished(accountId, result);
        });
    if (m_credentials) {
        connect(m_credentials, &CredentialStore::keptInMemory, this,
            [this] { m_noKeychainSeen = true; });
    }
}

FetchPrompter::~FetchPrompter() = default;

bool FetchPrompter::isPasswordRefusal(const Pop3Error& error, bool credentialsSent)
{
    if (error.kind() != Pop3Error::Kind::Authentication) {
        return false;
    }
    // RFC 3206 §4: [AUTH] blames the credentials. [IN-USE], [LOGIN-DELAY] (RFC 2449 §8.1) and
    // [SYS/…] (RFC 3206 §4) blame the mailbox or the server: asking for the password again
    // would not help and would teach people to distrust a right one.
    const QByteArray code = error.responseCode().toUpper();
    if (code == "AUTH") {
        return true;
    }
    // A server without RESP-CODES answers a wrong password with a bare -ERR. Refusals that
    // came before any credential (no usable login method …) are not the password's fault.
    return code.isEmpty() && credentialsSent;
}

bool FetchPrompter::isCertificateRefusal(const Pop3Error& error)
{
    if (error.kind() != Pop3Error::Kind::SecurityRefusal || error.sslErrors().isEmpty()
        || error.certificateChain().isEmpty()) {
        return false;
    }
    // An error that names no certificate cannot be pinned, so it cannot be accepted either.
    for (const QSslError& sslError : error.sslErrors()) {
        if (sslError.certificate().isNull()) {
            return false;
        }
    }
    return true;
}

void FetchPrompter::onAccountStarted(const QString& accountId)
{
    m_running = accountId;
    m_credentialsSent = false;
    m_passwordMissing.reset();
}

void FetchPrompter::onTraffic(const ProtocolEvent& event)
{
    if (event.direction != ProtocolEvent::Direction::Client) {
        return;
    }
    // The masked command lines of RFC 1939 §7 (PASS, APOP) and RFC 5034 (AUTH).
    const QString text = event.text.trimmed();
    for (const QLatin1String command :
        {QLatin1String("PASS"), QLatin1String("APOP"), QLatin1String("AUTH")}) {
        if (text.startsWith(command, Qt::CaseInsensitive)) {
            m_credentialsSent = true;
        }
    }
}

void FetchPrompter::onPasswordRequired(const QString& accountId, const CredentialError& error)
{
    if (accountId != m_running) {
        return;
    }
    m_passwordMissing = error;
    if (error.kind() == CredentialError::Kind::NoKeychain) {
        m_noKeychainSeen = true;
    }
}

void FetchPrompter::onAccountFinished(const QString& accountId, const CheckMailJob::Result& result)
{
    const std::optional<CredentialError> missing
        = accountId == m_running ? m_passwordMissing : std::nullopt;
    const bool sent = accountId == m_running && m_credentialsSent;
    m_running.clear();
    m_passwordMissing.reset();
    m_credentialsSent = false;

    // One question at a time; a failure while one is open is reported in the status bar only.
    if (m_asking || result.error.kind() == Pop3Error::Kind::Cancelled) {
        return;
    }
    // Asked from the event loop: the queue is inside its own signal, and the window shows the
    // failure in the status bar first.
    if (isCertificateRefusal(result.error)) {
        m_asking = true;
        const Pop3Error error = result.error;
        QTimer::singleShot(0, this, [this, accountId, error] { askCertificate(accountId, error); });
        return;
    }
    if (missing) {
        PasswordPrompt::Reason reason = PasswordPrompt::Reason::NoPasswordStored;
        QString detail;
        switch (missing->kind()) {
        case CredentialError::Kind::None:
        case CredentialError::Kind::NotFound:
            break;
        case CredentialError::Kind::NoKeychain:
            reason = PasswordPrompt::Reason::NoKeychain;
            break;
        case CredentialError::Kind::AccessDenied:
        case CredentialError::Kind::Other:
            reason = PasswordPrompt::Reason::KeychainError;
            detail = missing->message();
            break;
        }
        m_asking = true;
        QTimer::singleShot(
            0, this, [this, accountId, reason, detail] { askPassword(accountId, reason, detail); });
        return;
    }
    if (isPasswordRefusal(result.error, sent)) {
        m_asking = true;
        const QString detail = result.error.serverText();
        QTimer::singleShot(0, this, [this, accountId, detail] {
            askPassword(accountId, PasswordPrompt::Reason::Refused, detail);
        });
    }
}

bool FetchPrompter::isQuiet(const QString& accountId) const
{
    return m_quiet && m_quiet(accountId);
}

void FetchPrompter::askCertificate(const QString& accountId, const Pop3Error& error)
{
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account || isQuiet(accountId)) {
        m_asking = false; // removed meanwhile
        return;
    }
    CertificateQuestion question;
    question.accountId = accountId;
    question.accountName = account->name;
    question.host = account->host;
    question.chain = error.certificateChain();
    question.errors = error.sslErrors();
    Q_EMIT certificateQuestionAsked(accountId);
    const CertificateDialog::Decision decision
        = m_askCertificate ? m_askCertificate(question) : showCertificateDialog(question);
    m_asking = false;
    Q_EMIT certificateDecided(accountId, decision);

    switch (decision) {
    case CertificateDialog::Decision::Reject:
        // The session stopped at the handshake: nothing was sent, nothing more happens.
        return;
    case CertificateDialog::Decision::AcceptOnce: {
        // Each certificate for exactly the errors it was shown with, for the next fetch only.
        QList<QSslCertificate> certificates;
        for (const QSslError& sslError : question.errors) {
            if (!certificates.contains(sslError.certificate())) {
                certificates.append(sslError.certificate());
            }
        }
        for (const QSslCertificate& certificate : certificates) {
            QList<QSslError> own;
            for (const QSslError& sslError : question.errors) {
                if (sslError.certificate() == certificate) {
                    own.append(sslError);
                }
            }
            m_fetches->allowCertificateOnce(
                accountId, CertificateException::fromErrors(certificate, own));
        }
        break;
    }
    case CertificateDialog::Decision::AcceptAlways: {
        CertificatePolicy policy(m_settings, accountId);
        if (!policy.accept(question.errors, question.host)) {
            return;
        }
        policy.clearPending();
        break;
    }
    }
    m_fetches->enqueue(*account);
}

void FetchPrompter::askPassword(
    const QString& accountId, PasswordPrompt::Reason reason, const QString& detail)
{
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account || isQuiet(accountId)) {
        m_asking = false;
        return;
    }
    PasswordPrompt::Request request;
    request.accountName = account->name;
    request.user = account->user;
    request.host = account->host;
    request.reason = reason;
    request.detail = detail;
    request.keychainAvailable = reason != PasswordPrompt::Reason::NoKeychain && keychainAvailable();
    Q_EMIT passwordQuestionAsked(accountId, reason);
    std::optional<PasswordAnswer> answer
        = m_askPassword ? m_askPassword(request) : showPasswordPrompt(request);
    m_asking = false;
    if (!answer || answer->password.isEmpty()) {
        Q_EMIT passwordAnswered(accountId, false);
        return; // cancelled: the failure stays as the status bar reported it
    }
    // Without a keychain CredentialStore keeps it in memory for this run (never in a file),
    // so that the next periodic check does not ask again.
    const bool remember = answer->remember || !request.keychainAvailable;
    m_fetches->setPasswordOnce(accountId, answer->password, remember);
    answer->password.fill(QLatin1Char('\0'));
    answer->password.clear();
    Q_EMIT passwordAnswered(accountId, true);
    m_fetches->enqueue(*account);
}

CertificateDialog::Decision FetchPrompter::showCertificateDialog(
    const CertificateQuestion& question)
{
    // On the heap: closing the window during exec() deletes the dialog with its parent.
    QPointer<CertificateDialog> dialog = new CertificateDialog(
        question.accountName, question.host, question.chain, question.errors, m_dialogParent);
    dialog->exec();
    if (!dialog) {
        return CertificateDialog::Decision::Reject;
    }
    const CertificateDialog::Decision decision = dialog->decision();
    delete dialog;
    return decision;
}

std::optional<FetchPrompter::PasswordAnswer> FetchPrompter::showPasswordPrompt(
    const PasswordPrompt::Request& request)
{
    QPointer<PasswordPrompt> prompt = new PasswordPrompt(request, m_dialogParent);
    const int result = prompt->exec();
    if (!prompt) {
        return std::nullopt;
    }
    std::optional<PasswordAnswer> answer;
    if (result == QDialog::Accepted) {
        answer = PasswordAnswer {prompt->password(), prompt->remember()};
    }
    delete prompt;
    return answer;
}

bool FetchPrompter::keychainAvailable() const
{
    return m_credentials && !m_credentials->isMemoryOnly() && !m_noKeychainSeen;
}

} // namespace Postbote
