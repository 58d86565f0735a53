// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Postbote {

/// One archived message as the index knows it: where its file is, which server message it
/// came from, and the summary the inbox shows. Everything except the summary can be derived
/// again from the Maildir file (name and contents), which is what makes the index a cache.
struct ArchiveRecord
{
    qint64 id = 0;
    QString account;
    QByteArray uidl;    ///< empty when the server had no UIDL (stored as NULL)
    QString fileName;   ///< relative to the Maildir root: "new/…" or "cur/…:2,FS"
    qint64 size = 0;    ///< bytes of the stored file (LF line ends)
    QDateTime received; ///< UTC, millisecond precision, taken from the file name
    QByteArray sha256;  ///< raw 32 bytes of the stored file

    // Summary, filled by message parsing; empty until then.
    QString from;
    QString to;
    QString subject;
    QDateTime date; ///< the Date header in UTC; invalid if unknown
    QString messageId;
    bool hasAttachments = false;
    QString preview;

    bool seen = false;
    bool flagged = false;
    bool deletedLocally = false;
    bool partial = false; ///< only the header was fetched (TOP n 0)

    /// The copy of this account's message with this UIDL (a full or a header-only one).
    bool isMessage(const QString& otherAccount, const QByteArray& otherUidl) const
    {
        return account == otherAccount && uidl == otherUidl;
    }
    /// Equality over what rebuild() can restore: everything but id and the summary.
    bool sameStoredState(const ArchiveRecord& other) const
    {
        return account == other.account && uidl == other.uidl && fileName == other.fileName
            && size == other.size && received == other.received && sha256 == other.sha256
            && seen == other.seen && flagged == other.flagged
            && deletedLocally == other.deletedLocally && partial == other.partial;
    }
};

} // namespace Postbote
