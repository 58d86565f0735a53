// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeDnsResolver.h"

#include <QTimer>

namespace Postbote::Test {

void FakeDnsResolver::setRecords(const QString& name, const QList<SrvRecord>& records)
{
    SrvLookupResult result;
    result.name = name;
    result.records = records;
    result.error
        = records.isEmpty() ? SrvLookupResult::Error::NotFound : SrvLookupResult::Error::None;
    m_answers.insert(name, result);
}

void FakeDnsResolver::setFailure(const QString& name)
{
    SrvLookupResult result;
    result.name = name;
    result.error = SrvLookupResult::Error::Failed;
    result.errorText = QStringLiteral("SERVFAIL (fake)");
    m_answers.insert(name, result);
}

DnsResolver::LookupId FakeDnsResolver::lookupSrv(const QString& name)
{
    const LookupId id = m_nextId++;
    m_asked.append(name);
    m_pending.insert(id, name);
    if (!m_held.contains(name)) {
        QTimer::singleShot(0, this, [this, id] { answer(id); });
    }
    return id;
}

void FakeDnsResolver::cancel(LookupId id)
{
    if (m_pending.remove(id) > 0) {
        m_cancelled.append(id);
    }
}

void FakeDnsResolver::answer(LookupId id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd()) {
        return;
    }
    const QString name = it.value();
    m_pending.erase(it);
    SrvLookupResult result = m_answers.value(name);
    if (result.name.isEmpty()) {
        result.name = name;
        result.error = SrvLookupResult::Error::NotFound; // NXDOMAIN for anything not set up
    }
    Q_EMIT srvLookupFinished(id, result);
}

} // namespace Postbote::Test
