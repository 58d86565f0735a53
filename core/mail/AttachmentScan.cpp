// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/AttachmentScan.h"

#include "mail/MimeParameters.h"

#include <QList>

#include <cstring>

namespace Postbote {

namespace {

bool isNestedMessage(const QByteArray& type)
{
    return type == "message/rfc822" || type == "message/global" || type == "message/news";
}

bool isSignature(const QByteArray& type)
{
    return type == "application/pgp-signature" || type == "application/pkcs7-signature"
        || type == "application/x-pkcs7-signature";
}

} // namespace

void AttachmentScan::addMultipart(const QByteArray& boundary, const QByteArray& type)
{
    if (!boundary.isEmpty()) {
        m_multiparts.insert(boundary, type);
    }
}

bool AttachmentScan::feed(QByteArrayView data)
{
    const char* p = data.data();
    const qsizetype size = data.size();
    qsizetype pos = 0;
    while (pos < size && !m_found && !m_needsFullParse) {
        const void* lf = std::memchr(p + pos, '\n', size_t(size - pos));
        const qsizetype end = lf ? static_cast<const char*>(lf) - p : size;
        const QByteArrayView piece(p + pos, end - pos);
        if (lf && m_line.isEmpty() && !m_lineTooLong) {
            // A whole line: in a part's content only a boundary line ("--…") matters, and
            // most lines are skipped without a copy.
            if (m_state == State::Headers || piece.startsWith("--")) {
                onLine(piece);
            }
            pos = end + 1;
            continue;
        }
        // A line split across two feeds, kept up to the longest line that matters.
        if (!m_lineTooLong) {
            if (m_line.size() + piece.size() > MaxLine) {
                m_lineTooLong = true;
                m_line.clear();
            } else {
                m_line.append(piece.data(), piece.size());
            }
        }
        if (!lf) {
            break;
        }
        if (!m_lineTooLong) {
            onLine(m_line);
        } else if (m_state == State::Headers) {
            // A header line this long cannot be read here; the parser must decide.
            m_needsFullParse = true;
        }
        m_line.clear();
        m_lineTooLong = false;
        pos = end + 1;
    }
    return !m_found && !m_needsFullParse;
}

void AttachmentScan::onLine(QByteArrayView line)
{
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (m_state == State::Headers) {
        if (line.isEmpty()) {
            classifyPart();
            m_state = State::Body;
            m_headers.clear();
            return;
        }
        if (m_headers.size() + line.size() + 1 > MaxHeaderBlock) {
            m_needsFullParse = true;
            return;
        }
        m_headers.append(line.data(), line.size()).append('\n');
        return;
    }
    if (!line.startsWith("--")) {
        return;
    }
    // "--" boundary, then transport padding (RFC 2046 §5.1.1). A close delimiter
    // ("--" boundary "--") matches no boundary and ends nothing here: the outer multipart's
    // next boundary line comes after its epilogue.
    QByteArrayView candidate = line.sliced(2);
    while (!candidate.isEmpty() && (candidate.back() == ' ' || candidate.back() == '\t')) {
        candidate.chop(1);
    }
    const auto it = m_multiparts.constFind(candidate.toByteArray());
    if (it != m_multiparts.cend()) {
        m_parentType = it.value();
        m_state = State::Headers;
        m_headers.clear();
    }
}

void AttachmentScan::classifyPart()
{
    // Unfold (RFC 5322 §2.2.3) and keep the two fields that decide.
    QByteArray contentType;
    QByteArray disposition;
    QByteArray* current = nullptr;
    const QList<QByteArray> lines = m_headers.split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty()) {
            continue;
        }
        if (line.front() == ' ' || line.front() == '\t') {
            if (current) {
                current->append(line);
            }
            continue;
        }
        current = nullptr;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "content-type") {
            contentType = line.mid(colon + 1);
            current = &contentType;
        } else if (name == "content-disposition") {
            disposition = line.mid(colon + 1);
            current = &disposition;
        }
    }
    const MimeParameters typeField = MimeParameters::parse(contentType);
    QByteArray type = typeField.value();
    if (type.isEmpty()) {
        // RFC 2046 §5.1.5: in a digest the default is a message; elsewhere plain text
        // (RFC 2045 §5.2).
        type = m_parentType == "multipart/digest" ? QByteArray("message/rfc822")
                                                  : QByteArray("text/plain");
    }
    const bool attachment = MimeParameters::parse(disposition).value() == "attachment";
    if (type.startsWith("multipart/")) {
        addMultipart(typeField.parameter("boundary").toUtf8(), type);
        return;
    }
    if (isNestedMessage(type)) {
        // An attached message counts; an inline one shows its own parts, which only its
        // headers and structure can tell.
        (attachment ? m_found : m_needsFullParse) = true;
        return;
    }
    if ((type == "text/plain" || type == "text/html") && !attachment) {
        return; // body text
    }
    if (m_parentType == "multipart/related" && !attachment) {
        return; // an image of the HTML text
    }
    if (m_parentType == "multipart/signed" && isSignature(type)) {
        return;
    }
    m_found = true;
}

} // namespace Postbote
