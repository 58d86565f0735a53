// SPDX-License-Identifier: GPL-3.0-or-later
// SyncPlanner on tables: each row is a server listing, what the archive holds, the policy and
// the server's features, and the expected plan written compactly (see format() below). Every
// row is also checked against the safety rules, independent of the expected plan.
#include "sync/SyncPlanner.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Postbote;
using ServerMessage = SyncPlanner::ServerMessage;
using ArchiveEntry = SyncPlanner::ArchiveEntry;

namespace {

const QDateTime Now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

/// "1:a:100 2:b:512K 3::1M": number, UIDL (empty: none) and size with optional K/M (binary).
QList<ServerMessage> parseListing(const QString& text)
{
    QList<ServerMessage> listing;
    const auto items = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& item : items) {
        const QStringList parts = item.split(u':');
        Q_ASSERT(parts.size() == 3);
        QString size = parts.at(2);
        qint64 unit = 1;
        if (size.endsWith(u'K')) {
            unit = 1024;
        } else if (size.endsWith(u'M')) {
            unit = 1024 * 1024;
        }
        if (unit != 1) {
            size.chop(1);
        }
        listing.append({parts.at(0).toInt(), parts.at(1).toLatin1(), size.toLongLong() * unit});
    }
    return listing;
}

/// "a@30d b@29d23h,partial c@1s,deleted d@-": UIDL @ age before Now (days, hours, seconds;
/// "-" for an unknown first-seen time), then flags.
QHash<QByteArray, ArchiveEntry> parseArchive(const QString& text)
{
    static const QRegularExpression age(u"^(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)s)?$"_qs);
    QHash<QByteArray, ArchiveEntry> archive;
    const auto items = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& item : items) {
        QStringList parts = item.split(u',');
        const QString head = parts.takeFirst();
        const qsizetype at = head.indexOf(u'@');
        Q_ASSERT(at > 0);
        ArchiveEntry entry;
        const QString ageText = head.mid(at + 1);
        if (ageText != u"-") {
            const auto m = age.match(ageText);
            Q_ASSERT(m.hasMatch());
            const qint64 seconds = m.captured(1).toLongLong() * 86400
                + m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong();
            entry.firstSeen = Now.addSecs(-seconds);
        }
        entry.partial = parts.contains(u"partial"_qs);
        entry.deletedLocally = parts.contains(u"deleted"_qs);
        archive.insert(head.left(at).toLatin1(), entry);
    }
    return archive;
}

QString skipName(FetchPlan::SkipReason reason)
{
    switch (reason) {
    case FetchPlan::SkipReason::AlreadyArchived:
        return u"archived"_qs;
    case FetchPlan::SkipReason::AlreadyPartial:
        return u"partial"_qs;
    case FetchPlan::SkipReason::DeletedLocally:
        return u"local"_qs;
    case FetchPlan::SkipReason::TooLarge:
        return u"large"_qs;
    case FetchPlan::SkipReason::DuplicateUidl:
        return u"dup"_qs;
    case FetchPlan::SkipReason::MissingUidl:
        return u"nouidl"_qs;
    }
    return u"?"_qs;
}

QString deleteName(FetchPlan::DeleteReason reason)
{
    switch (reason) {
    case FetchPlan::DeleteReason::AfterArchiving:
        return u"archiving"_qs;
    case FetchPlan::DeleteReason::DeletedLocally:
        return u"local"_qs;
    case FetchPlan::DeleteReason::OlderThanDays:
        return u"days"_qs;
    case FetchPlan::DeleteReason::BeyondNewest:
        return u"newest"_qs;
    case FetchPlan::DeleteReason::OverSizeLimit:
        return u"mb"_qs;
    }
    return u"?"_qs;
}

QString errorName(FetchPlan::ErrorKind kind)
{
    switch (kind) {
    case FetchPlan::ErrorKind::None:
        return {};
    case FetchPlan::ErrorKind::NoUidl:
        return u"NoUidl"_qs;
    case FetchPlan::ErrorKind::InvalidPolicy:
        return u"InvalidPolicy"_qs;
    case FetchPlan::ErrorKind::InvalidListing:
        return u"InvalidListing"_qs;
    }
    return u"?"_qs;
}

