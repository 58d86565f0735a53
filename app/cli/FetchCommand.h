// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Postbote::Cli {

/// `postbote-cli fetch …`: fetches new mail into an archive. Returns the exit code.
int runFetch(const QStringList& arguments);

} // namespace Postbote::Cli
