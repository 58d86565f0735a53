// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveRecord.h"

#include <QStringList>

class QSqlQuery;

namespace Postbote {

/// The layout of the archive index and the way from every older layout to the current one.
/// The version is SQLite's PRAGMA user_version; 0 is an empty database.
class ArchiveSchema
{
public:
    static constexpr int Version = 2;

    /// The statements that turn a database of version - 1 into version (1 ≤ version ≤ Version).
    /// A new layout appends a step; old steps never change, so every old index can follow.
    static QStringList migrationTo(int version);

    /// The column list that recordFrom() reads, for "SELECT <columns> FROM messages".
    static QString columns();
    static ArchiveRecord recordFrom(const QSqlQuery& query);
};

} // namespace Postbote
