// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Postbote {

/// One POP3 command as it goes on the wire, together with the text that may be shown of it.
///
/// Sensitive arguments (the PASS password, the APOP digest, every AUTH payload) are masked
/// here, where the command is made, so that no layer above can log a secret by accident.
class Pop3Command
{
public:
    enum class Verb {
        Capa,
        Stls,
        User,
        Pass,
        Apop,
        Auth,
        AuthResponse, ///< a SASL continuation line (RFC 5034 §4), or "*" to cancel
        Stat,
        List,
        Uidl,
        Retr,
        Top,
        Dele,
        Rset,
        Noop,
        Quit,
    };

    /// RFC 2449 §4: a command line, CRLF included, is at most 255 octets. SASL continuation
    /// lines are exempt (RFC 5034 §4 puts no limit on them).
    static constexpr qsizetype MaxCommandLength = 255;

    /// An empty, invalid command (for containers); never sent.
    Pop3Command() = default;

    static Pop3Command capa();
    static Pop3Command stls();
    static Pop3Command user(const QString& name);
    static Pop3Command pass(const QString& password);
    static Pop3Command apop(const QString& name, const QByteArray& hexDigest);
    /// AUTH with an optional, already base64-encoded initial response ("=" for an empty one).
    static Pop3Command auth(const QByteArray& mechanism, const QByteArray& initialResponse = {});
    static Pop3Command authResponse(const QByteArray& base64Response);
    static Pop3Command authCancel();
    static Pop3Command stat();
    /// LIST or UIDL for the whole mailbox (multi-line) or for message \a number (one line).
    static Pop3Command list(int number = 0);
    static Pop3Command uidl(int number = 0);
    static Pop3Command retr(int number);
    static Pop3Command top(int number, int lines);
    static Pop3Command dele(int number);
    static Pop3Command rset();
    static Pop3Command noop();
    static Pop3Command quit();

    Verb verb() const { return m_verb; }
    /// The bytes to send, CRLF included.
    QByteArray wire() const { return m_wire; }
    /// What a log may show: the command without CRLF, secrets replaced by "****".
    QString maskedText() const { return m_masked; }
    /// True for commands that must go alone: nothing else in flight when they are written,
    /// nothing written after them until their reply arrived (RFC 2449 §6.6, RFC 2595 §4).
    bool isBarrier() const;
    /// True if a positive reply to this command carries a multi-line payload (RFC 1939 §3).
    bool expectsMultiline() const { return m_multiline; }
    /// False if an argument holds CR, LF or NUL, a message number is not positive, or the
    /// line is too long; such a command is never sent.
    bool isValid() const { return m_valid; }

private:
    Pop3Command(Verb verb, const QByteArray& arguments, const QString& masked, bool multiline);

    Verb m_verb = Verb::Noop;
    QByteArray m_wire;
    QString m_masked;
    bool m_multiline = false;
    bool m_valid = false;
};

} // namespace Postbote

Q_DECLARE_METATYPE(Postbote::Pop3Command)
