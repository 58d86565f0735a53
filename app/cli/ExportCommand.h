// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Postbote::Cli {

/// `postbote-cli export --archive DIR (--mbox FILE | --eml DIR)`. Returns the exit code.
int runExport(const QStringList& arguments);

} // namespace Postbote::Cli
