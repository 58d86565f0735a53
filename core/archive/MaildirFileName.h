// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Postbote {

/// The name of a message file in a Maildir, built and parsed.
///
/// Postbote's names follow the Maildir convention "time.unique.host" (unique = M<microseconds>
/// P<pid> Q<per-process sequence>), followed by comma-separated fields in the style Dovecot
/// uses for ",S=<size>", and in cur/ by the info ":2,<flags>":
///
///     1712345678.M042137P4711Q3.host,A=max%40example.org,U=00000001,S=2048:2,FS
///
/// A (or B) carries the account, U (or V) the POP3 UIDL, H=1 marks a headers-only copy and S the
/// stored size. The account and UIDL are encoded reversibly so that the index can be rebuilt
/// from the Maildir alone: percent-encoding that never produces '/', ':' or ',' (A, U), or
/// unpadded base64url where that is shorter (B, V), which bounds the name length for the most
/// hostile 70-character UIDL (RFC 1939 §7) to what every file system accepts.
class MaildirFileName
{
public:
    MaildirFileName() = default;

    /// A fresh unique name for a message being delivered now (no size, no info).
    static MaildirFileName create(const QString& account, const QByteArray& uidl, bool partial);
    /// Any file name found in new/ or cur/, ours or another program's.
    static MaildirFileName parse(const QString& fileName);

    bool isValid() const { return !m_unique.isEmpty(); }
    /// True if the name carries an account, i.e. Postbote wrote it.
    bool isPostbote() const { return m_hasAccount; }

    /// Everything before the info: stable when flags change, so it identifies the message.
    QString base() const;
    /// The whole name: base plus ":2,<flags>" where there is an info part.
    QString fileName() const;

    QString account() const { return m_account; }
    QByteArray uidl() const { return m_uidl; }
    bool isPartial() const { return m_partial; }
    /// The S= field, -1 when absent.
    qint64 size() const { return m_size; }
    /// When the file was named (UTC, millisecond precision); invalid for foreign names.
    QDateTime deliveryTime() const;
    qint64 pid() const { return m_pid; }
    /// The host part as written in the name (with '/', ':' and ',' escaped as \057 \072 \054).
    QString host() const { return m_host; }

    bool hasInfo() const { return m_hasInfo; }
    /// The flags of the ":2," info (sorted), empty without info.
    QString flags() const { return m_flags; }

    MaildirFileName withFlags(const QString& flags) const;
    MaildirFileName withSize(qint64 size) const;
    /// The same fields under a new unique part, for retrying when a name is taken.
    MaildirFileName renewed() const;

    /// Flags as the Maildir spec wants them: each once, in ASCII order, printable letters only.
    static QString normalizedFlags(const QString& flags);
    /// This machine's host name as it appears in names.
    static QString localHost();
    static QString encodePercent(const QByteArray& value);
    static QByteArray decodePercent(const QString& value);

private:
    void setFields(const QString& account, const QByteArray& uidl, bool partial);
    void parseUnique();
    void parseFields();

    QString m_unique;
    QStringList m_fields;
    bool m_hasInfo = false;
    QString m_info; // raw text after ':' for infos other than "2,"
    QString m_flags;

    QString m_account;
    bool m_hasAccount = false;
    QByteArray m_uidl;
    bool m_partial = false;
    qint64 m_size = -1;
    qint64 m_seconds = -1;
    int m_micros = 0;
    qint64 m_pid = 0;
    QString m_host;
};

} // namespace Postbote
