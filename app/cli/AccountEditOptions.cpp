// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountEditOptions.h"

#include <QCommandLineParser>

namespace Postbote::Cli {

namespace {

struct Options
{
    QCommandLineOption name {QStringLiteral("name"), QString(), QStringLiteral("NAME")};
    QCommandLineOption email {QStringLiteral("email"), QString(), QStringLiteral("ADDRESS")};
    QCommandLineOption host {QStringLiteral("host"), QString(), QStringLiteral("H")};
    QCommandLineOption port {QStringLiteral("port"), QString(), QStringLiteral("P")};
    QCommandLineOption security {QStringLiteral("security"), QString(), QStringLiteral("MODE")};
    QCommandLineOption auth {QStringLiteral("auth"), QString(), QStringLiteral("MECH")};
    QCommandLineOption user {QStringLiteral("user"), QString(), QStringLiteral("U")};
    QCommandLineOption allowCleartext {QStringLiteral("allow-cleartext")};
    QCommandLineOption denyCleartext {QStringLiteral("no-allow-cleartext")};
    QCommandLineOption keep {QStringLiteral("keep")};
    QCommandLineOption remove {QStringLiteral("delete")};
    QCommandLineOption keepDays {QStringLiteral("keep-days"), QString(), QStringLiteral("N")};
    QCommandLineOption keepNewest {QStringLiteral("keep-newest"), QString(), QStringLiteral("N")};
    QCommandLineOption keepMb {QStringLiteral("keep-mb"), QString(), QStringLiteral("N")};
    QCommandLineOption deleteLocallyDeleted {QStringLiteral("delete-locally-deleted")};
    QCommandLineOption maxSize {QStringLiteral("max-size"), QString(), QStringLiteral("BYTES")};
    QCommandLineOption retention {QStringLiteral("retention"), QString(), QStringLiteral("POLICY")};
    QCommandLineOption interval {
        QStringLiteral("check-interval"), QString(), QStringLiteral("MINUTES")};
    QCommandLineOption pipelining {
        QStringLiteral("pipelining"), QString(), QStringLiteral("auto|on|off")};
    QCommandLineOption enable {QStringLiteral("enable")};
    QCommandLineOption disable {QStringLiteral("disable")};

    Options()
    {
        using T = AccountEditOptions;
        name.setDescription(T::tr("The account's name (unique)."));
        email.setDescription(T::tr("Your e-mail address."));
        host.setDescription(T::tr("POP3 server name."));
        port.setDescription(T::tr("Server port (default 995 for tls, 110 otherwise)."));
        security.setDescription(T::tr("tls (default), starttls or none (unencrypted)."));
        auth.setDescription(T::tr(
            "auto (default), user, apop, plain, login, cram-md5, scram-sha-1, scram-sha-256."));
        user.setDescription(T::tr("User name on the server."));
        allowCleartext.setDescription(
            T::tr("Allow user, plain or login to send the password unencrypted (security none)."));
        denyCleartext.setDescription(T::tr("Withdraw --allow-cleartext."));
        keep.setDescription(T::tr("Leave all messages on the server (default)."));
        remove.setDescription(T::tr("Delete messages on the server once they are archived."));
        keepDays.setDescription(T::tr("Delete archived messages after N days on the server."));
        keepNewest.setDescription(T::tr("Keep only the N newest messages on the server."));
        keepMb.setDescription(T::tr("Keep at most N MB on the server."));
        deleteLocallyDeleted.setDescription(
            T::tr("Also delete on the server what you deleted in the archive."));
        maxSize.setDescription(T::tr("Fetch only the headers of larger messages (0: no limit)."));
        retention.setDescription(
            T::tr("The whole retention policy, e.g. “keep-days=30,max-size=1000000”."));
        interval.setDescription(T::tr("Check every N minutes (0: only when asked)."));
        pipelining.setDescription(
            T::tr("Send several commands at once: auto (if offered), on or off."));
        enable.setDescription(T::tr("Include the account in mail checks (default)."));
        disable.setDescription(T::tr("Leave the account out of mail checks."));
    }

    QList<QCommandLineOption> all() const
    {
        return {name, email, host, port, security, auth, user, allowCleartext, denyCleartext, keep,
            remove, keepDays, keepNewest, keepMb, deleteLocallyDeleted, maxSize, retention,
            interval, pipelining, enable, disable};
    }
};

std::optional<int> number(const QString& text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        return std::nullopt;
    }
    return value;
}

bool applyRetention(
    const Options& o, const QCommandLineParser& parser, RetentionPolicy& policy, QString* error)
{
    using T = AccountEditOptions;
    if (parser.isSet(o.retention)) {
        const auto parsed = RetentionPolicy::fromString(parser.value(o.retention), error);
        if (!parsed) {
            *error = T::tr("--retention: %1").arg(*error);
            return false;
        }
        policy = *parsed;
    }
    const QList<QCommandLineOption> modes {o.keep, o.remove, o.keepDays, o.keepNewest, o.keepMb};
    QStringList given;
    for (const QCommandLineOption& mode : modes) {
        if (parser.isSet(mode)) {
            given.append(QLatin1String("--") + mode.names().first());
        }
    }
    if (given.size() > 1) {
        *error = T::tr("%1 exclude each other; choose one.").arg(given.join(QStringLiteral(", ")));
        return false;
    }
    const auto limited
        = [&](const QCommandLineOption& option, RetentionPolicy::Mode mode, int maximum) {
              const auto value = number(parser.value(option), 1, maximum);
              if (!value) {
                  *error = T::tr("--%1 must be a number from 1 to %2, not “%3”.")
                               .arg(option.names().first())
                               .arg(maximum)
                               .arg(parser.value(option));
                  return false;
              }
              policy.mode = mode;
              policy.limit = *value;
              return true;
          };
    if (parser.isSet(o.keep)) {
        policy.mode = RetentionPolicy::Mode::KeepOnServer;
        policy.limit = 0;
    } else if (parser.isSet(o.remove)) {
        policy.mode = RetentionPolicy::Mode::DeleteAfterArchiving;
        policy.limit = 0;
    } else if (parser.isSet(o.keepDays)
        && !limited(o.keepDays, RetentionPolicy::Mode::KeepDays, RetentionPolicy::MaxDays)) {
        return false;
    } else if (parser.isSet(o.keepNewest)
        && !limited(o.keepNewest, RetentionPolicy::Mode::KeepNewest, RetentionPolicy::MaxNewest)) {
        return false;
    } else if (parser.isSet(o.keepMb)
        && !limited(
            o.keepMb, RetentionPolicy::Mode::KeepMaxMegabytes, RetentionPolicy::MaxMegabytes)) {
        return false;
    }
    if (parser.isSet(o.deleteLocallyDeleted)) {
        policy.deleteWhenDeletedLocally = true;
    }
    if (parser.isSet(o.maxSize)) {
        bool ok = false;
        const qint64 bytes = parser.value(o.maxSize).toLongLong(&ok);
        if (!ok || bytes < 0) {
            *error = T::tr("--max-size must be a number of bytes (0: no limit), not “%1”.")
                         .arg(parser.value(o.maxSize));
            return false;
        }
        policy.maxMessageBytes = bytes;
    }
    return true;
}

} // namespace

