// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Command.h"

namespace Postbote {

namespace {

const QString Mask = QStringLiteral("****");

bool safeArgument(const QByteArray& argument)
{
    // A CR, LF or NUL inside an argument would let one command smuggle in another.
    return !argument.contains('\r') && !argument.contains('\n') && !argument.contains('\0');
}

QByteArray number(int n)
{
    return QByteArray::number(n);
}

} // namespace

Pop3Command::Pop3Command(
    Verb verb, const QByteArray& arguments, const QString& masked, bool multiline)
    : m_verb(verb)
    , m_wire(arguments + "\r\n")
    , m_masked(masked)
    , m_multiline(multiline)
{
    m_valid = safeArgument(arguments)
        && (verb == Verb::AuthResponse || m_wire.size() <= MaxCommandLength);
}

bool Pop3Command::isBarrier() const
{
    switch (m_verb) {
    case Verb::Capa:
    case Verb::Stls:
    case Verb::User:
    case Verb::Pass:
    case Verb::Apop:
    case Verb::Auth:
    case Verb::AuthResponse:
    case Verb::Quit:
        return true;
    default:
        return false;
    }
}

Pop3Command Pop3Command::capa()
{
    return Pop3Command(Verb::Capa, "CAPA", QStringLiteral("CAPA"), true);
}

Pop3Command Pop3Command::stls()
{
    return Pop3Command(Verb::Stls, "STLS", QStringLiteral("STLS"), false);
}

Pop3Command Pop3Command::user(const QString& name)
{
    return Pop3Command(Verb::User, "USER " + name.toUtf8(), QStringLiteral("USER ") + name, false);
}

Pop3Command Pop3Command::pass(const QString& password)
{
    Pop3Command command(
        Verb::Pass, "PASS " + password.toUtf8(), QStringLiteral("PASS ") + Mask, false);
    // RFC 1939 §7 allows spaces in the password, but never an empty one.
    command.m_valid = command.m_valid && !password.isEmpty();
    return command;
}

Pop3Command Pop3Command::apop(const QString& name, const QByteArray& hexDigest)
{
    return Pop3Command(Verb::Apop, "APOP " + name.toUtf8() + ' ' + hexDigest,
        QStringLiteral("APOP ") + name + QLatin1Char(' ') + Mask, false);
}

Pop3Command Pop3Command::auth(const QByteArray& mechanism, const QByteArray& initialResponse)
{
    QByteArray line = "AUTH " + mechanism;
    QString masked = QStringLiteral("AUTH ") + QString::fromLatin1(mechanism);
    if (!initialResponse.isEmpty()) {
        line += ' ' + initialResponse;
        masked += QLatin1Char(' ') + Mask;
    }
    return Pop3Command(Verb::Auth, line, masked, false);
}

Pop3Command Pop3Command::authResponse(const QByteArray& base64Response)
{
    return Pop3Command(Verb::AuthResponse, base64Response, Mask, false);
}

Pop3Command Pop3Command::authCancel()
{
    // RFC 5034 §4: a lone "*" cancels the exchange.
    return Pop3Command(Verb::AuthResponse, "*", QStringLiteral("*"), false);
}

Pop3Command Pop3Command::stat()
{
    return Pop3Command(Verb::Stat, "STAT", QStringLiteral("STAT"), false);
}

Pop3Command Pop3Command::list(int n)
{
    if (n == 0) {
        return Pop3Command(Verb::List, "LIST", QStringLiteral("LIST"), true);
    }
    Pop3Command command(Verb::List, "LIST " + number(n), QStringLiteral("LIST %1").arg(n), false);
    command.m_valid = command.m_valid && n > 0;
    return command;
}

Pop3Command Pop3Command::uidl(int n)
{
    if (n == 0) {
        return Pop3Command(Verb::Uidl, "UIDL", QStringLiteral("UIDL"), true);
    }
    Pop3Command command(Verb::Uidl, "UIDL " + number(n), QStringLiteral("UIDL %1").arg(n), false);
    command.m_valid = command.m_valid && n > 0;
    return command;
}

Pop3Command Pop3Command::retr(int n)
{
    Pop3Command command(Verb::Retr, "RETR " + number(n), QStringLiteral("RETR %1").arg(n), true);
    command.m_valid = command.m_valid && n > 0;
    return command;
}

Pop3Command Pop3Command::top(int n, int lines)
{
    Pop3Command command(Verb::Top, "TOP " + number(n) + ' ' + number(lines),
        QStringLiteral("TOP %1 %2").arg(n).arg(lines), true);
    command.m_valid = command.m_valid && n > 0 && lines >= 0;
    return command;
}

Pop3Command Pop3Command::dele(int n)
{
    Pop3Command command(Verb::Dele, "DELE " + number(n), QStringLiteral("DELE %1").arg(n), false);
    command.m_valid = command.m_valid && n > 0;
    return command;
}

Pop3Command Pop3Command::rset()
{
    return Pop3Command(Verb::Rset, "RSET", QStringLiteral("RSET"), false);
}

Pop3Command Pop3Command::noop()
{
    return Pop3Command(Verb::Noop, "NOOP", QStringLiteral("NOOP"), false);
}

Pop3Command Pop3Command::quit()
{
    return Pop3Command(Verb::Quit, "QUIT", QStringLiteral("QUIT"), false);
}

} // namespace Postbote
