// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Postbote::Cli {

/// `postbote-cli show --archive DIR ID [--html | --raw | --save-attachments DIR]`: one
/// archived message as text (the default), as safe HTML, as its raw bytes, or its
/// attachments saved under safe names. Returns the exit code.
int runShow(const QStringList& arguments);

} // namespace Postbote::Cli
