// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MessageSummaryReader.h"

#include "mail/AttachmentScan.h"
#include "mail/MimeMessage.h"

#include <QFile>

namespace Postbote {

std::optional<MessageSummary> MessageSummaryReader::read(
    const QString& path, QString* error, qint64 prefixBytes)
{
    bool truncated = false;
    const auto prefix = MimeMessage::fromFilePrefix(path, prefixBytes, &truncated, error);
    if (!prefix) {
        return std::nullopt;
    }
    if (!truncated) {
        return MessageSummary::of(*prefix);
    }
    if (prefix->hasCompleteHeader()) {
        MessageSummary summary = MessageSummary::of(*prefix);
        if (summary.hasAttachments) {
            return summary;
        }
        QString scanError;
        if (const std::optional<bool> found = scanRest(path, *prefix, &scanError)) {
            summary.hasAttachments = *found;
            return summary;
        }
        if (!scanError.isEmpty()) {
            *error = scanError;
            return std::nullopt;
        }
    }
    const auto whole = MimeMessage::fromFile(path, error);
    if (!whole) {
        return std::nullopt;
    }
    return MessageSummary::of(*whole);
}

std::optional<bool> MessageSummaryReader::scanRest(
    const QString& path, const MimeMessage& prefix, QString* error)
{
    AttachmentScan scan;
    const QList<QPair<QByteArray, QByteArray>> multiparts = prefix.multiparts();
    for (const auto& [boundary, type] : multiparts) {
        scan.addMultipart(boundary, type);
    }
    if (!scan.hasMultiparts()) {
        return false; // a single part: what follows the cut is its content
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = MimeMessage::readErrorText(path, file.errorString());
        return std::nullopt;
    }
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = file.read(chunk.data(), chunk.size())) > 0) {
        if (!scan.feed(QByteArrayView(chunk.constData(), qsizetype(n)))) {
            break;
        }
    }
    if (n < 0) {
        *error = MimeMessage::readErrorText(path, file.errorString());
        return std::nullopt;
    }
    if (scan.needsFullParse()) {
        return std::nullopt;
    }
    return scan.found();
}

} // namespace Postbote
