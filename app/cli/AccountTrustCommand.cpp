// SPDX-License-Identifier: GPL-3.0-or-later
// The account subcommands about trust: set-password (a password is trusted once it worked
// for a login) and trust, trust-list, trust-remove (certificates the user accepted).
#include "AccountCommand.h"
#include "AccountSupport.h"
#include "ExitCode.h"
#include "FetchOptions.h"
#include "account/AccountPaths.h"
#include "account/AccountStore.h"
#include "account/CertificatePolicy.h"
#include "account/LoginCheck.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>
#include <QSslError>

namespace Postbote::Cli {

namespace {

using T = AccountCommand;

int checkAndStore(const Account& account, QSettings* settings, SessionOptions options)
{
    CertificatePolicy policy(settings, account.id);
    options.certificateExceptions = policy.exceptions();
    const QString password = options.password;
    LoginCheck check(options);
    options.password.fill(QLatin1Char('\0'));
    QEventLoop loop;
    Pop3Error error;
    QObject::connect(&check, &LoginCheck::finished, &loop, [&](const Pop3Error& result) {
        error = result;
        loop.quit();
    });
    check.start();
    loop.exec();
    if (!check.loggedIn()) {
        AccountSupport::printError(error.toString());
        AccountSupport::reportCertificateProblem(account, error, policy);
        AccountSupport::printError(T::tr("The password was not stored."));
        return exitCodeFor(error.kind());
    }
    policy.clearPending(); // the server is trusted now; nothing waits for a decision
    return AccountSupport::rememberPassword(account, password, false) ? Success : StorageError;
}

// The SHA-256 argument of trust and trust-remove; a usage error is printed when it is none.
std::optional<QByteArray> fingerprintArgument(const QString& text)
{
    const auto fingerprint = CertificatePolicy::parseFingerprint(text);
    if (!fingerprint) {
        AccountSupport::printError(T::tr("“%1” is not a SHA-256 fingerprint (64 hexadecimal "
                                         "digits, colons allowed).")
                                       .arg(text));
    }
    return fingerprint;
}

} // namespace

int runAccountSetPassword(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption passwordFile {
        QStringLiteral("password-file"), QString(), QStringLiteral("F")};
    const QCommandLineOption caFile {QStringLiteral("ca-file"), QString(), QStringLiteral("PEM")};
    const QCommandLineOption timeout {
        QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS")};
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({passwordFile, caFile, timeout});
    if (!parser.parse(QStringList {QStringLiteral("set-password")} + arguments)) {
        AccountSupport::printError(parser.errorText());
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        AccountSupport::printError(T::tr("Name the account: postbote-cli account set-password "
                                         "NAME [--password-file F]. The password is read from "
                                         "standard input unless a file is given."));
        return UsageError;
    }
    auto settings = AccountPaths::openSettings();
    AccountStore store(settings.get());
    const auto account = AccountSupport::findAccount(store, parser.positionalArguments().first());
    if (!account) {
        return UsageError;
    }
    SessionOptions options = account->sessionOptions();
    if (parser.isSet(caFile)) {
        options.caCertificates = QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem);
        if (options.caCertificates.isEmpty()) {
            AccountSupport::printError(
                T::tr("--ca-file “%1” holds no PEM certificate.").arg(parser.value(caFile)));
            return UsageError;
        }
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            AccountSupport::printError(
                T::tr("--timeout must be a number of seconds from 1 to 3600, not “%1”.")
                    .arg(parser.value(timeout)));
            return UsageError;
        }
        options.timeouts.connectMs = options.timeouts.handshakeMs = options.timeouts.replyMs
            = seconds * 1000;
    }
    QString error;
    const auto password
        = readPassword(parser.value(passwordFile), !parser.isSet(passwordFile), &error);
    if (!password) {
        AccountSupport::printError(error);
        return UsageError;
    }
    options.password = *password;
    return checkAndStore(*account, settings.get(), options);
}

