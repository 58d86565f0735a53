// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailAddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace Postbote {

/// The text of a message as chosen for display, already converted to Unicode.
struct MessageBody
{
    enum class Format { PlainText, Html };
    Format format = Format::PlainText;
    /// Decoded text. For text/plain; format=flowed the flowed lines are already joined
    /// (RFC 3676 §4.2), so flowed/delSp only tell where the text came from.
    QString text;
    bool flowed = false;
    bool delSp = false;
    /// The charset the part declared (lower case), or empty.
    QString charset;
    /// True when the declared charset was unknown or wrong and the text was decoded with a
    /// fallback (UTF-8 if valid, else windows-1252); the view should say so.
    bool charsetFallback = false;
};

/// One attachment (or inline non-text part) of a message, numbered in document order.
struct AttachmentInfo
{
    int index = -1;   ///< for saveAttachment()
    QString fileName; ///< decoded, NOT yet safe for the file system (see SafeFileName)
    QString mimeType; ///< lower case, e.g. "image/png"
    qint64 size = 0;  ///< decoded bytes, or an estimate from the encoded size
    bool isInline = false;
    QString contentId; ///< without the angle brackets, or empty
};

/// A parsed Internet message (RFC 5322 + MIME, RFC 2045–2049).
///
/// GMime 3 provides the structure (parser, multipart walk, transfer decoding); header words
/// (RFC 2047) and parameters (RFC 2231) are decoded by Postbote's own code because GMime
/// 3.2.13 gets several common cases wrong (TOOLCHAIN.md §9). No GMime type appears in this
/// header: gmime.h must not meet Qt's keywords (TOOLCHAIN.md §5).
///
/// Parsing never fails for messy input: whatever can be recovered is returned and
/// warnings() lists what was broken. Walking the MIME tree is bounded in depth and in the
/// number of parts.
class MimeMessage
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::MimeMessage)

public:
    enum class BodyPreference { Plain, Html };

    /// Nesting deeper than this is not walked (a warning says so).
    static constexpr int MaxDepth = 100;
    /// At most this many parts are walked (a warning says so).
    static constexpr int MaxParts = 10000;
    /// contentById() refuses parts bigger than this.
    static constexpr qint64 MaxContentByIdSize = 16 * 1024 * 1024;

    ~MimeMessage();
    MimeMessage(const MimeMessage&) = delete;
    MimeMessage& operator=(const MimeMessage&) = delete;

    /// Parses a message file. The file is memory-mapped by GMime and parts are decoded on
    /// demand, so a 100 MB attachment is never read into memory. Returns null (and sets
    /// *error) only when the file cannot be opened.
    static std::unique_ptr<MimeMessage> fromFile(const QString& path, QString* error);
    /// Parses only the first prefixBytes of a message file, as if the message ended there:
    /// the headers, the text near the start and the structure up to the cut
    /// (MessageSummaryReader). *truncated tells whether the file was longer.
    static std::unique_ptr<MimeMessage> fromFilePrefix(
        const QString& path, qint64 prefixBytes, bool* truncated, QString* error);
    /// Parses a message held in memory; the bytes are copied.
    static std::unique_ptr<MimeMessage> fromData(const QByteArray& raw, QString* error);
    /// The one sentence for an archived message file that cannot be read, with \a reason.
    static QString readErrorText(const QString& path, const QString& reason);

    QString subject() const;
    QList<MailAddress> from() const;
    QList<MailAddress> to() const;
    QList<MailAddress> cc() const;
    QList<MailAddress> replyTo() const;
    /// The Date header in UTC; invalid if missing or unparseable (common broken forms are
    /// tolerated, RFC 5322 §4.3 obsolete syntax included).
    QDateTime date() const;
    /// Without angle brackets.
    QString messageId() const;
    QStringList inReplyTo() const;
    QStringList references() const;

    /// The first header of that name (case-insensitive), unfolded and RFC 2047 decoded; empty
    /// if missing.
    QString headerValue(const QByteArray& name) const;
    /// The raw header block of the top-level message (as in the file, without the blank line).
    QByteArray rawHeaders() const;
    /// Whether the blank line that ends the top-level header block was found.
    bool hasCompleteHeader() const;
    /// Every multipart of the parsed structure, nested messages included: its boundary and
    /// its type ("multipart/mixed").
    QList<QPair<QByteArray, QByteArray>> multiparts() const;

    /// The text to show: from multipart/alternative the preferred kind (falling back to the
    /// other), the first text part of multipart/mixed and /related, and a nested
    /// message/rfc822 inline (its main headers followed by its body).
    MessageBody body(BodyPreference preference) const;
    /// Non-body leaf parts in document order, including those of nested messages.
    QList<AttachmentInfo> attachments() const;
    bool hasAttachments() const;
    /// body() for a preview: decodes at most maxBytesPerPart bytes of each text part, so a
    /// summary stays cheap for huge text parts.
    MessageBody body(BodyPreference preference, qint64 maxBytesPerPart) const;
    /// Streams the decoded content of attachment `index` to targetPath (created or
    /// truncated). The caller decides the name (SafeFileName) and about overwriting.
    bool saveAttachment(int index, const QString& targetPath, QString* error) const;
    /// The decoded content of the part with this Content-ID (for cid: URLs in
    /// multipart/related, RFC 2392), with or without angle brackets. Empty if there is none
    /// or it is larger than MaxContentByIdSize.
    QByteArray contentById(const QString& contentId, QString* mimeType) const;

    /// Translated notes about broken input found so far (missing final boundary, unknown
    /// charset, invalid base64, …). body() and attachments() may add to them.
    QStringList warnings() const;

    /// Text parts are decoded up to this many bytes for body(); longer text is cut (with a
    /// warning).
    static constexpr qint64 MaxTextBytes = 16 * 1024 * 1024;

private:
    enum class Warning {
        NotAMessage,
        MissingBoundary,
        EmptyMultipart,
        Malformed,
        TooDeep,
        TooManyParts,
        UnknownCharset,
        WrongCharset,
        InvalidBytes,
        HeaderCharset,
        HeaderTooLong,
        ControlCharacters,
        InvalidBase64,
        TextTruncated,
        Encrypted,
    };
    static QString warningText(Warning warning, const QString& argument);

    struct Private;
    explicit MimeMessage(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Postbote
