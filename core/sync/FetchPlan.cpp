// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/FetchPlan.h"

#include <algorithm>

namespace Postbote {

bool FetchPlan::identifiesByContent() const
{
    return std::any_of(m_retrieve.cbegin(), m_retrieve.cend(),
        [](const Retrieval& r) { return r.uidl.isEmpty(); });
}

qint64 FetchPlan::retrieveBytes() const
{
    qint64 total = 0;
    for (const Retrieval& r : m_retrieve) {
        if (!r.headersOnly) {
            total += r.size;
        }
    }
    return total;
}

void FetchPlan::setError(ErrorKind kind, const QString& message)
{
    m_errorKind = kind;
    m_errorMessage = message;
    m_retrieve.clear();
    m_delete.clear();
    m_skipped.clear();
}

void FetchPlan::sort()
{
    const auto byNumber = [](const auto& a, const auto& b) {
        return a.number < b.number;
    };
    std::stable_sort(m_retrieve.begin(), m_retrieve.end(), byNumber);
    std::stable_sort(m_delete.begin(), m_delete.end(), byNumber);
    std::stable_sort(m_skipped.begin(), m_skipped.end(), byNumber);
}

QString FetchPlan::describe(SkipReason reason)
{
    switch (reason) {
    case SkipReason::AlreadyArchived:
        return tr("already archived");
    case SkipReason::AlreadyPartial:
        return tr("headers already archived; the message is over the size limit");
    case SkipReason::DeletedLocally:
        return tr("deleted from the archive; not fetched again");
    case SkipReason::TooLarge:
        return tr("over the size limit, and the server cannot send headers only");
    case SkipReason::DuplicateUidl:
        return tr("the server gave another message the same unique id");
    case SkipReason::MissingUidl:
        return tr("the server gave it no unique id");
    }
    return {};
}

QString FetchPlan::describe(DeleteReason reason)
{
    switch (reason) {
    case DeleteReason::AfterArchiving:
        return tr("archived, and the account deletes archived messages on the server");
    case DeleteReason::DeletedLocally:
        return tr("deleted from the archive");
    case DeleteReason::OlderThanDays:
        return tr("kept on the server long enough");
    case DeleteReason::BeyondNewest:
        return tr("no longer among the newest messages kept on the server");
    case DeleteReason::OverSizeLimit:
        return tr("oldest message while the server holds more than the size kept there");
    }
    return {};
}

} // namespace Postbote
