// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox with a large archive (issue goal: 100,000 messages):
//   1. an archive index with N records and summaries is written to a temporary folder
//      (not timed; SQL straight into the schema ArchiveIndex created);
//   2. timed like a start of the GUI: open the index, read all records, fill the
//      MessageListModel, sort newest first through MessageFilterProxy and format the first
//      40 visible rows (goal: under 0.5 s; painting itself needs a window and is not in);
//   3. sorting by sender and by date (goal: under 0.3 s each), searching, the unread
//      filter, a language switch, and 2,000 messages arriving one by one while sorted;
//   4. memory: peak resident set size of the process (goal: under 200 MB).
//   bench_inbox_scale [count] [folder]   (a given folder is kept, and reused if it holds count)
#include "archive/ArchiveIndex.h"
#include "models/MessageFilterProxy.h"
#include "models/MessageListLoader.h"
#include "models/MessageListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>
#include <functional>
#include <iterator>

#include <sys/resource.h>
#include <time.h>

using namespace Postbote;

namespace {

const char* const FirstNames[] = {"Jürgen", "Erika", "Max", "Zoë", "Ömer", "Anna", "Björn", "Çelik",
    "Łukasz", "Søren", "Ana", "Émile", "Grete", "Hans", "Ute", "Agnès", "Ivan"};
const char* const LastNames[] = {"Müller", "Mustermann", "Schmidt", "Ångström", "Özdemir", "Weiß",
    "Nowak", "Dupont", "Jensen", "García", "Kowalski", "Bäcker", "Fischer", "Wagner"};
const char* const Words[] = {"Grüße", "aus", "Köln", "Termin", "morgen", "Rechnung", "POP3",
    "Nachricht", "Straße", "meeting", "tomorrow", "Angebot", "Protokoll", "Übung", "und", "Server",
    "Klasse", "Hausaufgabe", "invoice", "Re:", "AW:", "Fwd:", "Crème", "brûlée"};

QString pick(QRandomGenerator& gen, const char* const* pool, int size)
{
    return QString::fromUtf8(pool[gen.bounded(size)]);
}

QString words(QRandomGenerator& gen, int count)
{
    QStringList result;
    for (int i = 0; i < count; ++i) {
        result.append(pick(gen, Words, int(std::size(Words))));
    }
    return result.join(QLatin1Char(' '));
}

qint64 peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

qint64 currentRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
    }
    return -1;
}

