// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Postbote {
class ArchiveStore;
}

namespace Postbote::Cli {

/// Opens the archive of list and show, which must exist already: opening would create an
/// empty one, and a mistyped folder should not do that. Prints why (printError()) and returns
/// false when it cannot be opened.
class ExistingArchive
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::ExistingArchive)

public:
    static bool open(ArchiveStore* store);
};

} // namespace Postbote::Cli
