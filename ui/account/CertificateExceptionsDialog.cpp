// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateExceptionsDialog.h"

#include "CertificateDialog.h"
#include "account/CertificatePolicy.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Postbote {

namespace {

constexpr int DigestRole = Qt::UserRole + 1;

} // namespace

CertificateExceptionsDialog::CertificateExceptionsDialog(
    QSettings* settings, const QString& accountId, const QString& accountName, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_accountId(accountId)
{
    setWindowTitle(tr("Trusted Certificates of “%1”").arg(accountName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These certificates are accepted for this account although they "
                                "could not be verified. Remove one to be asked again the next "
                                "time the server shows it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("exceptions"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Certificate"), tr("Server"), tr("Accepted"), tr("SHA-256")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("remove"));
    connect(m_remove, &QPushButton::clicked, this, &CertificateExceptionsDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
        &CertificateExceptionsDialog::updateButtons);
    layout->addWidget(buttons);

    reload();
    resize(720, 320);
}

CertificateExceptionsDialog::~CertificateExceptionsDialog() = default;

void CertificateExceptionsDialog::reload()
{
    m_list->clear();
    const QList<CertificatePolicy::Entry> entries
        = CertificatePolicy(m_settings, m_accountId).entries();
    for (const CertificatePolicy::Entry& entry : entries) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(SubjectColumn, entry.subject);
        item->setText(HostColumn, entry.host);
        item->setText(AcceptedColumn,
            QLocale().toString(entry.acceptedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(FingerprintColumn, CertificatePolicy::formatFingerprint(entry.sha256));
        item->setData(SubjectColumn, DigestRole, entry.sha256);
        QStringList problems;
        for (const QSslError::SslError error : entry.errors) {
            problems.append(CertificateDialog::describeError(error));
        }
        const QString tip = tr("Issued by: %1\nAccepted despite:\n%2")
                                .arg(entry.issuer, problems.join(QLatin1Char('\n')));
        for (int column = 0; column < m_list->columnCount(); ++column) {
            item->setToolTip(column, tip);
        }
    }
    for (int column = 0; column < m_list->columnCount() - 1; ++column) {
        m_list->resizeColumnToContents(column);
    }
    updateButtons();
}

void CertificateExceptionsDialog::removeSelected()
{
    CertificatePolicy policy(m_settings, m_accountId);
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    QList<QByteArray> removed;
    for (QTreeWidgetItem* item : selected) {
        const QByteArray sha256 = item->data(SubjectColumn, DigestRole).toByteArray();
        if (policy.remove(sha256)) {
            removed.append(sha256);
        }
    }
    reload();
    for (const QByteArray& sha256 : removed) {
        Q_EMIT exceptionRemoved(sha256);
    }
}

void CertificateExceptionsDialog::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace Postbote
