// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Postbote {

class ArchiveStore;
class Maildir;

/// Writes messages out for other mail programs: one mbox file in the mboxrd form (RFC 4155:
/// "From " separator lines, ">From " quoting that can be undone), or one .eml file per
/// message. Messages are streamed file by file, never held whole.
///
/// Either the whole archive (what postbote-cli exports) or a chosen list of messages, which
/// may come from several archives (the desktop's "export selected"). Both are all or nothing:
/// the mbox file is written beside its target and renamed into place only when complete
/// (QSaveFile), and an .eml export removes the files it wrote when a later one fails.
class ArchiveExporter
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::ArchiveExporter)

public:
    /// One message to export.
    struct Item
    {
        QString filePath;   ///< absolute path of the stored message (LF line ends)
        QDateTime received; ///< for the mbox "From " line; invalid: now
        QString emlName;    ///< file name in the .eml folder ("000042.eml")
    };

    /// The item of an archived message: its file in \a maildir, named by index id.
    static Item item(const Maildir& maildir, const ArchiveRecord& record);
    /// "000042.eml": named by index id, stable, unique within an archive, and free of anything
    /// a server sent.
    static QString emlName(qint64 id);

    /// All return the number of messages written, or -1 with a translated \a error.
    static int exportMbox(const ArchiveStore& store, const QString& mboxPath, QString* error);
    static int exportEml(const ArchiveStore& store, const QString& directory, QString* error);

    /// The given messages in the given order. Before anything is written, every file must
    /// exist (a message deleted meanwhile by another program fails the export with its name)
    /// and, for .eml, no target may exist yet.
    static int exportMbox(const QList<Item>& items, const QString& mboxPath, QString* error);
    static int exportEml(const QList<Item>& items, const QString& directory, QString* error);
};

} // namespace Postbote
