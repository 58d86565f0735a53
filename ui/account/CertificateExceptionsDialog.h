// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QSettings;
class QTreeWidget;

namespace Postbote {

/// The certificates one account trusts despite their errors (CertificatePolicy::entries()),
/// with what each was accepted for, and a button to take the trust back. A removed
/// certificate is asked about again at the next fetch.
class CertificateExceptionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, HostColumn, AcceptedColumn, FingerprintColumn };

    /// \a settings must outlive the dialog.
    CertificateExceptionsDialog(QSettings* settings, const QString& accountId,
        const QString& accountName, QWidget* parent = nullptr);
    ~CertificateExceptionsDialog() override;

    QTreeWidget* list() const { return m_list; }
    /// Removes the selected exceptions from the account's policy.
    void removeSelected();
    /// Reads the list again from the settings.
    void reload();

Q_SIGNALS:
    /// An exception was removed; \a sha256 is the raw digest of its certificate.
    void exceptionRemoved(const QByteArray& sha256);

private:
    void updateButtons();

    QSettings* m_settings;
    QString m_accountId;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace Postbote
