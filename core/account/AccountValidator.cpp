// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountValidator.h"

#include <QHostAddress>
#include <QUrl>

namespace Postbote {

namespace {

bool isLdh(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'-';
}

bool isAsciiHostName(const QString& name)
{
    QString host = name;
    if (host.endsWith(QLatin1Char('.'))) {
        host.chop(1); // the root label: "pop.example.org." is fully qualified
    }
    // RFC 1123 §2.1: host names up to 255 octets; in DNS wire form that leaves 253 characters.
    if (host.isEmpty() || host.size() > 253) {
        return false;
    }
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-'))) {
            return false;
        }
        for (const QChar c : label) {
            if (!isLdh(c)) {
                return false;
            }
        }
    }
    // RFC 1123 §2.1: a name must not look like a dotted-decimal number, so a last label of
    // digits only means a mistyped address ("192.168.1.300", "10.0.1").
    bool allDigits = true;
    for (const QChar c : labels.last()) {
        allDigits = allDigits && c.isDigit();
    }
    return !allDigits;
}

} // namespace

bool AccountValidator::isValidHost(const QString& host)
{
    if (host.isEmpty() || host != host.trimmed()) {
        return false;
    }
    QString literal = host;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']'))) {
        literal = literal.mid(1, literal.size() - 2);
        QHostAddress address;
        return address.setAddress(literal) && address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    QHostAddress address;
    if (address.setAddress(literal)) {
        // QHostAddress also takes "1.2" or "127.1" (inet_aton forms); only the full dotted
        // quad is an address literal people mean.
        return address.protocol() == QAbstractSocket::IPv6Protocol
            || literal.count(QLatin1Char('.')) == 3;
    }
    bool ascii = true;
    for (const QChar c : host) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        return isAsciiHostName(host);
    }
    // An internationalised name (RFC 5890): valid if its A-label form is.
    const QByteArray ace = QUrl::toAce(host);
    return !ace.isEmpty() && isAsciiHostName(QString::fromLatin1(ace));
}

bool AccountValidator::isValidEmail(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1) {
        return false;
    }
    const QString local = address.left(at);
    for (const QChar c : local) {
        if (c.isSpace() || c == u'<' || c == u'>' || c == u',') {
            return false;
        }
    }
    const QString domain = address.mid(at + 1);
    return isValidHost(domain) && domain.contains(QLatin1Char('.'))
        && !domain.startsWith(QLatin1Char('['));
}

QList<AccountValidator::Problem> AccountValidator::validate(
    const Account& account, const QList<Account>& others)
{
    QList<Problem> problems;
    const QString name = account.name.trimmed();
    if (name.isEmpty()) {
        problems.append({Field::Name,
            tr("The account has no name. Give it a name to tell it "
               "from your other accounts.")});
    } else {
        for (const Account& other : others) {
            if (other.id != account.id
                && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                problems.append({Field::Name,
                    tr("Another account is already called “%1”. Choose a different name.")
                        .arg(name)});
                break;
            }
        }
    }
    if (!account.email.isEmpty() && !isValidEmail(account.email)) {
        problems.append({Field::Email,
            tr("“%1” is not an e-mail address. Write it as name@example.org.").arg(account.email)});
    }
    if (account.host.trimmed().isEmpty()) {
        problems.append({Field::Host,
            tr("The server name is missing. Enter the POP3 server, such as pop.example.org.")});
    } else if (!isValidHost(account.host)) {
        problems.append({Field::Host,
            tr("“%1” is not a valid server name. Use a name such as pop.example.org (letters, "
               "digits, hyphens and dots) or an IP address.")
                .arg(account.host)});
    }
    if (account.port < 1 || account.port > 65535) {
        problems.append({Field::Port,
            tr("The port must be a number from 1 to 65535, not %1. POP3 uses 995 with TLS and "
               "110 otherwise.")
                .arg(account.port)});
    }
    // The engine (AuthSelector) sends an explicitly chosen clear-text mechanism even over an
    // unencrypted connection; the account only allows that as the user's explicit decision.
    if (account.security == Security::None && Account::isCleartextMethod(account.auth)
        && !account.allowCleartext) {
        problems.append({Field::Auth,
            tr("The login method %1 sends the password in clear text, and this connection is "
               "unencrypted. Choose TLS or STARTTLS, a method such as CRAM-MD5 or SCRAM, or "
               "explicitly allow clear-text passwords for this account.")
                .arg(authMethodName(account.auth))});
    }
    if (account.user.isEmpty()) {
        problems.append({Field::User,
            tr("The user name is missing. Enter the name you log in "
               "with, often your e-mail address.")});
    } else if (account.user.contains(QLatin1Char('\n'))
        || account.user.contains(QLatin1Char('\r'))) {
        problems.append({Field::User, tr("The user name must not contain a line break.")});
    }
    const QString retentionProblem = account.retention.validate();
    if (!retentionProblem.isEmpty()) {
        problems.append({Field::Retention, retentionProblem});
    }
    if (account.checkIntervalMinutes < 0
        || account.checkIntervalMinutes > MaxCheckIntervalMinutes) {
        problems.append({Field::CheckInterval,
            tr("Check for mail every 1 to %1 minutes, or choose 0 to check only when you ask.")
                .arg(MaxCheckIntervalMinutes)});
    }
    return problems;
}

QString AccountValidator::firstProblem(const Account& account, const QList<Account>& others)
{
    const QList<Problem> problems = validate(account, others);
    return problems.isEmpty() ? QString() : problems.first().message;
}

} // namespace Postbote
