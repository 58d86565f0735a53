// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveIndex.h"
#include "archive/ArchiveReconciler.h"
#include "archive/Maildir.h"
#include "archive/MessageWriter.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class QLockFile;

namespace Postbote {

/// The archive as the fetch job sees it: a Maildir plus its index, with delivery in batches.
///
/// A message streams through a MessageWriter into new/; commit() then makes every message
/// finished since the last commit durable in one batch (file contents, then the new/
/// directory), records them in the index in one transaction, and only then announces them
/// with messageArchived(). DESIGN rule 1: the caller sends DELE only for messages of a batch
/// whose commit() returned true. A crash anywhere in between leaves files in new/ that the
/// next open() indexes, so every message ends up in the archive exactly once.
///
/// While open, the store holds DIR/.postbote/lock, so that two fetches cannot fill one
/// archive at the same time.
class ArchiveStore : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveStore(const QString& directory, QObject* parent = nullptr);
    ~ArchiveStore() override;

    QString directory() const { return m_maildir.root(); }
    /// Creates the layout, opens (or rebuilds) the index and reconciles it with the Maildir.
    bool open(QString* error);
    bool isOpen() const { return m_open; }
    /// Closes the index and releases the lock; finished but uncommitted messages stay in new/
    /// and are indexed at the next open().
    void close();

    /// A writer for one message; check its state() before use (creating the file can fail).
    /// partial marks a copy that holds only the header (TOP n 0).
    std::unique_ptr<MessageWriter> createWriter(
        const QString& account, const QByteArray& uidl, bool partial = false);
    /// Makes all messages finished since the last commit durable and indexed, then emits
    /// messageArchived() for each. On failure nothing is announced and the batch is kept for
    /// the next attempt.
    bool commit(QString* error);
    int pendingCount() const { return int(m_pending.size()); }

    bool contains(const QString& account, const QByteArray& uidl) const;
    QSet<QByteArray> uidls(const QString& account) const;
    bool containsContent(const QByteArray& sha256) const;
    /// The indexed messages (of one account if given), in id order; committed ones only.
    QList<ArchiveRecord> records(const QString& account = QString()) const;
    /// Renames the file (into cur/, with the matching flags) and updates the index.
    bool setFlags(qint64 id, bool seen, bool flagged, bool deletedLocally, QString* error);

    ArchiveIndex* index() const { return m_index.get(); }
    const Maildir& maildir() const { return m_maildir; }
    /// What the last open() found and repaired.
    ArchiveReconciler::Report lastReconcile() const { return m_reconciled; }

    /// Test seam: behave as if only this many bytes were free for message files (-1: no
    /// limit), so that a full disk can be tested without a small file system.
    void setSpaceLimitForTesting(qint64 bytes);

Q_SIGNALS:
    /// The message is durable and indexed; it may be deleted on the server now.
    void messageArchived(qint64 id);

private:
    bool openIndex(QString* error);
    bool isDuplicate(const MessageWriter& writer) const;
    /// Parses the messages and stores their summaries (MessageSummary) in one transaction.
    /// Best effort: a message that cannot be read keeps an empty summary, and a failure here
    /// never undoes the delivery (mail is never lost for being unparseable).
    void storeSummaries(QList<ArchiveRecord>* records);

    Maildir m_maildir;
    std::unique_ptr<ArchiveIndex> m_index;
    std::unique_ptr<QLockFile> m_lock;
    QList<ArchiveRecord> m_pending;
    std::shared_ptr<qint64> m_spaceLimit;
    ArchiveReconciler::Report m_reconciled;
    bool m_open = false;
};

} // namespace Postbote
