// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FetchOptions.h"

namespace Postbote::Cli {

/// `postbote-cli fetch --account NAME`: fetches with a stored account — its server and
/// login, its keychain password (or one given with --password-file/--password-stdin, which is
/// stored once it worked), its accepted certificates and its retention policy — into its
/// archive under the application-data folder. Returns the exit code.
int runAccountFetch(const FetchOptions& options);

} // namespace Postbote::Cli
