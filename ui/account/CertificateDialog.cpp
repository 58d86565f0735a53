// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateDialog.h"

#include "account/CertificatePolicy.h"
#include "net/CertificateException.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Postbote {

namespace {

QLabel* valueLabel(const QString& text, const QString& name)
{
    auto* label = new QLabel(text);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString dateText(const QDateTime& when)
{
    if (!when.isValid()) {
        return CertificateDialog::tr("unknown");
    }
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace

QSslCertificate CertificateDialog::primaryCertificate(
    const QList<QSslCertificate>& chain, const QList<QSslError>& errors)
{
    CertificatePolicy::Pending pending;
    pending.chain = chain;
    pending.errors = errors;
    return pending.primary();
}

CertificateDialog::CertificateDialog(const QString& accountName, const QString& host,
    const QList<QSslCertificate>& chain, const QList<QSslError>& errors, QWidget* parent)
    : QDialog(parent)
    , m_certificate(primaryCertificate(chain, errors))
{
    setWindowTitle(tr("Untrusted Certificate"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(
        tr("<b>The server “%1” of the account “%2” presented a certificate that could not be "
           "verified.</b>")
            .arg(host.toHtmlEscaped(), accountName.toHtmlEscaped()));
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* intro = new QLabel(tr("Neither your user name nor your password has been sent to the "
                                "server. Compare the fingerprint below with the one your provider "
                                "publishes; if they differ, someone may be listening in."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->addRow(tr("Issued to:"),
        valueLabel(
            CertificatePolicy::distinguishedName(m_certificate, false), QStringLiteral("subject")));
    form->addRow(tr("Issued by:"),
        valueLabel(
            CertificatePolicy::distinguishedName(m_certificate, true), QStringLiteral("issuer")));
    form->addRow(tr("Valid from:"),
        valueLabel(dateText(m_certificate.effectiveDate()), QStringLiteral("validFrom")));
    form->addRow(tr("Valid until:"),
        valueLabel(dateText(m_certificate.expiryDate()), QStringLiteral("validUntil")));
    QLabel* fingerprint = valueLabel(
        CertificatePolicy::formatFingerprint(CertificateException::digestOf(m_certificate)),
        QStringLiteral("fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    layout->addLayout(form);

    // Each problem once, in plain words; a chain may repeat one for several certificates.
    QStringList problems;
    for (const QSslError& error : errors) {
        const QString sentence = describeError(error.error());
        if (!problems.contains(sentence)) {
            problems.append(sentence);
        }
    }
    auto* problemsHeading = new QLabel(tr("What is wrong with it:"));
    layout->addWidget(problemsHeading);
    QStringList items;
    for (const QString& problem : problems) {
        items.append(QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped()));
    }
    auto* problemList = new QLabel(QStringLiteral("<ul>%1</ul>").arg(items.join(QString())));
    problemList->setObjectName(QStringLiteral("errors"));
    problemList->setWordWrap(true);
    problemList->setTextFormat(Qt::RichText);
    layout->addWidget(problemList);

    auto* buttons = new QDialogButtonBox;
    QPushButton* reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("reject"));
    QPushButton* once = buttons->addButton(tr("Accept &Once"), QDialogButtonBox::AcceptRole);
    once->setObjectName(QStringLiteral("acceptOnce"));
    QPushButton* always
        = buttons->addButton(tr("&Always Accept for This Account"), QDialogButtonBox::AcceptRole);
    always->setObjectName(QStringLiteral("acceptAlways"));
    // Enter must not trust a certificate by accident.
    reject->setDefault(true);
    reject->setAutoDefault(true);
    once->setAutoDefault(false);
    always->setAutoDefault(false);
    connect(reject, &QPushButton::clicked, this, [this] { decide(Decision::Reject); });
    connect(once, &QPushButton::clicked, this, [this] { decide(Decision::AcceptOnce); });
    connect(always, &QPushButton::clicked, this, [this] { decide(Decision::AcceptAlways); });
    layout->addWidget(buttons);
}

CertificateDialog::~CertificateDialog() = default;

void CertificateDialog::decide(Decision decision)
{
    m_decision = decision;
    if (decision == Decision::Reject) {
        reject();
    } else {
        accept();
    }
}

QString CertificateDialog::describeError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
        return tr("The certificate is self-signed: the server vouches for itself, and no "
                  "known authority confirms it.");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return tr("The certificate was issued by an authority this computer does not know.");
    case QSslError::CertificateExpired:
        return tr("The certificate has expired.");
    case QSslError::CertificateNotYetValid:
        return tr("The certificate is not valid yet. Check the date and time of this computer.");
    case QSslError::HostNameMismatch:
        return tr("The certificate belongs to a different server name than the one you "
                  "connected to.");
    case QSslError::CertificateRevoked:
        return tr("The certificate was revoked by its issuer.");
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidPurpose:
        return tr("The certificate is not meant to identify a mail server.");
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::UnableToDecodeIssuerPublicKey:
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return tr("The certificate's signature is invalid; it may have been tampered with.");
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
        return tr("The certificate's validity dates are malformed.");
    case QSslError::InvalidCaCertificate:
    case QSslError::PathLengthExceeded:
        return tr("An authority in the certificate chain is not allowed to issue certificates.");
    case QSslError::CertificateBlacklisted:
        return tr("The certificate is on a block list of known compromised certificates.");
    case QSslError::NoPeerCertificate:
        return tr("The server did not present any certificate.");
    default:
        return tr("The certificate could not be verified (error %1).").arg(int(error));
    }
}

} // namespace Postbote
