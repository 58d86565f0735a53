// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/CertificatePolicy.h"

#include "account/AccountStore.h"

#include <QRegularExpression>
#include <QSettings>

namespace Postbote {

namespace {

const QString CertificatesGroup = QStringLiteral("certificates");
const QString PendingGroup = QStringLiteral("pendingCertificate");

// Error codes as one space-separated string: plain in every QSettings format.
QString errorsToString(const QList<QSslError::SslError>& errors)
{
    QStringList list;
    for (const QSslError::SslError error : errors) {
        list.append(QString::number(int(error)));
    }
    return list.join(QLatin1Char(' '));
}

QList<QSslError::SslError> errorsFromString(const QString& value)
{
    QList<QSslError::SslError> errors;
    const QStringList items = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& item : items) {
        bool ok = false;
        const int code = item.toInt(&ok);
        if (ok && code > int(QSslError::NoError)) {
            errors.append(QSslError::SslError(code));
        }
    }
    return errors;
}

} // namespace

QSslCertificate CertificatePolicy::Pending::primary() const
{
    for (const QSslError& error : errors) {
        if (!error.certificate().isNull()) {
            return error.certificate();
        }
    }
    return chain.value(0);
}

CertificatePolicy::CertificatePolicy(QSettings* settings, const QString& accountId)
    : m_settings(settings)
    , m_accountId(accountId)
{ }

QString CertificatePolicy::group() const
{
    return AccountStore::groupOf(m_accountId);
}

QList<CertificatePolicy::Entry> CertificatePolicy::entries() const
{
    QList<Entry> result;
    m_settings->beginGroup(group() + QLatin1Char('/') + CertificatesGroup);
    const QStringList keys = m_settings->childGroups();
    for (const QString& hex : keys) {
        Entry entry;
        entry.sha256 = QByteArray::fromHex(hex.toLatin1());
        if (entry.sha256.size() != 32) {
            continue;
        }
        m_settings->beginGroup(hex);
        entry.errors = errorsFromString(m_settings->value(QStringLiteral("errors")).toString());
        entry.acceptedAt = QDateTime::fromString(
            m_settings->value(QStringLiteral("acceptedAt")).toString(), Qt::ISODateWithMs);
        entry.host = m_settings->value(QStringLiteral("host")).toString();
        entry.subject = m_settings->value(QStringLiteral("subject")).toString();
        entry.issuer = m_settings->value(QStringLiteral("issuer")).toString();
        const QList<QSslCertificate> pem = QSslCertificate::fromData(
            m_settings->value(QStringLiteral("pem")).toByteArray(), QSsl::Pem);
        if (!pem.isEmpty() && CertificateException::digestOf(pem.first()) == entry.sha256) {
            entry.certificate = pem.first();
        }
        m_settings->endGroup();
        result.append(entry);
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
        [](const Entry& a, const Entry& b) { return a.acceptedAt < b.acceptedAt; });
    return result;
}

QList<CertificateException> CertificatePolicy::exceptions() const
{
    QList<CertificateException> result;
    for (const Entry& entry : entries()) {
        result.append(entry.toException());
    }
    return result;
}

bool CertificatePolicy::excuses(const QList<QSslError>& errors) const
{
    return allExcused(errors, exceptions());
}

void CertificatePolicy::writeEntry(const Entry& entry)
{
    m_settings->beginGroup(group() + QLatin1Char('/') + CertificatesGroup + QLatin1Char('/')
        + QString::fromLatin1(entry.sha256.toHex()));
    m_settings->setValue(QStringLiteral("errors"), errorsToString(entry.errors));
    m_settings->setValue(
        QStringLiteral("acceptedAt"), entry.acceptedAt.toUTC().toString(Qt::ISODateWithMs));
    m_settings->setValue(QStringLiteral("host"), entry.host);
    m_settings->setValue(QStringLiteral("subject"), entry.subject);
    m_settings->setValue(QStringLiteral("issuer"), entry.issuer);
    m_settings->setValue(QStringLiteral("pem"), entry.certificate.toPem());
    m_settings->endGroup();
}

