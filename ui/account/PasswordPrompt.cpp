// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordPrompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Postbote {

PasswordPrompt::PasswordPrompt(const Request& request, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Password for “%1”").arg(request.accountName));
    auto* layout = new QVBoxLayout(this);

    auto* reason = new QLabel(reasonText(request));
    reason->setObjectName(QStringLiteral("reason"));
    reason->setWordWrap(true);
    reason->setTextFormat(Qt::PlainText);
    layout->addWidget(reason);

    auto* form = new QFormLayout;
    auto* account = new QLabel(request.accountName);
    account->setObjectName(QStringLiteral("account"));
    account->setTextFormat(Qt::PlainText);
    form->addRow(tr("Account:"), account);
    auto* user = new QLabel(
        request.host.isEmpty() ? request.user : tr("%1 on %2").arg(request.user, request.host));
    user->setObjectName(QStringLiteral("user"));
    user->setTextFormat(Qt::PlainText);
    form->addRow(tr("User name:"), user);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    // Keep input methods and clipboard history out of it.
    m_password->setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Remember in the keychain"));
    m_remember->setObjectName(QStringLiteral("remember"));
    layout->addWidget(m_remember);
    auto* rememberNote = new QLabel;
    rememberNote->setObjectName(QStringLiteral("rememberNote"));
    rememberNote->setWordWrap(true);
    if (request.keychainAvailable) {
        m_remember->setChecked(true);
        rememberNote->setText(
            tr("It is stored only after the server has accepted it, never in a file."));
    } else {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        rememberNote->setText(tr("There is no keychain on this computer, so the password cannot "
                                 "be stored. Postbote keeps it in memory until you quit."));
    }
    layout->addWidget(rememberNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Fetch Mail"));
    ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, ok,
        [ok](const QString& text) { ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

PasswordPrompt::~PasswordPrompt()
{
    // QLineEdit keeps its own copy; overwrite what we can reach before it is freed.
    m_password->setText(QString(m_password->text().size(), QLatin1Char(' ')));
    m_password->clear();
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

bool PasswordPrompt::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

QString PasswordPrompt::reasonText(const Request& request)
{
    switch (request.reason) {
    case Reason::NoPasswordStored:
        return tr("No password is stored for the account “%1”. Enter it to fetch the account's "
                  "mail.")
            .arg(request.accountName);
    case Reason::NoKeychain:
        return tr("No keychain is available on this computer, so Postbote has no password for "
                  "the account “%1”. Enter it to fetch the account's mail.")
            .arg(request.accountName);
    case Reason::KeychainError:
        return tr("The password of the account “%1” could not be read from the keychain: %2")
            .arg(request.accountName, request.detail);
    case Reason::Refused:
        if (request.detail.isEmpty()) {
            return tr("The server refused the password of the account “%1”. Enter the right "
                      "one.")
                .arg(request.accountName);
        }
        return tr("The server refused the password of the account “%1”. It said: “%2”. Enter "
                  "the right one.")
            .arg(request.accountName, request.detail);
    }
    return QString();
}

} // namespace Postbote
