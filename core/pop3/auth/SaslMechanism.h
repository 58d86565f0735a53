// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/SessionOptions.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace Postbote {

/// One SASL client mechanism (RFC 4422) as POP3's AUTH uses it (RFC 5034). Works on raw
/// bytes; the session does the base64 framing of "+ " challenges and response lines.
class SaslMechanism
{
public:
    virtual ~SaslMechanism();

    /// The IANA name sent after AUTH, e.g. "SCRAM-SHA-256".
    virtual QByteArray name() const = 0;
    /// The client-first message, if the mechanism starts with one (RFC 4422 §4 initial
    /// response); nothing if it waits for the server's first challenge.
    virtual std::optional<QByteArray> initialResponse() = 0;
    /// The response to a server challenge; nothing if the challenge is invalid or the server
    /// failed to prove itself, and the exchange must be cancelled with "*".
    virtual std::optional<QByteArray> respond(const QByteArray& challenge) = 0;
    /// Asked when the server says +OK. Mechanisms that authenticate the server (SCRAM) say
    /// false if its proof was missing or wrong; the session then refuses to continue.
    virtual bool isComplete() const { return true; }
    /// A reason for the last failure of respond() or isComplete(), translated.
    QString errorString() const { return m_error; }

    /// The mechanism for \a method, or nullptr for USER/PASS, APOP and Auto.
    static std::unique_ptr<SaslMechanism> create(
        AuthMethod method, const QString& user, const QString& password);

protected:
    void setErrorString(const QString& error) { m_error = error; }

private:
    QString m_error;
};

} // namespace Postbote
