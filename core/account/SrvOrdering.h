// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/SrvRecord.h"

#include <functional>

namespace Postbote {

/// The order in which a client contacts the targets of an SRV answer (RFC 2782, "Usage
/// rules"): lowest priority first; within one priority a weighted random pick, repeated
/// until every record has been picked.
class SrvOrdering
{
public:
    /// Returns a uniformly distributed number in [0, bound] (inclusive, as RFC 2782 asks).
    using RandomSource = std::function<quint32(quint32 bound)>;

    /// RFC 2782 / RFC 6186 §3: exactly one record whose target is "." means the service is
    /// decidedly not offered at this domain.
    static bool isServiceRefused(const QList<SrvRecord>& records);

    /// The records in the order to try them. Records with the target "." are dropped (they
    /// carry meaning only as the single answer). \a random defaults to
    /// QRandomGenerator::global(); tests inject their own.
    static QList<SrvRecord> order(const QList<SrvRecord>& records, const RandomSource& random = {});
};

} // namespace Postbote
