// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Postbote {

/// Making files and directory entries survive a power loss, batched: the contents of many
/// files first, then the directory that names them. fsync() alone is what POSIX promises;
/// where a cheaper call covers a whole batch (Linux syncfs) it is used instead.
class DurableSync
{
public:
    /// Flushes the contents of all files to the disk. Returns false and sets errorText on the
    /// first failure.
    static bool syncFiles(const QStringList& paths, QString* errorText);
    /// Flushes the directory itself, so that names created or renamed in it are durable.
    static bool syncDirectory(const QString& path, QString* errorText);
};

} // namespace Postbote
