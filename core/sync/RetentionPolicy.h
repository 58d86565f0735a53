// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>

namespace Postbote {

/// What may stay on, and what may be removed from, the server once Postbote has archived it.
/// A plain value: the mode (one of the leave-on-server rules KMail's POP3 resource offers) and
/// three independent switches. Nothing here ever allows deleting a message that is not durable
/// in the archive; SyncPlanner enforces that whatever the policy says.
struct RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::RetentionPolicy)

public:
    enum class Mode {
        KeepOnServer,         ///< never delete (the default, `--keep`)
        DeleteAfterArchiving, ///< delete each message once it is archived (`--delete`)
        KeepDays,             ///< delete archived messages first seen more than `limit` days ago
        KeepNewest,           ///< keep the `limit` newest messages, delete older archived ones
        KeepMaxMegabytes,     ///< delete the oldest archived until the server holds <= `limit` MiB
    };

    /// Bounds of `limit`, checked by validate().
    static constexpr int MaxDays = 36500;
    static constexpr int MaxNewest = 10000000;
    static constexpr int MaxMegabytes = 1024 * 1024;

    Mode mode = Mode::KeepOnServer;
    /// Days (KeepDays), messages (KeepNewest) or mebibytes (KeepMaxMegabytes); 0 otherwise.
    int limit = 0;
    /// Also delete on the server what the user deleted in the archive; combines with any mode.
    bool deleteWhenDeletedLocally = false;
    /// Messages larger than this (octets, as LIST reports them) are not retrieved whole: only
    /// their headers are fetched with TOP n 0 and they are stored as partial. 0: no limit.
    qint64 maxMessageBytes = 0;
    /// For a server without UIDL: download everything each time, recognise what the archive
    /// already holds by its content, and never delete. Without it such a server is an error
    /// unless the mode is DeleteAfterArchiving (classic POP3 needs no UIDL).
    bool allowNoUidl = false;

    static RetentionPolicy keepOnServer() { return {}; }
    static RetentionPolicy deleteAfterArchiving()
    {
        return withMode(Mode::DeleteAfterArchiving, 0);
    }
    static RetentionPolicy keepDays(int days) { return withMode(Mode::KeepDays, days); }
    static RetentionPolicy keepNewest(int count) { return withMode(Mode::KeepNewest, count); }
    static RetentionPolicy keepMaxMegabytes(int mebibytes)
    {
        return withMode(Mode::KeepMaxMegabytes, mebibytes);
    }

    /// True if the mode may delete anything on the server (deleteWhenDeletedLocally aside).
    bool deletesByMode() const { return mode != Mode::KeepOnServer; }
    /// The server limit of KeepMaxMegabytes in octets (1 MB = 1 MiB = 1,048,576 octets).
    qint64 limitBytes() const { return qint64(limit) * 1024 * 1024; }

    /// An empty string if the policy can be used, else one translated sentence saying what to
    /// change.
    QString validate() const;
    bool isValid() const { return validate().isEmpty(); }

    /// One translated line for the UI and the CLI, e.g. "keep on the server for 30 days".
    QString description() const;

    /// A stable, untranslated form for QSettings and the command line: the mode first
    /// ("keep", "delete", "keep-days=N", "keep-newest=N", "keep-mb=N"), then, comma-separated,
    /// "delete-locally-deleted", "max-size=BYTES" and "allow-no-uidl" where set. Without a mode
    /// token fromString() assumes "keep".
    QString toString() const;
    /// Parses toString()'s form (tokens in any order, spaces around them ignored). Returns
    /// nothing and sets \a error to a translated sentence naming the bad token if it is not
    /// understood or the result fails validate().
    static std::optional<RetentionPolicy> fromString(QStringView text, QString* error = nullptr);

    static QString modeName(Mode mode);

    friend bool operator==(const RetentionPolicy& a, const RetentionPolicy& b)
    {
        return a.mode == b.mode && a.limit == b.limit
            && a.deleteWhenDeletedLocally == b.deleteWhenDeletedLocally
            && a.maxMessageBytes == b.maxMessageBytes && a.allowNoUidl == b.allowNoUidl;
    }
    friend bool operator!=(const RetentionPolicy& a, const RetentionPolicy& b) { return !(a == b); }

private:
    static RetentionPolicy withMode(Mode m, int n)
    {
        RetentionPolicy p;
        p.mode = m;
        p.limit = n;
        return p;
    }
};

} // namespace Postbote
