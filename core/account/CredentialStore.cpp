// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace Postbote {

namespace {

template<typename JobType>
JobType* makeJob(const QString& service, const QString& key, QObject* parent)
{
    auto* job = new JobType(service, parent);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never a plain-text file as a substitute for a keychain (DESIGN.md, rule 3).
    job->setInsecureFallback(false);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(defaultService(), parent)
{ }

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<Postbote::CredentialError>();
}

CredentialStore::~CredentialStore()
{
    for (QString& password : m_memory) {
        password.fill(QLatin1Char('\0'));
    }
}

QString CredentialStore::memoryNotice()
{
    return CredentialError(CredentialError::Kind::NoKeychain).message();
}

void CredentialStore::noteNoKeychain(const CredentialError& error)
{
    if (error.kind() == CredentialError::Kind::NoKeychain) {
        m_memoryOnly = true;
    }
}

void CredentialStore::read(const QString& accountId)
{
    const auto held = m_memory.constFind(accountId);
    if (held != m_memory.constEnd()) {
        const QString password = held.value();
        QTimer::singleShot(0, this, [this, accountId, password] {
            Q_EMIT readFinished(accountId, password, CredentialError());
        });
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, accountId, this);
    connect(job, &QKeychain::Job::finished, this, [this, accountId](QKeychain::Job* finished) {
        const auto* reader = static_cast<QKeychain::ReadPasswordJob*>(finished);
        const CredentialError error
            = CredentialError::fromKeychain(int(reader->error()), reader->errorString());
        noteNoKeychain(error);
        Q_EMIT readFinished(accountId, error.isError() ? QString() : reader->textData(), error);
    });
    job->start();
}

void CredentialStore::rememberAfterLogin(const QString& accountId, const QString& password)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, accountId, this);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
        [this, accountId, password](QKeychain::Job* finished) {
            const CredentialError error
                = CredentialError::fromKeychain(int(finished->error()), finished->errorString());
            noteNoKeychain(error);
            if (error.kind() == CredentialError::Kind::NoKeychain) {
                // This run still knows the password; the next one will have to ask.
                m_memory.insert(accountId, password);
                Q_EMIT keptInMemory(accountId, memoryNotice());
            } else if (!error.isError()) {
                m_memory.remove(accountId);
            }
            Q_EMIT rememberFinished(accountId, error);
        });
    job->start();
}

void CredentialStore::remove(const QString& accountId)
{
    if (m_memory.contains(accountId)) {
        m_memory[accountId].fill(QLatin1Char('\0'));
        m_memory.remove(accountId);
    }
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, accountId, this);
    connect(job, &QKeychain::Job::finished, this, [this, accountId](QKeychain::Job* finished) {
        const CredentialError error
            = CredentialError::fromKeychain(int(finished->error()), finished->errorString());
        noteNoKeychain(error);
        Q_EMIT removeFinished(accountId, error);
    });
    job->start();
}

} // namespace Postbote
