// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SearchPattern.h"
#include "trace/ProtocolEvent.h"

#include <QSortFilterProxyModel>

namespace Postbote {

/// The log dock's filter over a ProtocolLogModel: a text the line must contain (regardless
/// of case and accents) and the directions to show, e.g. only what the client sent.
/// It keeps the source order; the log is not sortable.
class ProtocolLogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    explicit ProtocolLogFilterProxy(QObject* parent = nullptr);

    QString filterText() const { return m_pattern.text(); }
    void setFilterText(const QString& text);

    bool isDirectionVisible(ProtocolEvent::Direction direction) const;
    void setDirectionVisible(ProtocolEvent::Direction direction, bool visible);

    /// The shown rows as "hh:mm:ss.zzz C: text" lines, for copy and export.
    QString toPlainText() const;

Q_SIGNALS:
    void filterTextChanged(const QString& text);
    void directionsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    static unsigned bit(ProtocolEvent::Direction direction) { return 1u << unsigned(direction); }

    SearchPattern m_pattern;
    unsigned m_directions = ~0u;
};

} // namespace Postbote
