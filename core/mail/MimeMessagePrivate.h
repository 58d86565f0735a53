// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/mail: MimeMessage's state, shared by MimeMessage.cpp (structure,
// headers, attachments), MimeMessageLoading.cpp (reading files) and MimeMessageBody.cpp
// (choosing and decoding the text).
#include "mail/GMimeSupport.h"
#include "mail/MimeMessage.h"

#include <QList>
#include <QPair>

namespace Postbote {

struct MimeMessage::Private
{
    /// An attachment with the GMime object it came from.
    struct AttachmentRef
    {
        AttachmentInfo info;
        GMimeObject* object = nullptr;
        bool counts = true; ///< false for inline parts of multipart/related (images of HTML)
    };

    /// One displayable piece of the body: a text part, or the header block of a nested
    /// message.
    struct Piece
    {
        MessageBody::Format format = MessageBody::Format::PlainText;
        QString text;
        bool flowed = false;
        bool delSp = false;
        QString charset;
        bool fallback = false;
        bool headerBlock = false;
        QList<QPair<QString, QString>> fields; ///< label, value (header blocks)
    };

    /// Counts parts visited in one walk, against MaxDepth / MaxParts.
    struct Walk
    {
        int parts = 0;
    };

    ~Private();
    /// Parses the stream (taking its reference) up to cut (-1: all); never null.
    static std::unique_ptr<Private> create(GMimeStream* stream, qint64 cut);

    void warn(Warning warning, const QString& argument = QString());
    /// Decoded header of an object, warning about fallbacks.
    QString header(GMimeObject* object, const char* name);
    QList<MailAddress> addresses(GMimeObject* object, const char* name);
    /// Whether the walk may enter this object; warns once when it may not.
    bool enter(int depth, Walk* walk);

    void enumerate(GMimeObject* object, int depth, bool inRelated, bool inSigned, Walk* walk);
    void collectMultiparts(
        GMimeObject* object, int depth, Walk* walk, QList<QPair<QByteArray, QByteArray>>* result);
    void ensureEnumerated();

    // MimeMessageBody.cpp
    void collect(GMimeObject* object, int depth, BodyPreference preference, qint64 maxBytes,
        QList<Piece>* pieces, Walk* walk);
    GMimeObject* chooseAlternative(GMimeMultipart* multipart, BodyPreference preference, int depth);
    Piece decodeText(GMimePart* part, qint64 maxBytes);
    MessageBody assemble(const QList<Piece>& pieces, BodyPreference preference) const;

    GMimeStream* stream = nullptr;
    GMimeMessage* message = nullptr;
    QByteArray rawHeaders;
    bool completeHeader = false;
    QList<QPair<Warning, QString>> warnings;
    bool enumerated = false;
    QList<AttachmentRef> attachments;
};

} // namespace Postbote
