// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Postbote {

/// What a server announced in its CAPA reply (RFC 2449 §5, §6).
class Pop3Capabilities
{
public:
    /// Nothing known: CAPA was not (yet) asked, or the server does not support it.
    Pop3Capabilities() = default;
    /// Parses the payload lines of a positive CAPA reply.
    static Pop3Capabilities fromLines(const QList<QByteArray>& lines);

    /// True once a CAPA reply was parsed.
    bool isKnown() const { return m_known; }
    /// Case-insensitive test for a capability tag such as "UIDL".
    bool has(const QByteArray& tag) const;
    /// Arguments of a capability ("SASL PLAIN LOGIN" → {"PLAIN", "LOGIN"}), upper-cased.
    QList<QByteArray> arguments(const QByteArray& tag) const;

    QList<QByteArray> saslMechanisms() const { return arguments("SASL"); }
    bool hasSasl(const QByteArray& mechanism) const;
    bool hasPipelining() const { return has("PIPELINING"); }
    bool hasStls() const { return has("STLS"); }
    bool hasUidl() const { return has("UIDL"); }
    bool hasTop() const { return has("TOP"); }
    bool hasUser() const { return has("USER"); }
    bool hasRespCodes() const { return has("RESP-CODES"); }
    QByteArray implementation() const;
    QList<QByteArray> tags() const;

private:
    QList<QList<QByteArray>> m_entries; // each: tag, arguments…
    bool m_known = false;
};

} // namespace Postbote
