// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Pop3Transport.h"

namespace Postbote {

Pop3Transport::~Pop3Transport() = default;

} // namespace Postbote
