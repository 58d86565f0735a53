// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveRecord.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <vector>

namespace Postbote {

class SearchPattern;

/// The inbox: one row per archived message, with semantic roles; views choose icons, fonts
/// and colours from SeenRole, FlaggedRole and the like.
///
/// The model does not own an ArchiveStore: the GUI must not keep an archive open (and
/// locked) while postbote-cli may want to fetch into it. It is given records instead —
/// setRecords() or refresh() with what ArchiveStore::records() returned, addRecord() for
/// each messageArchived(), updateFlags() after ArchiveStore::setFlags() succeeded.
///
/// Messages of several accounts can live side by side: each account has its own archive,
/// so a message is known by (account, id), ids being unique within one archive only. Rows
/// are stored sorted by (account, id) for lookups; the view order is a separate list of
/// storage positions, holding only the filtered account's rows and sorted by sort().
///
/// Built for 100,000 messages: rows are compact (no copy of To, Message-ID, UIDL or hash),
/// collation keys for sorting by sender and subject are computed once, on first use, and
/// kept up to date on changes; no call needs a reset except setRecords() and the filter.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(
        QString accountFilter READ accountFilter WRITE setAccountFilter NOTIFY accountFilterChanged)
    Q_PROPERTY(QLocale locale READ locale WRITE setLocale NOTIFY localeChanged)

public:
    enum Column {
        StatusColumn,
        FromColumn,
        SubjectColumn,
        DateColumn,
        SizeColumn,
        AttachmentColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RecordIdRole = Qt::UserRole + 1, ///< qint64, unique within the account's archive
        AccountRole,                     ///< QString
        SeenRole,                        ///< bool
        FlaggedRole,                     ///< bool
        DeletedRole,                     ///< bool: deleted locally
        PartialRole,                     ///< bool: only the header was fetched
        HasAttachmentsRole,              ///< bool
        DateRole,     ///< QDateTime (UTC): the Date header, else the time received
        ReceivedRole, ///< QDateTime (UTC): when the message was stored
        SizeRole,     ///< qint64 bytes
        FromRole,     ///< QString, display form
        SubjectRole,  ///< QString
        PreviewRole,  ///< QString, the first ~200 characters of text
        FileNameRole, ///< QString relative to the archive folder ("cur/…")
        FilePathRole, ///< QString, absolute when setArchiveDirectory() named the folder
        SortRole,     ///< the raw value this column sorts by (int, QString, QDateTime, qint64)
    };
    Q_ENUM(Role)

    explicit MessageListModel(QObject* parent = nullptr);
    ~MessageListModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Dates, sizes and the collation of sender and subject follow this locale. Setting it
    /// (also to the same value, after installing a translator) refreshes the shown texts and
    /// the headers through dataChanged() and headerDataChanged().
    QLocale locale() const { return m_locale; }
    void setLocale(const QLocale& locale);

    /// Sorts the rows by what the column shows, using the raw values (SortRole): dates as
    /// dates, sizes as numbers, sender and subject by the locale's collation. Sorting here
    /// rather than in a QSortFilterProxyModel is what keeps 100,000 rows fast: no QModelIndex
    /// or QVariant per comparison. New and changed rows are kept in order; -1 restores the
    /// order of arrival.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Show the messages of one account only; empty shows all. Resets the model.
    QString accountFilter() const { return m_accountFilter; }
    void setAccountFilter(const QString& account);

    /// Where the account's archive is, so that FilePathRole can give absolute paths.
    void setArchiveDirectory(const QString& account, const QString& directory);

    /// Replaces everything (a model reset): for the first load.
    void setRecords(const QList<ArchiveRecord>& records);
    /// Brings the rows of that account (all accounts if empty) in line with records, the
    /// complete current list, without a reset: missing rows are removed, changed ones
    /// updated, new ones inserted. For reloading after another program changed the archive.
    void refresh(const QList<ArchiveRecord>& records, const QString& account = QString());
    /// Inserts the message, or updates it when (account, id) is already there.
    void addRecord(const ArchiveRecord& record);
    /// Like addRecord() for many, with one rowsInserted() per contiguous block.
    void addRecords(const QList<ArchiveRecord>& records);
    /// Updates summary, file and flags of a known message; false if it is unknown.
    bool updateRecord(const ArchiveRecord& record);
    /// After ArchiveStore::setFlags() succeeded; false if the message is unknown.
    bool updateFlags(
        const QString& account, qint64 id, bool seen, bool flagged, bool deletedLocally);
    bool removeRecord(const QString& account, qint64 id);
    void clear();

    /// All messages held, whatever the account filter.
    int totalCount() const { return int(m_rows.size()); }
    /// Unread messages of an account (of all if empty), not counting locally deleted ones;
    /// whatever the account filter shows. Kept up to date on every change, so this is cheap.
    int unreadCount(const QString& account = QString()) const;
    QModelIndex indexOf(const QString& account, qint64 id, int column = 0) const;

    /// Fast paths for MessageFilterProxy on many rows, without a QVariant per call.
    /// Compares two rows by what column sorts by: <0, 0 or >0.
    int compareRows(int leftRow, int rightRow, int column) const;
    bool rowMatches(int row, const SearchPattern& pattern) const;
    bool isRowSeen(int row) const;
    bool isRowDeleted(int row) const;

