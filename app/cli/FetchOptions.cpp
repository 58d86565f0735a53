// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace Postbote::Cli {

namespace {

struct Options
{
    QCommandLineOption host {QStringLiteral("host"), QString(), QStringLiteral("H")};
    QCommandLineOption port {QStringLiteral("port"), QString(), QStringLiteral("P")};
    QCommandLineOption security {QStringLiteral("security"), QString(), QStringLiteral("MODE")};
    QCommandLineOption user {QStringLiteral("user"), QString(), QStringLiteral("U")};
    QCommandLineOption passwordFile {
        QStringLiteral("password-file"), QString(), QStringLiteral("F")};
    QCommandLineOption passwordStdin {QStringLiteral("password-stdin")};
    QCommandLineOption account {QStringLiteral("account"), QString(), QStringLiteral("NAME")};
    QCommandLineOption auth {QStringLiteral("auth"), QString(), QStringLiteral("MECH")};
    QCommandLineOption archive {QStringLiteral("archive"), QString(), QStringLiteral("DIR")};
    QCommandLineOption keep {QStringLiteral("keep")};
    QCommandLineOption remove {QStringLiteral("delete")};
    QCommandLineOption caFile {QStringLiteral("ca-file"), QString(), QStringLiteral("PEM")};
    QCommandLineOption timeout {QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS")};
    QCommandLineOption log {QStringLiteral("log"), QString(), QStringLiteral("FILE")};
    QCommandLineOption maxSize {QStringLiteral("max-size"), QString(), QStringLiteral("BYTES")};
    QCommandLineOption quiet {QStringLiteral("quiet")};
    QCommandLineOption pipelining {
        QStringLiteral("pipelining"), QString(), QStringLiteral("auto|on|off")};

    Options()
    {
        host.setDescription(FetchOptionsParser::tr("POP3 server name."));
        port.setDescription(
            FetchOptionsParser::tr("Server port (default 995 for tls, 110 otherwise)."));
        security.setDescription(
            FetchOptionsParser::tr("tls (default), starttls or none (unencrypted)."));
        user.setDescription(FetchOptionsParser::tr("User name on the server."));
        passwordFile.setDescription(
            FetchOptionsParser::tr("Read the password from the first line of this file."));
        passwordStdin.setDescription(
            FetchOptionsParser::tr("Read the password from standard input."));
        account.setDescription(FetchOptionsParser::tr("Use a stored account."));
        auth.setDescription(FetchOptionsParser::tr(
            "auto (default), user, apop, plain, login, cram-md5, scram-sha-1, scram-sha-256."));
        archive.setDescription(FetchOptionsParser::tr("The archive folder (a Maildir)."));
        keep.setDescription(FetchOptionsParser::tr("Leave all messages on the server (default)."));
        remove.setDescription(
            FetchOptionsParser::tr("Delete messages on the server once they are safely archived."));
        caFile.setDescription(FetchOptionsParser::tr(
            "Trust only the CA certificates in this PEM file, not the system’s."));
        timeout.setDescription(
            FetchOptionsParser::tr("Give up when the server is silent this long."));
        log.setDescription(
            FetchOptionsParser::tr("Write the POP3 dialogue to this file (passwords masked)."));
        maxSize.setDescription(
            FetchOptionsParser::tr("Leave larger messages on the server, unfetched."));
        quiet.setDescription(FetchOptionsParser::tr("No progress output."));
        pipelining.setDescription(
            FetchOptionsParser::tr("Send several commands at once: auto (if offered), on or off."));
    }

    QList<QCommandLineOption> all() const
    {
        return {host, port, security, user, passwordFile, passwordStdin, account, auth, archive,
            keep, remove, caFile, timeout, log, maxSize, quiet, pipelining};
    }
};

std::optional<AuthMethod> authFromName(const QString& name)
{
    static const QList<QPair<QString, AuthMethod>> names {
        {QStringLiteral("auto"), AuthMethod::Auto},
        {QStringLiteral("user"), AuthMethod::UserPass},
        {QStringLiteral("apop"), AuthMethod::Apop},
        {QStringLiteral("plain"), AuthMethod::Plain},
        {QStringLiteral("login"), AuthMethod::Login},
        {QStringLiteral("cram-md5"), AuthMethod::CramMd5},
        {QStringLiteral("scram-sha-1"), AuthMethod::ScramSha1},
        {QStringLiteral("scram-sha-256"), AuthMethod::ScramSha256},
    };
    for (const auto& entry : names) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            return entry.second;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<FetchOptions> FetchOptionsParser::parse(const QStringList& arguments, QString* error)
{
    const Options o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(o.all());
    if (!parser.parse(QStringList {QStringLiteral("fetch")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    FetchOptions options;
    SessionOptions& s = options.session;
    options.accountName = parser.value(o.account);
    const bool fromAccount = parser.isSet(o.account);
    if (fromAccount) {
        // The server, login and retention come from the stored account; a second source for
        // them would leave the user guessing which one applies.
        for (const QCommandLineOption& option : {o.host, o.port, o.security, o.user, o.auth,
                 o.archive, o.keep, o.remove, o.maxSize, o.pipelining}) {
            if (parser.isSet(option)) {
                *error = tr("--%1 cannot be combined with --account: the account defines it. "
                            "Change it with “postbote-cli account edit”.")
                             .arg(option.names().first());
                return std::nullopt;
            }
        }
        if (options.accountName.trimmed().isEmpty()) {
            *error = tr("--account needs the name of a stored account.");
            return std::nullopt;
        }
        if (parser.isSet(o.passwordFile) && parser.isSet(o.passwordStdin)) {
            *error = tr("Give at most one of --password-file or --password-stdin.");
            return std::nullopt;
        }
        options.passwordFile = parser.value(o.passwordFile);
        options.passwordFromStdin = parser.isSet(o.passwordStdin);
    }
    if (!fromAccount) {
        s.host = parser.value(o.host).trimmed();
        if (s.host.isEmpty()) {
            *error = tr("--host is missing: name the POP3 server.");
            return std::nullopt;
        }
        s.user = parser.value(o.user);
        if (s.user.isEmpty()) {
            *error = tr("--user is missing: give the user name on the server.");
            return std::nullopt;
        }
        const QString security
            = parser.isSet(o.security) ? parser.value(o.security).toLower() : QStringLiteral("tls");
        if (security == u"tls") {
            s.security = Security::ImplicitTls;
        } else if (security == u"starttls") {
            s.security = Security::StartTls;
        } else if (security == u"none") {
            s.security = Security::None;
        } else {
            *error = tr("--security must be tls, starttls or none, not “%1”.").arg(security);
            return std::nullopt;
        }
        s.port = s.security == Security::ImplicitTls ? 995 : 110;
        if (parser.isSet(o.port)) {
            bool ok = false;
            const uint port = parser.value(o.port).toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                *error = tr("--port must be a number from 1 to 65535, not “%1”.")
                             .arg(parser.value(o.port));
                return std::nullopt;
            }
            s.port = quint16(port);
        }
        if (parser.isSet(o.auth)) {
            const auto method = authFromName(parser.value(o.auth));
            if (!method) {
                *error = tr("--auth must be one of auto, user, apop, plain, login, cram-md5, "
                            "scram-sha-1 or scram-sha-256, not “%1”.")
                             .arg(parser.value(o.auth));
                return std::nullopt;
            }
            s.auth = *method;
        }
        const int sources = int(parser.isSet(o.passwordFile)) + int(parser.isSet(o.passwordStdin));
        if (sources != 1) {
            *error = tr("Give exactly one of --password-file or --password-stdin. A password is "
                        "never accepted on the command line.");
            return std::nullopt;
        }
        options.passwordFile = parser.value(o.passwordFile);
        options.passwordFromStdin = parser.isSet(o.passwordStdin);
        options.archiveDir = parser.value(o.archive);
        if (options.archiveDir.isEmpty()) {
            *error = tr("--archive is missing: name the folder to archive the mail in.");
            return std::nullopt;
        }
        if (parser.isSet(o.keep) && parser.isSet(o.remove)) {
            *error = tr("--keep and --delete exclude each other; choose one.");
            return std::nullopt;
        }
        options.deleteAfterArchiving = parser.isSet(o.remove);
    } // !fromAccount
    if (parser.isSet(o.caFile)) {
        s.caCertificates = QSslCertificate::fromPath(parser.value(o.caFile), QSsl::Pem);
        if (s.caCertificates.isEmpty()) {
            *error = tr("--ca-file “%1” holds no PEM certificate.").arg(parser.value(o.caFile));
            return std::nullopt;
        }
    }
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        const int seconds = parser.value(o.timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = tr("--timeout must be a number of seconds from 1 to 3600, not “%1”.")
                         .arg(parser.value(o.timeout));
            return std::nullopt;
        }
        s.timeouts.connectMs = s.timeouts.handshakeMs = s.timeouts.replyMs = seconds * 1000;
    }
    if (parser.isSet(o.maxSize)) {
        bool ok = false;
        options.maxSize = parser.value(o.maxSize).toLongLong(&ok);
        if (!ok || options.maxSize <= 0) {
            *error = tr("--max-size must be a positive number of bytes, not “%1”.")
                         .arg(parser.value(o.maxSize));
            return std::nullopt;
        }
    }
    if (parser.isSet(o.pipelining)) {
        const QString mode = parser.value(o.pipelining).toLower();
        if (mode == u"auto") {
            s.pipelining = PipeliningMode::Auto;
        } else if (mode == u"on") {
            s.pipelining = PipeliningMode::On;
        } else if (mode == u"off") {
            s.pipelining = PipeliningMode::Off;
        } else {
            *error = tr("--pipelining must be auto, on or off, not “%1”.").arg(mode);
            return std::nullopt;
        }
    }
    options.logFile = parser.value(o.log);
    options.quiet = parser.isSet(o.quiet);
    return options;
}

QString FetchOptionsParser::helpText()
{
    const Options o;
    QString text
        = tr("Usage: postbote-cli fetch --host H [--port P] [--security tls|starttls|none] "
             "--user U (--password-file F | --password-stdin) --archive DIR [options]")
        + QLatin1Char('\n')
        + tr("   or: postbote-cli fetch --account NAME [--password-file F | --password-stdin] "
             "[options]")
        + QLatin1String("\n\n");
    for (const QCommandLineOption& option : o.all()) {
        QString name = QLatin1String("--") + option.names().first();
        if (!option.valueName().isEmpty()) {
            name += QLatin1Char(' ') + option.valueName();
        }
        text += QStringLiteral("  %1  %2\n").arg(name, -28).arg(option.description());
    }
    return text;
}

std::optional<QString> readPassword(const QString& path, bool fromStdin, QString* error)
{
    QFile file;
    bool opened = false;
    if (fromStdin) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = FetchOptionsParser::tr("The password file “%1” cannot be read (%2).")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    // Only the first line: a trailing newline from `echo` or an editor is not part of it.
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        *error = FetchOptionsParser::tr("The password is empty.");
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

} // namespace Postbote::Cli
