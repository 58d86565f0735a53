// SPDX-License-Identifier: GPL-3.0-or-later
// MessageListModel, part two: storage (rows by account and id), the view order over it, and
// keeping both in step with insertions, removals and changes.
#include "models/MessageListModel.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>
#include <numeric>
#include <tuple>

namespace Postbote {

namespace {

/// Merges the sorted new items into sorted items in place, new item j going before the old
/// item slots[j] (slots ascending): only the old items behind the first slot move, once.
template<typename T>
void mergeInto(std::vector<T>& items, std::vector<T>&& fresh, const std::vector<std::size_t>& slots)
{
    std::size_t from = items.size();
    const std::size_t total = from + fresh.size();
    if (items.capacity() < total) {
        items.reserve(total + total / 4 + 64); // room for later fetches, as setRecords() leaves
    }
    items.insert(items.end(), fresh.size(), fresh.back()); // room, overwritten below
    std::size_t to = items.size();
    for (std::size_t j = fresh.size(); j-- > 0;) {
        while (from > slots[j]) {
            items[--to] = std::move(items[--from]);
        }
        items[--to] = std::move(fresh[j]);
    }
}

template<typename T> int compareValues(const T& left, const T& right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

void MessageListModel::setRecords(const QList<ArchiveRecord>& records)
{
    beginResetModel();
    m_rows.clear();
    m_fromKeys.clear();
    m_subjectKeys.clear();
    // Room for what the next fetches add, so that the first of them does not move all rows.
    m_rows.reserve(std::size_t(records.size()) + std::size_t(records.size()) / 4 + 64);
    for (const ArchiveRecord& record : records) {
        m_rows.push_back(rowFrom(record, internAccount(record.account)));
    }
    const auto before = [](const Row& a, const Row& b) {
        return a.account < b.account || (a.account == b.account && a.id < b.id);
    };
    // ArchiveStore::records() is in id order already; sorting is for mixed input.
    if (!std::is_sorted(m_rows.begin(), m_rows.end(), before)) {
        std::stable_sort(m_rows.begin(), m_rows.end(), before);
    }
    // A message given twice: the later record wins.
    const auto same = [](const Row& a, const Row& b) {
        return a.account == b.account && a.id == b.id;
    };
    if (std::adjacent_find(m_rows.begin(), m_rows.end(), same) != m_rows.end()) {
        std::vector<Row> unique;
        unique.reserve(m_rows.size());
        for (Row& row : m_rows) {
            if (!unique.empty() && same(unique.back(), row)) {
                unique.back() = std::move(row);
            } else {
                unique.push_back(std::move(row));
            }
        }
        m_rows = std::move(unique);
    }
    const std::vector<int> previous = m_unread;
    std::fill(m_unread.begin(), m_unread.end(), 0);
    for (const Row& row : m_rows) {
        countUnread(row, 1);
    }
    m_unreadChanged = m_unread != previous;
    rebuildOrder();
    endResetModel();
    announceUnreadCounts();
}

void MessageListModel::refresh(const QList<ArchiveRecord>& records, const QString& account)
{
    const int only = account.isEmpty() ? -1 : findAccount(account);
    if (only >= 0 || account.isEmpty()) {
        std::vector<std::pair<int, qint64>> keep;
        keep.reserve(std::size_t(records.size()));
        for (const ArchiveRecord& record : records) {
            const int known = findAccount(record.account);
            if (known >= 0) {
                keep.emplace_back(known, record.id);
            }
        }
        std::sort(keep.begin(), keep.end());
        const auto gone = [&](const Row& row) {
            return (only < 0 || row.account == only)
                && !std::binary_search(keep.begin(), keep.end(), std::pair(row.account, row.id));
        };
        // From the back, so that positions before the removed block stay valid.
        std::size_t end = m_rows.size();
        while (end > 0) {
            if (!gone(m_rows[end - 1])) {
                --end;
                continue;
            }
            std::size_t begin = end - 1;
            while (begin > 0 && m_rows[begin - 1].account == m_rows[end - 1].account
                && gone(m_rows[begin - 1])) {
                --begin;
            }
            removeBlock(begin, end - begin);
            end = begin;
        }
    }
    addRecords(records);
}

void MessageListModel::addRecord(const ArchiveRecord& record)
{
    addRecords(QList<ArchiveRecord> {record});
}

void MessageListModel::addRecords(const QList<ArchiveRecord>& records)
{
    std::vector<Row> fresh;
    for (const ArchiveRecord& record : records) {
        const int account = internAccount(record.account);
        const qsizetype at = position(account, record.id);
        if (at >= 0) {
            replaceRow(std::size_t(at), rowFrom(record, account));
        } else {
            fresh.push_back(rowFrom(record, account));
        }
    }
    const auto before = [](const Row& a, const Row& b) {
        return a.account < b.account || (a.account == b.account && a.id < b.id);
    };
    std::stable_sort(fresh.begin(), fresh.end(), before);
    // A message given twice: the later record wins.
    std::vector<Row> unique;
    unique.reserve(fresh.size());
    for (Row& row : fresh) {
        if (!unique.empty() && unique.back().account == row.account && unique.back().id == row.id) {
            unique.back() = std::move(row);
        } else {
            unique.push_back(std::move(row));
        }
    }
    insertRows(std::move(unique));
    announceUnreadCounts();
}

int MessageListModel::compareStored(int a, int b, int column) const
{
    const Row& left = m_rows[std::size_t(a)];
    const Row& right = m_rows[std::size_t(b)];
    switch (column) {
    case StatusColumn:
        return compareValues(sortValue(left, column).toInt(), sortValue(right, column).toInt());
    case FromColumn:
    case SubjectColumn: {
        const std::vector<QCollatorSortKey>& keys = sortKeys(column);
        return keys[std::size_t(a)].compare(keys[std::size_t(b)]);
    }
    case DateColumn:
        return compareValues(left.date, right.date);
    case SizeColumn:
        return compareValues(left.size, right.size);
    case AttachmentColumn:
        return compareValues(left.has(HasAttachments), right.has(HasAttachments));
    default:
        return 0;
    }
}
std::size_t MessageListModel::lowerBound(int account, qint64 id) const
{
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), std::pair(account, id),
        [](const Row& row, const std::pair<int, qint64>& key) {
            return row.account < key.first || (row.account == key.first && row.id < key.second);
        });
    return std::size_t(std::distance(m_rows.begin(), at));
}

qsizetype MessageListModel::position(int account, qint64 id) const
{
    const std::size_t at = lowerBound(account, id);
    if (at < m_rows.size() && m_rows[at].account == account && m_rows[at].id == id) {
        return qsizetype(at);
    }
    return -1;
}

int MessageListModel::viewRowOf(std::size_t position) const
{
    if (m_viewRowsDirty) {
        m_viewRows.assign(m_rows.size(), -1);
        for (std::size_t row = 0; row < m_order.size(); ++row) {
            m_viewRows[std::size_t(m_order[row])] = int(row);
        }
        m_viewRowsDirty = false;
    }
    return m_viewRows[position];
}

bool MessageListModel::before(int a, int b) const
{
    if (m_sortColumn < 0) {
        return a < b;
    }
    int order = compareStored(a, b, m_sortColumn);
    if (order == 0) {
        // Equal: by date, then by arrival, so that the order is the same every time.
        order = compareValues(m_rows[std::size_t(a)].date, m_rows[std::size_t(b)].date);
    }
    if (order == 0) {
        order = compareValues(a, b);
    }
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void MessageListModel::rebuildOrder()
{
    m_order.clear();
    if (m_filter == -1) {
        m_order.resize(m_rows.size());
        std::iota(m_order.begin(), m_order.end(), 0);
    } else if (m_filter >= 0) {
        const std::size_t first = lowerBound(m_filter, std::numeric_limits<qint64>::min());
        const std::size_t last = lowerBound(m_filter + 1, std::numeric_limits<qint64>::min());
        m_order.resize(last - first);
        std::iota(m_order.begin(), m_order.end(), int(first));
    }
    sortOrderList();
}

void MessageListModel::sortOrderList()
{
    if (m_sortColumn >= 0) {
        if (m_sortColumn == DateColumn || m_sortColumn == SizeColumn) {
            // Numbers: sort (value, date, position) triples, contiguous in memory, the same
            // order as before() gives.
            std::vector<std::tuple<qint64, qint64, int>> keyed;
            keyed.reserve(m_order.size());
            for (const int at : m_order) {
                const Row& row = m_rows[std::size_t(at)];
                keyed.emplace_back(m_sortColumn == DateColumn ? row.date : row.size, row.date, at);
            }
            if (m_sortOrder == Qt::AscendingOrder) {
                std::sort(keyed.begin(), keyed.end());
            } else {
                std::sort(keyed.begin(), keyed.end(), std::greater<>());
            }
            for (std::size_t i = 0; i < keyed.size(); ++i) {
                m_order[i] = std::get<2>(keyed[i]);
            }
        } else {
            (void)sortKeys(m_sortColumn == SubjectColumn ? SubjectColumn : FromColumn);
            std::sort(
                m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
        }
    } else {
        std::sort(m_order.begin(), m_order.end());
    }
    m_viewRowsDirty = true;
}

int MessageListModel::insertionRow(int position) const
{
    const auto at = std::upper_bound(
        m_order.begin(), m_order.end(), position, [this](int a, int b) { return before(a, b); });
    return int(std::distance(m_order.begin(), at));
}

void MessageListModel::insertRows(std::vector<Row>&& fresh)
{
    if (fresh.empty()) {
        return;
    }
    const std::size_t old = m_rows.size();
    // Where each new row goes among the old ones (ascending, as fresh is): old rows at or
    // after slots[j] move down by one for new row j. A fetch of newer messages appends.
    std::vector<std::size_t> slots(fresh.size());
    std::vector<int> added;
    for (std::size_t j = 0; j < fresh.size(); ++j) {
        slots[j] = lowerBound(fresh[j].account, fresh[j].id);
        countUnread(fresh[j], 1);
        if (isVisible(fresh[j].account)) {
            added.push_back(int(slots[j] + j));
        }
    }
    // Collation keys, once built, are kept in step: keys for the new rows only, instead of
    // rebuilding 100,000 of them for the next comparison (which a sorted view needs at once).
    // Many new rows (the rest of a first load): building all keys anew on first use is
    // cheaper, as it shares one key between equal texts.
    const bool rebuildKeys = fresh.size() > old / 8;
    for (std::vector<QCollatorSortKey>* keys : {&m_fromKeys, &m_subjectKeys}) {
        if (keys->size() != old || rebuildKeys) {
            keys->clear();
        }
        if (keys->empty()) {
            continue;
        }
        std::vector<QCollatorSortKey> freshKeys;
        freshKeys.reserve(fresh.size());
        for (const Row& row : fresh) {
            freshKeys.push_back(m_collator.sortKey(keys == &m_fromKeys ? row.from : row.subject));
        }
        mergeInto(*keys, std::move(freshKeys), slots);
    }
    mergeInto(m_rows, std::move(fresh), slots);
    if (slots.front() < old) {
        const int first = int(slots.front());
        for (int& at : m_order) {
            if (at >= first) {
                at += int(std::distance(
                    slots.begin(), std::upper_bound(slots.begin(), slots.end(), std::size_t(at))));
            }
        }
    }
    m_viewRowsDirty = true;
    announceInserted(std::move(added));
}

void MessageListModel::announceInserted(std::vector<int>&& positions)
{
    // The new rows in view order, then one insertion per gap between the shown rows they
    // fall into: a fetch newer than everything shown is a single insertion.
    std::sort(positions.begin(), positions.end(), [this](int a, int b) { return before(a, b); });
    std::size_t i = 0;
    while (i < positions.size()) {
        const int row = insertionRow(positions[i]);
        std::size_t j = i + 1;
        while (j < positions.size()
            && (row == int(m_order.size()) || before(positions[j], m_order[std::size_t(row)]))) {
            ++j;
        }
        beginInsertRows(QModelIndex(), row, row + int(j - i) - 1);
        m_order.insert(m_order.begin() + row, positions.begin() + std::ptrdiff_t(i),
            positions.begin() + std::ptrdiff_t(j));
        m_viewRowsDirty = true;
        endInsertRows();
        i = j;
    }
}

void MessageListModel::removeBlock(std::size_t position, std::size_t count)
{
    for (std::size_t i = position; i < position + count; ++i) {
        countUnread(m_rows[i], -1);
    }
    if (isVisible(m_rows[position].account)) {
        // Announce the rows' removal from the view (from the bottom, in contiguous runs)
        // while storage still holds them.
        std::vector<int> rows;
        for (std::size_t i = position; i < position + count; ++i) {
            rows.push_back(viewRowOf(i));
        }
        std::sort(rows.begin(), rows.end(), std::greater<>());
        std::size_t i = 0;
        while (i < rows.size()) {
            std::size_t j = i + 1;
            while (j < rows.size() && rows[j] == rows[j - 1] - 1) {
                ++j;
            }
            beginRemoveRows(QModelIndex(), rows[j - 1], rows[i]);
            m_order.erase(m_order.begin() + rows[j - 1], m_order.begin() + rows[i] + 1);
            m_viewRowsDirty = true;
            endRemoveRows();
            i = j;
        }
    }
    const auto first = std::ptrdiff_t(position);
    const auto last = std::ptrdiff_t(position + count);
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last);
    for (std::vector<QCollatorSortKey>* keys : {&m_fromKeys, &m_subjectKeys}) {
        if (!keys->empty()) {
            keys->erase(keys->begin() + first, keys->begin() + last);
        }
    }
    for (int& at : m_order) {
        if (at >= int(last)) {
            at -= int(count);
        }
    }
    m_viewRowsDirty = true;
}

void MessageListModel::replaceRow(std::size_t position, Row&& row)
{
    Row& old = m_rows[position];
    if (old.size == row.size && old.date == row.date && old.received == row.received
        && old.flags == row.flags && old.from == row.from && old.subject == row.subject
        && old.preview == row.preview && old.fileName == row.fileName) {
        return;
    }
    if (old.from != row.from || old.subject != row.subject) {
        updateSortKeys(position, row);
    }
    countUnread(old, -1);
    countUnread(row, 1);
    old = std::move(row);
    rowChanged(position);
}

void MessageListModel::rowChanged(std::size_t position)
{
    int row = viewRowOf(position);
    if (row < 0) {
        return;
    }
    if (m_sortColumn >= 0) {
        // Find the row's new place among the others.
        const int at = int(position);
        m_order.erase(m_order.begin() + row);
        const int target = insertionRow(at);
        m_order.insert(m_order.begin() + row, at);
        if (target != row) {
            // beginMoveRows counts the destination before the move.
            beginMoveRows(
                QModelIndex(), row, row, QModelIndex(), target > row ? target + 1 : target);
            m_order.erase(m_order.begin() + row);
            m_order.insert(m_order.begin() + target, at);
            m_viewRowsDirty = true;
            endMoveRows();
            row = target;
        }
    }
    // All roles: flags feed the status column, SeenRole, the sort values and filters.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {});
}

const std::vector<QCollatorSortKey>& MessageListModel::sortKeys(int column) const
{
    std::vector<QCollatorSortKey>& keys = column == FromColumn ? m_fromKeys : m_subjectKeys;
    if (keys.size() != m_rows.size()) {
        keys.clear();
        keys.reserve(m_rows.size());
        // Senders (and many subjects) repeat: one collation key per distinct text, shared.
        QHash<QString, std::size_t> seen;
        for (const Row& row : m_rows) {
            const QString& text = column == FromColumn ? row.from : row.subject;
            const auto known = seen.constFind(text);
            if (known != seen.constEnd()) {
                keys.push_back(keys[*known]);
            } else {
                seen.insert(text, keys.size());
                keys.push_back(m_collator.sortKey(text));
            }
        }
    }
    return keys;
}

void MessageListModel::updateSortKeys(std::size_t position, const Row& row)
{
    // Keys are kept in step with m_rows once built; before that they are built on first use.
    for (std::vector<QCollatorSortKey>* keys : {&m_fromKeys, &m_subjectKeys}) {
        if (keys->size() != m_rows.size()) {
            keys->clear();
        } else if (!keys->empty()) {
            (*keys)[position] = m_collator.sortKey(keys == &m_fromKeys ? row.from : row.subject);
        }
    }
}

} // namespace Postbote
