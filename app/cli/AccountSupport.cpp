// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSupport.h"

#include "CliOutput.h"

#include "account/AccountStore.h"
#include "account/CertificatePolicy.h"
#include "account/CredentialStore.h"

#include <QEventLoop>

#include <cstdio>

namespace Postbote::Cli {

void AccountSupport::printError(const QString& text)
{
    Cli::printError(text);
}

void AccountSupport::printLine(const QString& text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

std::optional<Account> AccountSupport::findAccount(const AccountStore& store, const QString& name)
{
    std::optional<Account> account = store.findByName(name);
    if (!account) {
        printError(tr("There is no account named “%1”. Run “postbote-cli account list” to see "
                      "the accounts.")
                       .arg(name));
    }
    return account;
}

bool AccountSupport::reportCertificateProblem(
    const Account& account, const Pop3Error& error, CertificatePolicy& policy)
{
    if (error.sslErrors().isEmpty()) {
        return false;
    }
    policy.setPending(account.host, error.certificateChain(), error.sslErrors());
    const std::optional<CertificatePolicy::Pending> pending = policy.pending();
    if (!pending) {
        return false;
    }
    const QSslCertificate primary = pending->primary();
    QString text
        = tr("The server %1 presented a certificate that is not trusted:").arg(account.host)
        + QLatin1Char('\n') + CertificatePolicy::describe(primary) + QLatin1Char('\n');
    QStringList problems;
    for (const QSslError& sslError : pending->errors) {
        if (!problems.contains(sslError.errorString())) {
            problems.append(sslError.errorString());
        }
    }
    text += tr("Problems: %1").arg(problems.join(QStringLiteral("; "))) + QLatin1Char('\n');
    text += tr("If you trust this certificate — compare the SHA-256 fingerprint with the one "
               "your provider publishes — accept it with:\n  postbote-cli account trust “%1” %2")
                .arg(account.name,
                    QString::fromLatin1(CertificateException::digestOf(primary).toHex()));
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    return true;
}

std::optional<QString> AccountSupport::readStoredPassword(const Account& account)
{
    CredentialStore credentials;
    QEventLoop loop;
    QString password;
    CredentialError error;
    QObject::connect(&credentials, &CredentialStore::readFinished, &loop,
        [&](const QString&, const QString& value, const CredentialError& result) {
            password = value;
            error = result;
            loop.quit();
        });
    credentials.read(account.id);
    loop.exec();
    switch (error.kind()) {
    case CredentialError::Kind::None:
        if (!password.isEmpty()) {
            return password;
        }
        [[fallthrough]];
    case CredentialError::Kind::NotFound:
        printError(tr("No password is stored for the account “%1”. Store it with "
                      "“postbote-cli account set-password %1”, or give it with "
                      "--password-stdin or --password-file.")
                       .arg(account.name));
        break;
    case CredentialError::Kind::NoKeychain:
        printError(tr("No keychain is available, so no password can be stored for the "
                      "account “%1”. Give it with --password-stdin or --password-file; it is "
                      "used for this run only.")
                       .arg(account.name));
        break;
    case CredentialError::Kind::AccessDenied:
    case CredentialError::Kind::Other:
        printError(error.message());
        break;
    }
    return std::nullopt;
}

bool AccountSupport::rememberPassword(const Account& account, const QString& password, bool quiet)
{
    CredentialStore credentials;
    QEventLoop loop;
    CredentialError error;
    QObject::connect(&credentials, &CredentialStore::rememberFinished, &loop,
        [&](const QString&, const CredentialError& result) {
            error = result;
            loop.quit();
        });
    credentials.rememberAfterLogin(account.id, password);
    loop.exec();
    if (!error.isError()) {
        if (!quiet) {
            std::fprintf(stderr, "%s\n",
                tr("The password for “%1” is stored in the keychain.")
                    .arg(account.name)
                    .toUtf8()
                    .constData());
        }
        return true;
    }
    printError(error.message());
    return false;
}

} // namespace Postbote::Cli
