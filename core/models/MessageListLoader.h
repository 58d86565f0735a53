// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveRecord.h"

#include <QCoreApplication>
#include <QList>

namespace Postbote {

/// Reads what the inbox shows from an archive's index, for MessageListModel.
///
/// It does not open an ArchiveStore: that would take the archive's lock (and reconcile the
/// Maildir), keeping postbote-cli out while the window is open. It opens the index database
/// for one read instead — SQLite's WAL mode lets it read while a fetch writes — and closes
/// it again. Only the inbox columns are read (no hash, UIDL, To or Message-ID), which makes
/// loading 100,000 messages several times faster than ArchiveIndex::records(); the records
/// returned carry id, account, file, size, times, summary and flags.
class MessageListLoader
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::MessageListLoader)

public:
    /// All messages of the archive in id order, or only those with an id above afterId
    /// (for picking up what another program added since the last load).
    static QList<ArchiveRecord> load(
        const QString& archiveDirectory, QString* error, qint64 afterId = 0);
    /// The newest messages only (by date), for showing the first screen of a large archive
    /// at once; MessageListModel::refresh() with the full load() then adds the rest in
    /// place, without a reset.
    static QList<ArchiveRecord> loadNewest(
        const QString& archiveDirectory, int limit, QString* error);

private:
    static QList<ArchiveRecord> read(
        const QString& archiveDirectory, qint64 afterId, int limit, QString* error);
};

} // namespace Postbote
