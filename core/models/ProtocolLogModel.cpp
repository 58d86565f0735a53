// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProtocolLogModel.h"

#include "trace/ProtocolLog.h"

#include <iterator>

namespace Postbote {

ProtocolLogModel::ProtocolLogModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(ProtocolLog::DefaultCapacity)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &ProtocolLogModel::flush);
}

ProtocolLogModel::~ProtocolLogModel() = default;

void ProtocolLogModel::setLog(ProtocolLog* log)
{
    if (m_log) {
        disconnect(m_log, nullptr, this, nullptr);
    }
    beginResetModel();
    m_log = log;
    m_events.clear();
    m_pending.clear();
    m_batchTimer.stop();
    if (log) {
        m_capacity = log->capacity();
        for (int i = 0; i < log->size(); ++i) {
            m_events.push_back(log->at(i));
        }
        connect(log, &ProtocolLog::eventAppended, this, &ProtocolLogModel::append);
        connect(log, &ProtocolLog::cleared, this, &ProtocolLogModel::clear);
    }
    endResetModel();
}

void ProtocolLogModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trim(&m_pending, std::size_t(m_capacity));
    trim(&m_events, std::size_t(m_capacity));
}

void ProtocolLogModel::setPaused(bool paused)
{
    if (paused == m_paused) {
        return;
    }
    m_paused = paused;
    if (!paused) {
        insertPending();
    }
    Q_EMIT pausedChanged(paused);
}

int ProtocolLogModel::batchInterval() const
{
    return m_batchTimer.interval();
}

void ProtocolLogModel::setBatchInterval(int milliseconds)
{
    m_batchTimer.setInterval(qMax(0, milliseconds));
    if (milliseconds <= 0) {
        flush();
    }
}

void ProtocolLogModel::flush()
{
    m_batchTimer.stop();
    if (!m_paused) {
        insertPending();
    }
}

void ProtocolLogModel::insertPending()
{
    if (m_pending.empty()) {
        return;
    }
    // The pending events are the newest; the shown rows make room for them.
    trim(&m_events, std::size_t(m_capacity) - m_pending.size());
    const int first = int(m_events.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    m_events.insert(m_events.end(), std::make_move_iterator(m_pending.begin()),
        std::make_move_iterator(m_pending.end()));
    m_pending.clear();
    endInsertRows();
}

int ProtocolLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ProtocolLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtocolLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProtocolEvent& event = eventAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return event.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn:
            return ProtocolEvent::prefix(event.direction);
        case TextColumn:
            return event.text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == DirectionColumn) {
            return directionName(event.direction);
        }
        return {};
    case DirectionRole:
        return int(event.direction);
    case TimestampRole:
        return event.timestamp;
    case TextRole:
        return event.text;
    case LineRole:
        return event.toPlainText(true);
    default:
        return {};
    }
}

QVariant ProtocolLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case TextColumn:
        return tr("Line");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ProtocolLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DirectionRole, "direction");
    names.insert(TimestampRole, "timestamp");
    names.insert(TextRole, "text");
    names.insert(LineRole, "line");
    return names;
}

QString ProtocolLogModel::directionName(ProtocolEvent::Direction direction)
{
    switch (direction) {
    case ProtocolEvent::Direction::Client:
        return tr("Client");
    case ProtocolEvent::Direction::Server:
        return tr("Server");
    case ProtocolEvent::Direction::Tls:
        return tr("TLS");
    case ProtocolEvent::Direction::Info:
        return tr("Info");
    }
    return {};
}

void ProtocolLogModel::append(const ProtocolEvent& event)
{
    if (m_paused || m_batchTimer.interval() > 0) {
        m_pending.push_back(event);
        trim(&m_pending, std::size_t(m_capacity));
        if (!m_paused && !m_batchTimer.isActive()) {
            m_batchTimer.start();
        }
        return;
    }
    // Same bound as the log's ring: it has just dropped its oldest event too.
    trim(&m_events, std::size_t(m_capacity) - 1);
    const int row = int(m_events.size());
    beginInsertRows(QModelIndex(), row, row);
    m_events.push_back(event);
    endInsertRows();
}

void ProtocolLogModel::clear()
{
    m_batchTimer.stop();
    if (m_events.empty() && m_pending.empty()) {
        return;
    }
    beginResetModel();
    m_events.clear();
    m_pending.clear();
    endResetModel();
}

void ProtocolLogModel::trim(std::deque<ProtocolEvent>* events, std::size_t limit)
{
    if (events->size() <= limit) {
        return;
    }
    const std::size_t excess = events->size() - limit;
    const bool shown = events == &m_events;
    if (shown) {
        beginRemoveRows(QModelIndex(), 0, int(excess) - 1);
    }
    events->erase(events->begin(), events->begin() + std::ptrdiff_t(excess));
    if (shown) {
        endRemoveRows();
    }
}

} // namespace Postbote
