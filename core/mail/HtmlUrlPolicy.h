// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Postbote {

/// Which URLs a sanitized message may keep, for links and for resources the view would
/// load (img src, background, CSS url()).
///
/// Resources:
/// - "cid:" (RFC 2392) is kept: the view serves it from the message itself.
/// - "data:image/png|gif|jpeg|webp|bmp" is kept: it is inside the message, loads nothing
///   from the network and cannot run code. Other data: URLs (text/html, image/svg+xml, …)
///   are removed.
/// - http, https, ftp and protocol-relative "//host/…" (taken as https) are remote: blocked
///   unless remote content is allowed for the message, since loading them tells the sender
///   that and when the message was read.
/// - Everything else (javascript:, vbscript:, file:, other schemes, and relative paths,
///   which QTextBrowser would resolve against the local file system) is removed.
/// Links (<a href>): http, https, ftp, mailto and "#fragment" are kept, the rest removed.
///
/// Before judging, the value must have its character references decoded; clean() then
/// drops what browsers ignore in URLs (tab, CR, LF anywhere; C0 controls and spaces at the
/// ends), so "java&#10;script:" and " javascript:" are recognised.
class HtmlUrlPolicy
{
public:
    enum class Verdict { Keep, BlockedRemote, Removed };
    struct Result
    {
        Verdict verdict = Verdict::Removed;
        /// The cleaned URL to write (Keep) or to report (BlockedRemote).
        QString url;
    };

    static QString clean(QStringView decoded);
    /// The lower-case scheme of a cleaned URL (RFC 3986 §3.1), or empty if there is none.
    static QString scheme(QStringView cleaned);

    static Result resource(QStringView decoded, bool allowRemote);
    static Result link(QStringView decoded);
};

} // namespace Postbote