bool CertificatePolicy::accept(const QList<QSslError>& errors, const QString& host)
{
    QList<QSslCertificate> certificates;
    for (const QSslError& error : errors) {
        if (error.certificate().isNull()) {
            return false; // nothing to pin the decision to
        }
        if (!certificates.contains(error.certificate())) {
            certificates.append(error.certificate());
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate& certificate : certificates) {
        QList<QSslError> own;
        for (const QSslError& error : errors) {
            if (error.certificate() == certificate) {
                own.append(error);
            }
        }
        const CertificateException exception = CertificateException::fromErrors(certificate, own);
        Entry entry;
        entry.certificate = certificate;
        entry.sha256 = exception.sha256;
        // An earlier decision for the same certificate stays valid: add the new errors to it.
        for (const Entry& old : entries()) {
            if (old.sha256 == entry.sha256) {
                entry.errors = old.errors;
            }
        }
        for (const QSslError::SslError kind : exception.errors) {
            if (!entry.errors.contains(kind)) {
                entry.errors.append(kind);
            }
        }
        entry.acceptedAt = now;
        entry.host = host;
        entry.subject = distinguishedName(certificate, false);
        entry.issuer = distinguishedName(certificate, true);
        writeEntry(entry);
    }
    m_settings->sync();
    return !certificates.isEmpty();
}

bool CertificatePolicy::remove(const QByteArray& sha256)
{
    const QString key = group() + QLatin1Char('/') + CertificatesGroup + QLatin1Char('/')
        + QString::fromLatin1(sha256.toHex());
    m_settings->beginGroup(key);
    const bool exists = !m_settings->childKeys().isEmpty();
    m_settings->endGroup();
    if (!exists) {
        return false;
    }
    m_settings->remove(key);
    m_settings->sync();
    return true;
}

void CertificatePolicy::clear()
{
    m_settings->remove(group() + QLatin1Char('/') + CertificatesGroup);
    clearPending();
}

void CertificatePolicy::setPending(
    const QString& host, const QList<QSslCertificate>& chain, const QList<QSslError>& errors)
{
    clearPending();
    m_settings->beginGroup(group() + QLatin1Char('/') + PendingGroup);
    m_settings->setValue(QStringLiteral("host"), host);
    m_settings->setValue(
        QStringLiteral("seenAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QByteArray pem;
    for (const QSslCertificate& certificate : chain) {
        pem += certificate.toPem();
    }
    m_settings->setValue(QStringLiteral("chain"), pem);
    // Each error with the index of its certificate in the chain (-1: none), so that the
    // decision can be rebuilt exactly.
    QStringList list;
    for (const QSslError& error : errors) {
        list.append(
            QStringLiteral("%1:%2")
                .arg(int(error.error()))
                .arg(error.certificate().isNull() ? -1 : chain.indexOf(error.certificate())));
    }
    m_settings->setValue(QStringLiteral("errors"), list.join(QLatin1Char(' ')));
    m_settings->endGroup();
    m_settings->sync();
}

std::optional<CertificatePolicy::Pending> CertificatePolicy::pending() const
{
    m_settings->beginGroup(group() + QLatin1Char('/') + PendingGroup);
    Pending result;
    result.host = m_settings->value(QStringLiteral("host")).toString();
    result.seenAt = QDateTime::fromString(
        m_settings->value(QStringLiteral("seenAt")).toString(), Qt::ISODateWithMs);
    result.chain = QSslCertificate::fromData(
        m_settings->value(QStringLiteral("chain")).toByteArray(), QSsl::Pem);
    const QStringList items = m_settings->value(QStringLiteral("errors"))
                                  .toString()
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_settings->endGroup();
    for (const QString& item : items) {
        const int colon = int(item.indexOf(QLatin1Char(':')));
        const int code = item.left(colon).toInt();
        const int index = item.mid(colon + 1).toInt();
        if (code <= 0) {
            continue;
        }
        if (index >= 0 && index < result.chain.size()) {
            result.errors.append(QSslError(QSslError::SslError(code), result.chain.at(index)));
        } else {
            result.errors.append(QSslError(QSslError::SslError(code)));
        }
    }
    if (result.chain.isEmpty() || result.errors.isEmpty()) {
        return std::nullopt;
    }
    return result;
}

void CertificatePolicy::clearPending()
{
    m_settings->remove(group() + QLatin1Char('/') + PendingGroup);
    m_settings->sync();
}

bool CertificatePolicy::acceptPending(const QByteArray& sha256, QString* error)
{
    const std::optional<Pending> decision = pending();
    if (!decision) {
        if (error) {
            *error = tr("No certificate of this account is waiting for a decision. Fetch mail "
                        "first; if the server's certificate is not trusted, its fingerprint is "
                        "shown then.");
        }
        return false;
    }
    if (CertificateException::digestOf(decision->primary()) != sha256) {
        if (error) {
            *error
                = tr("The fingerprint does not match the certificate the server showed "
                     "(SHA-256 %1). Nothing was accepted; compare the fingerprint again.")
                      .arg(formatFingerprint(CertificateException::digestOf(decision->primary())));
        }
        return false;
    }
    if (!accept(decision->errors, decision->host)) {
        if (error) {
            *error = tr("This certificate problem cannot be accepted, because it does not "
                        "concern a particular certificate.");
        }
        return false;
    }
    clearPending();
    return true;
}

std::optional<QByteArray> CertificatePolicy::parseFingerprint(const QString& text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive)
        || hex.startsWith(QLatin1String("sha256="), Qt::CaseInsensitive)) {
        hex = hex.mid(7);
    }
    hex.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression hexDigits(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hexDigits.match(hex).hasMatch()) {
        return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString CertificatePolicy::formatFingerprint(const QByteArray& sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString CertificatePolicy::distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    const QList<QByteArray> attributes
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray& attribute : attributes) {
        const QStringList values
            = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString& value : values) {
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString CertificatePolicy::describe(const QSslCertificate& certificate)
{
    QStringList lines;
    lines << tr("Subject:  %1").arg(distinguishedName(certificate, false));
    lines << tr("Issuer:   %1").arg(distinguishedName(certificate, true));
    lines << tr("Valid:    %1 to %2")
                 .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                     certificate.expiryDate().toUTC().toString(Qt::ISODate));
    lines << tr("SHA-256:  %1").arg(formatFingerprint(CertificateException::digestOf(certificate)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Postbote
