// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountArchives.h"

#include "account/AccountPaths.h"
#include "archive/ArchiveStore.h"

#include <QDir>

namespace Postbote {

/// One account's open archive. The store lives as long as the entry: it holds the archive's
/// lock, so that no other Postbote fills the same Maildir while the window shows it.
struct AccountArchives::Entry
{
    std::unique_ptr<ArchiveStore> store;
};

AccountArchives::AccountArchives(QObject* parent)
    : QObject(parent)
    , m_directoryOf(
          [](const QString& accountId) { return AccountPaths::archiveDirectory(accountId); })
{ }

AccountArchives::~AccountArchives()
{
    // The stores close (and release their locks) with the entries; nothing may be announced
    // from a half-destroyed object.
    for (const auto& entry : std::as_const(m_entries)) {
        if (entry->store) {
            entry->store->disconnect(this);
        }
    }
    m_entries.clear();
}

void AccountArchives::setDirectoryResolver(
    std::function<QString(const QString& accountId)> directoryOf)
{
    m_directoryOf = std::move(directoryOf);
}

QString AccountArchives::directory(const QString& accountId) const
{
    return m_directoryOf(accountId);
}

ArchiveStore* AccountArchives::store(const QString& accountId, QString* error)
{
    const auto found = m_entries.constFind(accountId);
    if (found != m_entries.cend()) {
        return found.value()->store.get();
    }
    QString reason;
    if (accountId.isEmpty()) {
        reason = tr("No account was given for the archive.");
        if (error) {
            *error = reason;
        }
        return nullptr;
    }
    const QString path = directory(accountId);
    if (!QDir().mkpath(path)) {
        if (error) {
            *error = tr("Could not create the archive folder “%1”. Check that you may write "
                        "there.")
                         .arg(QDir::toNativeSeparators(path));
        }
        return nullptr;
    }
    auto entry = std::make_shared<Entry>();
    entry->store = std::make_unique<ArchiveStore>(path);
    // ArchiveStore::open() says what went wrong in a sentence of its own, e.g. that another
    // Postbote holds the archive's lock; it is passed on as it is.
    if (!entry->store->open(&reason)) {
        if (error) {
            *error = reason;
        }
        return nullptr;
    }
    ArchiveStore* opened = entry->store.get();
    connect(opened, &ArchiveStore::recordArchived, this, &AccountArchives::messageArchived);
    m_entries.insert(accountId, entry);
    return opened;
}

bool AccountArchives::isOpen(const QString& accountId) const
{
    const auto found = m_entries.constFind(accountId);
    return found != m_entries.cend() && found.value()->store->isOpen();
}

void AccountArchives::close(const QString& accountId)
{
    const auto entry = m_entries.take(accountId);
    if (entry && entry->store) {
        entry->store->disconnect(this);
        entry->store->close();
    }
}

QList<ArchiveRecord> AccountArchives::records(const QList<MessageRef>& messages) const
{
    QList<ArchiveRecord> result;
    result.reserve(messages.size());
    for (const MessageRef& ref : messages) {
        const auto found = m_entries.constFind(ref.account);
        if (found == m_entries.cend() || !found.value()->store->isOpen()) {
            continue;
        }
        if (const auto record = found.value()->store->index()->record(ref.id)) {
            result.append(*record);
        }
    }
    return result;
}

QString AccountArchives::filePath(const MessageRef& message) const
{
    const QList<ArchiveRecord> found = records({message});
    if (found.isEmpty()) {
        return QString();
    }
    const auto entry = m_entries.value(message.account);
    return entry->store->maildir().absolutePath(found.first().fileName);
}

} // namespace Postbote
