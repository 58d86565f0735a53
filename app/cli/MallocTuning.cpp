// SPDX-License-Identifier: GPL-3.0-or-later
#include "MallocTuning.h"

#include <cstdlib> // defines __GLIBC__ when the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Postbote::Cli {

void tuneMallocForStreaming()
{
#if defined(__GLIBC__)
    // Buffers up to 32 MB (glibc's maximum for this setting on 64-bit) come from the heap and
    // are reused; peak memory is unchanged, since every buffer is bounded.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace Postbote::Cli
