// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveIndex.h"

#include "archive/ArchiveReconciler.h"
#include "archive/ArchiveSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Postbote {

namespace {

std::atomic<int> s_connectionCounter {0};

// SQLite's primary result codes (sqlite3.h) that change what the user must do.
enum SqliteCode { Busy = 5, Locked = 6, Corrupt = 11, NotADatabase = 26 };

int sqliteCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

// The driver binds a null QString as NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QLatin1String("") : value;
}

QVariant blobOrNull(const QByteArray& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(value);
}

QVariant msecsOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ArchiveIndex::ArchiveIndex(const QString& maildirRoot)
    : m_root(QDir::cleanPath(maildirRoot))
    , m_connectionName(QStringLiteral("postbote-archive-index-%1").arg(++s_connectionCounter))
{ }

ArchiveIndex::~ArchiveIndex()
{
    close();
}

void ArchiveIndex::checkpoint(const QString& maildirRoot)
{
    const QString name
        = QStringLiteral("postbote-archive-checkpoint-%1").arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath(maildirRoot));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (db.open()) {
            // PASSIVE: copies what no reader still needs, never waits for the writer.
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QString ArchiveIndex::databasePath(const QString& maildirRoot)
{
    return QDir::cleanPath(maildirRoot) + QLatin1String("/.postbote/index.sqlite");
}

ArchiveIndex::OpenStatus ArchiveIndex::open(QString* error)
{
    close();
    const QString path = databasePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("Could not create the folder “%1” for the archive index. Check that you may "
                    "write to the archive folder.")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return OpenStatus::Failed;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // Another Postbote (GUI and CLI) may write at the same moment; wait for it a while.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = describe(m_db.lastError());
        return OpenStatus::Failed;
    }
    // WAL lets readers (the inbox) go on while a fetch writes. synchronous=NORMAL may lose the
    // last transactions on power loss, but never the messages: their files were synced before
    // the index commit, and reconciling indexes them again.
    // Checkpoints are ArchiveStore's commit worker's job (checkpoint()): one run by this
    // connection would stall its thread — the window's — for tens of milliseconds. The high
    // automatic limit only bounds the log where no worker runs.
    QSqlQuery query(m_db);
    const bool ready = query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        && query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(AutoCheckpointPages))
        && query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    if (!ready) {
        const QSqlError sqlError = query.lastError();
        *error = describe(sqlError);
        const int code = sqliteCode(sqlError);
        query = QSqlQuery();
        close();
        if (code == Corrupt || code == NotADatabase) {
            return OpenStatus::Damaged;
        }
        return code == Busy || code == Locked ? OpenStatus::Locked : OpenStatus::Failed;
    }
    const int version = query.value(0).toInt();
    query = QSqlQuery();
    if (version > SchemaVersion) {
        *error = tr("The archive index “%1” was written by a newer version of Postbote. Update "
                    "Postbote, or delete the folder “%2” to have the index rebuilt.")
                     .arg(QDir::toNativeSeparators(path),
                         QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        close();
        return OpenStatus::TooNew;
    }
    if (version < SchemaVersion && !migrate(version, error)) {
        close();
        return OpenStatus::Failed;
    }
    return OpenStatus::Ok;
}

ArchiveIndex::OpenStatus ArchiveIndex::openForReading(QString* error)
{
    close();
    const QString path = databasePath();
    if (!QFileInfo::exists(path)) {
        *error = tr("The archive index “%1” does not exist.").arg(QDir::toNativeSeparators(path));
        return OpenStatus::Failed;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        *error = describe(m_db.lastError());
        close();
        return OpenStatus::Failed;
    }
    const int version = schemaVersion();
    if (version < 0) {
        *error
            = tr("The archive index “%1” could not be read.").arg(QDir::toNativeSeparators(path));
        close();
        return OpenStatus::Damaged;
    }
    if (version != SchemaVersion) {
        *error = tr("The archive index “%1” has another layout than this Postbote reads. Open "
                    "the archive once it is no longer in use, to have the index updated.")
                     .arg(QDir::toNativeSeparators(path));
        close();
        return version > SchemaVersion ? OpenStatus::TooNew : OpenStatus::Failed;
    }
    return OpenStatus::Ok;
}

void ArchiveIndex::close()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    m_findAll.reset(); // a query must not outlive its connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ArchiveIndex::isOpen() const
{
    return m_db.isOpen();
}

