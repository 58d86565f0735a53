// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/Account.h"

#include <QList>
#include <QPair>
#include <QUuid>

namespace Postbote {

namespace {

const QList<QPair<QString, Security>>& securityKeys()
{
    static const QList<QPair<QString, Security>> keys {
        {QStringLiteral("tls"), Security::ImplicitTls},
        {QStringLiteral("starttls"), Security::StartTls},
        {QStringLiteral("none"), Security::None},
    };
    return keys;
}

const QList<QPair<QString, AuthMethod>>& authKeys()
{
    static const QList<QPair<QString, AuthMethod>> keys {
        {QStringLiteral("auto"), AuthMethod::Auto},
        {QStringLiteral("user"), AuthMethod::UserPass},
        {QStringLiteral("apop"), AuthMethod::Apop},
        {QStringLiteral("plain"), AuthMethod::Plain},
        {QStringLiteral("login"), AuthMethod::Login},
        {QStringLiteral("cram-md5"), AuthMethod::CramMd5},
        {QStringLiteral("scram-sha-1"), AuthMethod::ScramSha1},
        {QStringLiteral("scram-sha-256"), AuthMethod::ScramSha256},
    };
    return keys;
}

const QList<QPair<QString, PipeliningMode>>& pipeliningKeys()
{
    static const QList<QPair<QString, PipeliningMode>> keys {
        {QStringLiteral("auto"), PipeliningMode::Auto},
        {QStringLiteral("on"), PipeliningMode::On},
        {QStringLiteral("off"), PipeliningMode::Off},
    };
    return keys;
}

template<typename T> QString keyOf(const QList<QPair<QString, T>>& keys, T value)
{
    for (const auto& entry : keys) {
        if (entry.second == value) {
            return entry.first;
        }
    }
    return {};
}

template<typename T>
std::optional<T> valueOf(const QList<QPair<QString, T>>& keys, const QString& key)
{
    for (const auto& entry : keys) {
        if (entry.first.compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
            return entry.second;
        }
    }
    return std::nullopt;
}

} // namespace

Account Account::create()
{
    Account account;
    account.id = newId();
    return account;
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int Account::defaultPort(Security security)
{
    return security == Security::ImplicitTls ? 995 : 110;
}

SessionOptions Account::sessionOptions() const
{
    SessionOptions options;
    options.host = host;
    options.port = quint16(port);
    options.security = security;
    options.user = user;
    options.auth = auth;
    options.pipelining = pipelining;
    return options;
}

bool Account::isCleartextMethod(AuthMethod method)
{
    return method == AuthMethod::UserPass || method == AuthMethod::Plain
        || method == AuthMethod::Login;
}

QString Account::securityKey(Security security)
{
    return keyOf(securityKeys(), security);
}

std::optional<Security> Account::securityFromKey(const QString& key)
{
    return valueOf(securityKeys(), key);
}

QString Account::authKey(AuthMethod method)
{
    return keyOf(authKeys(), method);
}

std::optional<AuthMethod> Account::authFromKey(const QString& key)
{
    return valueOf(authKeys(), key);
}

QString Account::pipeliningKey(PipeliningMode mode)
{
    return keyOf(pipeliningKeys(), mode);
}

std::optional<PipeliningMode> Account::pipeliningFromKey(const QString& key)
{
    return valueOf(pipeliningKeys(), key);
}

} // namespace Postbote
