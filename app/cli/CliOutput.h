// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Postbote::Cli {

/// One line on stderr, "postbote-cli: " and the (translated) sentence; every command's errors
/// go through here, so that scripts see one form.
void printError(const QString& text);

} // namespace Postbote::Cli
