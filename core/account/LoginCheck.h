// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/Pop3Error.h"
#include "pop3/SessionOptions.h"
#include "trace/ProtocolEvent.h"

#include <QObject>
#include <memory>

namespace Postbote {

class Pop3Session;
class SslSocketTransport;

/// Logs in once and leaves with QUIT, touching no message: how a password the user just
/// typed proves that it works before CredentialStore::rememberAfterLogin() keeps it.
class LoginCheck : public QObject
{
    Q_OBJECT

public:
    explicit LoginCheck(const SessionOptions& options, QObject* parent = nullptr);
    ~LoginCheck() override;

    void start();
    /// True once the server accepted the login (RFC 1939 §4: the Transaction state).
    bool loggedIn() const { return m_loggedIn; }

Q_SIGNALS:
    /// \a error is None if the login worked and the session ended cleanly; a failure after
    /// the login (e.g. the connection dropped at QUIT) still has loggedIn() true.
    void finished(const Postbote::Pop3Error& error);
    void traffic(const Postbote::ProtocolEvent& event);

private:
    void done(const Pop3Error& error);

    SessionOptions m_options;
    std::unique_ptr<SslSocketTransport> m_transport;
    std::unique_ptr<Pop3Session> m_session;
    bool m_loggedIn = false;
    bool m_done = false;
};

} // namespace Postbote
