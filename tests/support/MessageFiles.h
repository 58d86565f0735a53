// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postbote::Test {

/// The files in \a subdirs of \a dir (e.g. {"new", "cur"} of a Maildir, or {"."}).
QStringList filesIn(const QString& dir, const QStringList& subdirs);
/// The message files of a Maildir: everything in new/ and cur/.
QStringList maildirFiles(const QString& root);
/// The contents of \a paths, sorted, so that two sets of messages compare independently of
/// file names and order.
QList<QByteArray> sortedContents(const QStringList& paths);

} // namespace Postbote::Test
