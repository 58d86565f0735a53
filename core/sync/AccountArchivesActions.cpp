// SPDX-License-Identifier: GPL-3.0-or-later
// AccountArchives, part two: what the window does with selected messages — mark them read or
// deleted, export them. The messages may belong to several accounts, hence several archives.
#include "AccountArchives.h"

#include "archive/ArchiveExporter.h"
#include "archive/ArchiveStore.h"

#include <QSet>

#include <functional>
#include <optional>

namespace Postbote {

namespace {

enum class Flag { Seen, DeletedLocally };

// The record as the index has it now, or nothing with \a error set.
std::optional<ArchiveRecord> currentRecord(ArchiveStore* store, qint64 id, QString* error)
{
    std::optional<ArchiveRecord> record = store->index()->record(id);
    if (!record && error) {
        *error = QCoreApplication::translate("Postbote::AccountArchives",
            "A selected message is no longer in the archive; another program may have "
            "removed it.");
    }
    return record;
}

// Returns false at the first message that fails; those before it keep their new flags (and
// were announced), as the files were renamed already.
bool changeFlag(AccountArchives* archives, const QList<MessageRef>& messages, Flag flag, bool on,
    QString* error, const std::function<void(const ArchiveRecord&)>& changed)
{
    for (const MessageRef& ref : messages) {
        ArchiveStore* store = archives->store(ref.account, error);
        if (!store) {
            return false;
        }
        const std::optional<ArchiveRecord> record = currentRecord(store, ref.id, error);
        if (!record) {
            return false;
        }
        const bool seen = flag == Flag::Seen ? on : record->seen;
        const bool deleted = flag == Flag::DeletedLocally ? on : record->deletedLocally;
        if (seen == record->seen && deleted == record->deletedLocally) {
            continue; // nothing to rename, nothing to announce
        }
        // The Maildir keeps flags in the file name (":2,S", ":2,T"); setFlags renames the
        // file and updates the index, keeping the flagged state as it is.
        if (!store->setFlags(ref.id, seen, record->flagged, deleted, error)) {
            return false;
        }
        const std::optional<ArchiveRecord> updated = currentRecord(store, ref.id, error);
        if (!updated) {
            return false;
        }
        changed(*updated);
    }
    return true;
}

// The export items in the given order, or fewer with \a error set.
QList<ArchiveExporter::Item> exportItems(
    AccountArchives* archives, const QList<MessageRef>& messages, QString* error)
{
    QList<ArchiveExporter::Item> items;
    items.reserve(messages.size());
    QSet<QString> names;
    for (const MessageRef& ref : messages) {
        ArchiveStore* store = archives->store(ref.account, error);
        if (!store) {
            return {};
        }
        const std::optional<ArchiveRecord> record = currentRecord(store, ref.id, error);
        if (!record) {
            return {};
        }
        ArchiveExporter::Item item = ArchiveExporter::item(store->maildir(), *record);
        // Ids are unique within one archive only: a second message 42 (of another account)
        // becomes 000042-2.eml.
        const QString base = item.emlName.chopped(4);
        for (int n = 2; names.contains(item.emlName); ++n) {
            item.emlName = QStringLiteral("%1-%2.eml").arg(base).arg(n);
        }
        names.insert(item.emlName);
        items.append(item);
    }
    return items;
}

} // namespace

bool AccountArchives::setSeen(const QList<MessageRef>& messages, bool seen, QString* error)
{
    QString reason;
    const bool done = changeFlag(this, messages, Flag::Seen, seen, &reason,
        [this](const ArchiveRecord& record) { Q_EMIT flagsChanged(record); });
    if (!done && error) {
        *error = reason;
    }
    return done;
}

bool AccountArchives::setDeletedLocally(
    const QList<MessageRef>& messages, bool deleted, QString* error)
{
    QString reason;
    const bool done = changeFlag(this, messages, Flag::DeletedLocally, deleted, &reason,
        [this](const ArchiveRecord& record) { Q_EMIT flagsChanged(record); });
    if (!done && error) {
        *error = reason;
    }
    return done;
}

int AccountArchives::exportMbox(
    const QList<MessageRef>& messages, const QString& mboxPath, QString* error)
{
    QString reason;
    const QList<ArchiveExporter::Item> items = exportItems(this, messages, &reason);
    if (items.size() != messages.size()) {
        if (error) {
            *error = reason;
        }
        return -1;
    }
    const int written = ArchiveExporter::exportMbox(items, mboxPath, &reason);
    if (written < 0 && error) {
        *error = reason;
    }
    return written;
}

int AccountArchives::exportEml(
    const QList<MessageRef>& messages, const QString& directory, QString* error)
{
    QString reason;
    const QList<ArchiveExporter::Item> items = exportItems(this, messages, &reason);
    if (items.size() != messages.size()) {
        if (error) {
            *error = reason;
        }
        return -1;
    }
    const int written = ArchiveExporter::exportEml(items, directory, &reason);
    if (written < 0 && error) {
        *error = reason;
    }
    return written;
}

} // namespace Postbote
