// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionHarness.h"

#include "DovecotFixture.h"

#include <QEventLoop>
#include <QTimer>

namespace Postbote::Test {

SessionOptions SessionHarness::options(const DovecotFixture& fixture, Security security,
    AuthMethod auth, const QString& host, bool trustTestCa)
{
    SessionOptions o;
    o.host = host;
    o.port = security == Security::ImplicitTls ? fixture.pop3sPort() : fixture.pop3Port();
    o.security = security;
    o.user = user();
    o.password = password();
    o.auth = auth;
    if (trustTestCa) {
        o.caCertificates = fixture.caCertificates();
    }
    o.timeouts.connectMs = 10000;
    o.timeouts.handshakeMs = 10000;
    o.timeouts.replyMs = 20000;
    return o;
}

SessionHarness::SessionHarness(const SessionOptions& options, QObject* parent)
    : QObject(parent)
    , m_session(&m_transport, options)
{
    connect(&m_session, &Pop3Session::ready, this, [this] {
        m_ready = true;
        check();
    });
    connect(&m_session, &Pop3Session::failed, this, [this] {
        m_failed = true;
        check();
    });
    connect(&m_session, &Pop3Session::finished, this, [this] {
        m_finished = true;
        check();
    });
    connect(&m_session, &Pop3Session::replyReceived, this,
        [this](Pop3Session::CommandId id, const Pop3Reply& reply) {
            m_replies.insert(id, reply);
            check();
        });
    connect(&m_session, &Pop3Session::traffic, this,
        [this](const ProtocolEvent& event) { m_traffic.append(event); });
}

void SessionHarness::check()
{
    if (m_check) {
        m_check();
    }
}

bool SessionHarness::openAndWait(int timeoutMs)
{
    m_session.open();
    return waitForOutcome(timeoutMs);
}

bool SessionHarness::waitForOutcome(int timeoutMs)
{
    waitUntil([this] { return m_ready || m_failed; }, timeoutMs);
    return m_ready && !m_failed;
}

bool SessionHarness::quitAndWait(int timeoutMs)
{
    m_session.quit();
    waitUntil([this] { return m_finished || m_failed; }, timeoutMs);
    return m_finished;
}

bool SessionHarness::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    m_check = [&] {
        if (done()) {
            loop.quit();
        }
    };
    timer.start(timeoutMs);
    loop.exec();
    m_check = nullptr;
    return done();
}

QStringList SessionHarness::sentCommands() const
{
    QStringList lines;
    for (const ProtocolEvent& event : m_traffic) {
        if (event.direction == ProtocolEvent::Direction::Client) {
            lines.append(event.text);
        }
    }
    return lines;
}

int SessionHarness::countSent(const QString& verb) const
{
    int count = 0;
    const QStringList lines = sentCommands();
    for (const QString& line : lines) {
        if (line == verb || line.startsWith(verb + QLatin1Char(' '))) {
            ++count;
        }
    }
    return count;
}

bool SessionHarness::sentCredentials() const
{
    return countSent(QStringLiteral("USER")) + countSent(QStringLiteral("PASS"))
        + countSent(QStringLiteral("APOP")) + countSent(QStringLiteral("AUTH"))
        > 0;
}

QString SessionHarness::trafficText() const
{
    QStringList lines;
    for (const ProtocolEvent& event : m_traffic) {
        lines.append(event.toPlainText(false));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray SessionHarness::diagnostics() const
{
    return (QStringLiteral("error: %1 (%2)\ntraffic:\n%3")
                .arg(m_session.error().toString(), Pop3Error::kindName(m_session.error().kind()),
                    trafficText()))
        .toUtf8();
}

} // namespace Postbote::Test
