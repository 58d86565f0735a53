// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/CertificateException.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <optional>

class QSettings;

namespace Postbote {

/// The certificates one account's user accepted despite their errors, persisted beside the
/// account in QSettings ("accounts/<id>/certificates/<sha256 hex>/…"). Each entry pins one
/// exact certificate (SHA-256 of its DER) and only the errors the user saw, so a different
/// certificate for the same host — a renewal or an impostor — needs a new decision.
///
/// A certificate that was refused is kept as the account's *pending* decision
/// ("accounts/<id>/pendingCertificate/…": the certificates in PEM, the errors, the host), so
/// that a later step — `postbote-cli account trust NAME SHA256`, or a dialog — can accept
/// exactly what the server showed, confirmed by its fingerprint. Certificates are public;
/// nothing secret is stored.
class CertificatePolicy
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::CertificatePolicy)

public:
    struct Entry
    {
        QSslCertificate certificate; ///< may be null for entries stored without it
        QByteArray sha256;           ///< raw digest, 32 bytes
        QList<QSslError::SslError> errors;
        QDateTime acceptedAt; ///< UTC
        QString host;         ///< the server it was shown for
        QString subject;      ///< for display
        QString issuer;

        CertificateException toException() const { return {sha256, errors, acceptedAt}; }
    };

    /// A refused certificate decision: the certificates the errors name, with their errors.
    struct Pending
    {
        QString host;
        QDateTime seenAt;
        QList<QSslCertificate> chain; ///< as the server sent it, leaf first
        QList<QSslError> errors;
        /// The certificate the user confirms by fingerprint: the first one an error names
        /// (the server's own certificate in every case Qt reports).
        QSslCertificate primary() const;
    };

    /// \a settings must outlive the policy.
    CertificatePolicy(QSettings* settings, const QString& accountId);

    QList<Entry> entries() const;
    /// What SessionOptions::certificateExceptions needs.
    QList<CertificateException> exceptions() const;
    /// True if every error is excused by an accepted certificate.
    bool excuses(const QList<QSslError>& errors) const;

    /// Accepts the certificates that \a errors name, each for exactly its errors (the same
    /// decision Pop3Session::acceptCertificate() takes). Returns false if an error names no
    /// certificate (such an error cannot be pinned and so cannot be accepted).
    bool accept(const QList<QSslError>& errors, const QString& host);
    /// Removes the exception for \a sha256; false if there was none.
    bool remove(const QByteArray& sha256);
    /// Removes all exceptions and the pending decision.
    void clear();

    void setPending(
        const QString& host, const QList<QSslCertificate>& chain, const QList<QSslError>& errors);
    std::optional<Pending> pending() const;
    void clearPending();
    /// Accepts the pending decision if \a sha256 is the fingerprint of its primary
    /// certificate; else returns false and sets \a error to a translated sentence.
    bool acceptPending(const QByteArray& sha256, QString* error = nullptr);

    /// Reads a SHA-256 fingerprint as people copy it: 64 hex digits, with or without colons
    /// or spaces, any case, optionally prefixed "SHA256:" — or nothing if it is not one.
    static std::optional<QByteArray> parseFingerprint(const QString& text);
    /// "AB:CD:…", the form openssl and browsers show.
    static QString formatFingerprint(const QByteArray& sha256);
    /// Translated lines for the user to compare: subject, issuer, validity and SHA-256.
    static QString describe(const QSslCertificate& certificate);
    /// A one-line name for a certificate's subject or issuer ("CN=…, O=…").
    static QString distinguishedName(const QSslCertificate& certificate, bool issuer);

private:
    QString group() const;
    void writeEntry(const Entry& entry);

    QSettings* m_settings;
    QString m_accountId;
};

} // namespace Postbote
