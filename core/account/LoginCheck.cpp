// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/LoginCheck.h"

#include "net/SslSocketTransport.h"
#include "pop3/Pop3Session.h"

namespace Postbote {

LoginCheck::LoginCheck(const SessionOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{ }

LoginCheck::~LoginCheck()
{
    m_session.reset(); // before the transport it uses
}

void LoginCheck::start()
{
    m_transport = std::make_unique<SslSocketTransport>();
    m_session = std::make_unique<Pop3Session>(m_transport.get(), m_options);
    m_options.password.fill(QLatin1Char('\0'));
    m_options.password.clear();
    connect(m_session.get(), &Pop3Session::traffic, this, &LoginCheck::traffic);
    connect(m_session.get(), &Pop3Session::ready, this, [this] {
        m_loggedIn = true;
        m_session->quit();
    });
    connect(m_session.get(), &Pop3Session::finished, this, [this] { done(Pop3Error()); });
    connect(m_session.get(), &Pop3Session::failed, this, &LoginCheck::done);
    m_session->open();
}

void LoginCheck::done(const Pop3Error& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT finished(error);
}

} // namespace Postbote
