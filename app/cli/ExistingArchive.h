// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveIndex.h"
#include "archive/ArchiveRecord.h"
#include "archive/ArchiveStore.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Postbote::Cli {

/// The archive that list and show read. It must exist already: opening would create an empty
/// one, and a mistyped folder should not do that. Normally it is opened as an ArchiveStore,
/// which also indexes messages that an interrupted fetch left out of the index. While another
/// Postbote holds it (a fetch, the window), its index is read as it stands, beside the writer,
/// and a note on stderr says so: waiting for a long fetch to end only to list would be no use.
class ExistingArchive
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::ExistingArchive)

public:
    explicit ExistingArchive(const QString& directory);

    /// Prints why (printError()) and returns false when the archive cannot be read.
    bool open();
    QString directory() const { return m_store.directory(); }
    /// Whether the index is read beside another Postbote that holds the archive.
    bool isReadOnly() const { return m_readOnly != nullptr; }

    QList<ArchiveRecord> records() const;
    std::optional<ArchiveRecord> record(qint64 id) const;
    void close();

private:
    ArchiveStore m_store;
    std::unique_ptr<ArchiveIndex> m_readOnly;
};

} // namespace Postbote::Cli
