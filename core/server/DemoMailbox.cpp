// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/DemoMailbox.h"

#include "server/DemoMessageEncoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Postbote {

namespace {

constexpr qint64 ReadChunk = 64 * 1024;

} // namespace

QString DemoMailbox::builtInPath()
{
    return QStringLiteral(":/demo-mailbox");
}

bool DemoMailbox::openBuiltIn()
{
    m_builtIn = true;
    m_location = builtInPath();
    m_scanned.clear();
    return scan(m_location);
}

bool DemoMailbox::openDirectory(const QString& directory)
{
    m_builtIn = false;
    m_location = directory;
    m_scanned.clear();
    return scan(directory);
}

bool DemoMailbox::refresh()
{
    if (m_builtIn || m_location.isEmpty()) {
        return true;
    }
    return scan(m_location);
}

qint64 DemoMailbox::totalSize() const
{
    qint64 total = 0;
    for (const Message& message : m_messages) {
        total += message.size;
    }
    return total;
}

bool DemoMailbox::scan(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        m_error
            = tr("The mailbox folder “%1” does not exist.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QFileInfoList files
        = dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty() && !dir.isReadable()) {
        m_error
            = tr("The mailbox folder “%1” cannot be read.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QList<Message> messages;
    QHash<QString, Scanned> scanned;
    messages.reserve(files.size());
    for (const QFileInfo& info : files) {
        const QString name = info.fileName();
        Scanned entry = m_scanned.value(name);
        if (entry.fileSize != info.size() || entry.modified != info.lastModified()) {
            entry.fileSize = info.size();
            entry.modified = info.lastModified();
            if (!measure(info.filePath(), name, entry)) {
                return false;
            }
        }
        scanned.insert(name, entry);
        messages.append(Message {info.filePath(), name, entry.uidl, entry.size});
    }
    m_messages = messages;
    m_scanned = scanned;
    return true;
}

bool DemoMailbox::measure(const QString& path, const QString& fileName, Scanned& scanned)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The message file “%1” cannot be read: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // The name takes part in the unique-id so that two files with the same text are still
    // two messages with different unique-ids (RFC 1939 §7 asks for uniqueness).
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(fileName.toUtf8());
    sha1.addData(QByteArrayView("\0", 1));
    DemoMessageEncoder encoder(DemoMessageEncoder::Mode::Normalize);
    QByteArray normalized;
    qint64 size = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ReadChunk);
        if (chunk.isEmpty()) {
            m_error = tr("The message file “%1” cannot be read: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        normalized.clear();
        encoder.encode(chunk, normalized);
        sha1.addData(normalized);
        size += normalized.size();
    }
    normalized.clear();
    encoder.finish(normalized);
    sha1.addData(normalized);
    size += normalized.size();
    scanned.uidl = sha1.result().toHex();
    scanned.size = size;
    return true;
}

bool DemoMailbox::remove(const QList<QByteArray>& uidls)
{
    const QSet<QByteArray> doomed(uidls.cbegin(), uidls.cend());
    bool ok = true;
    QList<Message> kept;
    kept.reserve(m_messages.size());
    for (const Message& message : std::as_const(m_messages)) {
        if (!doomed.contains(message.uidl)) {
            kept.append(message);
            continue;
        }
        if (!m_builtIn) {
            QFile file(message.path);
            if (!file.remove() && file.exists()) {
                m_error = tr("The message file “%1” could not be deleted: %2")
                              .arg(QDir::toNativeSeparators(message.path), file.errorString());
                ok = false;
                kept.append(message);
                continue;
            }
            m_scanned.remove(message.fileName);
        }
    }
    m_messages = kept;
    return ok;
}

bool DemoMailbox::lock(const void* owner)
{
    if (m_lockOwner && m_lockOwner != owner) {
        return false;
    }
    m_lockOwner = owner;
    return true;
}

void DemoMailbox::unlock(const void* owner)
{
    if (m_lockOwner == owner) {
        m_lockOwner = nullptr;
    }
}

} // namespace Postbote
