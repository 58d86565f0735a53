// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/ProtocolEvent.h"

#include <QColor>
#include <QIdentityProxyModel>
#include <QPalette>

#include <array>

namespace Postbote {

/// How the log dock shows a ProtocolLogModel (or a proxy over it): every cell of a row in
/// its direction's colour, and the direction column as the direction's name in the current
/// language. The core models keep semantic roles only (DESIGN: "models ... no colours"); the
/// colours are chosen here, for the palette the view actually uses.
///
/// Two sets of inks exist, dark ones for light backgrounds and light ones for dark
/// backgrounds; the set that contrasts more with the palette's Base colour wins. Both sets
/// keep a contrast ratio of at least 4.5:1 (WCAG 2 "AA") against usual light and dark bases,
/// which is also what keeps them readable on a washed-out classroom projector.
class ProtocolLogStyleProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    /// The contrast the inks are chosen for (WCAG 2, success criterion 1.4.3).
    static constexpr double MinimumContrast = 4.5;

    explicit ProtocolLogStyleProxy(QObject* parent = nullptr);

    /// Chooses the inks for \a palette's Base colour and repaints the rows.
    void setPalette(const QPalette& palette);
    QColor directionColor(ProtocolEvent::Direction direction) const;

    /// The ink for \a direction on \a palette's Base colour.
    static QColor directionColor(ProtocolEvent::Direction direction, const QPalette& palette);
    /// WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
    static double contrastRatio(const QColor& first, const QColor& second);

    /// Tells the views that the headers and direction names changed language.
    void retranslate();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    using Inks = std::array<QColor, 4>;
    static Inks inksFor(const QPalette& palette);

    Inks m_inks;
};

} // namespace Postbote