ArchiveRecord generated(QRandomGenerator& gen, qint64 id)
{
    ArchiveRecord r;
    r.id = id;
    r.account = QStringLiteral("demo");
    r.uidl = "uidl-" + QByteArray::number(id);
    r.fileName = QStringLiteral("cur/1700000000.M%1P1.host,S=3000:2,S").arg(id);
    r.size = 1500 + gen.bounded(200000);
    const QDateTime start(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    r.date = start.addSecs(gen.bounded(5 * 365 * 24 * 3600));
    r.received = r.date.addSecs(gen.bounded(600));
    r.sha256 = QByteArray(32, char(id));
    const QString first = pick(gen, FirstNames, int(std::size(FirstNames)));
    const QString last = pick(gen, LastNames, int(std::size(LastNames)));
    r.from = QStringLiteral("%1 %2 <%3.%4@example.org>")
                 .arg(first, last, first.toLower(), QString::number(gen.bounded(100)));
    r.to = QStringLiteral("Max <max@example.org>");
    r.subject = words(gen, 2 + gen.bounded(6));
    r.messageId = QStringLiteral("<%1@example.org>").arg(id);
    r.hasAttachments = gen.bounded(5) == 0;
    r.preview = words(gen, 28).left(200);
    r.seen = gen.bounded(4) != 0;
    r.flagged = gen.bounded(50) == 0;
    return r;
}

bool writeArchive(const QString& root, int count, QString* error)
{
    {
        ArchiveIndex schema(root);
        if (schema.open(error) != ArchiveIndex::OpenStatus::Ok) {
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
    db.setDatabaseName(ArchiveIndex::databasePath(root));
    if (!db.open() || !db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO messages (account, uidl, file, size, received, sha256, from_addr, to_addr,"
        " subject, date, message_id, has_attachments, preview, seen, flagged, deleted_locally,"
        " partial) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"));
    QRandomGenerator gen(42);
    for (int i = 1; i <= count; ++i) {
        const ArchiveRecord r = generated(gen, i);
        const QVariantList values {r.account, r.uidl, r.fileName, r.size,
            r.received.toMSecsSinceEpoch(), r.sha256, r.from, r.to, r.subject,
            r.date.toMSecsSinceEpoch(), r.messageId, int(r.hasAttachments), r.preview, int(r.seen),
            int(r.flagged)};
        for (const QVariant& value : values) {
            insert.addBindValue(value);
        }
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    insert = QSqlQuery();
    const bool ok = db.commit();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    return ok;
}

void formatFirstRows(const QAbstractItemModel& model, int rows)
{
    int characters = 0;
    for (int row = 0; row < qMin(rows, model.rowCount()); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            characters += int(model.index(row, column).data().toString().size());
            characters += model.index(row, column).data(MessageListModel::SeenRole).toBool();
        }
    }
    if (characters < 0) {
        std::puts(""); // keeps the loop from being optimised away
    }
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// Wall-clock and CPU time: on a busy machine the CPU time is the fairer number.
struct Stopwatch
{
    QElapsedTimer wall;
    double cpu = 0;

    Stopwatch() { restart(); }
    void restart()
    {
        wall.start();
        cpu = cpuMs();
    }
    QByteArray text() const
    {
        return QByteArray::number(ms(wall), 'f', 0) + " ms (CPU "
            + QByteArray::number(cpuMs() - cpu, 'f', 0) + " ms)";
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_inbox_scale [count]\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString root = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    QString error;
    QElapsedTimer timer;
    timer.start();
    bool reuse = false;
    if (QFile::exists(ArchiveIndex::databasePath(root))) {
        ArchiveIndex existing(root);
        reuse = existing.open(&error) == ArchiveIndex::OpenStatus::Ok && existing.count() == count;
    }
    if (!reuse && (!temporary.isValid() || !writeArchive(root, count, &error))) {
        std::fprintf(stderr, "could not write the archive: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("archive of %d messages %s in %.0f ms (not part of the numbers)\n", count,
        reuse ? "reused" : "written", ms(timer));
    std::printf("RSS before loading: %lld KB\n\n", currentRssKb());

    // --- A start in one go: index → model → sorted newest first → first rows formatted.
    {
        Stopwatch total;
        Stopwatch step;
        QList<ArchiveRecord> records = MessageListLoader::load(root, &error);
        const QByteArray load = step.text();
        step.restart();
        MessageListModel model;
        model.setRecords(records);
        records = QList<ArchiveRecord>();
        const QByteArray fill = step.text();
        step.restart();
        MessageFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
        formatFirstRows(proxy, 40);
        std::printf("one go, load all then show: %s\n", total.text().constData());
        std::printf("  MessageListLoader::load(): %s\n  MessageListModel::setRecords(): %s\n"
                    "  sort by date (newest first) and format 40 rows: %s\n",
            load.constData(), fill.constData(), step.text().constData());
        std::printf("  RSS after loading: %lld KB\n\n", currentRssKb());
    }

    // --- A start in two steps, as the window should do it: the newest 500 first, then the
    // rest in place (refresh(), no reset, so the first rows stay selected and scrolled).
    Stopwatch total;
    Stopwatch step;
    MessageListModel model;
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    MessageFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
    model.setRecords(MessageListLoader::loadNewest(root, 500, &error));
    formatFirstRows(proxy, 40);
    std::printf("two steps, start to first rows: %s (goal < 500 ms)\n", total.text().constData());
    step.restart();
    QList<ArchiveRecord> records = MessageListLoader::load(root, &error);
    if (records.size() != count) {
        std::fprintf(
            stderr, "loaded %lld records: %s\n", qlonglong(records.size()), qPrintable(error));
        return 1;
    }
    const QByteArray load = step.text();
    step.restart();
    model.refresh(records);
    records = QList<ArchiveRecord>();
    std::printf("  then load(): %s, refresh() in place: %s, %d rows\n", load.constData(),
        step.text().constData(), proxy.rowCount());
    std::printf("  RSS after loading: %lld KB\n\n", currentRssKb());

    // --- Sorting.
    const auto timeSort = [&](const char* what, int column, Qt::SortOrder order) {
        Stopwatch t;
        proxy.sort(column, order);
        formatFirstRows(proxy, 40);
        std::printf("sort by %-28s %s (goal < 300 ms)\n", what, t.text().constData());
    };
    timeSort("sender (keys built)", MessageListModel::FromColumn, Qt::AscendingOrder);
    timeSort("sender descending", MessageListModel::FromColumn, Qt::DescendingOrder);
    timeSort("subject (keys built)", MessageListModel::SubjectColumn, Qt::AscendingOrder);
    timeSort("date ascending", MessageListModel::DateColumn, Qt::AscendingOrder);
    timeSort("size", MessageListModel::SizeColumn, Qt::AscendingOrder);
    timeSort("date descending", MessageListModel::DateColumn, Qt::DescendingOrder);

    // --- Filtering.
    const auto timeFilter = [&](const char* what, const std::function<void()>& change) {
        Stopwatch t;
        change();
        formatFirstRows(proxy, 40);
        std::printf("%-40s %s, %d rows\n", what, t.text().constData(), proxy.rowCount());
    };
    timeFilter("search \"köln\"", [&] { proxy.setSearchText(QStringLiteral("köln")); });
    timeFilter("search \"koln\" (no accent)", [&] { proxy.setSearchText(QStringLiteral("koln")); });
    timeFilter("search \"zzz\" (nothing)", [&] { proxy.setSearchText(QStringLiteral("zzz")); });
    timeFilter("search cleared", [&] { proxy.setSearchText(QString()); });
    timeFilter("unread only", [&] { proxy.setUnreadOnly(true); });
    timeFilter("all again", [&] { proxy.setUnreadOnly(false); });
    timeFilter("language switch (en)",
        [&] { model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates)); });
    proxy.sort(MessageListModel::FromColumn, Qt::AscendingOrder);
    timeFilter("language switch (de), sorted by sender",
        [&] { model.setLocale(QLocale(QLocale::German, QLocale::Germany)); });

    // --- A fetch: 2,000 messages arrive one by one while the inbox is sorted by date.
    proxy.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
    QRandomGenerator gen(7);
    double longest = 0;
    timer.start();
    for (int i = 1; i <= 2000; ++i) {
        ArchiveRecord r = generated(gen, count + i);
        r.date = QDateTime::currentDateTimeUtc();
        QElapsedTimer one;
        one.start();
        model.addRecord(r);
        longest = qMax(longest, ms(one));
    }
    std::printf("\n2,000 single addRecord() while sorted: %.0f ms in all, longest %.2f ms\n",
        ms(timer), longest);
    timer.start();
    for (int i = 1; i <= 2000; ++i) {
        model.updateFlags(QStringLiteral("demo"), i * 7, true, false, false);
    }
    std::printf("2,000 updateFlags() while sorted: %.0f ms\n", ms(timer));

    std::printf("\nRSS now: %lld KB, peak: %lld KB (goal < 200 MB)\n", currentRssKb(), peakRssKb());

    step.restart();
    ArchiveIndex index(root);
    if (index.open(&error) == ArchiveIndex::OpenStatus::Ok) {
        const qsizetype all = index.records().size();
        std::printf("for comparison, ArchiveIndex::records() of %lld: %s\n", qlonglong(all),
            step.text().constData());
    }
    return 0;
}
