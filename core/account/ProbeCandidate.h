// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/SessionOptions.h"

#include <QString>

namespace Postbote {

/// One server to try during discovery: a host name, a port and how to secure it.
struct ProbeCandidate
{
    /// Where the candidate came from; SRV answers are tried before guessed names.
    enum class Source {
        SrvPop3s, ///< an _pop3s._tcp record (RFC 6186 §3.1)
        SrvPop3,  ///< an _pop3._tcp record (RFC 6186 §3.1)
        Guess,    ///< a usual host name such as pop.<domain>
        Given,    ///< named by the caller
    };

    QString host;
    quint16 port = 995;
    Security security = Security::ImplicitTls;
    Source source = Source::Given;

    /// Same server, port and security (the source does not matter); host names compare
    /// case-insensitively (RFC 4343).
    bool sameServer(const ProbeCandidate& other) const
    {
        return port == other.port && security == other.security
            && host.compare(other.host, Qt::CaseInsensitive) == 0;
    }
};

} // namespace Postbote
