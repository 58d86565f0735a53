// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/DnsResolver.h"

namespace Postbote {

DnsResolver::~DnsResolver() = default;

} // namespace Postbote
