// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveRecord.h"
#include "archive/Maildir.h"
#include "archive/MaildirFileName.h"
#include "archive/Sha256.h"
#include "pop3/Pop3DataSink.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>
#include <memory>

namespace Postbote {

/// Streams one RETR (or TOP) payload into the Maildir's tmp/ and, when it is complete, moves
/// it into new/. Line ends become LF: every CRLF, including one split across two chunks, turns
/// into LF; nothing else is added or removed. The SHA-256 of the stored bytes is computed on the
/// way, so that a server without UIDL can be recognised by content. Memory use is one chunk.
///
/// finish() does not make the file durable; ArchiveStore::commit() does that for a batch.
class MessageWriter final : public Pop3DataSink
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::MessageWriter)

public:
    enum class State { Writing, Finished, Discarded, Failed };

    /// Decides at finish() whether the archive already holds this message; if so the file is
    /// dropped instead of delivered.
    using DuplicateCheck = std::function<bool(const MessageWriter&)>;
    /// Hears about each delivered message (the store collects them for its next commit).
    using DeliveredHandler = std::function<void(const ArchiveRecord&)>;

    /// Creates the file in tmp/ at once; if that fails, state() is Failed and errorString()
    /// says why, and every call but discard() returns false.
    MessageWriter(const Maildir& maildir, const QString& account, const QByteArray& uidl,
        bool partial = false);
    ~MessageWriter() override;

    MessageWriter(const MessageWriter&) = delete;
    MessageWriter& operator=(const MessageWriter&) = delete;

    bool writeData(QByteArrayView chunk) override;
    bool finish() override;
    void discard() override;

    void setDuplicateCheck(DuplicateCheck check) { m_duplicateCheck = std::move(check); }
    void setDeliveredHandler(DeliveredHandler handler) { m_delivered = std::move(handler); }
    /// Test seam for a full disk: the writers sharing this counter may store that many bytes
    /// in total, then fail as a write with ENOSPC would. A failed or dropped file gives its
    /// bytes back, as deleting it would free them.
    void setSpaceBudget(std::shared_ptr<qint64> bytesFree) { m_budget = std::move(bytesFree); }

    State state() const { return m_state; }
    QString account() const { return m_account; }
    QByteArray uidl() const { return m_uidl; }
    bool isPartial() const { return m_partial; }
    /// Bytes received from the session, before line ends were converted.
    qint64 bytesReceived() const { return m_received; }
    /// Bytes stored in the file.
    qint64 bytesWritten() const { return m_written; }
    /// SHA-256 of the stored bytes (raw 32 bytes); valid after finish().
    QByteArray sha256() const { return m_sha256; }
    /// After finish(): true if the archive already had the message and the file was dropped.
    bool isDuplicate() const { return m_duplicate; }
    /// After finish(): "new/<name>", empty for a duplicate.
    QString relativePath() const { return m_relativePath; }
    /// The record the delivered file will be indexed with.
    ArchiveRecord record() const;

    /// One translated sentence about the failure, empty while all is well.
    QString errorString() const { return m_error; }
    /// The failure was a full disk (ENOSPC or the test budget).
    bool isDiskFull() const { return m_diskFull; }

private:
    bool stored(qsizetype start);
    bool flushOut();
    bool fail(const QString& error, bool diskFull);
    QString writeErrorText(const QString& reason) const;
    void dropFile();
    QString diskFullText() const;

    Maildir m_maildir;
    QString m_account;
    QByteArray m_uidl;
    bool m_partial;
    MaildirFileName m_name;
    QFile m_file;
    Sha256 m_hash;
    QByteArray m_out; ///< converted bytes not yet written
    bool m_pendingCr = false;
    qint64 m_received = 0;
    qint64 m_written = 0;
    State m_state = State::Writing;
    QByteArray m_sha256;
    bool m_duplicate = false;
    QString m_relativePath;
    MaildirFileName m_deliveredName;
    QString m_error;
    bool m_diskFull = false;
    std::shared_ptr<qint64> m_budget;
    DuplicateCheck m_duplicateCheck;
    DeliveredHandler m_delivered;
};

} // namespace Postbote
