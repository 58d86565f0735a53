// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Postbote {

/// One mailbox of an address header (RFC 5322 §3.4): the decoded display name (may be empty)
/// and the address itself (addr-spec, may be empty for broken input).
struct MailAddress
{
    QString name;
    QString address;

    /// "Name <addr>" when there is a display name, else just the address (or the name when
    /// the address is missing).
    QString display() const;
    bool operator==(const MailAddress& other) const
    {
        return name == other.name && address == other.address;
    }

    /// Joins display() of each address with ", ".
    static QString displayList(const QList<MailAddress>& addresses);

    /// Parses an address list field body (RFC 5322 §3.4: mailboxes, groups, angle
    /// addresses, "addr (Name)" comments, obsolete routes), decoding display names with
    /// HeaderDecoder. Broken lists give what can be recovered; never fails.
    static QList<MailAddress> parseList(const QByteArray& fieldBody);
};

} // namespace Postbote
