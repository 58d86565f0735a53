// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/Maildir.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <cstring>
#include <limits>
#include <unistd.h>
#endif

namespace Postbote {

namespace {

Q_LOGGING_CATEGORY(lcMaildir, "postbote.archive")

constexpr int kNameAttempts = 16;
// The Maildir convention: a file in tmp/ untouched for 36 hours is garbage.
constexpr qint64 kStaleSeconds = 36 * 3600;

bool processIsRunning(qint64 pid)
{
    if (pid == QCoreApplication::applicationPid()) {
        return true;
    }
#if defined(Q_OS_UNIX)
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max()) {
        return false;
    }
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    return true; // unknown: leave it to the 36-hour rule
#endif
}

} // namespace

Maildir::Maildir(const QString& root)
    : m_root(QDir::cleanPath(root))
{ }

QString Maildir::absolutePath(const QString& relativePath) const
{
    return m_root + QLatin1Char('/') + relativePath;
}

bool Maildir::open(QString* error)
{
    for (const char* sub : {"tmp", "new", "cur"}) {
        const QString path = absolutePath(QLatin1String(sub));
        if (!QDir().mkpath(path)) {
            const QFileInfo info(path);
            const QString reason = info.exists() && !info.isDir()
                ? tr("a file of that name is in the way")
                : tr("permission denied or the disk is not available");
            *error = tr("Could not create the archive folder “%1” (%2). Choose another folder "
                        "or check that you may write there.")
                         .arg(QDir::toNativeSeparators(path), reason);
            return false;
        }
    }
    const int removed = removeStaleTemporaryFiles();
    if (removed > 0) {
        qCInfo(lcMaildir) << "removed" << removed << "stale files from" << m_root << "/tmp";
    }
    return true;
}

int Maildir::removeStaleTemporaryFiles()
{
    int removed = 0;
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-kStaleSeconds);
    QDirIterator it(absolutePath(QStringLiteral("tmp")), QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const MaildirFileName name = MaildirFileName::parse(info.fileName());
        const bool oursAndOrphaned = name.isPostbote()
            && name.host() == MaildirFileName::localHost() && !processIsRunning(name.pid());
        if (oursAndOrphaned || info.lastModified().toUTC() < limit) {
            if (QFile::remove(info.filePath())) {
                ++removed;
            }
        }
    }
    return removed;
}

QList<Maildir::Entry> Maildir::entries() const
{
    QList<Entry> result;
    for (const char* sub : {"new", "cur"}) {
        const QString dir = QLatin1String(sub);
        QDirIterator it(absolutePath(dir), QDir::Files);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            if (info.fileName().startsWith(QLatin1Char('.'))) {
                continue;
            }
            Entry entry;
            entry.relativePath = dir + QLatin1Char('/') + info.fileName();
            entry.name = MaildirFileName::parse(info.fileName());
            entry.fileSize = info.size();
            result.append(entry);
        }
    }
    return result;
}

bool Maildir::createTemporaryFile(MaildirFileName* name, QFile* file, QString* error) const
{
    for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
        if (attempt > 0) {
            *name = name->renewed();
        }
        file->setFileName(absolutePath(temporaryRelativePath(*name)));
        // NewOnly is O_EXCL: an existing name is never reused, the Maildir rule for tmp/.
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return true;
        }
        if (!file->exists()) {
            break;
        }
    }
    *error = tr("Could not create a message file in “%1”: %2. Check the free space and the "
                "permissions of the archive folder.")
                 .arg(QDir::toNativeSeparators(absolutePath(QStringLiteral("tmp"))),
                     file->errorString());
    return false;
}

bool Maildir::deliver(
    const MaildirFileName& temporary, MaildirFileName* delivered, QString* error) const
{
    const QString from = absolutePath(temporaryRelativePath(temporary));
    QString reason;
    for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
        if (attempt > 0) {
            *delivered = delivered->renewed();
        }
        const QString to = absolutePath(newRelativePath(*delivered));
#if defined(Q_OS_UNIX)
        // link() fails with EEXIST instead of replacing a message that has the name already.
        const QByteArray nativeFrom = QFile::encodeName(from);
        const QByteArray nativeTo = QFile::encodeName(to);
        if (::link(nativeFrom.constData(), nativeTo.constData()) == 0) {
            ::unlink(nativeFrom.constData());
            return true;
        }
        const int linkError = errno;
        if (linkError == EEXIST) {
            continue;
        }
        if (linkError != EPERM && linkError != ENOTSUP && linkError != ENOSYS
            && linkError != EOPNOTSUPP && linkError != EMLINK) {
            reason = QString::fromLocal8Bit(std::strerror(linkError));
            break;
        }
        // A file system without hard links: rename, after checking the name is free.
#endif
        if (QFile::exists(to)) {
            continue;
        }
        QFile file(from);
        if (file.rename(to)) {
            return true;
        }
        reason = file.errorString();
        break;
    }
    *error = tr("Could not move a message into “%1”: %2. Check the permissions of the archive "
                "folder.")
                 .arg(QDir::toNativeSeparators(absolutePath(QStringLiteral("new"))), reason);
    return false;
}

bool Maildir::setFlags(const QString& relativePath, const QString& flags, QString* newRelativePath,
    QString* error) const
{
    const QString fileName = relativePath.mid(relativePath.lastIndexOf(QLatin1Char('/')) + 1);
    const MaildirFileName name = MaildirFileName::parse(fileName).withFlags(flags);
    const QString target = QLatin1String("cur/") + name.fileName();
    if (target == relativePath) {
        *newRelativePath = target;
        return true;
    }
    QFile file(absolutePath(relativePath));
    if (!file.rename(absolutePath(target))) {
        *error = tr("Could not change the flags of the message “%1”: %2.")
                     .arg(QDir::toNativeSeparators(absolutePath(relativePath)), file.errorString());
        return false;
    }
    *newRelativePath = target;
    return true;
}

bool Maildir::removeMessage(const QString& relativePath, QString* error) const
{
    QFile file(absolutePath(relativePath));
    if (file.remove() || !file.exists()) {
        return true;
    }
    *error = tr("Could not delete the message file “%1”: %2.")
                 .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

QString Maildir::temporaryRelativePath(const MaildirFileName& name)
{
    return QLatin1String("tmp/") + name.base();
}

QString Maildir::newRelativePath(const MaildirFileName& name)
{
    return QLatin1String("new/") + name.base();
}

} // namespace Postbote
