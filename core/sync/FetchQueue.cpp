// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchQueue.h"

#include "account/CertificatePolicy.h"
#include "account/CredentialStore.h"
#include "archive/ArchiveStore.h"
#include "sync/AccountArchives.h"

#include <QMetaObject>
#include <QSettings>

#include <deque>
#include <optional>

namespace Postbote {

struct FetchQueue::Private
{
    enum class Stage {
        Idle,
        AwaitingPassword, ///< CredentialStore::read() asked, readFinished() not yet seen
        Fetching,         ///< the CheckMailJob runs
    };

    AccountArchives* archives = nullptr;
    CredentialStore* credentials = nullptr;
    QSettings* settings = nullptr;
    QHash<QString, QString> fixedPasswords;
    struct OncePassword
    {
        QString password;
        bool remember = false;
    };
    QHash<QString, OncePassword> oncePasswords;
    QHash<QString, QList<CertificateException>> onceExceptions;
    /// A typed password to store once the running job has logged in; wiped when it ends.
    QString rememberPassword;
    SessionOptions defaults;

    std::deque<Account> queue;
    std::optional<Account> current;
    Stage stage = Stage::Idle;
    std::unique_ptr<CheckMailJob> job;
    /// The job ended with a successful login or without error: the server is trusted now.
    bool loggedIn = false;

