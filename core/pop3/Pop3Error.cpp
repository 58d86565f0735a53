// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Error.h"

namespace Postbote {

Pop3Error::Pop3Error(
    Kind kind, const QString& message, const QByteArray& serverText, const QByteArray& responseCode)
    : m_kind(kind)
    , m_message(message)
    , m_serverText(QString::fromUtf8(serverText))
    , m_responseCode(responseCode)
{ }

QString Pop3Error::toString() const
{
    if (m_serverText.isEmpty()) {
        return m_message;
    }
    return tr("%1 The server said: “%2”").arg(m_message, m_serverText);
}

void Pop3Error::setCertificateProblem(
    const QList<QSslError>& errors, const QList<QSslCertificate>& chain)
{
    m_sslErrors = errors;
    m_chain = chain;
}

QString Pop3Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return tr("no error");
    case Kind::Network:
        return tr("network error");
    case Kind::Timeout:
        return tr("timeout");
    case Kind::Tls:
        return tr("TLS error");
    case Kind::SecurityRefusal:
        return tr("security refusal");
    case Kind::Authentication:
        return tr("authentication failed");
    case Kind::Server:
        return tr("server error");
    case Kind::Protocol:
        return tr("protocol error");
    case Kind::Storage:
        return tr("storage error");
    case Kind::Cancelled:
        return tr("cancelled");
    }
    return {};
}

} // namespace Postbote
