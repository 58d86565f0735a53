// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FetchPlan.h"
#include "sync/RetentionPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Postbote {

/// Decides what one check does: compares the server's listing with what the archive holds and
/// applies the retention policy. Pure: no I/O, no clock (the caller passes `now`), the same
/// input always gives the same plan, so it is tested on tables.
///
/// Safety rules it guarantees, whatever the policy:
/// - A message is deleted only if the archive already holds it whole, or if it is retrieved
///   whole in this plan (then the deletion is marked afterArchiving: DELE only once durable).
/// - A partial message (headers only) is deleted only when the user deleted it locally and the
///   policy deletes such messages; a message over the size limit that is not archived is
///   never deleted.
/// - A message whose UIDL is missing or shared with another message in the listing is never
///   deleted: a broken server must not make Postbote delete the wrong mail.
/// - Without UIDL nothing is deleted except in classic POP3 (DeleteAfterArchiving), where
///   each message is deleted in the same session, after it became durable: message numbers are
///   assigned once when the maildrop is opened and hold for the whole session (RFC 1939 §4).
///
/// "Newest" and "oldest" (KeepNewest, KeepMaxMegabytes) follow the server's order: higher
/// message numbers are newer. Servers list the maildrop in arrival order, and first-seen times
/// cannot order messages that were all first fetched in the same check.
class SyncPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::SyncPlanner)

public:
    /// One line of the merged LIST and UIDL replies.
    struct ServerMessage
    {
        int number = 0;
        QByteArray uidl; ///< empty if the server gave none
        qint64 size = 0; ///< octets as LIST reports them
    };

    /// What the archive knows about one UIDL of this account.
    struct ArchiveEntry
    {
        QDateTime firstSeen;         ///< when it was first archived; invalid if unknown
        bool deletedLocally = false; ///< the user deleted it; the UIDL is remembered
        bool partial = false;        ///< only its headers are stored
    };

    struct Input
    {
        QList<ServerMessage> listing;
        QHash<QByteArray, ArchiveEntry> archive; ///< by UIDL
        RetentionPolicy policy;
        QDateTime now;
        bool serverHasUidl = true;
        bool serverHasTop = true;
    };

    static FetchPlan plan(const Input& input);
};

} // namespace Postbote