std::optional<AccountEditOptions::Parsed> AccountEditOptions::apply(
    const Account& base, const QStringList& arguments, bool adding, QString* error)
{
    const Options o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(o.all());
    if (!parser.parse(QStringList {QStringLiteral("account")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    Parsed parsed;
    parsed.positional = parser.positionalArguments();
    Account& a = parsed.account;
    a = base;
    if (adding) {
        for (const QCommandLineOption& required : {o.name, o.host, o.user}) {
            if (!parser.isSet(required)) {
                *error = tr("--%1 is missing.").arg(required.names().first());
                return std::nullopt;
            }
        }
    }
    if (parser.isSet(o.name)) {
        a.name = parser.value(o.name).trimmed();
    }
    if (parser.isSet(o.email)) {
        a.email = parser.value(o.email).trimmed();
    }
    if (parser.isSet(o.host)) {
        a.host = parser.value(o.host).trimmed();
    }
    if (parser.isSet(o.user)) {
        a.user = parser.value(o.user);
    }
    if (parser.isSet(o.security)) {
        const auto security = Account::securityFromKey(parser.value(o.security));
        if (!security) {
            *error = tr("--security must be tls, starttls or none, not “%1”.")
                         .arg(parser.value(o.security));
            return std::nullopt;
        }
        // A port that was the old default follows the new security's default.
        if (!parser.isSet(o.port) && a.port == Account::defaultPort(a.security)) {
            a.port = Account::defaultPort(*security);
        }
        a.security = *security;
    }
    if (parser.isSet(o.port)) {
        const auto port = number(parser.value(o.port), 1, 65535);
        if (!port) {
            *error = tr("--port must be a number from 1 to 65535, not “%1”.")
                         .arg(parser.value(o.port));
            return std::nullopt;
        }
        a.port = *port;
    }
    if (parser.isSet(o.auth)) {
        const auto method = Account::authFromKey(parser.value(o.auth));
        if (!method) {
            *error = tr("--auth must be one of auto, user, apop, plain, login, cram-md5, "
                        "scram-sha-1 or scram-sha-256, not “%1”.")
                         .arg(parser.value(o.auth));
            return std::nullopt;
        }
        a.auth = *method;
    }
    if (parser.isSet(o.allowCleartext) && parser.isSet(o.denyCleartext)) {
        *error = tr("--allow-cleartext and --no-allow-cleartext exclude each other; choose one.");
        return std::nullopt;
    }
    if (parser.isSet(o.allowCleartext)) {
        a.allowCleartext = true;
    } else if (parser.isSet(o.denyCleartext)) {
        a.allowCleartext = false;
    }
    if (!applyRetention(o, parser, a.retention, error)) {
        return std::nullopt;
    }
    if (parser.isSet(o.interval)) {
        const auto minutes = number(parser.value(o.interval), 0, 7 * 24 * 60);
        if (!minutes) {
            *error = tr("--check-interval must be a number of minutes from 0 to %1, not “%2”.")
                         .arg(7 * 24 * 60)
                         .arg(parser.value(o.interval));
            return std::nullopt;
        }
        a.checkIntervalMinutes = *minutes;
    }
    if (parser.isSet(o.pipelining)) {
        const auto mode = Account::pipeliningFromKey(parser.value(o.pipelining));
        if (!mode) {
            *error = tr("--pipelining must be auto, on or off, not “%1”.")
                         .arg(parser.value(o.pipelining));
            return std::nullopt;
        }
        a.pipelining = *mode;
    }
    if (parser.isSet(o.enable) && parser.isSet(o.disable)) {
        *error = tr("--enable and --disable exclude each other; choose one.");
        return std::nullopt;
    }
    if (parser.isSet(o.enable) || parser.isSet(o.disable)) {
        a.enabled = parser.isSet(o.enable);
    }
    return parsed;
}

QString AccountEditOptions::helpText()
{
    const Options o;
    QString text;
    for (const QCommandLineOption& option : o.all()) {
        QString name = QLatin1String("--") + option.names().first();
        if (!option.valueName().isEmpty()) {
            name += QLatin1Char(' ') + option.valueName();
        }
        text += QStringLiteral("  %1  %2\n").arg(name, -28).arg(option.description());
    }
    return text;
}

} // namespace Postbote::Cli
