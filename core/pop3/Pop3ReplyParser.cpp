// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3ReplyParser.h"

#include <cstring>

namespace Postbote {

namespace {

Pop3ReplyParser::Event errorEvent(Pop3ReplyParser::Error error)
{
    Pop3ReplyParser::Event event;
    event.type = Pop3ReplyParser::Event::Type::Error;
    event.error = error;
    return event;
}

} // namespace

Pop3ReplyParser::Pop3ReplyParser(qsizetype chunkSize)
    : m_chunkSize(qMax<qsizetype>(1, chunkSize))
{ }

void Pop3ReplyParser::feed(QByteArrayView bytes)
{
    if (m_error != Error::None || bytes.isEmpty()) {
        return; // a broken stream is never read again; holding its bytes would only cost memory
    }
    compact();
    m_buffer.append(bytes.data(), bytes.size());
}

Pop3ReplyParser::Event Pop3ReplyParser::next()
{
    if (m_error != Error::None) {
        return errorEvent(m_error);
    }
    return m_inMultiline ? nextData() : nextStatus();
}

void Pop3ReplyParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_inMultiline = false;
    m_atLineStart = true;
    m_error = Error::None;
}

Pop3ReplyParser::Event Pop3ReplyParser::nextStatus()
{
    const char* begin = m_buffer.constData() + m_pos;
    const qsizetype available = bufferedBytes();
    // Searching past the limit is pointless: such a line is too long wherever its LF is.
    const qsizetype window = qMin(available, MaxStatusLine);
    const auto* lf = static_cast<const char*>(std::memchr(begin, '\n', size_t(window)));
    if (!lf) {
        if (available >= MaxStatusLine) {
            // RFC 2449 §4: 512 octets including the line end. Without an LF among the first
            // 512 bytes the line cannot fit; fail now instead of buffering a flood.
            m_error = Error::StatusLineTooLong;
            m_buffer.clear(); // a broken stream is never read again
            m_pos = 0;
            return errorEvent(m_error);
        }
        return {};
    }

    const qsizetype lineLength = lf - begin; // without the LF
    QByteArrayView line(begin, lineLength);
    if (line.endsWith('\r')) {
        line.chop(1); // a bare LF is tolerated; a CR before it is part of the line end
    }
    std::optional<Pop3Reply> reply = Pop3Reply::fromStatusLine(line);
    m_pos += lineLength + 1;
    if (!reply) {
        m_error = Error::MalformedStatus;
        m_buffer.clear();
        m_pos = 0;
        return errorEvent(m_error);
    }

    if (reply->status == Pop3Reply::Status::Ok && m_multilineExpected) {
        m_inMultiline = true;
        m_atLineStart = true;
    }
    Event event;
    event.type = Event::Type::Status;
    event.reply = std::move(*reply);
    return event;
}

Pop3ReplyParser::Event Pop3ReplyParser::nextData()
{
    const char* const data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const qsizetype runStart = m_pos;
    qsizetype pos = m_pos;

    // A Data event is one run of bytes straight out of the buffer: no copy and no allocation
    // per chunk. A stuffed dot ends the run before it; the next call skips it.
    bool ended = false;
    while (pos < size && pos - runStart < m_chunkSize) {
        if (m_atLineStart && data[pos] == '.') {
            // RFC 1939 §3: a line of just "." ends the payload; any other line starting with
            // "." had a dot prepended by the server, which is removed here.
            const qsizetype left = size - pos;
            if (left < 2 || (data[pos + 1] == '\r' && left < 3)) {
                break; // look-ahead: not yet known whether this is the terminator
            }
            if (data[pos + 1] == '\n' || (data[pos + 1] == '\r' && data[pos + 2] == '\n')) {
                ended = true;
                break;
            }
            if (pos > runStart) {
                break; // hand out the run first
            }
            m_atLineStart = false;
            m_pos = ++pos;
            return nextData();
        }
        const qsizetype limit = qMin(size - pos, m_chunkSize - (pos - runStart));
        const auto* lf = static_cast<const char*>(std::memchr(data + pos, '\n', size_t(limit)));
        if (lf) {
            pos = (lf - data) + 1;
            m_atLineStart = true;
        } else {
            pos += limit;
            m_atLineStart = false;
        }
    }
    m_pos = pos;

    if (pos > runStart) {
        // The terminator (if seen) is reported on the next call, after all data.
        Event event;
        event.type = Event::Type::Data;
        event.data = QByteArrayView(data + runStart, pos - runStart);
        return event;
    }
    if (ended) {
        m_pos += data[pos + 1] == '\n' ? 2 : 3;
        m_inMultiline = false;
        m_atLineStart = true;
        Event event;
        event.type = Event::Type::End;
        return event;
    }
    return {};
}

void Pop3ReplyParser::compact()
{
    if (m_pos == 0) {
        return;
    }
    if (m_pos == m_buffer.size()) {
        m_buffer.resize(0); // keeps the allocation for the next feed
        m_pos = 0;
    } else if (m_pos * 2 >= m_buffer.size()) {
        // Only once the consumed prefix outweighs the rest, so each byte moves O(1) times.
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

} // namespace Postbote
