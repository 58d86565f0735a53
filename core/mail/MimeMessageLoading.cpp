// SPDX-License-Identifier: GPL-3.0-or-later
// MimeMessage, part 2: loading a message from a file, from the first bytes of a file, or from
// memory. Part 1, MimeMessage.cpp, holds the structure, headers and attachments; part 3,
// MimeMessageBody.cpp, the text.
#include "mail/MimeMessagePrivate.h"

#include "mail/PartBudget.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Postbote {

namespace {

/// The top-level header block is read up to this size for rawHeaders().
constexpr qsizetype MaxHeaderBlock = 4 * 1024 * 1024;

/// End of the header block (the empty line, RFC 5322 §2.1), or -1.
qsizetype headerEnd(const QByteArray& data)
{
    if (data.startsWith('\n')) {
        return 0;
    }
    if (data.startsWith("\r\n")) {
        return 0;
    }
    const qsizetype lf = data.indexOf("\n\n");
    // Only a CRLF blank line that starts before the LF one matters: with LF line ends (the
    // archive's) this does not scan the whole first chunk of a large message.
    const qsizetype crlf = QByteArrayView(data)
                               .first(lf >= 0 ? qMin(data.size(), lf + 3) : data.size())
                               .indexOf("\r\n\r\n");
    if (lf >= 0 && (crlf < 0 || lf < crlf)) {
        return lf + 1;
    }
    return crlf >= 0 ? crlf + 2 : -1;
}

/// Start of the last line after `from` that begins with "--" (a possible boundary line), or
/// -1. Searches backwards for '-', which base64 content never holds.
qsizetype lastDashLine(const QByteArray& data, qsizetype from)
{
    const char* begin = data.constData();
    qsizetype end = data.size();
    while (end > from) {
#if defined(__GLIBC__)
        const void* found = memrchr(begin + from, '-', size_t(end - from));
#else
        const void* found = nullptr;
        for (qsizetype i = end - 1; i >= from && !found; --i) {
            found = begin[i] == '-' ? begin + i : nullptr;
        }
#endif
        if (!found) {
            return -1;
        }
        const qsizetype at = static_cast<const char*>(found) - begin;
        if (at >= from + 2 && begin[at - 1] == '-' && begin[at - 2] == '\n') {
            return at - 1;
        }
        end = at;
    }
    return -1;
}

QByteArray headerBlockOf(const QByteArray& data)
{
    const qsizetype end = headerEnd(data);
    return end >= 0 ? data.left(end) : data.left(MaxHeaderBlock);
}

} // namespace

QString MimeMessage::readErrorText(const QString& path, const QString& reason)
{
    return tr("Could not read the message file “%1”: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

std::unique_ptr<MimeMessage> MimeMessage::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = readErrorText(path, file.errorString());
        return nullptr;
    }
    // One pass over the file in pieces: the header block for rawHeaders() and the part
    // budget.
    QByteArray head;
    PartBudget budget;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    bool headDone = false;
    bool headComplete = false;
    qint64 n = 0;
    while ((n = file.read(chunk.data(), chunk.size())) > 0) {
        if (!headDone) {
            head.append(chunk.constData(), n);
            headComplete = headerEnd(head) >= 0;
            headDone = headComplete || head.size() >= MaxHeaderBlock;
        }
        if (!budget.feed(chunk.constData(), n)) {
            break;
        }
    }
    GMimeSupport::ensureInitialized();
    // GMime reads from its own descriptor and, with a seekable stream, keeps parts as
    // references into the file instead of copies (g_mime_parser_set_persist_stream).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = readErrorText(path, QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    std::unique_ptr<Private> d = Private::create(g_mime_stream_fs_new(fd), budget.cut());
    d->rawHeaders = headerBlockOf(head);
    d->completeHeader = headComplete;
    return std::unique_ptr<MimeMessage>(new MimeMessage(std::move(d)));
}

std::unique_ptr<MimeMessage> MimeMessage::fromFilePrefix(
    const QString& path, qint64 prefixBytes, bool* truncated, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = readErrorText(path, file.errorString());
        return nullptr;
    }
    // Read straight into the buffer that GMime's memory stream then owns: no copy.
    const qint64 want = qMax<qint64>(0, qMin(prefixBytes, file.size()));
    GByteArray* bytes = g_byte_array_sized_new(guint(want));
    g_byte_array_set_size(bytes, guint(want));
    qint64 got = 0;
    qint64 n = 0;
    while (
        got < want && (n = file.read(reinterpret_cast<char*>(bytes->data) + got, want - got)) > 0) {
        got += n;
    }
    if (n < 0) {
        g_byte_array_unref(bytes);
        *error = readErrorText(path, file.errorString());
        return nullptr;
    }
    const bool cut = file.size() > got;
    if (truncated) {
        *truncated = cut;
    }
    QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char*>(bytes->data), got);
    const qsizetype headEnd = headerEnd(data);
    if (cut && headEnd >= 0) {
        // A part's header block cut in half ("Content-Type: text/pl") would look like an
        // attachment: if the last line that may be a boundary is not followed by a blank line
        // (the end of a header block), end before it; what follows is for AttachmentScan.
        const qsizetype dash = lastDashLine(data, headEnd);
        if (dash >= 0 && data.indexOf("\n\n", dash) < 0 && data.indexOf("\n\r\n", dash) < 0) {
            data.truncate(dash);
        }
    }
    PartBudget budget;
    budget.feed(data.constData(), data.size());
    const QByteArray head = headerBlockOf(data.left(MaxHeaderBlock));
    g_byte_array_set_size(bytes, guint(data.size()));
    GMimeSupport::ensureInitialized();
    std::unique_ptr<Private> d
        = Private::create(g_mime_stream_mem_new_with_byte_array(bytes), budget.cut());
    d->rawHeaders = QByteArray(head.constData(), head.size()); // a copy: bytes belongs to GMime
    d->completeHeader = headEnd >= 0;
    return std::unique_ptr<MimeMessage>(new MimeMessage(std::move(d)));
}

std::unique_ptr<MimeMessage> MimeMessage::fromData(const QByteArray& raw, QString* error)
{
    Q_UNUSED(error)
    GMimeSupport::ensureInitialized();
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size()));
    PartBudget budget;
    budget.feed(raw.constData(), raw.size());
    std::unique_ptr<Private> d = Private::create(stream, budget.cut());
    d->rawHeaders = headerBlockOf(raw.left(MaxHeaderBlock));
    d->completeHeader = headerEnd(raw.left(MaxHeaderBlock)) >= 0;
    return std::unique_ptr<MimeMessage>(new MimeMessage(std::move(d)));
}

} // namespace Postbote
