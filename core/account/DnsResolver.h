// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/SrvRecord.h"

#include <QObject>

namespace Postbote {

/// Asynchronous SRV lookups behind an interface, so that discovery can be tested with a
/// resolver the test controls (a fake, or a real one pointed at a local DNS server).
///
/// Answers are unauthenticated (no DNSSEC validation here): whatever they name must prove
/// itself with a certificate for that very name (RFC 6186 §6).
class DnsResolver : public QObject
{
    Q_OBJECT

public:
    using LookupId = quint64;

    using QObject::QObject;
    ~DnsResolver() override;

    /// Starts an SRV lookup for \a name (e.g. "_pop3s._tcp.example.org"); the answer comes
    /// later through srvLookupFinished() with the returned id, never from inside this call.
    virtual LookupId lookupSrv(const QString& name) = 0;
    /// Forgets a lookup: its answer is never reported.
    virtual void cancel(LookupId id) = 0;

Q_SIGNALS:
    void srvLookupFinished(
        Postbote::DnsResolver::LookupId id, const Postbote::SrvLookupResult& result);
};

} // namespace Postbote
