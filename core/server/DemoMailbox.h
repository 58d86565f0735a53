// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Postbote {

/// The maildrop behind the demo POP3 server: messages with a stable unique-id each, and the
/// exclusive-access lock that RFC 1939 §8 asks a server to take for a session in the
/// TRANSACTION state.
///
/// Two sources:
/// - the built-in sample mailbox (the .eml files under :/demo-mailbox). Deletions are kept
///   in memory only: they last as long as this object, so every run of the server starts
///   with the full sample mailbox again.
/// - a directory of .eml files (`postbote-cli demo-server --mailbox DIR`). Deleting removes
///   the file, and the directory is scanned again whenever a session locks it, so files
///   added or removed by hand show up at the next login.
///
/// Messages are numbered in the order of their file names. Only sizes and unique-ids are
/// kept in memory; the bytes are read from the file when a message is retrieved. They are
/// served with every line ending in CRLF (DemoMessageEncoder), and sizes count them so
/// (RFC 1939 §11: the size of the message as sent, before dot-stuffing).
class DemoMailbox
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::DemoMailbox)

public:
    struct Message
    {
        /// Where the bytes are: a resource path (":/demo-mailbox/…") or a file path.
        QString path;
        QString fileName;
        /// RFC 1939 §7 unique-id: 40 lowercase hex digits.
        QByteArray uidl;
        /// Octets with CRLF line ends, before dot-stuffing.
        qint64 size = 0;
    };

    /// The resource folder of the sample messages.
    static QString builtInPath();

    /// Serves the built-in sample mailbox.
    bool openBuiltIn();
    /// Serves the .eml files of \a directory.
    bool openDirectory(const QString& directory);
    bool isBuiltIn() const { return m_builtIn; }
    /// The resource folder or the directory served.
    QString location() const { return m_location; }
    /// What went wrong in the last failed call, as one translated sentence.
    QString errorString() const { return m_error; }

    /// Re-reads a directory; nothing to do for the built-in mailbox, whose deletions would
    /// otherwise come back. Unchanged files are not read again.
    bool refresh();

    const QList<Message>& messages() const { return m_messages; }
    qsizetype count() const { return m_messages.size(); }
    qint64 totalSize() const;

    /// Removes the messages with these unique-ids for good (RFC 1939 §6, the UPDATE state):
    /// from the list, and a directory's files from the disk. Returns false if a file could
    /// not be removed; the others are removed all the same.
    bool remove(const QList<QByteArray>& uidls);

    /// The maildrop lock: one session at a time may be in TRANSACTION. \a owner identifies
    /// the holder; lock() fails while another owner holds it.
    bool lock(const void* owner);
    void unlock(const void* owner);
    bool isLocked() const { return m_lockOwner != nullptr; }

private:
    struct Scanned
    {
        qint64 fileSize = -1;
        QDateTime modified;
        QByteArray uidl;
        qint64 size = 0;
    };

    bool scan(const QString& folder);
    bool measure(const QString& path, const QString& fileName, Scanned& scanned);

    QList<Message> m_messages;
    QString m_location;
    QString m_error;
    bool m_builtIn = false;
    const void* m_lockOwner = nullptr;
    // What was computed for each file, so a rescan only reads new or changed files.
    QHash<QString, Scanned> m_scanned;
};

} // namespace Postbote