int runAccountTrust(const QStringList& arguments)
{
    if (arguments.size() != 2) {
        AccountSupport::printError(T::tr("Name the account and the certificate: postbote-cli "
                                         "account trust NAME SHA256."));
        return UsageError;
    }
    const auto fingerprint = fingerprintArgument(arguments.at(1));
    if (!fingerprint) {
        return UsageError;
    }
    auto settings = AccountPaths::openSettings();
    AccountStore store(settings.get());
    const auto account = AccountSupport::findAccount(store, arguments.first());
    if (!account) {
        return UsageError;
    }
    CertificatePolicy policy(settings.get(), account->id);
    const auto pending = policy.pending();
    QString error;
    if (!policy.acceptPending(*fingerprint, &error)) {
        AccountSupport::printError(error);
        // A fingerprint that differs from what the server showed is a security refusal.
        return pending ? SecurityRefusal : UsageError;
    }
    AccountSupport::printLine(
        T::tr("Accepted the certificate %1 for the account “%2” (%3).")
            .arg(CertificatePolicy::formatFingerprint(*fingerprint), account->name,
                CertificatePolicy::distinguishedName(pending->primary(), false)));
    return Success;
}

int runAccountTrustList(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        AccountSupport::printError(
            T::tr("Name the account: postbote-cli account trust-list NAME."));
        return UsageError;
    }
    auto settings = AccountPaths::openSettings();
    AccountStore store(settings.get());
    const auto account = AccountSupport::findAccount(store, arguments.first());
    if (!account) {
        return UsageError;
    }
    CertificatePolicy policy(settings.get(), account->id);
    const QList<CertificatePolicy::Entry> entries = policy.entries();
    if (entries.isEmpty()) {
        AccountSupport::printLine(
            T::tr("The account “%1” has no accepted certificates.").arg(account->name));
    }
    for (const CertificatePolicy::Entry& entry : entries) {
        QStringList errors;
        for (const QSslError::SslError kind : entry.errors) {
            errors.append(QSslError(kind).errorString());
        }
        AccountSupport::printLine(
            T::tr("SHA-256 %1\n  host: %2\n  subject: %3\n  issuer: %4\n  accepted: %5\n"
                  "  excuses: %6")
                .arg(CertificatePolicy::formatFingerprint(entry.sha256), entry.host, entry.subject,
                    entry.issuer, entry.acceptedAt.toString(Qt::ISODate),
                    errors.join(QStringLiteral("; "))));
    }
    if (const auto pending = policy.pending()) {
        AccountSupport::printLine(T::tr("Waiting for a decision: SHA-256 %1 (%2)")
                                      .arg(CertificatePolicy::formatFingerprint(
                                               CertificateException::digestOf(pending->primary())),
                                          pending->host));
    }
    return Success;
}

int runAccountTrustRemove(const QStringList& arguments)
{
    if (arguments.size() != 2) {
        AccountSupport::printError(T::tr("Name the account and the certificate: postbote-cli "
                                         "account trust-remove NAME SHA256."));
        return UsageError;
    }
    const auto fingerprint = fingerprintArgument(arguments.at(1));
    if (!fingerprint) {
        return UsageError;
    }
    auto settings = AccountPaths::openSettings();
    AccountStore store(settings.get());
    const auto account = AccountSupport::findAccount(store, arguments.first());
    if (!account) {
        return UsageError;
    }
    CertificatePolicy policy(settings.get(), account->id);
    if (!policy.remove(*fingerprint)) {
        AccountSupport::printError(
            T::tr("The account “%1” has no accepted certificate with the fingerprint %2.")
                .arg(account->name, CertificatePolicy::formatFingerprint(*fingerprint)));
        return UsageError;
    }
    AccountSupport::printLine(
        T::tr("The certificate %1 is no longer accepted for the account “%2”.")
            .arg(CertificatePolicy::formatFingerprint(*fingerprint), account->name));
    return Success;
}

} // namespace Postbote::Cli