/// Retrievals as "1 2h 3c 4?": h headers only, c completes a partial, ? without UIDL.
QString formatRetrieve(const FetchPlan& plan)
{
    QStringList out;
    for (const auto& r : plan.toRetrieve()) {
        QString s = QString::number(r.number);
        if (r.headersOnly) {
            s += u'h';
        }
        if (r.completesPartial) {
            s += u'c';
        }
        if (r.uidl.isEmpty()) {
            s += u'?';
        }
        out << s;
    }
    return out.join(u' ');
}

/// Deletions as "1:days 2:archiving*": * waits until this run archived the message.
QString formatDelete(const FetchPlan& plan)
{
    QStringList out;
    for (const auto& d : plan.toDelete()) {
        out << QString::number(d.number) + u':' + deleteName(d.reason)
                + (d.afterArchiving ? u"*"_qs : QString());
    }
    return out.join(u' ');
}

QString formatSkip(const FetchPlan& plan)
{
    QStringList out;
    for (const auto& s : plan.skipped()) {
        out << QString::number(s.number) + u':' + skipName(s.reason);
    }
    return out.join(u' ');
}

/// The rules of DESIGN "Rules that keep mail safe", checked on any plan whatever it was
/// expected to be. Returns what was broken, or an empty string.
QString safetyViolation(const SyncPlanner::Input& in, const FetchPlan& plan)
{
    QHash<int, ServerMessage> byNumber;
    QHash<QByteArray, int> occurrences;
    for (const auto& m : in.listing) {
        byNumber.insert(m.number, m);
        if (!m.uidl.isEmpty()) {
            ++occurrences[m.uidl];
        }
    }
    QHash<int, FetchPlan::Retrieval> retrieved;
    for (const auto& r : plan.toRetrieve()) {
        if (!byNumber.contains(r.number) || retrieved.contains(r.number)) {
            return u"retrieval of %1 is not in the listing or repeated"_qs.arg(r.number);
        }
        if (!r.uidl.isEmpty() && r.uidl != byNumber.value(r.number).uidl) {
            return u"retrieval of %1 carries the wrong UIDL"_qs.arg(r.number);
        }
        if (r.headersOnly
            && (in.policy.maxMessageBytes == 0 || r.size <= in.policy.maxMessageBytes
                || !in.serverHasTop)) {
            return u"headers-only retrieval of %1 is not needed or not possible"_qs.arg(r.number);
        }
        if (!r.headersOnly && in.policy.maxMessageBytes > 0 && r.size > in.policy.maxMessageBytes) {
            return u"%1 is over the size limit but retrieved whole"_qs.arg(r.number);
        }
        retrieved.insert(r.number, r);
    }
    QSet<int> numbers;
    for (const auto& d : plan.toDelete()) {
        if (numbers.contains(d.number)) {
            return u"%1 is deleted twice"_qs.arg(d.number);
        }
        numbers.insert(d.number);
        const ServerMessage m = byNumber.value(d.number);
        if (!in.serverHasUidl) {
            // Classic POP3 only: deleted in the session that archived it.
            if (in.policy.mode != RetentionPolicy::Mode::DeleteAfterArchiving || !d.afterArchiving
                || !retrieved.contains(d.number) || retrieved.value(d.number).headersOnly) {
                return u"%1 deleted without UIDL outside classic POP3"_qs.arg(d.number);
            }
            continue;
        }
        if (m.uidl.isEmpty() || d.uidl != m.uidl || occurrences.value(m.uidl) != 1) {
            return u"%1 deleted though its UIDL is missing, wrong or repeated"_qs.arg(d.number);
        }
        const auto known = in.archive.constFind(m.uidl);
        const bool archivedWhole = known != in.archive.cend() && !known->partial;
        const bool retrievedWhole
            = retrieved.contains(d.number) && !retrieved.value(d.number).headersOnly;
        if (d.afterArchiving != retrievedWhole) {
            return u"%1: afterArchiving does not match the retrieval"_qs.arg(d.number);
        }
        if (!archivedWhole && !retrievedWhole) {
            const bool partialDeletedLocally = known != in.archive.cend() && known->partial
                && known->deletedLocally && in.policy.deleteWhenDeletedLocally
                && d.reason == FetchPlan::DeleteReason::DeletedLocally;
            if (!partialDeletedLocally) {
                return u"%1 deleted though it is not durable in the archive"_qs.arg(d.number);
            }
        }
        if (in.policy.mode == RetentionPolicy::Mode::KeepOnServer
            && d.reason != FetchPlan::DeleteReason::DeletedLocally) {
            return u"%1 deleted under keep-on-server"_qs.arg(d.number);
        }
        if (d.reason == FetchPlan::DeleteReason::DeletedLocally
            && !(in.policy.deleteWhenDeletedLocally && known != in.archive.cend()
                && known->deletedLocally)) {
            return u"%1 deleted as locally deleted without reason"_qs.arg(d.number);
        }
    }
    // Nothing is both retrieved and skipped; every message is planned for.
    for (const auto& s : plan.skipped()) {
        if (retrieved.contains(s.number)) {
            return u"%1 is both retrieved and skipped"_qs.arg(s.number);
        }
    }
    if (!plan.isError() && plan.toRetrieve().size() + plan.skipped().size() != in.listing.size()) {
        return u"not every message is either retrieved or skipped"_qs;
    }
    return {};
}

} // namespace

class TestSyncPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void carriesUidlsAndSizes();
    void errorsAreTranslatedSentences();
    void invalidPolicyPlansNothing();
    void reasonsAreDescribed();
    void randomInputsStaySafe();

private:
    static void row(const char* name, const QString& listing, const QString& archive,
        const QString& policy, const QString& retrieve, const QString& remove, const QString& skip,
        const QString& error = {}, int warnings = 0, bool uidl = true, bool top = true);
};

void TestSyncPlanner::row(const char* name, const QString& listing, const QString& archive,
    const QString& policy, const QString& retrieve, const QString& remove, const QString& skip,
    const QString& error, int warnings, bool uidl, bool top)
{
    QTest::newRow(name) << listing << archive << policy << uidl << top << retrieve << remove << skip
                        << error << warnings;
}

void TestSyncPlanner::plan_data()
{
    QTest::addColumn<QString>("listing");
    QTest::addColumn<QString>("archive");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("uidl");
    QTest::addColumn<bool>("top");
    QTest::addColumn<QString>("retrieve");
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("skip");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("warnings");

    const QString abc = u"1:a:100 2:b:200 3:c:300"_qs;

    // --- keep on server (the default) ---
    row("keep: empty mailbox", {}, {}, u"keep"_qs, {}, {}, {});
    row("keep: nothing archived", abc, {}, u"keep"_qs, u"1 2 3"_qs, {}, {});
    row("keep: all archived", abc, u"a@1d b@2d c@300d"_qs, u"keep"_qs, {}, {},
        u"1:archived 2:archived 3:archived"_qs);
    row("keep: some archived", abc, u"b@1d"_qs, u"keep"_qs, u"1 3"_qs, {}, u"2:archived"_qs);
    row("keep: archive knows others", abc, u"x@1d y@2d"_qs, u"keep"_qs, u"1 2 3"_qs, {}, {});
    row("keep: listing out of order", u"3:c:1 1:a:1 2:b:1"_qs, u"b@1d"_qs, u"keep"_qs, u"1 3"_qs,
        {}, u"2:archived"_qs);
    row("keep: deleted locally is not fetched again", abc, u"a@1d,deleted"_qs, u"keep"_qs,
        u"2 3"_qs, {}, u"1:local"_qs);
    row("keep: partial completed once no limit", abc, u"a@1d,partial"_qs, u"keep"_qs, u"1c 2 3"_qs,
        {}, {});

    // --- delete after archiving ---
    row("delete: empty mailbox", {}, {}, u"delete"_qs, {}, {}, {});
    row("delete: nothing archived", abc, {}, u"delete"_qs, u"1 2 3"_qs,
        u"1:archiving* 2:archiving* 3:archiving*"_qs, {});
    row("delete: all archived", abc, u"a@1d b@1d c@1d"_qs, u"delete"_qs, {},
        u"1:archiving 2:archiving 3:archiving"_qs, u"1:archived 2:archived 3:archived"_qs);
    row("delete: some archived", abc, u"a@1d"_qs, u"delete"_qs, u"2 3"_qs,
        u"1:archiving 2:archiving* 3:archiving*"_qs, u"1:archived"_qs);
    row("delete: archived then deleted locally", abc, u"a@1d,deleted"_qs, u"delete"_qs, u"2 3"_qs,
        u"1:archiving 2:archiving* 3:archiving*"_qs, u"1:local"_qs);
    row("delete: partial stays", u"1:a:100 2:b:10"_qs, u"a@1d,partial"_qs, u"delete,max-size=50"_qs,
        u"2"_qs, u"2:archiving*"_qs, u"1:partial"_qs);
    row("delete: partial deleted locally stays without the switch", u"1:a:100"_qs,
        u"a@1d,partial,deleted"_qs, u"delete,max-size=50"_qs, {}, {}, u"1:local"_qs);
    row("delete: completing a partial waits for it", u"1:a:100"_qs, u"a@1d,partial"_qs,
        u"delete"_qs, u"1c"_qs, u"1:archiving*"_qs, {});

    // --- keep N days (first seen more than N days before now) ---
    const QString days = u"keep-days=30"_qs;
    row("days: exactly 30 days kept", abc, u"a@30d"_qs, days, u"2 3"_qs, {}, u"1:archived"_qs);
    row("days: 30 days and 1 s deleted", abc, u"a@30d1s"_qs, days, u"2 3"_qs, u"1:days"_qs,
        u"1:archived"_qs);
    row("days: 29 days 23 h kept", abc, u"a@29d23h"_qs, days, u"2 3"_qs, {}, u"1:archived"_qs);
    row("days: mixed ages", u"1:a:1 2:b:1 3:c:1 4:d:1"_qs, u"a@40d b@30d c@10d"_qs, days, u"4"_qs,
        u"1:days"_qs, u"1:archived 2:archived 3:archived"_qs);
    row("days: all old", abc, u"a@31d b@400d c@31d"_qs, days, {}, u"1:days 2:days 3:days"_qs,
        u"1:archived 2:archived 3:archived"_qs);
    row("days: nothing archived, nothing deleted", abc, {}, days, u"1 2 3"_qs, {}, {});
    row("days: unknown first seen kept", abc, u"a@- b@31d"_qs, days, u"3"_qs, u"2:days"_qs,
        u"1:archived 2:archived"_qs);
    row("days: old partial kept", u"1:a:100"_qs, u"a@99d,partial"_qs,
        u"keep-days=30,max-size=50"_qs, {}, {}, u"1:partial"_qs);
    row("days: old deleted-locally deleted by age", abc, u"a@99d,deleted"_qs, days, u"2 3"_qs,
        u"1:days"_qs, u"1:local"_qs);
    row("days: 1 day boundary", u"1:a:1 2:b:1"_qs, u"a@1d b@1d1s"_qs, u"keep-days=1"_qs, {},
        u"2:days"_qs, u"1:archived 2:archived"_qs);

    // --- keep the N newest (highest message numbers) ---
    const QString newest = u"keep-newest=2"_qs;
    const QString four = u"1:a:1 2:b:1 3:c:1 4:d:1"_qs;
    row("newest: empty mailbox", {}, {}, newest, {}, {}, {});
    row("newest: nothing archived", four, {}, newest, u"1 2 3 4"_qs, u"1:newest* 2:newest*"_qs, {});
    row("newest: all archived", four, u"a@1d b@1d c@1d d@1d"_qs, newest, {},
        u"1:newest 2:newest"_qs, u"1:archived 2:archived 3:archived 4:archived"_qs);
    row("newest: fewer than N", u"1:a:1"_qs, u"a@9d"_qs, newest, {}, {}, u"1:archived"_qs);
    row("newest: exactly N", u"1:a:1 2:b:1"_qs, u"a@9d b@9d"_qs, newest, {}, {},
        u"1:archived 2:archived"_qs);
    row("newest: order is the server's, not first seen", four, u"a@1s b@1s c@99d d@99d"_qs, newest,
        {}, u"1:newest 2:newest"_qs, u"1:archived 2:archived 3:archived 4:archived"_qs);
    row("newest: too large old one stays", u"1:a:1000 2:b:1 3:c:1 4:d:1"_qs, {},
        u"keep-newest=2,max-size=500"_qs, u"2 3 4"_qs, u"2:newest*"_qs, u"1:large"_qs, {}, 0, true,
        false);
    row("newest: headers-only old one stays", u"1:a:1000 2:b:1 3:c:1 4:d:1"_qs, {},
        u"keep-newest=2,max-size=500"_qs, u"1h 2 3 4"_qs, u"2:newest*"_qs, {});
    row("newest: keep 1", abc, u"a@1d b@1d c@1d"_qs, u"keep-newest=1"_qs, {},
        u"1:newest 2:newest"_qs, u"1:archived 2:archived 3:archived"_qs);

    // --- keep at most N MB (1 MB = 1 MiB), oldest first ---
    const QString mb = u"keep-mb=1"_qs;
    row("mb: exactly at the limit", u"1:a:512K 2:b:512K"_qs, u"a@1d b@1d"_qs, mb, {}, {},
        u"1:archived 2:archived"_qs);
    row("mb: one byte over", u"1:a:524289 2:b:512K"_qs, u"a@1d b@1d"_qs, mb, {}, u"1:mb"_qs,
        u"1:archived 2:archived"_qs);
    row("mb: oldest until under", u"1:a:512K 2:b:512K 3:c:512K 4:d:512K"_qs,
        u"a@1d b@1d c@1d d@1d"_qs, mb, {}, u"1:mb 2:mb"_qs,
        u"1:archived 2:archived 3:archived 4:archived"_qs);
    row("mb: new ones deleted after archiving", u"1:a:512K 2:b:512K 3:c:512K"_qs, {}, mb,
        u"1 2 3"_qs, u"1:mb*"_qs, {});
    row("mb: undeletable oldest still counts", u"1:a:700K 2:b:512K 3:c:512K"_qs, u"b@1d c@1d"_qs,
        u"keep-mb=1,max-size=600000"_qs, {}, u"2:mb 3:mb"_qs, u"1:large 2:archived 3:archived"_qs,
        {}, 0, true, false);
    row("mb: small mailbox untouched", abc, u"a@1d b@1d c@1d"_qs, mb, {}, {},
        u"1:archived 2:archived 3:archived"_qs);
    row("mb: one message bigger than the limit", u"1:a:2M"_qs, u"a@1d"_qs, mb, {}, u"1:mb"_qs,
        u"1:archived"_qs);

    // --- delete on the server what was deleted locally, alone and mixed ---
    const QString local = u"keep,delete-locally-deleted"_qs;
    row("local: only the locally deleted", abc, u"a@1d,deleted b@1d"_qs, local, u"3"_qs,
        u"1:local"_qs, u"1:local 2:archived"_qs);
    row("local: partial deleted locally is deleted", u"1:a:100"_qs, u"a@1d,partial,deleted"_qs,
        u"keep,delete-locally-deleted,max-size=50"_qs, {}, u"1:local"_qs, u"1:local"_qs);
    row("local: nothing deleted locally", abc, u"a@1d b@1d"_qs, local, u"3"_qs, {},
        u"1:archived 2:archived"_qs);
    row("mixed: days + local", abc, u"a@40d b@1d,deleted c@1d"_qs,
        u"keep-days=30,delete-locally-deleted"_qs, {}, u"1:days 2:local"_qs,
        u"1:archived 2:local 3:archived"_qs);
    row("mixed: old and deleted locally counts once", abc, u"a@40d,deleted"_qs,
        u"keep-days=30,delete-locally-deleted"_qs, u"2 3"_qs, u"1:local"_qs, u"1:local"_qs);
    row("mixed: newest + local", four, u"a@1d b@1d c@1d d@1d,deleted"_qs,
        u"keep-newest=2,delete-locally-deleted"_qs, {}, u"1:newest 4:local"_qs,
        u"1:archived 2:archived 3:archived 4:local"_qs);
    row("mixed: mb + local", u"1:a:512K 2:b:512K 3:c:512K 4:d:512K"_qs,
        u"a@1d b@1d c@1d d@1d,deleted"_qs, u"keep-mb=1,delete-locally-deleted"_qs, {},
        u"1:mb 4:local"_qs, u"1:archived 2:archived 3:archived 4:local"_qs);
    row("mixed: delete + local", abc, u"a@1d b@1d,deleted"_qs, u"delete,delete-locally-deleted"_qs,
        u"3"_qs, u"1:archiving 2:local 3:archiving*"_qs, u"1:archived 2:local"_qs);
    row("mixed: newest + size limit + local", u"1:a:900 2:b:1 3:c:1 4:d:1 5:e:1"_qs,
        u"a@1d,partial,deleted b@1d"_qs, u"keep-newest=2,delete-locally-deleted,max-size=500"_qs,
        u"3 4 5"_qs, u"1:local 2:newest 3:newest*"_qs, u"1:local 2:archived"_qs);

    // --- size limit ---
    row("size: exactly at the limit, whole", u"1:a:1000"_qs, {}, u"keep,max-size=1000"_qs, u"1"_qs,
        {}, {});
    row("size: one over, headers with TOP", u"1:a:1001"_qs, {}, u"keep,max-size=1000"_qs, u"1h"_qs,
        {}, {});
    row("size: one over, skipped without TOP", u"1:a:1001"_qs, {}, u"keep,max-size=1000"_qs, {}, {},
        u"1:large"_qs, {}, 0, true, false);
    row("size: delete never touches the large one (TOP)", u"1:a:100 2:b:2000"_qs, {},
        u"delete,max-size=1000"_qs, u"1 2h"_qs, u"1:archiving*"_qs, {});
    row("size: delete never touches the large one (no TOP)", u"1:a:100 2:b:2000"_qs, {},
        u"delete,max-size=1000"_qs, u"1"_qs, u"1:archiving*"_qs, u"2:large"_qs, {}, 0, true, false);
    row("size: partial still too large", u"1:a:2000"_qs, u"a@1d,partial"_qs,
        u"keep,max-size=1000"_qs, {}, {}, u"1:partial"_qs);
    row("size: partial fits the raised limit", u"1:a:2000"_qs, u"a@1d,partial"_qs,
        u"keep,max-size=5000"_qs, u"1c"_qs, {}, {});
    row("size: archived whole over the limit is archived", u"1:a:2000"_qs, u"a@1d"_qs,
        u"delete,max-size=1000"_qs, {}, u"1:archiving"_qs, u"1:archived"_qs);
    row("size: empty message", u"1:a:0"_qs, {}, u"keep,max-size=1"_qs, u"1"_qs, {}, {});

    // --- servers without UIDL ---
    const QString noUidl = u"1::100 2::200"_qs;
    row("no uidl: keep is an error", noUidl, {}, u"keep"_qs, {}, {}, {}, u"NoUidl"_qs, 0, false);
    row("no uidl: days is an error", noUidl, {}, days, {}, {}, {}, u"NoUidl"_qs, 0, false);
    row("no uidl: empty mailbox is fine", {}, {}, u"keep"_qs, {}, {}, {}, {}, 0, false);
    row("no uidl: allowed, all fetched, none deleted", noUidl, {}, u"keep,allow-no-uidl"_qs,
        u"1? 2?"_qs, {}, {}, {}, 0, false);
    row("no uidl: allowed, rule cannot apply", noUidl, {}, u"keep-days=3,allow-no-uidl"_qs,
        u"1? 2?"_qs, {}, {}, {}, 1, false);
    row("no uidl: allowed, local deletions cannot apply", noUidl, {},
        u"keep,delete-locally-deleted,allow-no-uidl"_qs, u"1? 2?"_qs, {}, {}, {}, 1, false);
    row("no uidl: allowed, newest never deletes", noUidl, {}, u"keep-newest=1,allow-no-uidl"_qs,
        u"1? 2?"_qs, {}, {}, {}, 1, false);
    row("no uidl: classic delete", noUidl, {}, u"delete"_qs, u"1? 2?"_qs,
        u"1:archiving* 2:archiving*"_qs, {}, {}, 0, false);
    row("no uidl: classic delete, large one headers only", noUidl, {}, u"delete,max-size=150"_qs,
        u"1? 2h?"_qs, u"1:archiving*"_qs, {}, {}, 0, false);
    row("no uidl: classic delete, large one without TOP", noUidl, {}, u"delete,max-size=150"_qs,
        u"1?"_qs, u"1:archiving*"_qs, u"2:large"_qs, {}, 0, false, false);
    row("no uidl: UIDLs and archive ignored", abc, u"a@99d b@99d"_qs,
        u"keep-days=1,allow-no-uidl"_qs, u"1? 2? 3?"_qs, {}, {}, {}, 1, false);

    // --- broken listings: repeated or missing UIDLs ---
    const QString dup = u"1:a:1 2:b:1 3:a:1"_qs;
    row("dup: delete refuses both", dup, {}, u"delete"_qs, u"1 2"_qs, u"2:archiving*"_qs,
        u"3:dup"_qs, {}, 1);
    row("dup: archived one not deleted", dup, u"a@1d b@1d"_qs, u"delete"_qs, {}, u"2:archiving"_qs,
        u"1:archived 2:archived 3:dup"_qs, {}, 1);
    row("dup: allowed, fetched by content", dup, {}, u"delete,allow-no-uidl"_qs, u"1 2 3?"_qs,
        u"2:archiving*"_qs, {}, {}, 1);
    row("dup: locally deleted not deleted", dup, u"a@1d,deleted"_qs, local, u"2"_qs, {},
        u"1:local 3:dup"_qs, {}, 1);
    row("dup: old not deleted by days", dup, u"a@99d b@99d"_qs, days, {}, u"2:days"_qs,
        u"1:archived 2:archived 3:dup"_qs, {}, 1);
    row("dup: counts among the newest", u"1:a:1 2:b:1 3:c:1 4:a:1"_qs, u"a@1d b@1d c@1d"_qs,
        u"keep-newest=1"_qs, {}, u"2:newest 3:newest"_qs,
        u"1:archived 2:archived 3:archived 4:dup"_qs, {}, 1);
    row("dup: three times", u"1:a:1 2:a:1 3:a:1"_qs, u"a@1d"_qs, u"delete"_qs, {}, {},
        u"1:archived 2:dup 3:dup"_qs, {}, 1);
    row("missing uidl: skipped, not deleted", u"1::1 2:b:1"_qs, {}, u"delete"_qs, u"2"_qs,
        u"2:archiving*"_qs, u"1:nouidl"_qs, {}, 1);
    row("missing uidl: allowed, fetched by content", u"1::1 2:b:1"_qs, {},
        u"delete,allow-no-uidl"_qs, u"1? 2"_qs, u"2:archiving*"_qs, {}, {}, 1);
    row("both broken", u"1:a:1 2::1 3:a:1"_qs, {}, u"keep"_qs, u"1"_qs, {}, u"2:nouidl 3:dup"_qs,
        {}, 2);

    // --- invalid listings plan nothing ---
    row("invalid: repeated number", u"1:a:1 1:b:1"_qs, {}, u"delete"_qs, {}, {}, {},
        u"InvalidListing"_qs);
    row("invalid: number 0", u"0:a:1"_qs, {}, u"delete"_qs, {}, {}, {}, u"InvalidListing"_qs);
    row("invalid: negative size", u"1:a:-1"_qs, {}, u"delete"_qs, {}, {}, {}, u"InvalidListing"_qs);
}

