// SPDX-License-Identifier: GPL-3.0-or-later
// AccountDialog's checks: the validator's messages next to the fields, the clear-text
// warning, and which controls are usable while something runs.
#include "AccountDialog.h"

#include "RetentionEditor.h"

#include "account/AccountStore.h"
#include "account/LoginCheck.h"
#include "account/ServerProbe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

namespace Postbote {

namespace {

QString keyOf(AccountValidator::Field field)
{
    switch (field) {
    case AccountValidator::Field::Name:
        return QStringLiteral("name");
    case AccountValidator::Field::Email:
        return QStringLiteral("email");
    case AccountValidator::Field::Host:
        return QStringLiteral("host");
    case AccountValidator::Field::Port:
        return QStringLiteral("port");
    case AccountValidator::Field::Auth:
        return QStringLiteral("auth");
    case AccountValidator::Field::User:
        return QStringLiteral("user");
    case AccountValidator::Field::Retention:
        return QStringLiteral("retention");
    case AccountValidator::Field::CheckInterval:
        break;
    }
    return QStringLiteral("checkInterval");
}

} // namespace

void AccountDialog::touch(const QString& key)
{
    m_touched.insert(key);
    revalidate();
}

QList<AccountValidator::Problem> AccountDialog::problems() const
{
    const Account current = account();
    QList<Account> others;
    if (m_accounts) {
        others = m_accounts->accounts();
    }
    return AccountValidator::validate(current, others);
}

QString AccountDialog::fieldMessage(const QString& fieldName) const
{
    return m_messages.value(fieldName);
}

void AccountDialog::setFieldMessage(const QString& key, const QString& message)
{
    m_messages.insert(key, message);
    const FieldRow row = m_rows.value(key);
    if (row.error) {
        row.error->setText(message);
        row.error->setVisible(!message.isEmpty());
    }
}

void AccountDialog::revalidate()
{
    const QList<AccountValidator::Problem> found = problems();
    QHash<QString, QString> byField;
    for (const AccountValidator::Problem& problem : found) {
        const QString key = keyOf(problem.field);
        if (!byField.contains(key)) {
            byField.insert(key, problem.message);
        }
    }
    // The dialog's own rule: an unencrypted connection at all is an explicit choice, even
    // with a mechanism that does not reveal the password (the mail itself is readable).
    const bool needsChoice = currentSecurity() == Security::None && !m_allowCleartext->isChecked();
    if (needsChoice && !byField.contains(QStringLiteral("auth"))) {
        byField.insert(QStringLiteral("security"),
            tr("This connection is unencrypted. Choose TLS or STARTTLS, or explicitly allow "
               "the unencrypted connection below."));
    }
    static const QStringList keys {QStringLiteral("email"), QStringLiteral("name"),
        QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security"),
        QStringLiteral("auth"), QStringLiteral("user"), QStringLiteral("retention"),
        QStringLiteral("checkInterval")};
    for (const QString& key : keys) {
        // A field the user has not reached yet shows no message, but still blocks OK.
        const bool show = m_touched.contains(key) || key == QStringLiteral("auth")
            || key == QStringLiteral("security");
        setFieldMessage(key, show ? byField.value(key) : QString());
    }
    updateCleartextWarning();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(byField.isEmpty() && !isBusy());
}

void AccountDialog::updateCleartextWarning()
{
    const bool unencrypted = currentSecurity() == Security::None;
    m_allowCleartext->setVisible(unencrypted);
    m_allowCleartext->setEnabled(unencrypted);
    QString warning;
    if (unencrypted && Account::isCleartextMethod(currentAuth())) {
        warning = tr("Warning: this connection is not encrypted and %1 sends the password as "
                     "it is. Anyone on the network between you and the server can read your "
                     "password and your mail.")
                      .arg(authMethodName(currentAuth()));
    } else if (unencrypted) {
        warning = tr("Warning: this connection is not encrypted. Anyone on the network between "
                     "you and the server can read your mail and user name, and a clear-text "
                     "login would reveal your password.");
    }
    m_cleartextWarning->setText(warning);
    m_cleartextWarning->setVisible(!warning.isEmpty());
}

bool AccountDialog::isBusy() const
{
    return (m_discovery && m_discovery->isRunning()) || m_probe || m_login || m_saving;
}

void AccountDialog::updateBusyState()
{
    const bool discovering = m_discovery && m_discovery->isRunning();
    m_findButton->setEnabled(!discovering && !m_saving);
    m_cancelFindButton->setVisible(discovering);
    m_discoveryProgress->setVisible(discovering);
    m_testButton->setEnabled(!m_probe && !m_login && !m_saving);
    const bool checking = m_login && !m_loginForTest;
    m_busyProgress->setVisible(checking || m_saving);
    if (checking) {
        m_busyStatus->setText(tr("Checking the password with a login at %1…").arg(m_host->text()));
    } else if (m_saving) {
        m_busyStatus->setText(tr("Storing the password in the keychain…"));
    } else {
        m_busyStatus->clear();
    }
    m_busyStatus->setVisible(!m_busyStatus->text().isEmpty());
    const bool editable = !checking && !m_saving;
    for (QWidget* w : std::initializer_list<QWidget*> {m_email, m_name, m_host, m_port, m_security,
             m_auth, m_user, m_password, m_allowCleartext, m_retention, m_interval, m_pipelining,
             m_enabled}) {
        w->setEnabled(editable);
    }
    if (editable) {
        m_allowCleartext->setEnabled(currentSecurity() == Security::None);
    }
}

} // namespace Postbote
