// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Postbote {

/// The timestamp of an APOP-capable greeting: the "<...>" part (RFC 1939 §7), brackets
/// included; empty if the greeting has none or it is malformed.
QByteArray apopTimestamp(QByteArrayView greetingText);

/// The APOP digest: lowercase hex MD5 of the timestamp followed by the shared secret
/// (RFC 1939 §7), the secret encoded as UTF-8.
QByteArray apopDigest(QByteArrayView timestamp, const QString& secret);

} // namespace Postbote