void TestSyncPlanner::plan()
{
    QFETCH(QString, listing);
    QFETCH(QString, archive);
    QFETCH(QString, policy);
    QFETCH(bool, uidl);
    QFETCH(bool, top);

    SyncPlanner::Input in;
    in.listing = parseListing(listing);
    in.archive = parseArchive(archive);
    const auto parsed = RetentionPolicy::fromString(policy);
    QVERIFY2(parsed, qPrintable(policy));
    in.policy = *parsed;
    in.now = Now;
    in.serverHasUidl = uidl;
    in.serverHasTop = top;
    const FetchPlan plan = SyncPlanner::plan(in);

    QTEST(errorName(plan.errorKind()), "error");
    QCOMPARE(plan.isError(), !plan.errorMessage().isEmpty());
    QTEST(formatRetrieve(plan), "retrieve");
    QTEST(formatDelete(plan), "remove");
    QTEST(formatSkip(plan), "skip");
    QTEST(int(plan.warnings().size()), "warnings");
    const QString violation = safetyViolation(in, plan);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    // Pure: the same input gives the same plan.
    const FetchPlan again = SyncPlanner::plan(in);
    QCOMPARE(formatRetrieve(again) + formatDelete(again) + formatSkip(again),
        formatRetrieve(plan) + formatDelete(plan) + formatSkip(plan));
}

