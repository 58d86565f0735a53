// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Postbote {

class ArchiveStore;

/// A message somewhere in the archives: the account it belongs to and its index id.
struct MessageRef
{
    QString account;
    qint64 id = 0;
    friend bool operator==(const MessageRef& a, const MessageRef& b)
    {
        return a.account == b.account && a.id == b.id;
    }
};

/// The desktop's archives, one per account (DESIGN: "the GUI keeps one such archive per
/// account"). It opens an account's ArchiveStore on first use and keeps it open, holding the
/// archive's lock, so that fetches, flag changes and exports of the window all go through one
/// store; it announces every message a fetch archives with its full record.
class AccountArchives : public QObject
{
    Q_OBJECT

public:
    /// \a directoryOf maps an account id to its Maildir; by default
    /// AccountPaths::archiveDirectory().
    explicit AccountArchives(QObject* parent = nullptr);
    ~AccountArchives() override;

    void setDirectoryResolver(std::function<QString(const QString& accountId)> directoryOf);
    QString directory(const QString& accountId) const;

    /// The open store of that account (creating the folder on first use), or nullptr with a
    /// translated \a error (folder not writable, archive locked by another program …).
    ArchiveStore* store(const QString& accountId, QString* error);
    bool isOpen(const QString& accountId) const;
    /// Closes and forgets the store (before an account's archive is removed). Not while a
    /// fetch of that account runs (FetchQueue::cancel() first): the job writes into it.
    void close(const QString& accountId);

    /// The full record of each reference that exists (unknown ones are left out). Only
    /// archives opened by store() are consulted: a const lookup never takes a lock.
    QList<ArchiveRecord> records(const QList<MessageRef>& messages) const;
    /// Absolute path of the message file, empty if unknown.
    QString filePath(const MessageRef& message) const;

    /// Sets the flags of every message (seen / deleted locally; flagged stays as it is);
    /// returns false with a translated \a error at the first one that fails (those before it
    /// keep their new flags and were announced). Messages whose flag is already so are left
    /// alone and not announced. Implemented in AccountArchivesActions.cpp.
    bool setSeen(const QList<MessageRef>& messages, bool seen, QString* error);
    bool setDeletedLocally(const QList<MessageRef>& messages, bool deleted, QString* error);

    /// Export the given messages (in the given order); the number written or -1 with a
    /// translated \a error. Streams file by file (ArchiveExporter). All or nothing: a message
    /// no longer in the index or whose file vanished fails the export before anything is
    /// written; the mbox file appears only when complete. .eml files are named by index id,
    /// "000042.eml"; as ids repeat across accounts, a second 42 becomes "000042-2.eml".
    int exportMbox(const QList<MessageRef>& messages, const QString& mboxPath, QString* error);
    int exportEml(const QList<MessageRef>& messages, const QString& directory, QString* error);

Q_SIGNALS:
    /// A fetch stored this message durably (ArchiveStore::messageArchived, with the record).
    void messageArchived(const Postbote::ArchiveRecord& record);
    /// setSeen()/setDeletedLocally() changed these flags.
    void flagsChanged(const Postbote::ArchiveRecord& record);

private:
    struct Entry;
    std::function<QString(const QString&)> m_directoryOf;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace Postbote
