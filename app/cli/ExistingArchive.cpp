// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExistingArchive.h"

#include "CliOutput.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace Postbote::Cli {

ExistingArchive::ExistingArchive(const QString& directory)
    : m_store(directory)
{ }

bool ExistingArchive::open()
{
    if (!QFileInfo(directory()).isDir()) {
        printError(
            tr("There is no archive folder “%1”.").arg(QDir::toNativeSeparators(directory())));
        return false;
    }
    QString error;
    if (m_store.open(&error)) {
        return true;
    }
    if (!m_store.isInUseElsewhere()) {
        printError(error);
        return false;
    }
    auto index = std::make_unique<ArchiveIndex>(directory());
    QString readError;
    if (index->openForReading(&readError) != ArchiveIndex::OpenStatus::Ok) {
        printError(error + QLatin1Char(' ') + readError);
        return false;
    }
    m_readOnly = std::move(index);
    std::fprintf(stderr, "%s\n",
        qPrintable(tr("The archive “%1” is in use by another Postbote; this shows what it has "
                      "archived so far.")
                       .arg(QDir::toNativeSeparators(directory()))));
    return true;
}

QList<ArchiveRecord> ExistingArchive::records() const
{
    return m_readOnly ? m_readOnly->records() : m_store.records();
}

std::optional<ArchiveRecord> ExistingArchive::record(qint64 id) const
{
    if (m_readOnly) {
        return m_readOnly->record(id);
    }
    return m_store.index() ? m_store.index()->record(id) : std::nullopt;
}

void ExistingArchive::close()
{
    m_readOnly.reset();
    m_store.close();
}

} // namespace Postbote::Cli
