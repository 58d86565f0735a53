// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/Pop3Error.h"

namespace Postbote::Cli {

/// The exit codes of the postbote-cli contract (DESIGN.md), one place for all commands.
enum ExitCode : int {
    Success = 0,
    ServerError = 1, ///< server or protocol error, or a message the server refused
    UsageError = 2,
    SecurityRefusal = 3, ///< TLS, certificate, missing STLS, cleartext not allowed
    AuthenticationFailed = 4,
    NetworkError = 5, ///< network error or timeout
    StorageError = 6, ///< the local archive could not be written
};

inline ExitCode exitCodeFor(Pop3Error::Kind kind)
{
    switch (kind) {
    case Pop3Error::Kind::None:
        return Success;
    case Pop3Error::Kind::Network:
    case Pop3Error::Kind::Timeout:
    case Pop3Error::Kind::Cancelled:
        return NetworkError;
    case Pop3Error::Kind::Tls:
    case Pop3Error::Kind::SecurityRefusal:
        return SecurityRefusal;
    case Pop3Error::Kind::Authentication:
        return AuthenticationFailed;
    case Pop3Error::Kind::Server:
    case Pop3Error::Kind::Protocol:
        return ServerError;
    case Pop3Error::Kind::Storage:
        return StorageError;
    }
    return ServerError;
}

} // namespace Postbote::Cli
