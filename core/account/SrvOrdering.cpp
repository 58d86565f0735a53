// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/SrvOrdering.h"

#include <QMap>
#include <QRandomGenerator>

#include <algorithm>

namespace Postbote {

bool SrvOrdering::isServiceRefused(const QList<SrvRecord>& records)
{
    return records.size() == 1 && records.first().isRootTarget();
}

QList<SrvRecord> SrvOrdering::order(const QList<SrvRecord>& records, const RandomSource& random)
{
    const RandomSource pick = random ? random : [](quint32 bound) {
        return bound == 0 ? 0u : quint32(QRandomGenerator::global()->bounded(quint64(bound) + 1));
    };

    // Group by priority, lowest first (RFC 2782: "A client MUST attempt to contact the
    // target host with the lowest-numbered priority it can reach").
    QMap<quint16, QList<SrvRecord>> byPriority;
    for (const SrvRecord& record : records) {
        if (!record.isRootTarget()) {
            byPriority[record.priority].append(record);
        }
    }

    QList<SrvRecord> ordered;
    ordered.reserve(records.size());
    for (QList<SrvRecord> group : std::as_const(byPriority)) {
        // RFC 2782: "arrange all SRV RRs (that have not been ordered yet) in any order,
        // except that all those with weight 0 are placed at the beginning of the list",
        // so a weight-0 record has a very small chance of being chosen first, and is
        // chosen for certain when it alone is left or all left have weight 0.
        std::stable_partition(
            group.begin(), group.end(), [](const SrvRecord& r) { return r.weight == 0; });
        while (!group.isEmpty()) {
            quint32 sum = 0;
            for (const SrvRecord& record : std::as_const(group)) {
                sum += record.weight; // at most 65535 records × 65535: fits in 32 bits
            }
            // "choose a uniform random number between 0 and the sum computed (inclusive),
            // and select the RR whose running sum value is the first in the selected
            // order which is greater than or equal to the random number selected."
            const quint32 chosen = qMin(pick(sum), sum);
            quint32 running = 0;
            qsizetype index = group.size() - 1;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += group.at(i).weight;
                if (running >= chosen) {
                    index = i;
                    break;
                }
            }
            ordered.append(group.takeAt(index));
        }
    }
    return ordered;
}

} // namespace Postbote
