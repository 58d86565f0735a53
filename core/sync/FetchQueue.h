// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Account.h"
#include "account/CredentialError.h"
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
    void onJobFinished(CheckMailJob* job, const CheckMailJob::Result& result);
    void finishCurrent(const CheckMailJob::Result& result, const QString& message);
    void retire(std::unique_ptr<CheckMailJob> job);
    static CheckMailJob::Result cancelledResult();
    static QString cancelledMessage(const QString& accountName);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Postbote
