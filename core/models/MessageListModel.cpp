// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MessageListModel.h"

#include "models/MessageFormat.h"
#include "models/SearchPattern.h"

#include <QDir>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>
#include <tuple>

namespace Postbote {

namespace {

qint64 msecs(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

template<typename T> int compareValues(const T& left, const T& right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

MessageListModel::MessageListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setLocale(QLocale());
}

MessageListModel::~MessageListModel() = default;

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int MessageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RecordIdRole:
        return row.id;
    case AccountRole:
        return m_accounts.at(row.account);
    case SeenRole:
        return row.has(Seen);
    case FlaggedRole:
        return row.has(Flagged);
    case DeletedRole:
        return row.has(Deleted);
    case PartialRole:
        return row.has(Partial);
    case HasAttachmentsRole:
        return row.has(HasAttachments);
    case DateRole:
        return utc(row.date);
    case ReceivedRole:
        return utc(row.received);
    case SizeRole:
        return row.size;
    case FromRole:
        return row.from;
    case SubjectRole:
        return row.subject;
    case PreviewRole:
        return row.preview;
    case FileNameRole:
        return row.fileName;
    case FilePathRole: {
        const QString directory = m_directories.value(m_accounts.at(row.account));
        return directory.isEmpty() ? row.fileName : QDir(directory).filePath(row.fileName);
    }
    case SortRole:
        return sortValue(row, index.column());
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && section == SizeColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case FromColumn:
        return tr("From");
    case SubjectColumn:
        return tr("Subject");
    case DateColumn:
        return tr("Date");
    case SizeColumn:
        return tr("Size");
    case AttachmentColumn:
        return tr("Attachment");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RecordIdRole, "recordId");
    names.insert(AccountRole, "account");
    names.insert(SeenRole, "seen");
    names.insert(FlaggedRole, "flagged");
    names.insert(DeletedRole, "deleted");
    names.insert(PartialRole, "partial");
    names.insert(HasAttachmentsRole, "hasAttachments");
    names.insert(DateRole, "date");
    names.insert(ReceivedRole, "received");
    names.insert(SizeRole, "size");
    names.insert(FromRole, "from");
    names.insert(SubjectRole, "subject");
    names.insert(PreviewRole, "preview");
    names.insert(FileNameRole, "fileName");
    names.insert(FilePathRole, "filePath");
    names.insert(SortRole, "sortValue");
    return names;
}

void MessageListModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // "Invoice 9" before "Invoice 10".
    m_collator.setNumericMode(true);
    m_fromKeys.clear();
    m_subjectKeys.clear();
    if (!m_order.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_sortColumn == FromColumn || m_sortColumn == SubjectColumn) {
        // Sender and subject collate differently in another language.
        const int column = m_sortColumn;
        m_sortColumn = -1;
        sort(column, m_sortOrder);
    }
    Q_EMIT localeChanged(m_locale);
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    column = column >= 0 && column < ColumnCount ? column : -1;
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (selection, current row) follow their messages.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> positions;
    positions.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before) {
        positions.push_back(m_order[std::size_t(index.row())]);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    sortOrderList();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(
            index(viewRowOf(std::size_t(positions[std::size_t(i)])), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
void MessageListModel::setAccountFilter(const QString& account)
{
    if (account == m_accountFilter) {
        return;
    }
    beginResetModel();
    m_accountFilter = account;
    if (account.isEmpty()) {
        m_filter = -1;
    } else {
        const int known = findAccount(account);
        m_filter = known >= 0 ? known : -2;
    }
    rebuildOrder();
    endResetModel();
    Q_EMIT accountFilterChanged(account);
}

void MessageListModel::setArchiveDirectory(const QString& account, const QString& directory)
{
    m_directories.insert(account, directory);
    const int known = findAccount(account);
    if (known >= 0 && isVisible(known) && !m_order.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {FilePathRole});
    }
}
bool MessageListModel::updateRecord(const ArchiveRecord& record)
{
    const int account = findAccount(record.account);
    const qsizetype at = account < 0 ? -1 : position(account, record.id);
    if (at < 0) {
        return false;
    }
    replaceRow(std::size_t(at), rowFrom(record, account));
    announceUnreadCounts();
    return true;
}

bool MessageListModel::updateFlags(
    const QString& account, qint64 id, bool seen, bool flagged, bool deletedLocally)
{
    const int known = findAccount(account);
    const qsizetype at = known < 0 ? -1 : position(known, id);
    if (at < 0) {
        return false;
    }
    Row& row = m_rows[std::size_t(at)];
    const quint8 flags = quint8((row.flags & ~(Seen | Flagged | Deleted)) | (seen ? Seen : 0)
        | (flagged ? Flagged : 0) | (deletedLocally ? Deleted : 0));
    if (flags != row.flags) {
        countUnread(row, -1);
        row.flags = flags;
        countUnread(row, 1);
        rowChanged(std::size_t(at));
        announceUnreadCounts();
    }
    return true;
}
bool MessageListModel::removeRecord(const QString& account, qint64 id)
{
    const int known = findAccount(account);
    const qsizetype at = known < 0 ? -1 : position(known, id);
    if (at < 0) {
        return false;
    }
    removeBlock(std::size_t(at), 1);
    announceUnreadCounts();
    return true;
}

void MessageListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_fromKeys.clear();
    m_subjectKeys.clear();
    rebuildOrder();
    m_unreadChanged = std::any_of(m_unread.begin(), m_unread.end(), [](int n) { return n != 0; });
    std::fill(m_unread.begin(), m_unread.end(), 0);
    endResetModel();
    announceUnreadCounts();
}

int MessageListModel::unreadCount(const QString& account) const
{
    if (account.isEmpty()) {
        return std::accumulate(m_unread.begin(), m_unread.end(), 0);
    }
    const int known = findAccount(account);
    return known < 0 ? 0 : m_unread[std::size_t(known)];
}

void MessageListModel::countUnread(const Row& row, int delta)
{
    if (!row.has(Seen) && !row.has(Deleted)) {
        m_unread[std::size_t(row.account)] += delta;
        m_unreadChanged = true;
    }
}

void MessageListModel::announceUnreadCounts()
{
    if (m_unreadChanged) {
        m_unreadChanged = false;
        Q_EMIT unreadCountsChanged();
    }
}

QModelIndex MessageListModel::indexOf(const QString& account, qint64 id, int column) const
{
    const int known = findAccount(account);
    const qsizetype at = known < 0 ? -1 : position(known, id);
    const int row = at < 0 ? -1 : viewRowOf(std::size_t(at));
    return row < 0 ? QModelIndex() : index(row, column);
}
int MessageListModel::compareRows(int leftRow, int rightRow, int column) const
{
    return compareStored(m_order[std::size_t(leftRow)], m_order[std::size_t(rightRow)], column);
}

bool MessageListModel::rowMatches(int row, const SearchPattern& pattern) const
{
    const Row& r = rowAt(row);
    return pattern.matches(r.from) || pattern.matches(r.subject) || pattern.matches(r.preview);
}

bool MessageListModel::isRowSeen(int row) const
{
    return rowAt(row).has(Seen);
}

bool MessageListModel::isRowDeleted(int row) const
{
    return rowAt(row).has(Deleted);
}

int MessageListModel::internAccount(const QString& account)
{
    const auto found = m_accountIndex.constFind(account);
    if (found != m_accountIndex.constEnd()) {
        return *found;
    }
    const int index = int(m_accounts.size());
    m_accounts.append(account);
    m_accountIndex.insert(account, index);
    m_unread.push_back(0);
    if (m_filter == -2 && account == m_accountFilter) {
        m_filter = index; // the filtered account has its first message now
    }
    return index;
}

int MessageListModel::findAccount(const QString& account) const
{
    return m_accountIndex.value(account, -1);
}

MessageListModel::Row MessageListModel::rowFrom(const ArchiveRecord& record, int account) const
{
    Row row;
    row.id = record.id;
    row.size = record.size;
    row.received = msecs(record.received);
    row.date = record.date.isValid() ? record.date.toMSecsSinceEpoch() : row.received;
    row.from = record.from;
    row.subject = record.subject;
    row.preview = record.preview;
    row.fileName = record.fileName;
    row.account = account;
    row.flags = quint8((record.seen ? Seen : 0) | (record.flagged ? Flagged : 0)
        | (record.deletedLocally ? Deleted : 0) | (record.partial ? Partial : 0)
        | (record.hasAttachments ? HasAttachments : 0));
    return row;
}

QString MessageListModel::displayText(const Row& row, int column) const
{
    switch (column) {
    case FromColumn:
        return row.from;
    case SubjectColumn:
        return row.subject.isEmpty() ? MessageFormat::noSubject() : row.subject;
    case DateColumn:
        return MessageFormat::dateTime(utc(row.date), m_locale);
    case SizeColumn:
        return MessageFormat::size(row.size, m_locale);
    default:
        return {}; // status and attachment: the view draws icons from the roles
    }
}

QString MessageListModel::toolTip(const Row& row, int column) const
{
    switch (column) {
    case StatusColumn:
        return MessageFormat::status(
            row.has(Seen), row.has(Flagged), row.has(Deleted), row.has(Partial));
    case DateColumn:
        return MessageFormat::dateTime(utc(row.date), m_locale, true);
    case SizeColumn:
        return MessageFormat::exactSize(row.size, m_locale);
    case AttachmentColumn:
        return MessageFormat::attachments(row.has(HasAttachments));
    default:
        return {};
    }
}

QVariant MessageListModel::sortValue(const Row& row, int column) const
{
    switch (column) {
    case StatusColumn:
        // Ascending: read before unread, unflagged before flagged.
        return (row.has(Seen) ? 0 : 2) + (row.has(Flagged) ? 1 : 0);
    case FromColumn:
        return row.from;
    case SubjectColumn:
        return row.subject;
    case DateColumn:
        return utc(row.date);
    case SizeColumn:
        return row.size;
    case AttachmentColumn:
        return row.has(HasAttachments);
    default:
        return {};
    }
}

} // namespace Postbote
