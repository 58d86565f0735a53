// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for message parsing: the input is a message file as a server could send
// it. Everything the inbox, the preview and `postbote-cli show` ask of a message is asked
// here, and the safe HTML of every body must hold no active content. Any crash, sanitizer
// report or broken invariant is a finding.
#include "mail/HtmlSanitizer.h"
#include "mail/MessageSummary.h"
#include "mail/MimeMessage.h"
#include "mail/PlainTextRenderer.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Postbote;

namespace {

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_mimemessage: invariant broken: %s\n", what);
        std::abort();
    }
}

void refuse(const QRegularExpression& pattern, const QString& html, const char* what)
{
    const QRegularExpressionMatch match = pattern.match(html);
    if (match.hasMatch()) {
        const QString around = match.captured(0).left(600);
        std::fprintf(stderr, "fuzz_mimemessage: %s in: %s\n", what, qPrintable(around));
        std::abort();
    }
}

// The attribute names of every tag, read as a browser would: quoted values are skipped, so
// text such as title=" onload=" inside a value is not mistaken for an attribute.
QStringList attributeNames(const QString& html)
{
    QStringList names;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while ((i = html.indexOf(u'<', i)) >= 0) {
        ++i;
        while (i < n && !html.at(i).isSpace() && html.at(i) != u'>') {
            ++i; // the tag name
        }
        while (i < n && html.at(i) != u'>') {
            if (html.at(i).isSpace() || html.at(i) == u'/') {
                ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < n && !html.at(i).isSpace() && html.at(i) != u'=' && html.at(i) != u'>') {
                ++i;
            }
            names << html.mid(start, i - start).toLower();
            if (i < n && html.at(i) == u'=') {
                ++i;
                if (i < n && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                    const QChar quote = html.at(i);
                    const qsizetype end = html.indexOf(quote, i + 1);
                    i = end < 0 ? n : end + 1;
                } else {
                    while (i < n && !html.at(i).isSpace() && html.at(i) != u'>') {
                        ++i;
                    }
                }
            }
        }
    }
    return names;
}

// Elements that run code or submit data never survive sanitizing, whatever the input, and
// neither does an event-handler attribute.
void checkSafe(const QString& html)
{
    static const QRegularExpression active(
        QStringLiteral("<\\s*(script|iframe|frame|frameset|object|embed|applet|form|base|meta)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    refuse(active, html, "active element in sanitized HTML");
    for (const QString& name : attributeNames(html)) {
        if (name.startsWith(u"on")) {
            std::fprintf(
                stderr, "fuzz_mimemessage: attribute %s in sanitized HTML\n", qPrintable(name));
            std::abort();
        }
    }
}

void exercise(const MimeMessage& message)
{
    (void)message.subject();
    (void)message.from();
    (void)message.to();
    (void)message.cc();
    (void)message.replyTo();
    (void)message.date();
    (void)message.messageId();
    (void)message.inReplyTo();
    (void)message.references();
    (void)message.headerValue("Content-Type");
    (void)message.rawHeaders();

    for (const auto preference :
        {MimeMessage::BodyPreference::Plain, MimeMessage::BodyPreference::Html}) {
        const MessageBody body = message.body(preference);
        const QString html = body.format == MessageBody::Format::Html
            ? HtmlSanitizer::sanitize(body.text, HtmlSanitizer::Options {}).html
            : PlainTextRenderer::toHtml(body.text);
        checkSafe(html);
    }

    const QList<AttachmentInfo> attachments = message.attachments();
    // Inline images of multipart/related are listed but are not "attachments" for the inbox.
    check(!message.hasAttachments() || !attachments.isEmpty(), "hasAttachments without any");
    for (const AttachmentInfo& attachment : attachments) {
        check(attachment.size >= 0, "negative attachment size");
        if (!attachment.contentId.isEmpty()) {
            QString mimeType;
            const QByteArray content = message.contentById(attachment.contentId, &mimeType);
            check(content.size() <= MimeMessage::MaxContentByIdSize, "contentById too large");
        }
    }

    const MessageSummary summary = MessageSummary::of(message);
    check(summary.preview.size() <= 2 * MessageSummary::PreviewLength, "preview too long");
    (void)message.warnings();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char*>(bytes), qsizetype(size));
    QString error;
    const std::unique_ptr<MimeMessage> message = MimeMessage::fromData(raw, &error);
    check(message != nullptr, "fromData refused bytes in memory");
    exercise(*message);
    return 0;
}
