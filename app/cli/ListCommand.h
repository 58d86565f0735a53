// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Postbote::Cli {

/// `postbote-cli list --archive DIR [--json]`. Returns the exit code.
int runList(const QStringList& arguments);

/// Text for a terminal: control characters (ESC and the rest of C0 and C1, which could
/// move the cursor or retitle the window) become U+FFFD; tab and, with keepNewlines, line
/// feed stay.
QString terminalSafe(const QString& text, bool keepNewlines = false);

} // namespace Postbote::Cli
