// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/DurableSync.h"

#include <QFile>
#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace Postbote {

namespace {

// Below this many files one fsync each is cheap enough; above it, one syncfs is much cheaper
// (measured on ext4: 500 files of 4 KB, 0.17 s with fsync each against 0.01–0.03 s syncfs).
constexpr int kSyncFsThreshold = 4;

#if defined(Q_OS_UNIX)
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool syncDescriptorOf(const QString& path, int flags, bool wholeFileSystem, QString* errorText)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), flags | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *errorText = errnoText(errno);
        return false;
    }
    int rc = 0;
#if defined(Q_OS_LINUX)
    rc = wholeFileSystem ? ::syncfs(fd) : ::fsync(fd);
#elif defined(Q_OS_MACOS)
    // fsync() on macOS leaves the data in the drive's cache; F_FULLFSYNC flushes that cache
    // too, for every file written before, so once per batch (on the directory) is enough.
    rc = wholeFileSystem ? ::fcntl(fd, F_FULLFSYNC) : ::fsync(fd);
    if (rc != 0 && wholeFileSystem) {
        rc = ::fsync(fd);
    }
#else
    Q_UNUSED(wholeFileSystem)
    rc = ::fsync(fd);
#endif
    const int error = errno;
    ::close(fd);
    if (rc != 0) {
        *errorText = errnoText(error);
        return false;
    }
    return true;
}
#endif

} // namespace

bool DurableSync::syncFiles(const QStringList& paths, QString* errorText)
{
    QString ignored;
    QString* err = errorText ? errorText : &ignored;
    if (paths.isEmpty()) {
        return true;
    }
#if defined(Q_OS_LINUX)
    if (paths.size() > kSyncFsThreshold) {
        return syncDescriptorOf(paths.constFirst(), O_RDONLY, true, err);
    }
#endif
    for (const QString& path : paths) {
#if defined(Q_OS_UNIX)
        if (!syncDescriptorOf(path, O_RDONLY, false, err)) {
            return false;
        }
#elif defined(Q_OS_WIN)
        // FlushFileBuffers (behind _commit) needs a handle opened for writing.
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)) {
            *err = file.errorString();
            return false;
        }
        if (::_commit(file.handle()) != 0) {
            *err = QStringLiteral("_commit failed");
            return false;
        }
#endif
    }
    return true;
}

bool DurableSync::syncDirectory(const QString& path, QString* errorText)
{
    QString ignored;
    QString* err = errorText ? errorText : &ignored;
#if defined(Q_OS_MACOS)
    // The batch's barrier: F_FULLFSYNC flushes the drive cache for the files synced before.
    return syncDescriptorOf(path, O_RDONLY | O_DIRECTORY, true, err);
#elif defined(Q_OS_UNIX)
    return syncDescriptorOf(path, O_RDONLY | O_DIRECTORY, false, err);
#else
    // NTFS journals its directory entries; Windows cannot open a directory for flushing.
    Q_UNUSED(path)
    return true;
#endif
}

} // namespace Postbote