Q_SIGNALS:
    void accountFilterChanged(const QString& account);
    void localeChanged(const QLocale& locale);
    /// Some unread count changed, of any account: also of one the account filter hides, whose
    /// changes no row signal announces. Emitted once per call that changed them.
    void unreadCountsChanged();

private:
    enum Flag : quint8 {
        Seen = 0x01,
        Flagged = 0x02,
        Deleted = 0x04,
        Partial = 0x08,
        HasAttachments = 0x10,
    };

    struct Row
    {
        qint64 id = 0;
        qint64 size = 0;
        qint64 date = 0;     ///< ms since 1970: Date header, else received
        qint64 received = 0; ///< ms since 1970
        QString from;
        QString subject;
        QString preview;
        QString fileName;
        int account = 0; ///< index into m_accounts
        quint8 flags = 0;

        bool has(Flag flag) const { return (flags & flag) != 0; }
    };

    int internAccount(const QString& account);
    /// Adds (delta 1) or takes away (-1) the row from its account's unread count.
    void countUnread(const Row& row, int delta);
    /// Emits unreadCountsChanged() if countUnread() changed anything since the last call.
    void announceUnreadCounts();
    int findAccount(const QString& account) const;
    Row rowFrom(const ArchiveRecord& record, int account) const;
    /// Position in m_rows of (account, id), or where it would be inserted.
    std::size_t lowerBound(int account, qint64 id) const;
    /// Position in m_rows of (account, id), or -1.
    qsizetype position(int account, qint64 id) const;
    bool isVisible(int account) const { return m_filter == -1 || m_filter == account; }
    const Row& rowAt(int viewRow) const
    {
        return m_rows[std::size_t(m_order[std::size_t(viewRow)])];
    }
    /// The view row of storage position, -1 when filtered out.
    int viewRowOf(std::size_t position) const;
    /// Whether storage position a comes before b in the view order.
    bool before(int a, int b) const;
    int compareStored(int a, int b, int column) const;
    /// m_order from scratch: the visible rows, sorted. Callers announce a reset or layout.
    void rebuildOrder();
    void sortOrderList();
    int insertionRow(int position) const;
    /// Inserts new rows (sorted by (account, id), none known yet) and shows them.
    void insertRows(std::vector<Row>&& fresh);
    /// Shows rows already in storage (positions) in the view, in as few insertions as can be.
    void announceInserted(std::vector<int>&& positions);
    void removeBlock(std::size_t position, std::size_t count);
    void replaceRow(std::size_t position, Row&& row);
    /// Moves a changed row to its place in the sort order, then announces the change.
    void rowChanged(std::size_t position);
    QString displayText(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    const std::vector<QCollatorSortKey>& sortKeys(int column) const;
    /// The collation keys of a changed row, if built.
    void updateSortKeys(std::size_t position, const Row& row);

    std::vector<Row> m_rows;
    QStringList m_accounts;
    QHash<QString, int> m_accountIndex;
    std::vector<int> m_unread; ///< account index → unread, not deleted messages
    bool m_unreadChanged = false;
    QHash<QString, QString> m_directories; ///< account → archive folder
    QString m_accountFilter;
    int m_filter = -1;        ///< account index shown; -1 all; -2 a filter for an unknown account
    std::vector<int> m_order; ///< view row → position in m_rows
    mutable std::vector<int> m_viewRows; ///< position in m_rows → view row or -1, lazily
    mutable bool m_viewRowsDirty = true;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
    QCollator m_collator;
    // Collation keys of sender and subject, parallel to m_rows once built (empty before).
    mutable std::vector<QCollatorSortKey> m_fromKeys;
    mutable std::vector<QCollatorSortKey> m_subjectKeys;
};

} // namespace Postbote
