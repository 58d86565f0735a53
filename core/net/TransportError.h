// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Postbote {

/// Why a transport gave up. The session turns it into a Pop3Error.
struct TransportError
{
    enum class Kind {
        Network,     ///< host not found, refused, reset, unreachable
        Timeout,     ///< connect or TLS handshake took too long
        Tls,         ///< the handshake failed for a reason other than the certificate
        Certificate, ///< the certificate is not trusted and no exception excuses it
    };
    Kind kind = Kind::Network;
    /// The system's description, e.g. QAbstractSocket::errorString(); not translated by us.
    QString detail;
    /// For Certificate: what was wrong, and the chain the server presented (leaf first).
    QList<QSslError> sslErrors;
    QList<QSslCertificate> chain;
};

} // namespace Postbote

Q_DECLARE_METATYPE(Postbote::TransportError)
