// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageFiles.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace Postbote::Test {

QStringList filesIn(const QString& dir, const QStringList& subdirs)
{
    QStringList files;
    for (const QString& sub : subdirs) {
        const QDir d(dir + u'/' + sub);
        for (const QString& name : d.entryList(QDir::Files)) {
            files << d.filePath(name);
        }
    }
    return files;
}

QStringList maildirFiles(const QString& root)
{
    return filesIn(root, {QStringLiteral("new"), QStringLiteral("cur")});
}

QList<QByteArray> sortedContents(const QStringList& paths)
{
    QList<QByteArray> contents;
    for (const QString& path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            contents << file.readAll();
        }
    }
    std::sort(contents.begin(), contents.end());
    return contents;
}

} // namespace Postbote::Test
