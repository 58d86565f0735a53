// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPlanner.h"

#include <QSet>

#include <algorithm>

namespace Postbote {

namespace {

using Mode = RetentionPolicy::Mode;
using SkipReason = FetchPlan::SkipReason;
using DeleteReason = FetchPlan::DeleteReason;

enum class Fetch { Whole, HeadersOnly, TooLarge };

Fetch fetchFor(qint64 size, const RetentionPolicy& policy, bool serverHasTop)
{
    if (policy.maxMessageBytes <= 0 || size <= policy.maxMessageBytes) {
        return Fetch::Whole;
    }
    return serverHasTop ? Fetch::HeadersOnly : Fetch::TooLarge;
}

/// What the deletion rules need to know about one listed message once retrieval is decided.
struct Row
{
    SyncPlanner::ServerMessage message;
    const SyncPlanner::ArchiveEntry* known = nullptr;
    /// The mode's rules may delete it: a unique UIDL, and whole in the archive already or
    /// retrieved whole now. `known` is null for a message without a unique UIDL.
    bool deletable = false;
    bool retrievedWhole = false;
    bool deleted = false;
};

bool validListing(const QList<SyncPlanner::ServerMessage>& listing)
{
    QSet<int> numbers;
    for (const auto& m : listing) {
        if (m.number < 1 || m.size < 0 || numbers.contains(m.number)) {
            return false;
        }
        numbers.insert(m.number);
    }
    return true;
}

/// A message without a usable UIDL: fetched (and recognised by content) only if the policy
/// allows working without UIDL, never deleted.
void addUnidentified(FetchPlan& plan, const SyncPlanner::ServerMessage& m, SkipReason reason,
    const SyncPlanner::Input& in)
{
    if (!in.policy.allowNoUidl) {
        plan.addSkip({m.number, m.uidl, reason});
        return;
    }
    const Fetch fetch = fetchFor(m.size, in.policy, in.serverHasTop);
    if (fetch == Fetch::TooLarge) {
        plan.addSkip({m.number, m.uidl, SkipReason::TooLarge});
        return;
    }
    plan.addRetrieval({m.number, {}, m.size, fetch == Fetch::HeadersOnly, false});
}

void planWithoutUidl(
    FetchPlan& plan, const QList<SyncPlanner::ServerMessage>& listing, const SyncPlanner::Input& in)
{
    const RetentionPolicy& policy = in.policy;
    // Classic POP3 (RETR, store, DELE in one session) needs no UIDL: nothing stays on the
    // server that a later check would have to recognise.
    const bool classic = policy.mode == Mode::DeleteAfterArchiving;
    if (!classic && !policy.allowNoUidl) {
        plan.setError(FetchPlan::ErrorKind::NoUidl,
            SyncPlanner::tr(
                "The server does not support UIDL, so Postbote cannot tell which messages it has "
                "already archived. Either allow fetching all messages every time (those already "
                "archived are recognised by their content and nothing is deleted on the server), "
                "or let Postbote delete messages on the server once they are archived."));
        return;
    }
    if (!classic && (policy.deletesByMode() || policy.deleteWhenDeletedLocally)) {
        plan.addWarning(SyncPlanner::tr("The server does not support UIDL, so the rule “%1” "
                                        "cannot be applied; nothing is deleted on the server.")
                            .arg(policy.description()));
    }
    for (const auto& m : listing) {
        const Fetch fetch = fetchFor(m.size, policy, in.serverHasTop);
        if (fetch == Fetch::TooLarge) {
            plan.addSkip({m.number, {}, SkipReason::TooLarge});
            continue;
        }
        plan.addRetrieval({m.number, {}, m.size, fetch == Fetch::HeadersOnly, false});
        if (classic && fetch == Fetch::Whole) {
            plan.addDeletion({m.number, {}, DeleteReason::AfterArchiving, true});
        }
    }
}

/// Decides retrieval for every listed message and returns one row per message, in ascending
/// number order, for the deletion rules. A message with a missing or repeated UIDL gets a row
/// that no rule may delete: a broken server must not make Postbote delete the wrong mail.
QList<Row> planRetrieval(
    FetchPlan& plan, const QList<SyncPlanner::ServerMessage>& listing, const SyncPlanner::Input& in)
{
    QHash<QByteArray, int> occurrences;
    for (const auto& m : listing) {
        if (!m.uidl.isEmpty()) {
            ++occurrences[m.uidl];
        }
    }
    int missing = 0;
    int duplicated = 0;
    QSet<QByteArray> handled;
    QList<Row> rows;
    rows.reserve(listing.size());
    for (const auto& m : listing) {
        Row row;
        row.message = m;
        if (m.uidl.isEmpty()) {
            ++missing;
            addUnidentified(plan, m, SkipReason::MissingUidl, in);
            rows.append(row);
            continue;
        }
        const bool duplicate = occurrences.value(m.uidl) > 1;
        if (duplicate) {
            ++duplicated;
            // Only the first message with a repeated UIDL may stand for it in the archive; the
            // others cannot be told apart from it by UIDL.
            if (handled.contains(m.uidl)) {
                addUnidentified(plan, m, SkipReason::DuplicateUidl, in);
                rows.append(row);
                continue;
            }
            handled.insert(m.uidl);
        }

        const auto it = in.archive.constFind(m.uidl);
        const SyncPlanner::ArchiveEntry* known = it == in.archive.cend() ? nullptr : &it.value();
        const Fetch fetch = fetchFor(m.size, in.policy, in.serverHasTop);
        bool retrievedWhole = false;
        if (known && known->deletedLocally) {
            plan.addSkip({m.number, m.uidl, SkipReason::DeletedLocally});
        } else if (known && known->partial) {
            if (fetch == Fetch::Whole) { // the size limit was raised since
                plan.addRetrieval({m.number, m.uidl, m.size, false, true});
                retrievedWhole = true;
            } else {
                plan.addSkip({m.number, m.uidl, SkipReason::AlreadyPartial});
            }
        } else if (known) {
            plan.addSkip({m.number, m.uidl, SkipReason::AlreadyArchived});
        } else if (fetch == Fetch::TooLarge) {
            plan.addSkip({m.number, m.uidl, SkipReason::TooLarge});
        } else {
            plan.addRetrieval({m.number, m.uidl, m.size, fetch == Fetch::HeadersOnly, false});
            retrievedWhole = fetch == Fetch::Whole;
        }
        if (!duplicate) {
            row.known = known;
            row.retrievedWhole = retrievedWhole;
            row.deletable = (known && !known->partial) || retrievedWhole;
        }
        rows.append(row);
    }
    if (duplicated > 0) {
        plan.addWarning(SyncPlanner::tr("The server gave %n message(s) a unique id (UIDL) that "
                                        "another message also has. Postbote never deletes "
                                        "these on the server; the provider should fix this.",
            nullptr, duplicated));
    }
    if (missing > 0) {
        plan.addWarning(SyncPlanner::tr("The server listed %n message(s) without a unique id "
                                        "(UIDL). Postbote never deletes these on the server.",
            nullptr, missing));
    }
    return rows;
}

void remove(FetchPlan& plan, Row& row, DeleteReason reason)
{
    plan.addDeletion({row.message.number, row.message.uidl, reason, row.retrievedWhole});
    row.deleted = true;
}

void planDeletion(
    FetchPlan& plan, QList<Row>& rows, qint64 serverBytes, const SyncPlanner::Input& in)
{
    const RetentionPolicy& policy = in.policy;
    // First what the user deleted: it also counts against the newest-N and size rules.
    if (policy.deleteWhenDeletedLocally) {
        for (Row& row : rows) {
            if (row.known && row.known->deletedLocally) {
                remove(plan, row, DeleteReason::DeletedLocally);
                serverBytes -= row.message.size;
            }
        }
    }
    switch (policy.mode) {
    case Mode::KeepOnServer:
        break;
    case Mode::DeleteAfterArchiving:
        for (Row& row : rows) {
            if (row.deletable && !row.deleted) {
                remove(plan, row, DeleteReason::AfterArchiving);
            }
        }
        break;
    case Mode::KeepDays:
        for (Row& row : rows) {
            // An unknown first-seen time cannot prove the message old enough: keep it.
            if (row.deletable && !row.deleted && row.known && row.known->firstSeen.isValid()
                && in.now.isValid() && row.known->firstSeen.addDays(policy.limit) < in.now) {
                remove(plan, row, DeleteReason::OlderThanDays);
            }
        }
        break;
    case Mode::KeepNewest: {
        // Rows are in ascending number order; count from the newest end. Every message still
        // on the server counts, also those no rule may delete.
        int kept = 0;
        for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
            if (it->deleted) {
                continue;
            }
            if (kept < policy.limit) {
                ++kept;
            } else if (it->deletable) {
                remove(plan, *it, DeleteReason::BeyondNewest);
            }
        }
        break;
    }
    case Mode::KeepMaxMegabytes:
        for (Row& row : rows) {
            if (serverBytes <= policy.limitBytes()) {
                break;
            }
            if (row.deletable && !row.deleted) {
                remove(plan, row, DeleteReason::OverSizeLimit);
                serverBytes -= row.message.size;
            }
        }
        break;
    }
}

} // namespace

FetchPlan SyncPlanner::plan(const Input& in)
{
    FetchPlan plan;
    const QString policyProblem = in.policy.validate();
    if (!policyProblem.isEmpty()) {
        plan.setError(FetchPlan::ErrorKind::InvalidPolicy, policyProblem);
        return plan;
    }
    if (!validListing(in.listing)) {
        plan.setError(FetchPlan::ErrorKind::InvalidListing,
            tr("The server sent a message list with repeated or invalid message numbers or "
               "sizes. Nothing was fetched or deleted; try again later."));
        return plan;
    }
    QList<ServerMessage> listing = in.listing;
    std::sort(listing.begin(), listing.end(),
        [](const ServerMessage& a, const ServerMessage& b) { return a.number < b.number; });
    if (listing.isEmpty()) {
        return plan;
    }
    if (!in.serverHasUidl) {
        planWithoutUidl(plan, listing, in);
        plan.sort();
        return plan;
    }
    qint64 serverBytes = 0;
    for (const auto& m : listing) {
        serverBytes += m.size;
    }
    QList<Row> rows = planRetrieval(plan, listing, in);
    planDeletion(plan, rows, serverBytes, in);
    plan.sort();
    return plan;
}

} // namespace Postbote
