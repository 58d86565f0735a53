// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QLabel;
class QPushButton;

namespace Postbote {

/// Asks whether to trust a server certificate that failed verification: who it names
/// (subject, issuer), how long it is valid, its SHA-256 fingerprint to compare out of band,
/// and what is wrong with it in plain words. Rejecting is the default and what Escape does:
/// nothing was sent to the server yet (the session stops at the handshake), and nothing is.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision {
        Reject,       ///< do not connect
        AcceptOnce,   ///< connect this one time; the next fetch asks again
        AcceptAlways, ///< store an exception for this account and this exact certificate
    };
    Q_ENUM(Decision)

    /// \a errors are those of the handshake; the certificate shown is the first one they name
    /// (CertificatePolicy::Pending::primary()), else the first of \a chain.
    CertificateDialog(const QString& accountName, const QString& host,
        const QList<QSslCertificate>& chain, const QList<QSslError>& errors,
        QWidget* parent = nullptr);
    ~CertificateDialog() override;

    Decision decision() const { return m_decision; }
    QSslCertificate certificate() const { return m_certificate; }

    /// One translated sentence for \a error, for people who do not know X.509.
    static QString describeError(QSslError::SslError error);
    /// The certificate the dialog is about: the first one \a errors name, else the leaf.
    static QSslCertificate primaryCertificate(
        const QList<QSslCertificate>& chain, const QList<QSslError>& errors);

private:
    void decide(Decision decision);

    QSslCertificate m_certificate;
    Decision m_decision = Decision::Reject;
};

} // namespace Postbote
