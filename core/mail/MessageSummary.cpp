// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MessageSummary.h"

#include "mail/HtmlText.h"
#include "mail/MimeMessage.h"

#include <QStringList>

namespace Postbote {

namespace {

/// Bytes of each text part decoded for the preview: enough for 200 characters after quotes
/// and markup are dropped, little enough to keep summaries cheap.
constexpr qint64 PreviewBytes = 64 * 1024;

} // namespace

QString MessageSummary::previewOf(const QString& plainText)
{
    QString collected;
    const QStringList lines = plainText.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line == QLatin1String("-- ") || line == QLatin1String("--")) {
            break; // RFC 3676 §4.3 signature separator
        }
        if (line.startsWith(QLatin1Char('>'))) {
            continue;
        }
        // The attribution line of a quote ("On … wrote:", "Am … schrieb:").
        if (line.trimmed().endsWith(QLatin1Char(':'))) {
            qsizetype next = i + 1;
            while (next < lines.size() && lines[next].trimmed().isEmpty()) {
                ++next;
            }
            if (next < lines.size() && lines[next].startsWith(QLatin1Char('>'))) {
                continue;
            }
        }
        collected += line + QLatin1Char(' ');
        if (collected.size() > 4 * PreviewLength) {
            break;
        }
    }
    QString text = collected.simplified();
    if (text.size() <= PreviewLength) {
        return text;
    }
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), PreviewLength);
    if (cut < PreviewLength / 2) {
        cut = PreviewLength;
    }
    if (cut > 0 && text[cut - 1].isHighSurrogate()) {
        --cut;
    }
    return text.left(cut) + QChar(0x2026);
}

MessageSummary MessageSummary::of(const MimeMessage& message)
{
    MessageSummary s;
    s.from = MailAddress::displayList(message.from());
    s.to = MailAddress::displayList(message.to());
    s.subject = message.subject();
    s.date = message.date();
    s.messageId = message.messageId();
    s.hasAttachments = message.hasAttachments();
    const MessageBody body = message.body(MimeMessage::BodyPreference::Plain, PreviewBytes);
    s.preview = previewOf(body.format == MessageBody::Format::Html
            ? HtmlText::toPlainText(body.text, 8 * PreviewLength)
            : body.text);
    return s;
}

} // namespace Postbote
