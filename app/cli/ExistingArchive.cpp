// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExistingArchive.h"

#include "CliOutput.h"
#include "archive/ArchiveStore.h"

#include <QDir>
#include <QFileInfo>

namespace Postbote::Cli {

bool ExistingArchive::open(ArchiveStore* store)
{
    if (!QFileInfo(store->directory()).isDir()) {
        printError(tr("There is no archive folder “%1”.")
                       .arg(QDir::toNativeSeparators(store->directory())));
        return false;
    }
    QString error;
    if (!store->open(&error)) {
        printError(error);
        return false;
    }
    return true;
}

} // namespace Postbote::Cli
