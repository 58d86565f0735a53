// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShowCommand.h"

#include "CliOutput.h"
#include "ExistingArchive.h"

#include "ExitCode.h"
#include "ListCommand.h"
#include "mail/HtmlEntities.h"
#include "mail/HtmlSanitizer.h"
#include "mail/HtmlText.h"
#include "mail/MimeMessage.h"
#include "mail/PlainTextRenderer.h"
#include "mail/SafeFileName.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

#include <cstdio>
#include <optional>

namespace Postbote::Cli {

namespace {

struct ShowText
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Cli::ShowCommand)
};

void print(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

int showRaw(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(ShowText::tr("Cannot read “%1”: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString()));
        return StorageError;
    }
    QByteArray buffer;
    while (!(buffer = file.read(64 * 1024)).isEmpty())
        std::fwrite(buffer.constData(), 1, size_t(buffer.size()), stdout);
    return Success;
}

void showText(const MimeMessage& message)
{
    const QLocale locale;
    QString out;
    const auto header = [&out](const QString& label, const QString& value) {
        out += label + u' ' + terminalSafe(value).simplified() + u'\n';
    };
    header(ShowText::tr("From:"), MailAddress::displayList(message.from()));
    header(ShowText::tr("To:"), MailAddress::displayList(message.to()));
    if (!message.cc().isEmpty())
        header(ShowText::tr("Cc:"), MailAddress::displayList(message.cc()));
    const QDateTime date = message.date();
    header(ShowText::tr("Date:"),
        date.isValid() ? locale.toString(date.toLocalTime(), QLocale::LongFormat)
                       : ShowText::tr("(no date)"));
    header(ShowText::tr("Subject:"), message.subject());
    out += u'\n';

    const MessageBody body = message.body(MimeMessage::BodyPreference::Plain);
    QString text
        = body.format == MessageBody::Format::Html ? HtmlText::toPlainText(body.text) : body.text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out += terminalSafe(text, true);
    if (!out.endsWith(u'\n'))
        out += u'\n';

    const QList<AttachmentInfo> attachments = message.attachments();
    if (!attachments.isEmpty()) {
        out += u'\n' + ShowText::tr("Attachments:") + u'\n';
        for (const AttachmentInfo& attachment : attachments) {
            out += QStringLiteral("  %1. ").arg(attachment.index + 1)
                + terminalSafe(
                    attachment.fileName.isEmpty() ? ShowText::tr("(no name)") : attachment.fileName)
                + QStringLiteral(" (") + attachment.mimeType + QStringLiteral(", ")
                + locale.formattedDataSize(attachment.size) + QStringLiteral(")\n");
        }
    }
    print(out);
}

void showHtml(const MimeMessage& message)
{
    const MessageBody body = message.body(MimeMessage::BodyPreference::Html);
    QString content;
    if (body.format == MessageBody::Format::Html) {
        // Remote content stays blocked: a command line has nobody to ask.
        const SanitizedHtml safe = HtmlSanitizer::sanitize(body.text, HtmlSanitizer::Options());
        content = safe.html;
        if (!safe.blockedResources.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                ShowText::tr(
                    "%n remote resource(s) blocked.", nullptr, int(safe.blockedResources.size()))
                    .toUtf8()
                    .constData());
        }
    } else {
        content = PlainTextRenderer::toHtml(body.text);
    }
    print(QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        + HtmlEntities::escape(message.subject()) + QStringLiteral("</title><style>")
        + PlainTextRenderer::defaultStyleSheet() + QStringLiteral("</style></head><body>\n")
        + content + QStringLiteral("\n</body></html>\n"));
}

int saveAttachments(const MimeMessage& message, const QString& directory)
{
    if (!QDir().mkpath(directory)) {
        printError(ShowText::tr("Cannot create the folder “%1”.")
                       .arg(QDir::toNativeSeparators(directory)));
        return StorageError;
    }
    const QList<AttachmentInfo> attachments = message.attachments();
    if (attachments.isEmpty()) {
        std::fprintf(
            stderr, "%s\n", ShowText::tr("The message has no attachments.").toUtf8().constData());
        return Success;
    }
    const QMimeDatabase mimeDatabase;
    for (const AttachmentInfo& attachment : attachments) {
        QString name = SafeFileName::fromAttachmentName(attachment.fileName);
        if (attachment.fileName.trimmed().isEmpty()) {
            // No name given: "attachment.png" from the type is more useful than a bare name.
            const QString suffix
                = mimeDatabase.mimeTypeForName(attachment.mimeType).preferredSuffix();
            if (!suffix.isEmpty())
                name = SafeFileName::fromAttachmentName(name + u'.' + suffix);
        }
        QString error;
        // Exclusive create: an existing file is never overwritten, "name (2).ext" is used.
        const QString path = SafeFileName::createUnique(directory, name, &error);
        if (path.isEmpty()) {
            printError(error);
            return StorageError;
        }
        if (!message.saveAttachment(attachment.index, path, &error)) {
            QFile::remove(path);
            printError(error);
            return StorageError;
        }
        std::fprintf(stdout, "%s\n", QDir::toNativeSeparators(path).toUtf8().constData());
    }
    return Success;
}

} // namespace