int ArchiveIndex::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool ArchiveIndex::migrate(int fromVersion, QString* error)
{
    if (!beginTransaction(error)) {
        return false;
    }
    bool ok = true;
    for (int version = fromVersion + 1; ok && version <= SchemaVersion; ++version) {
        const QStringList statements = ArchiveSchema::migrationTo(version);
        for (const QString& statement : statements) {
            ok = ok && exec(statement, error);
        }
    }
    ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), error);
    if (!ok) {
        rollbackTransaction();
        return false;
    }
    return commitTransaction(error);
}

bool ArchiveIndex::contains(const QString& account, const QByteArray& uidl) const
{
    return find(account, uidl).has_value();
}

std::optional<ArchiveRecord> ArchiveIndex::find(
    const QString& account, const QByteArray& uidl) const
{
    const QList<ArchiveRecord> rows = findAll(account, uidl);
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return rows.constFirst();
}

QList<ArchiveRecord> ArchiveIndex::findAll(const QString& account, const QByteArray& uidl) const
{
    QList<ArchiveRecord> result;
    if (!m_findAll) {
        m_findAll.emplace(m_db);
        m_findAll->setForwardOnly(true);
        if (!m_findAll->prepare(QLatin1String("SELECT ") + ArchiveSchema::columns()
                + QLatin1String(
                    " FROM messages WHERE account = ? AND uidl = ? ORDER BY partial, id"))) {
            m_findAll.reset();
            return result;
        }
    }
    QSqlQuery& query = *m_findAll;
    query.addBindValue(text(account));
    query.addBindValue(uidl);
    if (query.exec()) {
        while (query.next()) {
            result.append(ArchiveSchema::recordFrom(query));
        }
    }
    // Ends the statement's read transaction; the statement stays prepared.
    query.finish();
    return result;
}

QSet<QByteArray> ArchiveIndex::uidls(const QString& account) const
{
    QSet<QByteArray> result;
    QSqlQuery query = prepared(
        QStringLiteral("SELECT uidl FROM messages WHERE account = ? AND uidl IS NOT NULL"));
    query.addBindValue(text(account));
    if (query.exec()) {
        while (query.next()) {
            result.insert(query.value(0).toByteArray());
        }
    }
    return result;
}

