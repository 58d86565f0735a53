// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/QDnsLookupResolver.h"

#include <QDnsLookup>

namespace Postbote {

QDnsLookupResolver::QDnsLookupResolver(QObject* parent)
    : DnsResolver(parent)
{
    qRegisterMetaType<Postbote::SrvLookupResult>();
}

QDnsLookupResolver::~QDnsLookupResolver()
{
    for (const QPointer<QDnsLookup>& lookup : std::as_const(m_lookups)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
}

DnsResolver::LookupId QDnsLookupResolver::lookupSrv(const QString& name)
{
    const LookupId id = m_nextId++;
    auto* lookup = new QDnsLookup(QDnsLookup::SRV, name, this);
    if (!m_nameserver.isNull()) {
        lookup->setNameserver(m_nameserver);
    }
    m_lookups.insert(id, lookup);
    connect(lookup, &QDnsLookup::finished, this, [this, id] { onFinished(id); });
    // QDnsLookup::lookup() works on a thread pool and reports through the event loop, so
    // the answer never arrives inside this call, as the interface promises.
    lookup->lookup();
    return id;
}

void QDnsLookupResolver::cancel(LookupId id)
{
    const QPointer<QDnsLookup> lookup = m_lookups.take(id);
    if (lookup) {
        lookup->disconnect(this);
        lookup->abort();
        lookup->deleteLater();
    }
}

void QDnsLookupResolver::onFinished(LookupId id)
{
    const QPointer<QDnsLookup> lookup = m_lookups.take(id);
    if (!lookup) {
        return;
    }
    lookup->deleteLater();
    SrvLookupResult result;
    result.name = lookup->name();
    switch (lookup->error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
        result.error = SrvLookupResult::Error::NotFound;
        break;
    default:
        result.error = SrvLookupResult::Error::Failed;
        break;
    }
    result.errorText
        = result.error == SrvLookupResult::Error::None ? QString() : lookup->errorString();
    const QList<QDnsServiceRecord> records = lookup->serviceRecords();
    for (const QDnsServiceRecord& record : records) {
        QString target = record.target();
        // The root name comes back empty or as "."; any other name loses its final dot.
        if (target.isEmpty() || target == u'.') {
            target = QStringLiteral(".");
        } else if (target.endsWith(u'.')) {
            target.chop(1);
        }
        result.records.append({target, record.port(), record.priority(), record.weight()});
    }
    if (result.error == SrvLookupResult::Error::None && result.records.isEmpty()) {
        result.error = SrvLookupResult::Error::NotFound; // NOERROR/NODATA
    }
    Q_EMIT srvLookupFinished(id, result);
}

} // namespace Postbote
