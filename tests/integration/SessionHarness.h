// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/SslSocketTransport.h"
#include "pop3/Pop3Session.h"
#include "trace/ProtocolEvent.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>

namespace Postbote::Test {

class DovecotFixture;

/// A Pop3Session over a real SslSocketTransport, with the waits an integration test needs:
/// it records the session's traffic and outcome so a test can run the event loop until
/// something happened (bounded) and then look at what was sent.
class SessionHarness : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 20000;
    static QString password() { return QStringLiteral("Tr0ub4dor&3"); }
    static QString user() { return QStringLiteral("alice"); }

    /// Options for the fixture's server: the POP3S port for implicit TLS, the POP3 port
    /// otherwise; the fixture's CA is trusted unless \a trustTestCa is false.
    static SessionOptions options(const DovecotFixture& fixture, Security security, AuthMethod auth,
        const QString& host = QStringLiteral("localhost"), bool trustTestCa = true);

    explicit SessionHarness(const SessionOptions& options, QObject* parent = nullptr);

    Pop3Session& session() { return m_session; }
    SslSocketTransport& transport() { return m_transport; }

    /// Opens the session and waits for ready() or failed(); true if logged in.
    bool openAndWait(int timeoutMs = DefaultTimeoutMs);
    /// Waits for ready() or failed() of an already opened session; true if logged in.
    bool waitForOutcome(int timeoutMs = DefaultTimeoutMs);
    /// Sends QUIT and waits for finished(); true if the server acknowledged it.
    bool quitAndWait(int timeoutMs = DefaultTimeoutMs);
    /// Runs the event loop until \a done holds (checked after every session signal) or the
    /// time is up; returns \a done(). Unlike QTest::qWaitFor it does not sleep between
    /// checks, so a dialogue of many round trips runs at full speed.
    bool waitUntil(const std::function<bool()>& done, int timeoutMs = DefaultTimeoutMs);

    /// Replies to transaction commands, by the id enqueue() returned.
    bool hasReply(Pop3Session::CommandId id) const { return m_replies.contains(id); }
    Pop3Reply reply(Pop3Session::CommandId id) const { return m_replies.value(id); }

    bool isReady() const { return m_ready; }
    bool hasFailed() const { return m_failed; }
    bool isFinished() const { return m_finished; }
    Pop3Error error() const { return m_session.error(); }

    /// The command lines the client sent, as traced (secrets masked).
    QStringList sentCommands() const;
    /// How many sent command lines begin with \a verb ("CAPA", "AUTH" …).
    int countSent(const QString& verb) const;
    /// True if any credential left the client: USER, PASS, APOP or AUTH.
    bool sentCredentials() const;
    /// The whole traffic as text, for failure messages.
    QString trafficText() const;
    /// The error and the traffic, for QVERIFY2.
    QByteArray diagnostics() const;

private:
    void check();

    SslSocketTransport m_transport;
    Pop3Session m_session;
    QList<ProtocolEvent> m_traffic;
    QHash<Pop3Session::CommandId, Pop3Reply> m_replies;
    std::function<void()> m_check;
    bool m_ready = false;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace Postbote::Test