bool ArchiveIndex::containsContent(const QByteArray& sha256) const
{
    QSqlQuery query = prepared(QStringLiteral("SELECT 1 FROM messages WHERE sha256 = ? LIMIT 1"));
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

std::optional<ArchiveRecord> ArchiveIndex::record(qint64 id) const
{
    QSqlQuery query = prepared(QLatin1String("SELECT ") + ArchiveSchema::columns()
        + QLatin1String(" FROM messages WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return ArchiveSchema::recordFrom(query);
}

QList<ArchiveRecord> ArchiveIndex::records(const QString& account) const
{
    QList<ArchiveRecord> result;
    QSqlQuery query = prepared(QLatin1String("SELECT ") + ArchiveSchema::columns()
        + QLatin1String(account.isEmpty() ? " FROM messages ORDER BY id"
                                          : " FROM messages WHERE account = ? ORDER BY id"));
    if (!account.isEmpty()) {
        query.addBindValue(text(account));
    }
    query.setForwardOnly(true);
    if (query.exec()) {
        while (query.next()) {
            result.append(ArchiveSchema::recordFrom(query));
        }
    }
    return result;
}

int ArchiveIndex::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool ArchiveIndex::insert(QList<ArchiveRecord>* records, QString* error)
{
    QSqlQuery query = prepared(QStringLiteral(
        "INSERT INTO messages (account, uidl, file, size, received, sha256, seen, flagged,"
        " deleted_locally, partial) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (ArchiveRecord& r : *records) {
        query.addBindValue(text(r.account));
        query.addBindValue(blobOrNull(r.uidl));
        query.addBindValue(r.fileName);
        query.addBindValue(r.size);
        query.addBindValue(r.received.toMSecsSinceEpoch());
        query.addBindValue(r.sha256);
        query.addBindValue(int(r.seen));
        query.addBindValue(int(r.flagged));
        query.addBindValue(int(r.deletedLocally));
        query.addBindValue(int(r.partial));
        if (!run(query, error)) {
            return false;
        }
        r.id = query.lastInsertId().toLongLong();
    }
    return true;
}

bool ArchiveIndex::updateFile(const ArchiveRecord& record, QString* error)
{
    QSqlQuery query = prepared(QStringLiteral("UPDATE messages SET file = ?, seen = ?, "
                                              "flagged = ?, deleted_locally = ? WHERE id = ?"));
    query.addBindValue(record.fileName);
    query.addBindValue(int(record.seen));
    query.addBindValue(int(record.flagged));
    query.addBindValue(int(record.deletedLocally));
    query.addBindValue(record.id);
    return run(query, error);
}

bool ArchiveIndex::updateSummary(const ArchiveRecord& record, QString* error)
{
    QSqlQuery query = prepared(QStringLiteral(
        "UPDATE messages SET from_addr = ?, to_addr = ?, subject = ?, date = ?, message_id = ?,"
        " has_attachments = ?, preview = ? WHERE id = ?"));
    query.addBindValue(text(record.from));
    query.addBindValue(text(record.to));
    query.addBindValue(text(record.subject));
    query.addBindValue(msecsOrNull(record.date));
    query.addBindValue(text(record.messageId));
    query.addBindValue(int(record.hasAttachments));
    query.addBindValue(text(record.preview));
    query.addBindValue(record.id);
    return run(query, error);
}

QList<ArchiveRecord> ArchiveIndex::recordsWithoutSummary() const
{
    QList<ArchiveRecord> result;
    QSqlQuery query = prepared(QLatin1String("SELECT ") + ArchiveSchema::columns()
        + QLatin1String(" FROM messages WHERE from_addr = '' AND to_addr = '' AND subject = ''"
                        " AND date IS NULL AND message_id = '' AND preview = '' ORDER BY id"));
    query.setForwardOnly(true);
    if (query.exec()) {
        while (query.next()) {
            result.append(ArchiveSchema::recordFrom(query));
        }
    }
    return result;
}

bool ArchiveIndex::remove(qint64 id, QString* error)
{
    QSqlQuery query = prepared(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    query.addBindValue(id);
    return run(query, error);
}

bool ArchiveIndex::removeAll(QString* error)
{
    return exec(QStringLiteral("DELETE FROM messages"), error);
}

bool ArchiveIndex::beginTransaction(QString* error)
{
    if (!m_db.transaction()) {
        *error = describe(m_db.lastError());
        return false;
    }
    return true;
}

bool ArchiveIndex::commitTransaction(QString* error)
{
    if (!m_db.commit()) {
        *error = describe(m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

void ArchiveIndex::rollbackTransaction()
{
    m_db.rollback();
}

bool ArchiveIndex::rebuild(const Maildir& maildir, QString* error)
{
    if (!beginTransaction(error)) {
        return false;
    }
    if (!removeAll(error)) {
        rollbackTransaction();
        return false;
    }
    // Inside the open transaction, so that a failure leaves the old index as it was.
    return ArchiveReconciler::reconcile(maildir, this, nullptr, error, false)
        && commitTransaction(error);
}

bool ArchiveIndex::exec(const QString& statement, QString* error)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement)) {
        *error = describe(query.lastError());
        return false;
    }
    return true;
}

bool ArchiveIndex::run(QSqlQuery& query, QString* error) const
{
    if (!query.exec()) {
        *error = describe(query.lastError());
        return false;
    }
    return true;
}

QString ArchiveIndex::describe(const QSqlError& error) const
{
    const QString path = QDir::toNativeSeparators(databasePath());
    switch (sqliteCode(error)) {
    case Busy:
    case Locked:
        return tr("The archive index “%1” is in use by another program. Close other Postbote "
                  "windows or postbote-cli runs that use this archive and try again.")
            .arg(path);
    case Corrupt:
    case NotADatabase:
        return tr("The archive index “%1” is damaged. Close Postbote and delete the folder "
                  "“%2”; the index is rebuilt from the messages, none is lost.")
            .arg(path, QDir::toNativeSeparators(QFileInfo(databasePath()).absolutePath()));
    default:
        return tr("The archive index “%1” could not be used: %2. Check the free space and the "
                  "permissions of the archive folder.")
            .arg(path, error.text());
    }
}

QSqlQuery ArchiveIndex::prepared(const QString& statement) const
{
    QSqlQuery query(m_db);
    query.prepare(statement);
    return query;
}

} // namespace Postbote
