// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ArchiveExporter.h"

#include "archive/ArchiveStore.h"
#include "archive/Maildir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

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

QList<ArchiveExporter::Item> itemsOf(const ArchiveStore& store)
{
    QList<ArchiveExporter::Item> items;
    const QList<ArchiveRecord> records = store.records();
    items.reserve(records.size());
    for (const ArchiveRecord& record : records) {
        items.append(ArchiveExporter::item(store.maildir(), record));
    }
    return items;
}

} // namespace

ArchiveExporter::Item ArchiveExporter::item(const Maildir& maildir, const ArchiveRecord& record)
{
    return Item {maildir.absolutePath(record.fileName), record.received, emlName(record.id)};
}

QString ArchiveExporter::emlName(qint64 id)
{
    return QStringLiteral("%1.eml").arg(id, 6, 10, QLatin1Char('0'));
}

int ArchiveExporter::exportMbox(const ArchiveStore& store, const QString& mboxPath, QString* error)
{
    return exportMbox(itemsOf(store), mboxPath, error);
}

int ArchiveExporter::exportEml(const ArchiveStore& store, const QString& directory, QString* error)
{
    return exportEml(itemsOf(store), directory, error);
}

namespace {

// Checked before writing anything, so that a message another program removed since the list
// was read fails the export at once instead of after gigabytes.
bool allFilesExist(const QList<ArchiveExporter::Item>& items, QString* error)
{
    for (const ArchiveExporter::Item& item : items) {
        if (!QFileInfo(item.filePath).isFile()) {
            *error = QCoreApplication::translate("Postbote::ArchiveExporter",
                "The message file “%1” no longer exists; another program may have removed "
                "it. Nothing was exported.")
                         .arg(QDir::toNativeSeparators(item.filePath));
            return false;
        }
    }
    return true;
}

} // namespace

int ArchiveExporter::exportMbox(const QList<Item>& items, const QString& mboxPath, QString* error)
{
    if (!allFilesExist(items, error)) {
        return -1;
    }
    // QSaveFile writes a temporary file beside the target and renames it on commit(); when
    // it is destroyed without commit() the temporary file is removed, so a failed export
    // leaves neither a half-written mbox nor a changed older one.
    QSaveFile out(mboxPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("The mbox file “%1” cannot be written (%2). Choose another place.")
                     .arg(mboxPath, out.errorString());
        return -1;
    }
    int count = 0;
    for (const Item& item : items) {
        QFile in(item.filePath);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("The archived message “%1” cannot be read (%2).")
                         .arg(item.filePath, in.errorString());
            out.cancelWriting();
            return -1;
        }
        const QByteArray from = separator(item.received);
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

int ArchiveExporter::exportEml(const QList<Item>& items, const QString& directory, QString* error)
{
    if (!allFilesExist(items, error)) {
        return -1;
    }
    if (!QDir().mkpath(directory)) {
        *error = tr("The folder “%1” cannot be created. Choose another place.").arg(directory);
        return -1;
    }
    const QDir folder(directory);
    for (const Item& item : items) {
        const QString target = folder.filePath(item.emlName);
        if (QFileInfo::exists(target)) {
            *error = tr("“%1” already exists; export into an empty folder.").arg(target);
            return -1;
        }
    }
    QStringList written;
    QSet<QString> names; // two archives' messages can share an id, hence a name
    const auto fail = [&written]() {
        for (const QString& file : std::as_const(written)) {
            QFile::remove(file);
        }
        return -1;
    };
    for (const Item& item : items) {
        const QString target = folder.filePath(item.emlName);
        if (names.contains(item.emlName)) {
            *error = tr("“%1” already exists; export into an empty folder.").arg(target);
            return fail();
        }
        if (!QFile::copy(item.filePath, target)) {
            *error = tr("The message “%1” could not be exported to “%2”. Check that the disk "
                        "has space.")
                         .arg(item.filePath, target);
            return fail();
        }
        written.append(target);
        names.insert(item.emlName);
    }
    return int(written.size());
}

} // namespace Postbote
