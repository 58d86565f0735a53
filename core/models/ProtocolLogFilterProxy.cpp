// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProtocolLogFilterProxy.h"

#include "models/ProtocolLogModel.h"

namespace Postbote {

ProtocolLogFilterProxy::ProtocolLogFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(ProtocolLogModel::TextRole);
    setDynamicSortFilter(true);
}

void ProtocolLogFilterProxy::setFilterText(const QString& text)
{
    if (text == m_pattern.text()) {
        return;
    }
    m_pattern = SearchPattern(text);
    Q_EMIT filterTextChanged(text);
    invalidateRowsFilter();
}

bool ProtocolLogFilterProxy::isDirectionVisible(ProtocolEvent::Direction direction) const
{
    return (m_directions & bit(direction)) != 0;
}

void ProtocolLogFilterProxy::setDirectionVisible(ProtocolEvent::Direction direction, bool visible)
{
    const unsigned directions
        = visible ? (m_directions | bit(direction)) : (m_directions & ~bit(direction));
    if (directions == m_directions) {
        return;
    }
    m_directions = directions;
    Q_EMIT directionsChanged();
    invalidateRowsFilter();
}

QString ProtocolLogFilterProxy::toPlainText() const
{
    QString text;
    for (int row = 0; row < rowCount(); ++row) {
        text += index(row, 0).data(ProtocolLogModel::LineRole).toString() + QLatin1Char('\n');
    }
    return text;
}

bool ProtocolLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto direction
        = ProtocolEvent::Direction(index.data(ProtocolLogModel::DirectionRole).toInt());
    if (!isDirectionVisible(direction)) {
        return false;
    }
    return m_pattern.isEmpty()
        || m_pattern.matches(index.data(ProtocolLogModel::TextRole).toString());
}

} // namespace Postbote
