// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CertificateException.h"

#include <QCryptographicHash>

namespace Postbote {

QByteArray CertificateException::digestOf(const QSslCertificate& certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

CertificateException CertificateException::fromErrors(
    const QSslCertificate& certificate, const QList<QSslError>& errors)
{
    CertificateException exception;
    exception.sha256 = digestOf(certificate);
    exception.acceptedAt = QDateTime::currentDateTimeUtc();
    for (const QSslError& error : errors) {
        if (!exception.errors.contains(error.error())) {
            exception.errors.append(error.error());
        }
    }
    return exception;
}

bool CertificateException::excuses(const QSslError& error) const
{
    // An error that names no certificate (e.g. NoPeerCertificate) can never be excused:
    // there is nothing to pin the decision to.
    if (error.certificate().isNull() || sha256.isEmpty()) {
        return false;
    }
    return errors.contains(error.error()) && digestOf(error.certificate()) == sha256;
}

bool allExcused(const QList<QSslError>& errors, const QList<CertificateException>& exceptions)
{
    if (errors.isEmpty()) {
        return true;
    }
    for (const QSslError& error : errors) {
        bool excused = false;
        for (const CertificateException& exception : exceptions) {
            if (exception.excuses(error)) {
                excused = true;
                break;
            }
        }
        if (!excused) {
            return false;
        }
    }
    return true;
}

} // namespace Postbote
