// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Postbote::Cli {

/// `postbote-cli account discover ADDRESS [--timeout S] [--ca-file PEM] [--dns-server IP]`:
/// finds the POP3 server for an address (RFC 6186 SRV records, then the usual names),
/// probes each candidate without sending any credential and prints what works, best first.
/// Returns 0 if something works, 5 if nothing does, 2 on a usage error.
int runAccountDiscover(const QStringList& arguments);

} // namespace Postbote::Cli
