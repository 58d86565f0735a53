// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/MaildirFileName.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QFile;

namespace Postbote {

/// A standard Maildir (cur/, new/, tmp/) as mutt, Dovecot or Python's mailbox read it.
///
/// Delivery follows the Maildir protocol: the message is written under a unique name in tmp/,
/// then linked into new/ (which fails instead of overwriting, so two writers can never replace
/// each other's mail) and the tmp/ name removed. Making that durable is the caller's batch
/// (DurableSync); this class only does the file system steps. Flags live in the ":2," info of
/// names in cur/; changing them is a rename.
class Maildir
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Maildir)

public:
    /// A message file found in new/ or cur/.
    struct Entry
    {
        QString relativePath; ///< "new/<name>" or "cur/<name>"
        MaildirFileName name;
        qint64 fileSize = 0;
    };

    explicit Maildir(const QString& root);

    QString root() const { return m_root; }
    QString absolutePath(const QString& relativePath) const;

    /// Creates the three folders if needed and removes stale files from tmp/.
    bool open(QString* error);
    /// Removes files in tmp/ left by a writer that no longer runs: ours (Postbote's names from
    /// this host whose process is gone) at once, any other after 36 hours as the Maildir
    /// convention says. Returns how many were removed.
    int removeStaleTemporaryFiles();

    /// All messages in new/ and cur/ (names starting with '.' are not messages).
    QList<Entry> entries() const;

    /// Creates and opens a new file in tmp/ under *name, renewing the name until one is free.
    bool createTemporaryFile(MaildirFileName* name, QFile* file, QString* error) const;
    /// Moves tmp/<temporary> into new/ under *delivered (renewed if that name is taken).
    bool deliver(
        const MaildirFileName& temporary, MaildirFileName* delivered, QString* error) const;
    /// Renames a message into cur/ with the given flags; *newRelativePath receives its new path.
    bool setFlags(const QString& relativePath, const QString& flags, QString* newRelativePath,
        QString* error) const;
    bool removeMessage(const QString& relativePath, QString* error) const;

    static QString temporaryRelativePath(const MaildirFileName& name);
    static QString newRelativePath(const MaildirFileName& name);

private:
    QString m_root;
};

} // namespace Postbote
