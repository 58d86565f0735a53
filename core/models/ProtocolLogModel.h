// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/ProtocolLog.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace Postbote {

/// The live POP3 dialogue as a table: time, direction, text; one row per line. The texts
/// are already masked by the engine (DESIGN rule 3); this model adds nothing secret.
///
/// It keeps its own copy of the events (the strings are shared with the log, not copied),
/// bounded like the log's ring: when the log drops its oldest event, the model removes its
/// first row before appending, so the rows stay the newest capacity() events. The copy is
/// what makes pause possible: while paused, new events wait in a buffer (bounded the same
/// way) and rows stay still for reading; resume shows them in one insertion.
///
/// The same buffer batches a fast stream: with a batch interval set, appended events wait up
/// to that long and then arrive as one insertion, so thousands of lines per second cost a
/// view one layout per batch instead of one per line. Without it (the default) every event
/// is its own row insertion at once.
class ProtocolLogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(int batchInterval READ batchInterval WRITE setBatchInterval)

public:
    enum Column { TimeColumn, DirectionColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        DirectionRole = Qt::UserRole + 1, ///< int: ProtocolEvent::Direction
        TimestampRole,                    ///< QDateTime
        TextRole,                         ///< QString, the line without time and prefix
        LineRole, ///< QString, "hh:mm:ss.zzz C: text" as in exports, for copy
    };
    Q_ENUM(Role)

    explicit ProtocolLogModel(QObject* parent = nullptr);
    ~ProtocolLogModel() override;

    /// Shows the log's events and follows it (appends, drops, clear()); nullptr detaches.
    /// The capacity becomes the log's.
    void setLog(ProtocolLog* log);
    ProtocolLog* log() const { return m_log; }

    int capacity() const { return m_capacity; }
    /// Without a log: how many rows are kept (older ones are removed from the front).
    void setCapacity(int capacity);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    /// Events that arrived and are not shown yet: held back by pause, or waiting for the
    /// next batch.
    int pendingCount() const { return int(m_pending.size()); }

    /// Milliseconds an appended event may wait so that it is inserted together with the
    /// events after it; 0 (the default) inserts each event at once.
    int batchInterval() const;
    void setBatchInterval(int milliseconds);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ProtocolEvent& eventAt(int row) const { return m_events[std::size_t(row)]; }
    /// The translated name of a direction ("Client", "Server", "TLS", "Info").
    static QString directionName(ProtocolEvent::Direction direction);

public Q_SLOTS:
    void append(const Postbote::ProtocolEvent& event);
    /// Removes all rows and pending events (the log follows its own clear()).
    void clear();
    /// Shows the events waiting for their batch now; does nothing while paused.
    void flush();

Q_SIGNALS:
    void pausedChanged(bool paused);

private:
    void trim(std::deque<ProtocolEvent>* events, std::size_t limit);
    void insertPending();

    QPointer<ProtocolLog> m_log;
    std::deque<ProtocolEvent> m_events;
    std::deque<ProtocolEvent> m_pending;
    QTimer m_batchTimer;
    int m_capacity;
    bool m_paused = false;
};

} // namespace Postbote
