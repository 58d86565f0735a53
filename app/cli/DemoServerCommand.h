// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Postbote::Cli {

/// `postbote-cli demo-server [--listen ADDR] [--port P] [--mailbox DIR]`: serves the demo
/// mailbox over POP3 until SIGINT or SIGTERM, and returns the exit code (DESIGN.md: 0 after
/// a signal, 2 for a usage error, 5 if it cannot listen, 6 if the mailbox cannot be read).
///
/// \a arguments are the command's own, those after "demo-server" (main() passes
/// `arguments().mid(2)`). Needs a QCoreApplication.
int runDemoServer(const QStringList& arguments);

} // namespace Postbote::Cli
