// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveRecord.h"
#include "archive/Maildir.h"

#include <QCoreApplication>

namespace Postbote {

class ArchiveIndex;

/// Brings the index in line with the Maildir, which is the truth (DESIGN rule 2):
/// files without a row are indexed (this is what makes a crash between delivery into new/ and
/// the index commit harmless), rows whose file vanished are removed, rows whose file another
/// program moved or re-flagged (mutt moving new/ to cur/) follow the file.
class ArchiveReconciler
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::ArchiveReconciler)

public:
    struct Report
    {
        int indexed = 0;
        int removed = 0;
        int updated = 0;
        int supersededDropped = 0; ///< header-only copies of messages that are there in full
    };

    /// With ownTransaction false the caller has a transaction open and commits it.
    static bool reconcile(const Maildir& maildir, ArchiveIndex* index, Report* report,
        QString* error, bool ownTransaction = true);

    /// Reads a message file and derives its record from the name and the contents.
    static bool recordFor(
        const Maildir& maildir, const Maildir::Entry& entry, ArchiveRecord* record, QString* error);

    /// The name without directory and info: what identifies a file across flag changes.
    static QString baseOf(const QString& relativePath);
};

} // namespace Postbote
