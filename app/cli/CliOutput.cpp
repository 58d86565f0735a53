// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include <cstdio>

namespace Postbote::Cli {

void printError(const QString& text)
{
    std::fprintf(stderr, "postbote-cli: %s\n", text.toUtf8().constData());
}

} // namespace Postbote::Cli
