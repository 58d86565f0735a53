// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveRecord.h"
#include "archive/ArchiveSchema.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

class QSqlError;
class QSqlQuery;

namespace Postbote {

class Maildir;

/// The archive's SQLite index in DIR/.postbote/index.sqlite: one row per message file, with
/// where it came from (account, UIDL), its size, time and content hash, the inbox summary and
/// the flags. It is a cache of the Maildir — rebuild() recreates it from the files — so
/// losing it costs time, never mail.
///
/// Each instance has its own QSqlDatabase connection; use it from one thread.
class ArchiveIndex
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::ArchiveIndex)

public:
    enum class OpenStatus {
        Ok,
        Locked,  ///< another program holds the database
        Damaged, ///< not a database, or corrupt: move it aside and rebuild
        TooNew,  ///< written by a newer Postbote
        Failed,  ///< cannot create or open the file
    };

    /// PRAGMA user_version of the layout this code writes; migrate() brings older ones here.
    static constexpr int SchemaVersion = ArchiveSchema::Version;

    explicit ArchiveIndex(const QString& maildirRoot);
    ~ArchiveIndex();
    ArchiveIndex(const ArchiveIndex&) = delete;
    ArchiveIndex& operator=(const ArchiveIndex&) = delete;

    static QString databasePath(const QString& maildirRoot);
    /// Copies the write-ahead log into the database file (PRAGMA wal_checkpoint(PASSIVE)) over
    /// a connection of its own, so any thread may call it while the index is in use.
    static void checkpoint(const QString& maildirRoot);
    /// The index's own connection checkpoints only when the log has grown this far.
    static constexpr int AutoCheckpointPages = 10000;
    QString databasePath() const { return databasePath(m_root); }

    OpenStatus open(QString* error);
    /// Opens an existing index only to read it, beside the Postbote that holds the archive
    /// (the write-ahead log lets readers go on while it writes). Nothing is created, changed
    /// or migrated: an index of another layout is refused.
    OpenStatus openForReading(QString* error);
    void close();
    bool isOpen() const;
    /// The schema version stored in the database, -1 if it cannot be read.
    int schemaVersion() const;

    bool contains(const QString& account, const QByteArray& uidl) const;
    /// The row of that message; a full copy is preferred to a header-only one.
    std::optional<ArchiveRecord> find(const QString& account, const QByteArray& uidl) const;
    /// Every row of that message (normally one), full copies first.
    QList<ArchiveRecord> findAll(const QString& account, const QByteArray& uidl) const;
    QSet<QByteArray> uidls(const QString& account) const;
    bool containsContent(const QByteArray& sha256) const;
    std::optional<ArchiveRecord> record(qint64 id) const;
    /// All rows (of one account if given), in id order.
    QList<ArchiveRecord> records(const QString& account = QString()) const;
    int count() const;

    /// Inserts the records and sets their ids.
    bool insert(QList<ArchiveRecord>* records, QString* error);
    /// Sets where the file is now and the flags its name carries.
    bool updateFile(const ArchiveRecord& record, QString* error);
    /// Stores the summary columns (From … preview) of record.id.
    bool updateSummary(const ArchiveRecord& record, QString* error);
    /// Rows whose summary was never filled (all summary columns empty), in id order.
    QList<ArchiveRecord> recordsWithoutSummary() const;
    bool remove(qint64 id, QString* error);
    bool removeAll(QString* error);

    /// Groups the calls up to commitTransaction() into one SQLite transaction.
    bool beginTransaction(QString* error);
    bool commitTransaction(QString* error);
    void rollbackTransaction();

    /// Empties the index and indexes every message of the Maildir again.
    bool rebuild(const Maildir& maildir, QString* error);

private:
    bool migrate(int fromVersion, QString* error);
    bool exec(const QString& statement, QString* error);
    bool run(QSqlQuery& query, QString* error) const;
    QString describe(const QSqlError& error) const;
    QSqlQuery prepared(const QString& statement) const;

    QString m_root;
    QString m_connectionName;
    QSqlDatabase m_db;
    /// findAll() runs for every message a fetch stores (the duplicate check and the commit):
    /// prepared once, as parsing the statement anew cost more than the lookup itself.
    mutable std::optional<QSqlQuery> m_findAll;
};

} // namespace Postbote
