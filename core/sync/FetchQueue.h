// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Account.h"
#include "account/CredentialError.h"
#include "net/CertificateException.h"
#include "sync/CheckMailJob.h"
#include "trace/ProtocolEvent.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace Postbote {

class AccountArchives;
class CredentialStore;

/// Fetches accounts one after another, one CheckMailJob at a time (one POP3 session per
/// account, DESIGN "How mail flows"). It asks CredentialStore for each password (or uses a
/// fixed one, for the built-in demo account, whose credentials are public), takes the
/// account's certificate exceptions from CertificatePolicy and stores into the account's
/// archive from AccountArchives. Everything it reports is for one account at a time.
class FetchQueue : public QObject
{
    Q_OBJECT

public:
    /// \a settings (certificate exceptions) and \a credentials must outlive the queue.
    FetchQueue(AccountArchives* archives, CredentialStore* credentials, QSettings* settings,
        QObject* parent = nullptr);
    ~FetchQueue() override;

    /// The password of this account is \a password; the keychain is not asked for it.
    void setFixedPassword(const QString& accountId, const QString& password);
    /// The password for the next job of this account only (typed into a password prompt); it
    /// goes before the fixed password and the keychain and is forgotten when that job ends.
    /// With \a remember it is handed to CredentialStore::rememberAfterLogin() once the server
    /// accepted it — never before (a refused password is never stored).
    void setPasswordOnce(const QString& accountId, const QString& password, bool remember);
    /// Excuses \a exception (one certificate and its errors) for the next job of this account
    /// only ("accept once" in the certificate dialog); it is not stored anywhere, so the
    /// following fetch asks again.
    void allowCertificateOnce(const QString& accountId, const CertificateException& exception);
    /// Session timeouts, CA file … for every job (tests shorten the timeouts).
    void setSessionDefaults(const SessionOptions& defaults);

    /// Queues the account unless it is queued or running already; disabled accounts are
    /// skipped. Starts at once when idle.
    void enqueue(const Account& account);
    void enqueue(const QList<Account>& accounts);
    /// Cancels the running job (safely: CheckMailJob::cancel, which keeps what arrived whole)
    /// and drops the queue: the running account ends with a Cancelled result, then idle().
    void cancel();

    bool isBusy() const;
    QString currentAccount() const; ///< id, empty when idle
    QList<QString> queuedAccounts() const;

Q_SIGNALS:
    void accountStarted(const QString& accountId);
    /// The server accepted the login (the mailbox was listed, RFC 1939 §4 TRANSACTION state);
    /// at most once per fetch, before its first progress().
    void loggedIn(const QString& accountId);
    void progress(const QString& accountId, int messagesDone, int messagesTotal, qint64 bytesDone,
        qint64 bytesTotal);
    /// Every line of the dialogue, masked (for the log dock).
    void traffic(const Postbote::ProtocolEvent& event);
    /// Comes after AccountArchives::messageArchived() for every message this fetch stored.
    /// \a message is empty on success, else one translated sentence naming the account, with
    /// the server's own text where it gave one.
    void accountFinished(const QString& accountId, const Postbote::CheckMailJob::Result& result,
        const QString& message);
    /// The queue ran empty (after the last account, or after cancel()).
    void idle();
    /// No password could be had for the account (none stored, no keychain, access refused);
    /// emitted just before its accountFinished(). The window may ask for one and enqueue the
    /// account again after setFixedPassword().
    void passwordRequired(const QString& accountId, const Postbote::CredentialError& error);

private:
    void startNext();
    void onPasswordRead(
        const QString& accountId, const QString& password, const CredentialError& error);
    void startJob(const QString& password);
    void onLoggedIn(const QString& accountId);
    void onJobFinished(CheckMailJob* job, const CheckMailJob::Result& result);
    void finishCurrent(const CheckMailJob::Result& result, const QString& message);
    void retire(std::unique_ptr<CheckMailJob> job);
    static CheckMailJob::Result cancelledResult();
    static QString cancelledMessage(const QString& accountName);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Postbote
