// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/MessageWriter.h"

#include <QDir>

#include <cstring>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <unistd.h>
#endif

namespace Postbote {

namespace {
// Converted bytes are collected up to this size and then written with one call.
constexpr qsizetype kWriteThreshold = 64 * 1024;
} // namespace

MessageWriter::MessageWriter(
    const Maildir& maildir, const QString& account, const QByteArray& uidl, bool partial)
    : m_maildir(maildir)
    , m_account(account)
    , m_uidl(uidl)
    , m_partial(partial)
    , m_name(MaildirFileName::create(account, uidl, partial))
{
    QString error;
    if (!m_maildir.createTemporaryFile(&m_name, &m_file, &error)) {
        m_state = State::Failed;
        m_error = error;
        m_diskFull = m_file.error() == QFileDevice::ResourceError;
        if (m_diskFull) {
            m_error = diskFullText();
        }
    }
}

MessageWriter::~MessageWriter()
{
    if (m_state == State::Writing) {
        discard();
    }
}

bool MessageWriter::writeData(QByteArrayView chunk)
{
    if (m_state != State::Writing) {
        return false;
    }
    m_received += chunk.size();
    if (chunk.isEmpty()) {
        return true;
    }
    // Turn CRLF into LF. A CR at the end of a chunk waits for the next one: only then is it
    // known whether it was the first half of a line end split by the transport.
    const qsizetype start = m_out.size();
    m_out.reserve(start + chunk.size() + 1);
    const char* data = chunk.data();
    const qsizetype size = chunk.size();
    qsizetype i = 0;
    if (m_pendingCr) {
        m_pendingCr = false;
        if (data[0] == '\n') {
            m_out.append('\n');
            ++i;
        } else {
            m_out.append('\r');
        }
    }
    while (i < size) {
        const void* found = std::memchr(data + i, '\r', size_t(size - i));
        if (!found) {
            m_out.append(data + i, size - i);
            break;
        }
        const qsizetype cr = static_cast<const char*>(found) - data;
        m_out.append(data + i, cr - i);
        if (cr + 1 == size) {
            m_pendingCr = true;
            break;
        }
        if (data[cr + 1] == '\n') {
            m_out.append('\n');
            i = cr + 2;
        } else {
            m_out.append('\r');
            i = cr + 1;
        }
    }
    return stored(start);
}

bool MessageWriter::finish()
{
    if (m_state != State::Writing) {
        return false;
    }
    // A CR that ended the payload was not half of a CRLF; it is part of the message.
    if (m_pendingCr) {
        m_pendingCr = false;
        const qsizetype start = m_out.size();
        m_out.append('\r');
        if (!stored(start)) {
            return false;
        }
    }
    if (!flushOut()) {
        return false;
    }
    m_file.close();
    m_sha256 = m_hash.result();

    if (m_duplicateCheck && m_duplicateCheck(*this)) {
        m_duplicate = true;
        dropFile();
        m_state = State::Finished;
        return true;
    }

    m_deliveredName = m_name.withSize(m_written);
    QString error;
    if (!m_maildir.deliver(m_name, &m_deliveredName, &error)) {
        return fail(error, false);
    }
    m_relativePath = Maildir::newRelativePath(m_deliveredName);
    m_state = State::Finished;
    if (m_delivered) {
        m_delivered(record());
    }
    return true;
}

void MessageWriter::discard()
{
    if (m_state != State::Writing) {
        return;
    }
    dropFile();
    m_state = State::Discarded;
}

ArchiveRecord MessageWriter::record() const
{
    ArchiveRecord record;
    record.account = m_account;
    record.uidl = m_uidl;
    record.fileName = m_relativePath;
    record.size = m_written;
    record.received = m_deliveredName.deliveryTime();
    record.sha256 = m_sha256;
    record.partial = m_partial;
    return record;
}

bool MessageWriter::stored(qsizetype start)
{
    const QByteArrayView added = QByteArrayView(m_out).sliced(start);
    if (m_budget && *m_budget < added.size()) {
        return fail(diskFullText(), true);
    }
    m_hash.addData(added);
    m_written += added.size();
    if (m_budget) {
        *m_budget -= added.size();
    }
    return m_out.size() < kWriteThreshold || flushOut();
}

bool MessageWriter::flushOut()
{
    const char* data = m_out.constData();
    qsizetype left = m_out.size();
#if defined(Q_OS_UNIX)
    // write(2) directly: QFile forgets errno on a short write, and ENOSPC must be told apart.
    const int fd = m_file.handle();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            const int error = errno;
            if (error == EINTR) {
                continue;
            }
            if (error == ENOSPC || error == EDQUOT) {
                return fail(diskFullText(), true);
            }
            return fail(writeErrorText(QString::fromLocal8Bit(std::strerror(error))), false);
        }
        data += n;
        left -= n;
    }
#else
    if (left > 0 && m_file.write(data, left) != left) {
        if (m_file.error() == QFileDevice::ResourceError) {
            return fail(diskFullText(), true);
        }
        return fail(writeErrorText(m_file.errorString()), false);
    }
#endif
    m_out.resize(0); // keeps the capacity for the next round
    return true;
}

QString MessageWriter::writeErrorText(const QString& reason) const
{
    return tr("Could not store a message in the archive “%1”: %2. The message stays on the "
              "server; check the archive folder and fetch again.")
        .arg(QDir::toNativeSeparators(m_maildir.root()), reason);
}

bool MessageWriter::fail(const QString& error, bool diskFull)
{
    m_diskFull = diskFull;
    m_error = error;
    dropFile();
    m_state = State::Failed;
    return false;
}

void MessageWriter::dropFile()
{
    // A partial file must not linger: tmp/ is no mailbox, but it would take the space up.
    m_out.clear();
    m_file.close();
    QFile::remove(m_maildir.absolutePath(Maildir::temporaryRelativePath(m_name)));
    if (m_budget) {
        *m_budget += m_written;
    }
}

QString MessageWriter::diskFullText() const
{
    return tr("The disk that holds the archive “%1” is full. Free some space and fetch again; "
              "the message stays on the server until it is stored.")
        .arg(QDir::toNativeSeparators(m_maildir.root()));
}

} // namespace Postbote
