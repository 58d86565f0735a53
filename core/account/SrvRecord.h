// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Postbote {

/// One DNS SRV resource record (RFC 2782), as discovery needs it. The target is stored
/// without a trailing dot; the root target "." (service not offered) is stored as ".".
struct SrvRecord
{
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;

    /// RFC 2782: a target of "." means "decidedly not available at this domain".
    bool isRootTarget() const { return target.isEmpty() || target == u'.'; }

    friend bool operator==(const SrvRecord& a, const SrvRecord& b)
    {
        return a.target == b.target && a.port == b.port && a.priority == b.priority
            && a.weight == b.weight;
    }
    friend bool operator!=(const SrvRecord& a, const SrvRecord& b) { return !(a == b); }
};

/// The answer to one SRV lookup.
struct SrvLookupResult
{
    enum class Error {
        None,
        NotFound, ///< NXDOMAIN or no SRV records: the domain publishes nothing
        Failed,   ///< the resolver failed (no server, timeout, refused, invalid reply)
    };
    QString name;
    QList<SrvRecord> records;
    Error error = Error::None;
    /// The resolver's own description of a failure; not translated by us.
    QString errorText;
};

} // namespace Postbote

Q_DECLARE_METATYPE(Postbote::SrvRecord)
Q_DECLARE_METATYPE(Postbote::SrvLookupResult)