int runShow(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption archive(QStringLiteral("archive"),
        ShowText::tr("The archive folder that holds the message."), QStringLiteral("DIR"));
    const QCommandLineOption html(
        QStringLiteral("html"), ShowText::tr("Write the message as safe HTML."));
    const QCommandLineOption raw(
        QStringLiteral("raw"), ShowText::tr("Write the message file as it is stored."));
    const QCommandLineOption save(QStringLiteral("save-attachments"),
        ShowText::tr("Save every attachment into DIR under a safe name."), QStringLiteral("DIR"));
    parser.addOptions({archive, html, raw, save});
    parser.addPositionalArgument(QStringLiteral("ID"),
        ShowText::tr("The ID of the message, as “postbote-cli list” shows it."));
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("show")} + arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Success;
    }
    if (!parser.isSet(archive)) {
        printError(ShowText::tr("--archive is missing: name the archive folder."));
        return UsageError;
    }
    if (int(parser.isSet(html)) + int(parser.isSet(raw)) + int(parser.isSet(save)) > 1) {
        printError(ShowText::tr("Give at most one of --html, --raw or --save-attachments DIR."));
        return UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(ShowText::tr("The message ID is missing: run “postbote-cli list” to see the "
                                "IDs."));
        return UsageError;
    }
    if (positional.size() > 1) {
        printError(ShowText::tr("Unexpected argument “%1”.").arg(positional.at(1)));
        return UsageError;
    }
    bool ok = false;
    const qint64 id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        printError(ShowText::tr("“%1” is not a message ID: IDs are positive numbers.")
                       .arg(positional.first()));
        return UsageError;
    }
    ExistingArchive store(parser.value(archive));
    if (!store.open()) {
        return StorageError;
    }
    std::optional<ArchiveRecord> record = store.record(id);
    const QString root = store.directory();
    store.close();
    if (!record) {
        printError(ShowText::tr("There is no message with ID %1 in the archive.").arg(id));
        return StorageError;
    }
    const QString path = QDir(root).filePath(record->fileName);
    if (parser.isSet(raw))
        return showRaw(path);

    QString error;
    const auto message = MimeMessage::fromFile(path, &error);
    if (!message) {
        printError(error);
        return StorageError;
    }
    int result = Success;
    if (parser.isSet(save))
        result = saveAttachments(*message, parser.value(save));
    else if (parser.isSet(html))
        showHtml(*message);
    else
        showText(*message);
    for (const QString& warning : message->warnings())
        std::fprintf(stderr, "%s\n",
            ShowText::tr("Note: %1").arg(terminalSafe(warning)).toUtf8().constData());
    return result;
}

} // namespace Postbote::Cli
