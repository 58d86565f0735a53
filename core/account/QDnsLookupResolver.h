// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/DnsResolver.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>

class QDnsLookup;

namespace Postbote {

/// The real DnsResolver over QDnsLookup: the system's resolver, or one name server given
/// by address (Qt 6.4 always asks it on port 53).
class QDnsLookupResolver : public DnsResolver
{
    Q_OBJECT

public:
    explicit QDnsLookupResolver(QObject* parent = nullptr);
    ~QDnsLookupResolver() override;

    /// Asks \a server instead of the system's resolvers; a null address restores them.
    void setNameserver(const QHostAddress& server) { m_nameserver = server; }
    QHostAddress nameserver() const { return m_nameserver; }

    LookupId lookupSrv(const QString& name) override;
    void cancel(LookupId id) override;

private:
    void onFinished(LookupId id);

    QHostAddress m_nameserver;
    QHash<LookupId, QPointer<QDnsLookup>> m_lookups;
    LookupId m_nextId = 1;
};

} // namespace Postbote
