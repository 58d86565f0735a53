// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountStore.h"

#include "account/AccountValidator.h"

#include <QSettings>
#include <algorithm>

namespace Postbote {

namespace {

const QString AccountsGroup = QStringLiteral("accounts");

namespace Key {
const QString Name = QStringLiteral("name");
const QString Email = QStringLiteral("email");
const QString Host = QStringLiteral("host");
const QString Port = QStringLiteral("port");
const QString Security = QStringLiteral("security");
const QString Auth = QStringLiteral("auth");
const QString User = QStringLiteral("user");
const QString Retention = QStringLiteral("retention");
const QString CheckInterval = QStringLiteral("checkIntervalMinutes");
const QString Pipelining = QStringLiteral("pipelining");
const QString Enabled = QStringLiteral("enabled");
const QString AllowCleartext = QStringLiteral("allowCleartext");
} // namespace Key

} // namespace

AccountStore::AccountStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{ }

AccountStore::AccountStore(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_ownSettings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_settings(m_ownSettings.get())
{ }

AccountStore::~AccountStore() = default;

QString AccountStore::groupOf(const QString& id)
{
    return AccountsGroup + QLatin1Char('/') + id;
}

QList<Account> AccountStore::accounts() const
{
    m_settings->sync(); // pick up what another program changed
    m_settings->beginGroup(AccountsGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Account> result;
    for (const QString& id : ids) {
        result.append(read(id));
    }
    std::sort(result.begin(), result.end(), [](const Account& a, const Account& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<Account> AccountStore::find(const QString& id) const
{
    for (const Account& account : accounts()) {
        if (account.id == id) {
            return account;
        }
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::findByName(const QString& name) const
{
    for (const Account& account : accounts()) {
        if (account.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return account;
        }
    }
    return std::nullopt;
}

Account AccountStore::read(const QString& id) const
{
    // A value that does not parse (edited by hand) falls back to the default, so that the
    // account still loads and validation names the problem.
    Account account;
    account.id = id;
    m_settings->beginGroup(groupOf(id));
    account.name = m_settings->value(Key::Name).toString();
    account.email = m_settings->value(Key::Email).toString();
    account.host = m_settings->value(Key::Host).toString();
    account.security = Account::securityFromKey(m_settings->value(Key::Security).toString())
                           .value_or(Security::ImplicitTls);
    account.port = m_settings->value(Key::Port, Account::defaultPort(account.security)).toInt();
    account.auth
        = Account::authFromKey(m_settings->value(Key::Auth).toString()).value_or(AuthMethod::Auto);
    account.user = m_settings->value(Key::User).toString();
    account.retention = RetentionPolicy::fromString(m_settings->value(Key::Retention).toString())
                            .value_or(RetentionPolicy());
    account.checkIntervalMinutes = m_settings->value(Key::CheckInterval, 0).toInt();
    account.pipelining = Account::pipeliningFromKey(m_settings->value(Key::Pipelining).toString())
                             .value_or(PipeliningMode::Auto);
    account.enabled = m_settings->value(Key::Enabled, true).toBool();
    account.allowCleartext = m_settings->value(Key::AllowCleartext, false).toBool();
    m_settings->endGroup();
    return account;
}

void AccountStore::write(const Account& account)
{
    m_settings->beginGroup(groupOf(account.id));
    m_settings->setValue(Key::Name, account.name.trimmed());
    m_settings->setValue(Key::Email, account.email);
    m_settings->setValue(Key::Host, account.host.trimmed());
    m_settings->setValue(Key::Port, account.port);
    m_settings->setValue(Key::Security, Account::securityKey(account.security));
    m_settings->setValue(Key::Auth, Account::authKey(account.auth));
    m_settings->setValue(Key::User, account.user);
    m_settings->setValue(Key::Retention, account.retention.toString());
    m_settings->setValue(Key::CheckInterval, account.checkIntervalMinutes);
    m_settings->setValue(Key::Pipelining, Account::pipeliningKey(account.pipelining));
    m_settings->setValue(Key::Enabled, account.enabled);
    m_settings->setValue(Key::AllowCleartext, account.allowCleartext);
    m_settings->endGroup();
}

bool AccountStore::sync(QString* error)
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error) {
            *error = tr("The account settings in “%1” cannot be written. Check that the folder "
                        "exists and is writable.")
                         .arg(m_settings->fileName());
        }
        return false;
    }
    return true;
}

bool AccountStore::add(Account& account, QString* error)
{
    if (account.id.isEmpty()) {
        account.id = Account::newId();
    }
    const QList<Account> existing = accounts();
    for (const Account& other : existing) {
        if (other.id == account.id) {
            if (error) {
                *error = tr("An account with this id already exists.");
            }
            return false;
        }
    }
    const QString problem = AccountValidator::firstProblem(account, existing);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    write(account);
    if (!sync(error)) {
        return false;
    }
    Q_EMIT accountAdded(account.id);
    return true;
}

bool AccountStore::update(const Account& account, QString* error)
{
    const QList<Account> existing = accounts();
    const bool known = std::any_of(existing.cbegin(), existing.cend(),
        [&account](const Account& other) { return other.id == account.id; });
    if (!known) {
        if (error) {
            *error = tr("The account “%1” no longer exists.").arg(account.name);
        }
        return false;
    }
    const QString problem = AccountValidator::firstProblem(account, existing);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    write(account);
    if (!sync(error)) {
        return false;
    }
    Q_EMIT accountChanged(account.id);
    return true;
}

bool AccountStore::remove(const QString& id, QString* error)
{
    if (id.isEmpty() || !find(id)) {
        if (error) {
            *error = tr("There is no such account.");
        }
        return false;
    }
    m_settings->remove(groupOf(id));
    if (!sync(error)) {
        return false;
    }
    Q_EMIT accountRemoved(id);
    return true;
}

} // namespace Postbote
