// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/SessionState.h"

#include <QCoreApplication>

namespace Postbote {

namespace {
// Gives lupdate a literal context for the free function below.
struct SessionStateNames
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::SessionState)
};
} // namespace

QString sessionStateName(SessionState state)
{
    switch (state) {
    case SessionState::Disconnected:
        return SessionStateNames::tr("disconnected");
    case SessionState::Connecting:
        return SessionStateNames::tr("connecting");
    case SessionState::TlsHandshake:
        return SessionStateNames::tr("TLS handshake");
    case SessionState::Greeting:
        return SessionStateNames::tr("waiting for the greeting");
    case SessionState::Capabilities:
        return SessionStateNames::tr("asking for capabilities");
    case SessionState::StartTls:
        return SessionStateNames::tr("switching to TLS (STLS)");
    case SessionState::AwaitingCertificateDecision:
        return SessionStateNames::tr("waiting for a certificate decision");
    case SessionState::Authorization:
        return SessionStateNames::tr("AUTHORIZATION: logging in");
    case SessionState::Transaction:
        return SessionStateNames::tr("TRANSACTION");
    case SessionState::Update:
        return SessionStateNames::tr("UPDATE: committing deletions");
    case SessionState::Closed:
        return SessionStateNames::tr("closed");
    case SessionState::Failed:
        return SessionStateNames::tr("failed");
    }
    return {};
}

} // namespace Postbote
