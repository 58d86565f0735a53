// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Postbote::Cli {

/// Keeps freed heap memory in the process instead of handing it back to the kernel after
/// every large buffer. Qt's TLS backend allocates a fresh buffer of everything the socket
/// holds on each read; with glibc's defaults each of those is a new mmap() whose pages fault
/// in one by one, which cost a third of a fetch's CPU time (bench/README.md). No effect
/// outside glibc.
void tuneMallocForStreaming();

} // namespace Postbote::Cli
