// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/DnsResolver.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Postbote::Test {

/// A DnsResolver whose answers the test sets up beforehand. Answers arrive through the
/// event loop (never inside lookupSrv()), as a real resolver's do; a name marked as
/// "held" is never answered, to test timeouts and cancellation.
class FakeDnsResolver : public DnsResolver
{
    Q_OBJECT

public:
    using DnsResolver::DnsResolver;

    /// Answers \a name with \a records (none: NotFound).
    void setRecords(const QString& name, const QList<SrvRecord>& records);
    /// Answers \a name with a resolver failure.
    void setFailure(const QString& name);
    /// Never answers \a name.
    void hold(const QString& name) { m_held.insert(name); }

    LookupId lookupSrv(const QString& name) override;
    void cancel(LookupId id) override;

    QStringList askedNames() const { return m_asked; }
    QList<LookupId> cancelledIds() const { return m_cancelled; }
    int pendingCount() const { return int(m_pending.size()); }

private:
    void answer(LookupId id);

    QHash<QString, SrvLookupResult> m_answers;
    QSet<QString> m_held;
    QHash<LookupId, QString> m_pending;
    QStringList m_asked;
    QList<LookupId> m_cancelled;
    LookupId m_nextId = 1;
};

} // namespace Postbote::Test