void TestSyncPlanner::carriesUidlsAndSizes()
{
    SyncPlanner::Input in;
    in.listing = parseListing(u"1:uid-one:100 2:uid-two:2000 3:uid-three:300"_qs);
    in.archive = parseArchive(u"uid-three@1d"_qs);
    in.policy = RetentionPolicy::deleteAfterArchiving();
    in.policy.maxMessageBytes = 1000;
    in.now = Now;
    const FetchPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.toRetrieve().size(), 2);
    QCOMPARE(plan.toRetrieve().at(0).uidl, QByteArray("uid-one"));
    QCOMPARE(plan.toRetrieve().at(0).size, qint64(100));
    QCOMPARE(plan.toRetrieve().at(1).uidl, QByteArray("uid-two"));
    QVERIFY(plan.toRetrieve().at(1).headersOnly);
    QCOMPARE(plan.retrieveBytes(), qint64(100)); // headers-only retrievals count 0
    QVERIFY(!plan.identifiesByContent());
    QCOMPARE(plan.toDelete().size(), 2);
    QCOMPARE(plan.toDelete().at(0).uidl, QByteArray("uid-one"));
    QCOMPARE(plan.toDelete().at(1).uidl, QByteArray("uid-three"));
    QCOMPARE(plan.skipped().at(0).uidl, QByteArray("uid-three"));
    QVERIFY(!plan.isEmpty());

    in.serverHasUidl = false;
    in.policy.allowNoUidl = true;
    QVERIFY(SyncPlanner::plan(in).identifiesByContent());

    in.listing.clear();
    QVERIFY(SyncPlanner::plan(in).isEmpty());
}

