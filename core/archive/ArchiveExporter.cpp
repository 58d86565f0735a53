// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveExporter.h"

#include "archive/ArchiveStore.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace Postbote {

namespace {

constexpr qint64 LineChunk = 64 * 1024;

// RFC 4155 §2 / mboxrd: a line that starts with any number of '>' followed by "From " gets
// one more '>', so a reader can undo the quoting exactly.
bool needsQuoting(const QByteArray& line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == '>') {
        ++i;
    }
    return line.mid(i, 5) == "From ";
}

// The "From " separator: envelope sender unknown after POP3, so MAILER-DAEMON, and the time
// the message was archived in asctime() form (RFC 4155 §2).
QByteArray separator(const QDateTime& received)
{
    const QDateTime utc = (received.isValid() ? received : QDateTime::currentDateTimeUtc()).toUTC();
    return "From MAILER-DAEMON "
        + QLocale::c().toString(utc, QStringLiteral("ddd MMM d HH:mm:ss yyyy")).toLatin1() + '\n';
}

bool copyQuoted(QFile& in, QIODevice& out)
{
    bool atLineStart = true;
    bool endsWithNewline = true;
    while (!in.atEnd()) {
        // readLine stops at LF or after LineChunk bytes, so a huge line streams in pieces.
        const QByteArray piece = in.readLine(LineChunk);
        if (piece.isEmpty()) {
            break;
        }
        if (atLineStart && needsQuoting(piece) && out.write(">", 1) != 1) {
            return false;
        }
        if (out.write(piece) != piece.size()) {
            return false;
        }
        atLineStart = piece.endsWith('\n');
        endsWithNewline = atLineStart;
    }
    // Every message ends with an empty line before the next separator.
    const QByteArray tail = endsWithNewline ? QByteArray("\n") : QByteArray("\n\n");
    return out.write(tail) == tail.size();
}

} // namespace

int ArchiveExporter::exportMbox(const ArchiveStore& store, const QString& mboxPath, QString* error)
{
    QSaveFile out(mboxPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("The mbox file “%1” cannot be written (%2). Choose another place.")
                     .arg(mboxPath, out.errorString());
        return -1;
    }
    int count = 0;
    for (const ArchiveRecord& record : store.records()) {
        QFile in(store.maildir().absolutePath(record.fileName));
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("The archived message “%1” cannot be read (%2).")
                         .arg(record.fileName, in.errorString());
            out.cancelWriting();
            return -1;
        }
        const QByteArray from = separator(record.received);
        if (out.write(from) != from.size() || !copyQuoted(in, out)) {
            *error = tr("Writing “%1” failed (%2). Check that the disk has space.")
                         .arg(mboxPath, out.errorString());
            out.cancelWriting();
            return -1;
        }
        ++count;
    }
    if (!out.commit()) {
        *error = tr("Writing “%1” failed (%2). Check that the disk has space.")
                     .arg(mboxPath, out.errorString());
        return -1;
    }
    return count;
}

int ArchiveExporter::exportEml(const ArchiveStore& store, const QString& directory, QString* error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("The folder “%1” cannot be created. Choose another place.").arg(directory);
        return -1;
    }
    int count = 0;
    for (const ArchiveRecord& record : store.records()) {
        // Named by index id: stable, unique, and free of anything a server sent.
        const QString target = QDir(directory).filePath(
            QStringLiteral("%1.eml").arg(record.id, 6, 10, QLatin1Char('0')));
        if (QFile::exists(target)) {
            *error = tr("“%1” already exists; export into an empty folder.").arg(target);
            return -1;
        }
        if (!QFile::copy(store.maildir().absolutePath(record.fileName), target)) {
            *error = tr("The message “%1” could not be exported to “%2”. Check that the disk "
                        "has space.")
                         .arg(record.fileName, target);
            return -1;
        }
        ++count;
    }
    return count;
}

} // namespace Postbote