    bool isQueued(const QString& id) const
    {
        for (const Account& account : queue) {
            if (account.id == id) {
                return true;
            }
        }
        return false;
    }
};

FetchQueue::FetchQueue(
    AccountArchives* archives, CredentialStore* credentials, QSettings* settings, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Postbote::CheckMailJob::Result>();
    qRegisterMetaType<Postbote::ProtocolEvent>();
    qRegisterMetaType<Postbote::CredentialError>();
    d->archives = archives;
    d->credentials = credentials;
    d->settings = settings;
    if (d->credentials) {
        connect(d->credentials, &CredentialStore::readFinished, this,
            [this](const QString& accountId, const QString& password,
                const CredentialError& error) { onPasswordRead(accountId, password, error); });
    }
}

FetchQueue::~FetchQueue()
{
    // A job being destroyed aborts its session; nobody may hear of it any more.
    if (d->job) {
        d->job->disconnect(this);
        d->job.reset();
    }
    for (QString& password : d->fixedPasswords) {
        password.fill(QLatin1Char('\0'));
    }
    for (Private::OncePassword& once : d->oncePasswords) {
        once.password.fill(QLatin1Char('\0'));
    }
    d->rememberPassword.fill(QLatin1Char('\0'));
}

void FetchQueue::setFixedPassword(const QString& accountId, const QString& password)
{
    if (d->fixedPasswords.contains(accountId)) {
        d->fixedPasswords[accountId].fill(QLatin1Char('\0'));
    }
    d->fixedPasswords.insert(accountId, password);
}

void FetchQueue::setPasswordOnce(const QString& accountId, const QString& password, bool remember)
{
    if (d->oncePasswords.contains(accountId)) {
        d->oncePasswords[accountId].password.fill(QLatin1Char('\0'));
    }
    d->oncePasswords.insert(accountId, Private::OncePassword {password, remember});
}

void FetchQueue::allowCertificateOnce(
    const QString& accountId, const CertificateException& exception)
{
    d->onceExceptions[accountId].append(exception);
}

void FetchQueue::setSessionDefaults(const SessionOptions& defaults)
{
    d->defaults = defaults;
    d->defaults.password.clear();
}

void FetchQueue::enqueue(const Account& account)
{
    if (!account.enabled || account.id.isEmpty()) {
        return;
    }
    if ((d->current && d->current->id == account.id) || d->isQueued(account.id)) {
        return;
    }
    d->queue.push_back(account);
    if (!d->current) {
        startNext();
    }
}

void FetchQueue::enqueue(const QList<Account>& accounts)
{
    for (const Account& account : accounts) {
        enqueue(account);
    }
}

void FetchQueue::cancel()
{
    const bool wasBusy = isBusy();
    d->queue.clear();
    if (!d->current) {
        if (wasBusy) {
            Q_EMIT idle(); // between two accounts: the next one was about to start
        }
        return;
    }
    const QString id = d->current->id;
    if (d->stage == Private::Stage::Fetching && d->job) {
        // The job commits what arrived whole and reports Cancelled through finished(), which
        // ends the account and, the queue being empty, emits idle().
        d->job->cancel();
    }
    const bool stillRunning = d->current && d->current->id == id
        && (d->stage == Private::Stage::AwaitingPassword || d->stage == Private::Stage::Fetching);
    if (stillRunning) {
        // Waiting for the keychain, or a job that had nothing left to abort: end it here.
        finishCurrent(cancelledResult(), cancelledMessage(d->current->name));
    }
}

bool FetchQueue::isBusy() const
{
    return d->current.has_value() || !d->queue.empty();
}

QString FetchQueue::currentAccount() const
{
    return d->current ? d->current->id : QString();
}

QList<QString> FetchQueue::queuedAccounts() const
{
    QList<QString> ids;
    for (const Account& account : d->queue) {
        ids.append(account.id);
    }
    return ids;
}

void FetchQueue::startNext()
{
    if (d->current || d->queue.empty()) {
        return;
    }
    d->current = d->queue.front();
    d->queue.pop_front();
    d->loggedIn = false;
    const QString id = d->current->id;
    Q_EMIT accountStarted(id);
    if (!d->current || d->current->id != id) {
        return; // a slot cancelled it
    }

    const auto once = d->oncePasswords.find(id);
    if (once != d->oncePasswords.end()) {
        Private::OncePassword typed = once.value();
        d->oncePasswords.erase(once);
        if (typed.remember) {
            d->rememberPassword = typed.password;
        }
        startJob(typed.password);
        typed.password.fill(QLatin1Char('\0'));
        return;
    }
    const auto fixed = d->fixedPasswords.constFind(id);
    if (fixed != d->fixedPasswords.cend()) {
        startJob(fixed.value());
        return;
    }
    d->stage = Private::Stage::AwaitingPassword;
    if (!d->credentials) {
        onPasswordRead(id, QString(), CredentialError(CredentialError::Kind::NotFound));
        return;
    }
    // Answered through readFinished() (always asynchronously), see onPasswordRead().
    d->credentials->read(id);
}

void FetchQueue::onPasswordRead(
    const QString& accountId, const QString& password, const CredentialError& error)
{
    // The store is shared with the rest of the program: only the answer for the account
    // whose password this queue asked for counts.
    if (!d->current || d->current->id != accountId
        || d->stage != Private::Stage::AwaitingPassword) {
        return;
    }
    if (!error.isError() && !password.isEmpty()) {
        startJob(password);
        return;
    }
    const QString name = d->current->name;
    QString message;
    switch (error.kind()) {
    case CredentialError::Kind::None:
    case CredentialError::Kind::NotFound:
        message = tr("No password is stored for the account “%1”. Enter it to fetch the "
                     "account's mail.")
                      .arg(name);
        break;
    case CredentialError::Kind::NoKeychain:
        message = tr("No password is stored for the account “%1”, and there is no keychain to "
                     "keep it in. Enter the password to fetch the account's mail.")
                      .arg(name);
        break;
    case CredentialError::Kind::AccessDenied:
    case CredentialError::Kind::Other:
        message = tr("The password of the account “%1” could not be read: %2")
                      .arg(name, error.message());
        break;
    }
    Q_EMIT passwordRequired(accountId, error);
    CheckMailJob::Result result;
    result.error = Pop3Error(Pop3Error::Kind::Authentication, message);
    finishCurrent(result, message);
}

void FetchQueue::startJob(const QString& password)
{
    const Account account = *d->current;
    QString error;
    ArchiveStore* store = d->archives ? d->archives->store(account.id, &error) : nullptr;
    if (!store) {
        const QString message
            = tr("The mail of the account “%1” cannot be stored: %2").arg(account.name, error);
        CheckMailJob::Result result;
        result.error = Pop3Error(Pop3Error::Kind::Storage, message);
        finishCurrent(result, message);
        return;
    }

    SessionOptions session = account.sessionOptions();
    session.caCertificates = d->defaults.caCertificates;
    session.timeouts = d->defaults.timeouts;
    session.highWatermark = d->defaults.highWatermark;
    session.lowWatermark = d->defaults.lowWatermark;
    session.maxListingBytes = d->defaults.maxListingBytes;
    session.tracePayloadLines = d->defaults.tracePayloadLines;
    if (d->settings) {
        session.certificateExceptions = CertificatePolicy(d->settings, account.id).exceptions();
    }
    // Accepted once: good for this job only.
    session.certificateExceptions += d->onceExceptions.take(account.id);
    session.password = password;

    d->stage = Private::Stage::Fetching;
    // The archive is the account's own, so its index is keyed by the account id (as in
    // postbote-cli), which survives renames and server moves.
    d->job = std::make_unique<CheckMailJob>(session, store, account.id, account.retention);
    session.password.fill(QLatin1Char('\0'));
    session.password.clear();

    CheckMailJob* job = d->job.get();
    const QString id = account.id;
    connect(job, &CheckMailJob::progress, this,
        [this, id](int messagesDone, int messagesTotal, qint64 bytesDone, qint64 bytesTotal) {
            // Progress comes only after LIST, i.e. after a successful login (RFC 1939 §4).
            if (!d->loggedIn) {
                d->loggedIn = true;
                onLoggedIn(id);
            }
            Q_EMIT progress(id, messagesDone, messagesTotal, bytesDone, bytesTotal);
        });
    connect(job, &CheckMailJob::traffic, this, &FetchQueue::traffic);
    connect(job, &CheckMailJob::finished, this,
        [this, job](const CheckMailJob::Result& result) { onJobFinished(job, result); });
    job->start();
}

void FetchQueue::onLoggedIn(const QString& accountId)
{
    if (!d->rememberPassword.isEmpty()) {
        // The server took it: only now may it go to the keychain (CredentialStore's promise).
        if (d->credentials) {
            d->credentials->rememberAfterLogin(accountId, d->rememberPassword);
        }
        d->rememberPassword.fill(QLatin1Char('\0'));
        d->rememberPassword.clear();
    }
    Q_EMIT loggedIn(accountId);
}

void FetchQueue::onJobFinished(CheckMailJob* job, const CheckMailJob::Result& result)
{
    if (job != d->job.get() || !d->current) {
        return;
    }
    // The job is inside its own signal: it is deleted once control is back in the loop.
    retire(std::move(d->job));

    const Account account = *d->current;
    if (!result.error.isError() && !d->loggedIn) {
        d->loggedIn = true; // a check without error logged in, even if it never reported
        onLoggedIn(account.id);
    }
    if (d->settings) {
        CertificatePolicy policy(d->settings, account.id);
        if (!result.error.sslErrors().isEmpty()) {
            // Kept for a later decision (the window offers to trust exactly this certificate).
            policy.setPending(
                account.host, result.error.certificateChain(), result.error.sslErrors());
        } else if (d->loggedIn || !result.error.isError()) {
            policy.clearPending();
        }
    }

    QString message;
    if (result.error.kind() == Pop3Error::Kind::Cancelled) {
        message = cancelledMessage(account.name);
    } else if (result.error.isError()) {
        message = tr("Fetching the mail of the account “%1” failed: %2")
                      .arg(account.name, result.error.toString());
    }
    // CheckMailJob has had the store announce every message it archived (with its summary)
    // before finished(), so accountFinished() comes after all of them.
    finishCurrent(result, message);
}

void FetchQueue::finishCurrent(const CheckMailJob::Result& result, const QString& message)
{
    if (!d->current) {
        return;
    }
    const QString id = d->current->id;
    if (d->job) {
        retire(std::move(d->job));
    }
    d->rememberPassword.fill(QLatin1Char('\0'));
    d->rememberPassword.clear();
    d->current.reset();
    d->stage = Private::Stage::Idle;
    Q_EMIT accountFinished(id, result, message);
    if (d->current) {
        return; // a slot started the next account already (enqueue() from accountFinished)
    }
    if (d->queue.empty()) {
        Q_EMIT idle();
        return;
    }
    // Not from inside the finished job's signal: the next account starts from the loop.
    QMetaObject::invokeMethod(this, &FetchQueue::startNext, Qt::QueuedConnection);
}

void FetchQueue::retire(std::unique_ptr<CheckMailJob> job)
{
    // It may be inside its own signal: delete it from the event loop. As a child it still
    // goes with the queue if the loop never runs again.
    job->disconnect(this);
    job->setParent(this);
    job.release()->deleteLater();
}

CheckMailJob::Result FetchQueue::cancelledResult()
{
    CheckMailJob::Result result;
    // The session's own words for a cancelled check (Pop3Session::abort()).
    result.error = Pop3Error(Pop3Error::Kind::Cancelled,
        QCoreApplication::translate("Postbote::Pop3Session",
            "The mail check was cancelled. Nothing was deleted on the server."));
    return result;
}

QString FetchQueue::cancelledMessage(const QString& accountName)
{
    return tr("Fetching the mail of the account “%1” was cancelled.").arg(accountName);
}

} // namespace Postbote