void TestSyncPlanner::errorsAreTranslatedSentences()
{
    SyncPlanner::Input in;
    in.listing = parseListing(u"1::100"_qs);
    in.serverHasUidl = false;
    in.now = Now;
    const FetchPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.errorKind(), FetchPlan::ErrorKind::NoUidl);
    // It says what the user can do: allow it, or delete after archiving.
    QVERIFY(plan.errorMessage().contains(u"UIDL"_qs));
    QVERIFY(plan.errorMessage().endsWith(u'.'));
    QVERIFY(plan.toRetrieve().isEmpty());
    QVERIFY(plan.toDelete().isEmpty());
}

void TestSyncPlanner::invalidPolicyPlansNothing()
{
    SyncPlanner::Input in;
    in.listing = parseListing(u"1:a:1 2:b:1"_qs);
    in.archive = parseArchive(u"a@99d"_qs);
    in.policy = RetentionPolicy::keepDays(0);
    in.now = Now;
    const FetchPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.errorKind(), FetchPlan::ErrorKind::InvalidPolicy);
    QCOMPARE(plan.errorMessage(), in.policy.validate());
    QVERIFY(plan.isEmpty());
    QVERIFY(plan.skipped().isEmpty());
}

void TestSyncPlanner::reasonsAreDescribed()
{
    QSet<QString> texts;
    using S = FetchPlan::SkipReason;
    for (S r : {S::AlreadyArchived, S::AlreadyPartial, S::DeletedLocally, S::TooLarge,
             S::DuplicateUidl, S::MissingUidl}) {
        texts.insert(FetchPlan::describe(r));
    }
    QCOMPARE(texts.size(), 6);
    texts.clear();
    using D = FetchPlan::DeleteReason;
    for (D r : {D::AfterArchiving, D::DeletedLocally, D::OlderThanDays, D::BeyondNewest,
             D::OverSizeLimit}) {
        texts.insert(FetchPlan::describe(r));
    }
    QCOMPARE(texts.size(), 5);
    QVERIFY(!texts.contains(QString()));
}

