// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace Postbote {

/// A certificate the user accepted despite its errors: that exact certificate (SHA-256 of its
/// DER encoding) and only the errors the user saw. A different certificate, or a new kind of
/// error for the same one, needs a new decision.
struct CertificateException
{
    QByteArray sha256; ///< raw digest, 32 bytes
    QList<QSslError::SslError> errors;
    QDateTime acceptedAt;

    static QByteArray digestOf(const QSslCertificate& certificate);
    /// The exception that excuses exactly \a errors for the certificate they concern.
    static CertificateException fromErrors(
        const QSslCertificate& certificate, const QList<QSslError>& errors);
    /// True if this exception covers \a error (its certificate and its kind).
    bool excuses(const QSslError& error) const;
};

/// True if every error in \a errors is excused by one of \a exceptions.
bool allExcused(const QList<QSslError>& errors, const QList<CertificateException>& exceptions);

} // namespace Postbote
