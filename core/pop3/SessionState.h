// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Postbote {

/// Where a Pop3Session stands. Authorization, Transaction and Update are the states of
/// RFC 1939 §3; the others name the steps around them so a classroom can watch them.
enum class SessionState {
    Disconnected,
    Connecting,
    TlsHandshake, ///< implicit TLS, before the greeting
    Greeting,
    Capabilities,
    StartTls,                    ///< STLS sent, or its handshake running
    AwaitingCertificateDecision, ///< connection closed, waiting for accept/reject
    Authorization,               ///< logging in
    Transaction,
    Update, ///< QUIT sent: the server commits deletions (RFC 1939 §6)
    Closed,
    Failed,
};

/// A translated name for logs and the sequence diagram.
QString sessionStateName(SessionState state);

} // namespace Postbote

Q_DECLARE_METATYPE(Postbote::SessionState)