void TestSyncPlanner::randomInputsStaySafe()
{
    // Deterministic: a failure names the seed's iteration and can be replayed.
    QRandomGenerator random(20240501);
    const QList<RetentionPolicy> modes = {RetentionPolicy::keepOnServer(),
        RetentionPolicy::deleteAfterArchiving(), RetentionPolicy::keepDays(3),
        RetentionPolicy::keepNewest(2), RetentionPolicy::keepMaxMegabytes(1)};
    const char uidls[] = "abcdefg";
    int deletions = 0;
    for (int i = 0; i < 3000; ++i) {
        SyncPlanner::Input in;
        in.now = Now;
        in.policy = modes.at(random.bounded(int(modes.size())));
        in.policy.deleteWhenDeletedLocally = random.bounded(2);
        in.policy.allowNoUidl = random.bounded(2);
        in.policy.maxMessageBytes = random.bounded(2) ? 400 * 1024 : 0;
        in.serverHasUidl = random.bounded(6) != 0;
        in.serverHasTop = random.bounded(2);
        const int count = random.bounded(8);
        for (int n = 1; n <= count; ++n) {
            // Few distinct UIDLs, so that repeats and empty ones happen often.
            const int pick = random.bounded(8);
            const QByteArray uidl = pick == 7 ? QByteArray() : QByteArray(1, uidls[pick]);
            in.listing.append({n, uidl, qint64(random.bounded(800)) * 1024});
        }
        for (int u = 0; u < 7; ++u) {
            if (random.bounded(2)) {
                ArchiveEntry entry;
                if (random.bounded(5)) {
                    entry.firstSeen = Now.addSecs(-qint64(random.bounded(6 * 86400)));
                }
                entry.partial = random.bounded(3) == 0;
                entry.deletedLocally = random.bounded(3) == 0;
                in.archive.insert(QByteArray(1, uidls[u]), entry);
            }
        }
        const FetchPlan plan = SyncPlanner::plan(in);
        deletions += int(plan.toDelete().size());
        const QString violation = safetyViolation(in, plan);
        QVERIFY2(violation.isEmpty(), qPrintable(u"iteration %1: %2"_qs.arg(i).arg(violation)));
    }
    QVERIFY2(deletions > 1000, "the generator hardly exercises deletion");
}

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
