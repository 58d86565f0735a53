// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MessageListLoader.h"

#include "archive/ArchiveIndex.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Postbote {

namespace {

std::atomic<int> s_connectionCounter {0};

QList<ArchiveRecord> readRows(QSqlDatabase& db, qint64 afterId, int limit, QString* error)
{
    QList<ArchiveRecord> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
        && query.value(0).toInt() != ArchiveIndex::SchemaVersion) {
        // Older or newer layout: only ArchiveIndex knows how to read (or migrate) it.
        *error = MessageListLoader::tr("The archive index has another layout; open the "
                                       "archive once to update it.");
        return result;
    }
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && query.next()) {
        result.reserve(limit > 0 ? qMin(limit, query.value(0).toInt()) : query.value(0).toInt());
    }
    const QString columns = QStringLiteral(
        "SELECT id, account, file, size, received, from_addr, subject, date, has_attachments,"
        " preview, seen, flagged, deleted_locally, partial FROM messages");
    if (limit > 0) {
        // The inbox's date: the Date header, else the time received (as MessageListModel).
        query.prepare(columns + QLatin1String(" ORDER BY COALESCE(date, received) DESC LIMIT ?"));
        query.addBindValue(limit);
    } else {
        query.prepare(columns + QLatin1String(" WHERE id > ? ORDER BY id"));
        query.addBindValue(afterId);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return result;
    }
    QString account;
    while (query.next()) {
        ArchiveRecord& r = result.emplace_back();
        r.id = query.value(0).toLongLong();
        // One archive is one account (mostly): share the string instead of 100,000 copies.
        const QString rowAccount = query.value(1).toString();
        if (rowAccount != account) {
            account = rowAccount;
        }
        r.account = account;
        r.fileName = query.value(2).toString();
        r.size = query.value(3).toLongLong();
        r.received = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        r.from = query.value(5).toString();
        r.subject = query.value(6).toString();
        const QVariant date = query.value(7);
        if (!date.isNull()) {
            r.date = QDateTime::fromMSecsSinceEpoch(date.toLongLong(), Qt::UTC);
        }
        r.hasAttachments = query.value(8).toBool();
        r.preview = query.value(9).toString();
        r.seen = query.value(10).toBool();
        r.flagged = query.value(11).toBool();
        r.deletedLocally = query.value(12).toBool();
        r.partial = query.value(13).toBool();
    }
    return result;
}

} // namespace

QList<ArchiveRecord> MessageListLoader::load(
    const QString& archiveDirectory, QString* error, qint64 afterId)
{
    return read(archiveDirectory, afterId, 0, error);
}

QList<ArchiveRecord> MessageListLoader::loadNewest(
    const QString& archiveDirectory, int limit, QString* error)
{
    return read(archiveDirectory, 0, qMax(1, limit), error);
}

QList<ArchiveRecord> MessageListLoader::read(
    const QString& archiveDirectory, qint64 afterId, int limit, QString* error)
{
    const QString path = ArchiveIndex::databasePath(archiveDirectory);
    if (!QFileInfo::exists(path)) {
        return {}; // nothing fetched yet: an empty inbox, not an error
    }
    const QString name = QStringLiteral("postbote-message-list-%1").arg(++s_connectionCounter);
    QList<ArchiveRecord> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // A fetch may be committing right now; wait for it like ArchiveIndex does.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            result = readRows(db, afterId, limit, error);
        } else {
            *error = tr("The archive index “%1” could not be read: %2")
                         .arg(QDir::toNativeSeparators(path), db.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Postbote
