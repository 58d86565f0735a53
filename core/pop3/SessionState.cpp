// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/SessionState.h"

#include <QCoreApplication>

namespace Postbote {

QString sessionStateName(SessionState state)
{
    const char* context = "Postbote::SessionState";
    switch (state) {
    case SessionState::Disconnected:
        return QCoreApplication::translate(context, "disconnected");
    case SessionState::Connecting:
        return QCoreApplication::translate(context, "connecting");
    case SessionState::TlsHandshake:
        return QCoreApplication::translate(context, "TLS handshake");
    case SessionState::Greeting:
        return QCoreApplication::translate(context, "waiting for the greeting");
    case SessionState::Capabilities:
        return QCoreApplication::translate(context, "asking for capabilities");
    case SessionState::StartTls:
        return QCoreApplication::translate(context, "switching to TLS (STLS)");
    case SessionState::AwaitingCertificateDecision:
        return QCoreApplication::translate(context, "waiting for a certificate decision");
    case SessionState::Authorization:
        return QCoreApplication::translate(context, "AUTHORIZATION: logging in");
    case SessionState::Transaction:
        return QCoreApplication::translate(context, "TRANSACTION");
    case SessionState::Update:
        return QCoreApplication::translate(context, "UPDATE: committing deletions");
    case SessionState::Closed:
        return QCoreApplication::translate(context, "closed");
    case SessionState::Failed:
        return QCoreApplication::translate(context, "failed");
    }
    return {};
}

} // namespace Postbote
