// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace Postbote {

/// Finds out whether a message holds an attachment without parsing its parts: it looks for
/// the boundary lines of the message's multiparts (RFC 2046 §5.1.1) and reads only the header
/// block after each. MessageSummaryReader uses it for the part of a large message that its
/// prefix parse did not reach, so that the summary of a 20 MB message costs a scan, not a
/// parse.
///
/// The rules are MimeMessage::hasAttachments()': a part counts unless it is body text
/// (text/plain or text/html without Content-Disposition: attachment), an inline part of
/// multipart/related (RFC 2387), or the signature of multipart/signed (RFC 1847 §2.1). A
/// nested multipart's boundary joins the search. A nested message (message/rfc822) that is
/// not an attachment itself would need its own headers parsed: the scan then gives up
/// (needsFullParse()) and the caller parses the whole message. Memory is bounded: one line
/// of at most MaxLine bytes and one header block of at most MaxHeaderBlock bytes.
class AttachmentScan
{
public:
    static constexpr qsizetype MaxLine = 1000; ///< RFC 5322 §2.1.1: 998 + CRLF
    static constexpr qsizetype MaxHeaderBlock = 64 * 1024;

    /// A multipart whose boundary lines the scan looks for; type as "multipart/mixed".
    void addMultipart(const QByteArray& boundary, const QByteArray& type);
    bool hasMultiparts() const { return !m_multiparts.isEmpty(); }

    /// Feeds the next bytes of the message (LF or CRLF line ends), from a line start on.
    /// Returns false once the answer is known: found() or needsFullParse().
    bool feed(QByteArrayView data);

    bool found() const { return m_found; }
    bool needsFullParse() const { return m_needsFullParse; }

private:
    void onLine(QByteArrayView line);
    void classifyPart();

    enum class State { Body, Headers };
    State m_state = State::Body;
    QHash<QByteArray, QByteArray> m_multiparts; ///< boundary → multipart type
    QByteArray m_line;                          ///< a line split across two feeds
    bool m_lineStart = true;
    bool m_lineTooLong = false;
    QByteArray m_headers;
    QByteArray m_parentType;
    bool m_found = false;
    bool m_needsFullParse = false;
};

} // namespace Postbote
