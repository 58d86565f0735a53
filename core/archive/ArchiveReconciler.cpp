// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveReconciler.h"

#include "archive/ArchiveIndex.h"
#include "archive/DurableSync.h"
#include "archive/Sha256.h"
#include "mail/MimeMessage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

namespace Postbote {

namespace {

Q_LOGGING_CATEGORY(lcReconcile, "postbote.archive")

void applyFlags(const MaildirFileName& name, ArchiveRecord* record)
{
    const QString flags = name.flags();
    record->seen = flags.contains(QLatin1Char('S'));
    record->flagged = flags.contains(QLatin1Char('F'));
    record->deletedLocally = flags.contains(QLatin1Char('T'));
}

QString uidlKey(const QString& account, const QByteArray& uidl)
{
    return account + QLatin1Char('\n') + QString::fromLatin1(uidl);
}

} // namespace

QString ArchiveReconciler::baseOf(const QString& relativePath)
{
    const QString name = relativePath.mid(relativePath.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    return colon < 0 ? name : name.left(colon);
}

bool ArchiveReconciler::recordFor(
    const Maildir& maildir, const Maildir::Entry& entry, ArchiveRecord* record, QString* error)
{
    QFile file(maildir.absolutePath(entry.relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = MimeMessage::readErrorText(file.fileName(), file.errorString());
        return false;
    }
    Sha256 hash;
    if (!hash.addData(&file)) {
        *error = MimeMessage::readErrorText(file.fileName(), file.errorString());
        return false;
    }
    *record = ArchiveRecord();
    record->account = entry.name.account();
    record->uidl = entry.name.uidl();
    record->fileName = entry.relativePath;
    record->size = file.size();
    record->sha256 = hash.result();
    record->received = entry.name.deliveryTime();
    if (!record->received.isValid()) {
        // Another program's name: its modification time is the best guess, and stable.
        record->received = QFileInfo(file).lastModified().toUTC();
        record->received
            = QDateTime::fromMSecsSinceEpoch(record->received.toMSecsSinceEpoch(), Qt::UTC);
    }
    // A file shorter than its S= field lost its tail (power loss before the batch sync); it is
    // kept, as partial, so that it is neither trusted as complete nor lost.
    record->partial
        = entry.name.isPartial() || (entry.name.size() >= 0 && entry.name.size() != record->size);
    applyFlags(entry.name, record);
    return true;
}

bool ArchiveReconciler::reconcile(const Maildir& maildir, ArchiveIndex* index, Report* report,
    QString* error, bool ownTransaction)
{
    Report local;
    Report& r = report ? *report : local;
    r = Report();

    QHash<QString, Maildir::Entry> files;
    for (const Maildir::Entry& entry : maildir.entries()) {
        files.insert(entry.name.base(), entry);
    }

    QList<qint64> removals;
    QList<ArchiveRecord> updates;
    QSet<QString> complete; // account+UIDL of messages held in full
    QList<ArchiveRecord> partialRows;
    for (ArchiveRecord& row : index->records()) {
        const auto it = files.constFind(baseOf(row.fileName));
        if (it == files.constEnd()) {
            removals.append(row.id);
            continue;
        }
        if (it->relativePath != row.fileName) {
            row.fileName = it->relativePath;
            applyFlags(it->name, &row);
            updates.append(row);
        }
        if (!row.partial && !row.uidl.isEmpty()) {
            complete.insert(uidlKey(row.account, row.uidl));
        } else if (row.partial && !row.uidl.isEmpty()) {
            partialRows.append(row);
        }
        files.erase(it);
    }

    QList<ArchiveRecord> inserts;
    for (const Maildir::Entry& entry : std::as_const(files)) {
        ArchiveRecord record;
        if (!recordFor(maildir, entry, &record, error)) {
            return false;
        }
        inserts.append(record);
        if (!record.partial && !record.uidl.isEmpty()) {
            complete.insert(uidlKey(record.account, record.uidl));
        }
    }
    // Delivery order, so that ids follow the order the messages arrived in.
    std::sort(inserts.begin(), inserts.end(), [](const ArchiveRecord& a, const ArchiveRecord& b) {
        return a.received != b.received ? a.received < b.received : a.fileName < b.fileName;
    });

    // Header-only copies of messages now held in full: the full delivery was interrupted
    // before it could drop them. They go once the full copies are durable.
    QStringList toSync;
    QStringList superseded;
    QList<ArchiveRecord> kept;
    for (const ArchiveRecord& record : std::as_const(inserts)) {
        if (record.partial && !record.uidl.isEmpty()
            && complete.contains(uidlKey(record.account, record.uidl))) {
            superseded.append(record.fileName);
            continue;
        }
        kept.append(record);
        toSync.append(maildir.absolutePath(record.fileName));
    }
    for (const ArchiveRecord& row : std::as_const(partialRows)) {
        if (complete.contains(uidlKey(row.account, row.uidl))) {
            superseded.append(row.fileName);
            removals.append(row.id);
        }
    }

    // Rule 1: a file indexed here was never synced by the writer that crashed; the sync engine
    // may DELE it once it is indexed, so it must be durable first.
    if (!toSync.isEmpty()) {
        QString reason;
        if (!DurableSync::syncFiles(toSync, &reason)
            || !DurableSync::syncDirectory(maildir.absolutePath(QStringLiteral("new")), &reason)
            || !DurableSync::syncDirectory(maildir.absolutePath(QStringLiteral("cur")), &reason)) {
            *error = tr("Could not save the messages in “%1” safely to disk: %2.")
                         .arg(QDir::toNativeSeparators(maildir.root()), reason);
            return false;
        }
    }
    for (const QString& fileName : std::as_const(superseded)) {
        QString ignored;
        if (maildir.removeMessage(fileName, &ignored)) {
            ++r.supersededDropped;
        }
    }

    if (ownTransaction && !index->beginTransaction(error)) {
        return false;
    }
    bool ok = true;
    for (qint64 id : std::as_const(removals)) {
        ok = ok && index->remove(id, error);
    }
    for (const ArchiveRecord& row : std::as_const(updates)) {
        ok = ok && index->updateFile(row, error);
    }
    ok = ok && index->insert(&kept, error);
    if (!ok) {
        if (ownTransaction) {
            index->rollbackTransaction();
        }
        return false;
    }
    if (ownTransaction && !index->commitTransaction(error)) {
        return false;
    }
    r.indexed = int(kept.size());
    r.removed = int(removals.size());
    r.updated = int(updates.size());
    if (r.indexed || r.removed || r.updated || r.supersededDropped) {
        qCInfo(lcReconcile) << maildir.root() << "indexed" << r.indexed << "removed" << r.removed
                            << "updated" << r.updated << "dropped" << r.supersededDropped;
    }
    return true;
}

} // namespace Postbote
