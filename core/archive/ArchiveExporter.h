// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Postbote {

class ArchiveStore;

/// Writes the archive out for other mail programs: one mbox file in the mboxrd form
/// (RFC 4155: "From " separator lines, ">From " quoting that can be undone), or one .eml file
/// per message. Messages are streamed file by file, never held whole.
class ArchiveExporter
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::ArchiveExporter)

public:
    /// Both return the number of messages written, or -1 with a translated \a error.
    static int exportMbox(const ArchiveStore& store, const QString& mboxPath, QString* error);
    static int exportEml(const ArchiveStore& store, const QString& directory, QString* error);
};

} // namespace Postbote
