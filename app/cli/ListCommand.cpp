// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListCommand.h"

#include "CliOutput.h"
#include "ExistingArchive.h"

#include "ExitCode.h"
#include "mail/MessageSummary.h"
#include "mail/MimeMessage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace Postbote::Cli {

namespace {

struct ListText
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::ListCommand)
};

constexpr int FromWidth = 30;
constexpr int SubjectWidth = 50;

bool summaryMissing(const ArchiveRecord& record)
{
    return record.from.isEmpty() && record.to.isEmpty() && record.subject.isEmpty()
        && !record.date.isValid() && record.messageId.isEmpty();
}

/// Fills the summary from the file when the index has none (an archive written before
/// summaries existed, or a message that failed to parse at delivery).
void fillSummary(const QString& root, ArchiveRecord* record)
{
    QString error;
    const auto message = MimeMessage::fromFile(QDir(root).filePath(record->fileName), &error);
    if (!message)
        return;
    const MessageSummary summary = MessageSummary::of(*message);
    record->from = summary.from;
    record->to = summary.to;
    record->subject = summary.subject;
    record->date = summary.date;
    record->messageId = summary.messageId;
    record->hasAttachments = summary.hasAttachments;
    record->preview = summary.preview;
}

QStringList flagNames(const ArchiveRecord& record)
{
    QStringList flags;
    if (record.seen)
        flags << QStringLiteral("seen");
    if (record.flagged)
        flags << QStringLiteral("flagged");
    if (record.deletedLocally)
        flags << QStringLiteral("deleted");
    if (record.partial)
        flags << QStringLiteral("partial");
    return flags;
}

QString translatedFlags(const ArchiveRecord& record)
{
    QStringList flags;
    if (record.seen)
        flags << ListText::tr("seen");
    if (record.flagged)
        flags << ListText::tr("flagged");
    if (record.deletedLocally)
        flags << ListText::tr("deleted");
    if (record.partial)
        flags << ListText::tr("partial", "only the header was fetched");
    return flags.join(QStringLiteral(", "));
}

/// Cut to `width` characters (with "…") and padded, so that the columns line up.
QString column(const QString& text, int width)
{
    QString single = terminalSafe(text).simplified();
    if (single.size() > width)
        single = single.left(width - 1) + QChar(0x2026);
    return single.leftJustified(width, u' ');
}

QJsonObject toJson(const ArchiveRecord& record)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), record.id);
    object.insert(QStringLiteral("account"), record.account);
    object.insert(QStringLiteral("uidl"), QString::fromLatin1(record.uidl));
    object.insert(QStringLiteral("date"),
        record.date.isValid() ? QJsonValue(record.date.toUTC().toString(Qt::ISODate))
                              : QJsonValue());
    object.insert(QStringLiteral("received"),
        record.received.isValid() ? QJsonValue(record.received.toUTC().toString(Qt::ISODate))
                                  : QJsonValue());
    object.insert(QStringLiteral("from"), record.from);
    object.insert(QStringLiteral("to"), record.to);
    object.insert(QStringLiteral("subject"), record.subject);
    object.insert(QStringLiteral("size"), record.size);
    object.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flagNames(record)));
    object.insert(QStringLiteral("hasAttachments"), record.hasAttachments);
    return object;
}

} // namespace

QString terminalSafe(const QString& text, bool keepNewlines)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u == u'\t' || (keepNewlines && u == u'\n'))
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            c = QChar(0xfffd);
    }
    return out;
}

int runList(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption archive(QStringLiteral("archive"),
        ListText::tr("The archive folder to list."), QStringLiteral("DIR"));
    const QCommandLineOption json(
        QStringLiteral("json"), ListText::tr("Write a JSON array for scripts."));
    parser.addOptions({archive, json});
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("list")} + arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Success;
    }
    if (!parser.isSet(archive)) {
        printError(ListText::tr("--archive is missing: name the archive folder to list."));
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(
            ListText::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
        return UsageError;
    }
    ExistingArchive store(parser.value(archive));
    if (!store.open()) {
        return StorageError;
    }
    QList<ArchiveRecord> records = store.records();
    for (ArchiveRecord& record : records) {
        if (summaryMissing(record))
            fillSummary(store.directory(), &record);
    }
    store.close();

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ArchiveRecord& record : std::as_const(records))
            array.append(toJson(record));
        const QByteArray out = QJsonDocument(array).toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        return Success;
    }

    const QLocale locale;
    int idWidth = 1;
    for (const ArchiveRecord& record : std::as_const(records))
        idWidth = qMax(idWidth, int(QString::number(record.id).size()));
    for (const ArchiveRecord& record : std::as_const(records)) {
        const QDateTime when = record.date.isValid() ? record.date : record.received;
        const QString date = when.isValid()
            ? locale.toString(when.toLocalTime(), QLocale::ShortFormat)
            : ListText::tr("(no date)");
        const QString from = record.from.isEmpty() ? ListText::tr("(unknown sender)") : record.from;
        const QString subject
            = record.subject.isEmpty() ? ListText::tr("(no subject)") : record.subject;
        // Concatenated, not arg()-chained: a subject with "%5" in it must stay as it is.
        const QString separator = QStringLiteral("  ");
        const QString line = QString::number(record.id).rightJustified(idWidth) + separator + date
            + separator + column(from, FromWidth) + separator + column(subject, SubjectWidth)
            + separator + locale.formattedDataSize(record.size).rightJustified(9) + separator
            + translatedFlags(record);
        std::fprintf(stdout, "%s\n", line.trimmed().toUtf8().constData());
    }
    if (records.isEmpty())
        std::fprintf(stderr, "%s\n", ListText::tr("The archive is empty.").toUtf8().constData());
    return Success;
}

} // namespace Postbote::Cli
