// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoverCommand.h"

#include "CliOutput.h"

#include "ExitCode.h"
#include "account/QDnsLookupResolver.h"
#include "account/ServerDiscovery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>

#include <cstdio>

namespace Postbote::Cli {

namespace {

struct DiscoverText
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::DiscoverCommand)
};

void printLine(const QString& text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
}

QString securityOption(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        break;
    }
    return QStringLiteral("none");
}

QString authOption(AuthMethod method)
{
    switch (method) {
    case AuthMethod::UserPass:
        return QStringLiteral("user");
    case AuthMethod::Apop:
        return QStringLiteral("apop");
    case AuthMethod::Plain:
        return QStringLiteral("plain");
    case AuthMethod::Login:
        return QStringLiteral("login");
    case AuthMethod::CramMd5:
        return QStringLiteral("cram-md5");
    case AuthMethod::ScramSha1:
        return QStringLiteral("scram-sha-1");
    case AuthMethod::ScramSha256:
        return QStringLiteral("scram-sha-256");
    case AuthMethod::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString sourceText(ProbeCandidate::Source source)
{
    switch (source) {
    case ProbeCandidate::Source::SrvPop3s:
        return DiscoverText::tr("from the DNS record _pop3s._tcp");
    case ProbeCandidate::Source::SrvPop3:
        return DiscoverText::tr("from the DNS record _pop3._tcp");
    case ProbeCandidate::Source::Guess:
        return DiscoverText::tr("usual name");
    case ProbeCandidate::Source::Given:
        break;
    }
    return {};
}

void printWorking(int rank, const ProbeResult& r, const QString& user)
{
    printLine(DiscoverText::tr("%1. %2, port %3: %4 (%5)")
                  .arg(rank)
                  .arg(r.candidate.host)
                  .arg(r.candidate.port)
                  .arg(r.securityDescription(), sourceText(r.candidate.source)));
    const QString mechanisms = r.mechanismsDescription();
    printLine(u"   "_qs
        + DiscoverText::tr("Login methods: %1")
              .arg(mechanisms.isEmpty() ? DiscoverText::tr("none announced") : mechanisms));
    QStringList features;
    if (r.uidl) {
        features << QStringLiteral("UIDL");
    }
    if (r.top) {
        features << QStringLiteral("TOP");
    }
    if (r.pipelining) {
        features << QStringLiteral("PIPELINING");
    }
    if (!r.expire.isEmpty()) {
        features << QStringLiteral("EXPIRE %1").arg(QString::fromLatin1(r.expire));
    }
    if (!features.isEmpty()) {
        printLine(u"   "_qs + DiscoverText::tr("Features: %1").arg(features.join(u", "_qs)));
    }
    if (r.security != Security::None) {
        printLine(u"   "_qs + DiscoverText::tr("Certificate SHA-256: %1").arg(r.fingerprint()));
    }
    for (const QSslError& error : r.sslErrors) {
        printLine(u"   "_qs + DiscoverText::tr("Certificate problem: %1").arg(error.errorString()));
    }
    if (r.certificate == ProbeResult::CertificateStatus::Untrusted) {
        printLine(u"   "_qs
            + DiscoverText::tr("The certificate is not trusted for this name. Compare the "
                               "SHA-256 with what your provider publishes before you trust it."));
    }
    if (r.security == Security::None) {
        printLine(u"   "_qs
            + DiscoverText::tr("Unencrypted: others on the network could read the password "
                               "and your mail."));
    }
    const AuthMethod recommended = r.recommendedMechanism();
    printLine(u"   "_qs
        + DiscoverText::tr("Settings: --host %1 --port %2 --security %3 --auth %4 --user %5")
              .arg(r.candidate.host)
              .arg(r.candidate.port)
              .arg(securityOption(r.security), authOption(recommended), user));
}

} // namespace

int runAccountDiscover(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DiscoverText::tr(
        "Finds the POP3 server for an e-mail address and shows what works, best first. "
        "Only the greeting and the server's capabilities are read; no password is sent."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        DiscoverText::tr("Give up on a server after SECONDS (default 15)."),
        QStringLiteral("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
        DiscoverText::tr("Also trust the CA certificates in this PEM file."),
        QStringLiteral("PEM"));
    const QCommandLineOption dnsServer(QStringLiteral("dns-server"),
        DiscoverText::tr("Ask this DNS server (IP address, port 53) instead of the system's."),
        QStringLiteral("IP"));
    parser.addOptions({timeout, caFile, dnsServer});
    parser.addPositionalArgument(
        QStringLiteral("address"), DiscoverText::tr("The e-mail address, e.g. max@example.org."));
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("account discover")} + arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(DiscoverText::tr("Give exactly one e-mail address, e.g. "
                                    "“postbote-cli account discover max@example.org”."));
        return UsageError;
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600) {
        printError(DiscoverText::tr("--timeout needs a number of seconds from 1 to 600."));
        return UsageError;
    }

    ServerDiscovery::Options options;
    options.probeTimeoutMs = seconds * 1000;
    options.dnsTimeoutMs = seconds * 1000;
    if (parser.isSet(caFile)) {
        const QString path = parser.value(caFile);
        options.caCertificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (options.caCertificates.isEmpty()) {
            printError(DiscoverText::tr("No certificate could be read from “%1”. Give a PEM file.")
                           .arg(path));
            return UsageError;
        }
    }
    QDnsLookupResolver resolver;
    if (parser.isSet(dnsServer)) {
        const QHostAddress server(parser.value(dnsServer));
        if (server.isNull()) {
            printError(DiscoverText::tr("“%1” is not an IP address.").arg(parser.value(dnsServer)));
            return UsageError;
        }
        resolver.setNameserver(server);
    }

    ServerDiscovery discovery(&resolver, options);
    QObject::connect(&discovery, &ServerDiscovery::statusMessage, &discovery,
        [](const QString& message) { std::fprintf(stderr, "%s\n", message.toUtf8().constData()); });
    QEventLoop loop;
    QObject::connect(&discovery, &ServerDiscovery::finished, &loop, &QEventLoop::quit);
    if (!discovery.start(positional.first())) {
        printError(discovery.errorString());
        return UsageError;
    }
    loop.exec();

    if (discovery.serviceRefused()) {
        printLine(DiscoverText::tr("%1 states in DNS (RFC 6186) that it offers no POP3 service.")
                      .arg(discovery.domain()));
        return NetworkError;
    }
    const QList<ProbeResult> working = discovery.workingResults();
    if (working.isEmpty()) {
        printLine(
            DiscoverText::tr("No working POP3 server was found for %1.").arg(discovery.domain()));
        for (const ProbeResult& r : discovery.results()) {
            printLine(u"   "_qs
                + DiscoverText::tr("%1, port %2 (%3): %4")
                      .arg(r.candidate.host)
                      .arg(r.candidate.port)
                      .arg(securityName(r.candidate.security), r.error.toString()));
        }
        printLine(DiscoverText::tr("Ask your provider for the POP3 server name and port."));
        return NetworkError;
    }
    printLine(
        DiscoverText::tr("%n working server(s) for %1, best first:", nullptr, int(working.size()))
            .arg(discovery.address()));
    int rank = 1;
    for (const ProbeResult& r : working) {
        printWorking(rank++, r, discovery.suggestedUserName());
    }
    printLine(DiscoverText::tr("User name: most providers expect the full address, %1.")
                  .arg(discovery.suggestedUserName()));
    return Success;
}

} // namespace Postbote::Cli
