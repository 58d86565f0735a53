// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/ProtocolLogStyleProxy.h"

#include "models/ProtocolLogModel.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace Postbote {

namespace {

// Indexed by ProtocolEvent::Direction: client, server, TLS, info. Blue, green, purple and
// amber differ in hue for most kinds of colour blindness as well; the direction column
// names every row in words anyway, so colour is never the only cue.
constexpr std::array<QRgb, 4> DarkInks = {0x0b4f9c, 0x17692a, 0x8e2a8e, 0x8a4b00};
constexpr std::array<QRgb, 4> LightInks = {0x82bbff, 0x7fd88f, 0xe6a0f0, 0xf2b766};

double channel(double value)
{
    // sRGB to linear light, as in the WCAG 2 definition of relative luminance.
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

double weakestContrast(const std::array<QRgb, 4>& inks, const QColor& base)
{
    double weakest = 21.0;
    for (const QRgb ink : inks) {
        weakest = std::min(weakest, ProtocolLogStyleProxy::contrastRatio(QColor(ink), base));
    }
    return weakest;
}

} // namespace

ProtocolLogStyleProxy::ProtocolLogStyleProxy(QObject* parent)
    : QIdentityProxyModel(parent)
    , m_inks(inksFor(QGuiApplication::palette()))
{ }

void ProtocolLogStyleProxy::setPalette(const QPalette& palette)
{
    const Inks inks = inksFor(palette);
    if (inks == m_inks) {
        return;
    }
    m_inks = inks;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
    }
}

QColor ProtocolLogStyleProxy::directionColor(ProtocolEvent::Direction direction) const
{
    return m_inks.at(std::size_t(direction));
}

QColor ProtocolLogStyleProxy::directionColor(
    ProtocolEvent::Direction direction, const QPalette& palette)
{
    return inksFor(palette).at(std::size_t(direction));
}

double ProtocolLogStyleProxy::contrastRatio(const QColor& first, const QColor& second)
{
    const double a = luminance(first) + 0.05;
    const double b = luminance(second) + 0.05;
    return a > b ? a / b : b / a;
}

void ProtocolLogStyleProxy::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, ProtocolLogModel::DirectionColumn),
            index(rowCount() - 1, ProtocolLogModel::DirectionColumn),
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
}

QVariant ProtocolLogStyleProxy::data(const QModelIndex& index, int role) const
{
    switch (role) {
    case Qt::ForegroundRole: {
        const QVariant direction
            = QIdentityProxyModel::data(index, ProtocolLogModel::DirectionRole);
        if (!direction.isValid()) {
            return {};
        }
        return m_inks.at(std::size_t(direction.toInt()) % m_inks.size());
    }
    case Qt::DisplayRole:
        if (index.column() == ProtocolLogModel::DirectionColumn) {
            const QVariant direction
                = QIdentityProxyModel::data(index, ProtocolLogModel::DirectionRole);
            return direction.isValid() ? QVariant(
                       ProtocolLogModel::directionName(ProtocolEvent::Direction(direction.toInt())))
                                       : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProtocolLogModel::DirectionColumn) {
            // The name is on screen already; the tip gives the token used in copies.
            const QVariant direction
                = QIdentityProxyModel::data(index, ProtocolLogModel::DirectionRole);
            return direction.isValid()
                ? QVariant(ProtocolEvent::prefix(ProtocolEvent::Direction(direction.toInt())))
                : QVariant();
        }
        if (index.column() == ProtocolLogModel::TextColumn) {
            // Long lines are elided in the view; the tip shows them whole.
            return QIdentityProxyModel::data(index, ProtocolLogModel::TextRole);
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

ProtocolLogStyleProxy::Inks ProtocolLogStyleProxy::inksFor(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const double onDark = weakestContrast(LightInks, base);
    const double onLight = weakestContrast(DarkInks, base);
    const std::array<QRgb, 4>& chosen = onDark > onLight ? LightInks : DarkInks;
    Inks inks;
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const bool fallBack = std::max(onDark, onLight) < MinimumContrast
        && contrastRatio(text, base) > std::max(onDark, onLight);
    for (std::size_t i = 0; i < inks.size(); ++i) {
        // A mid-grey base suits neither set: the theme's own text colour is then the
        // readable choice, and the direction column still tells the rows apart.
        inks[i] = fallBack ? text : QColor(chosen[i]);
    }
    return inks;
}

} // namespace Postbote
