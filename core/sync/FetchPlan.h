// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postbote {

/// SyncPlanner's answer: which messages to RETR (or TOP n 0), which to DELE, which to leave
/// alone, and why. Message numbers are those of the session the listing came from (RFC 1939
/// §5: they do not change within a session). Each list is in ascending message-number order.
/// A message may be both skipped (not retrieved) and deleted (it was archived earlier).
class FetchPlan
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::FetchPlan)

public:
    enum class ErrorKind {
        None,
        NoUidl,         ///< the server has no UIDL and the policy does not allow working without
        InvalidPolicy,  ///< RetentionPolicy::validate() failed
        InvalidListing, ///< message numbers repeat or are not positive, or a size is negative
    };

    enum class SkipReason {
        AlreadyArchived, ///< the archive holds it
        AlreadyPartial,  ///< the archive holds its headers and it is still over the size limit
        DeletedLocally,  ///< the user deleted it from the archive; not fetched again
        TooLarge,        ///< over the size limit and the server has no TOP for the headers
        DuplicateUidl,   ///< another message in the listing has the same UIDL
        MissingUidl,     ///< the server listed no UIDL for it
    };

    enum class DeleteReason {
        AfterArchiving, ///< policy: delete after archiving (or classic POP3 without UIDL)
        DeletedLocally, ///< the user deleted it from the archive
        OlderThanDays,  ///< first seen more than the policy's days ago
        BeyondNewest,   ///< not among the policy's newest messages
        OverSizeLimit,  ///< the server holds more than the policy's megabytes
    };

    struct Retrieval
    {
        int number = 0;
        QByteArray uidl;          ///< empty: no UIDL, so the archive must recognise it by content
        qint64 size = 0;          ///< LIST size in octets
        bool headersOnly = false; ///< TOP n 0 (RFC 1939 §7); store as partial
        bool completesPartial = false; ///< the archive holds its headers only; this is the rest
    };

    struct Deletion
    {
        int number = 0;
        QByteArray uidl;
        DeleteReason reason = DeleteReason::AfterArchiving;
        /// The message is in this plan's retrievals: send DELE only once it is durable in the
        /// archive, and not at all if its retrieval or storing failed.
        bool afterArchiving = false;
    };

    struct Skip
    {
        int number = 0;
        QByteArray uidl;
        SkipReason reason = SkipReason::AlreadyArchived;
    };

    QList<Retrieval> toRetrieve() const { return m_retrieve; }
    QList<Deletion> toDelete() const { return m_delete; }
    QList<Skip> skipped() const { return m_skipped; }
    /// Translated notes the user should see although the plan can run (duplicate UIDLs, a
    /// retention rule that cannot apply without UIDL).
    QStringList warnings() const { return m_warnings; }

    bool isError() const { return m_errorKind != ErrorKind::None; }
    ErrorKind errorKind() const { return m_errorKind; }
    /// One translated sentence: what is wrong and what the user can do.
    QString errorMessage() const { return m_errorMessage; }

    /// True if messages are retrieved without a UIDL: the job must recognise those the archive
    /// already holds by their content instead.
    bool identifiesByContent() const;
    /// Octets of the whole messages to retrieve (headers-only retrievals count 0), for progress.
    qint64 retrieveBytes() const;
    bool isEmpty() const { return m_retrieve.isEmpty() && m_delete.isEmpty(); }

    void addRetrieval(const Retrieval& retrieval) { m_retrieve.append(retrieval); }
    void addDeletion(const Deletion& deletion) { m_delete.append(deletion); }
    void addSkip(const Skip& skip) { m_skipped.append(skip); }
    void addWarning(const QString& warning) { m_warnings.append(warning); }
    /// Sets the error and clears every list: a failed plan does nothing.
    void setError(ErrorKind kind, const QString& message);
    /// Restores ascending message-number order in every list.
    void sort();

    static QString describe(SkipReason reason);
    static QString describe(DeleteReason reason);

private:
    QList<Retrieval> m_retrieve;
    QList<Deletion> m_delete;
    QList<Skip> m_skipped;
    QStringList m_warnings;
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_errorMessage;
};

} // namespace Postbote
