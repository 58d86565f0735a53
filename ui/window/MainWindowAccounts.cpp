// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part three: the account actions — new, edit, remove, trusted certificates.
#include "MainWindow.h"

#include "MainActions.h"
#include "account/AccountDialog.h"
#include "account/AccountRemoval.h"
#include "account/AccountRemover.h"
#include "account/AccountStore.h"
#include "account/CertificateExceptionsDialog.h"
#include "models/MessageListModel.h"
#include "sync/FetchQueue.h"
#include "trace/ProtocolLog.h"

#include <QAction>
#include <QMessageBox>

namespace Postbote {

void MainWindow::connectAccountActions()
{
    connect(m_actions->newAccount, &QAction::triggered, this, [this] { editAccount({}); });
    connect(m_actions->editAccount, &QAction::triggered, this,
        [this] { editAccount(selectedAccount()); });
    connect(m_actions->removeAccount, &QAction::triggered, this, &MainWindow::removeAccount);
    connect(m_actions->trustedCertificates, &QAction::triggered, this, [this] {
        const std::optional<Account> account = m_services.accounts->find(selectedAccount());
        if (!account) {
            return;
        }
        auto* dialog = new CertificateExceptionsDialog(
            m_services.settings, account->id, account->name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    updateAccountActions();
}

void MainWindow::updateAccountActions()
{
    const bool chosen = !selectedAccount().isEmpty();
    m_actions->editAccount->setEnabled(chosen);
    m_actions->removeAccount->setEnabled(chosen);
    m_actions->trustedCertificates->setEnabled(chosen);
}

void MainWindow::editAccount(const QString& accountId)
{
    const std::optional<Account> existing
        = accountId.isEmpty() ? std::nullopt : m_services.accounts->find(accountId);
    if (!accountId.isEmpty() && !existing) {
        return;
    }
    AccountDialog dialog(m_services.accounts, m_services.credentials, existing, this);
    // Test connection and discovery speak POP3 too; the classroom sees that dialogue as well.
    connect(&dialog, &AccountDialog::traffic, m_services.log, &ProtocolLog::append);
    connect(&dialog, &AccountDialog::notice, this,
        [this](const QString& text) { setFixedStatus(text); });
    if (dialog.exec() == QDialog::Accepted) {
        // The account list follows AccountStore's signals; the inbox needs the folder.
        const Account account = dialog.account();
        m_messages->setArchiveDirectory(account.id, m_services.archives->directory(account.id));
    }
}

void MainWindow::removeAccount()
{
    const std::optional<Account> account = m_services.accounts->find(selectedAccount());
    if (!account) {
        return;
    }
    const AccountRemoval::Choice choice = AccountRemoval::ask(*account, this);
    if (choice == AccountRemoval::Choice::Cancel) {
        return;
    }
    // Nothing may write into an archive that is about to go: stop its fetch, close its store.
    if (m_services.fetches->currentAccount() == account->id
        || m_services.fetches->queuedAccounts().contains(account->id)) {
        m_services.fetches->cancel();
    }
    m_services.archives->close(account->id);
    auto* remover = new AccountRemover(m_services.accounts, m_services.credentials, this);
    connect(remover, &AccountRemover::finished, this,
        [this, remover](const QString&, const QString& problem) {
            if (!problem.isEmpty()) {
                setFixedStatus(problem, true);
            }
            remover->deleteLater();
        });
    QString error;
    if (!remover->remove(account->id, choice == AccountRemoval::Choice::DeleteArchive, &error)) {
        setFixedStatus(error, true);
        remover->deleteLater();
        return;
    }
    m_messages->refresh({}, account->id);
    const QString name = account->name;
    setStatus([name] { return tr("The account “%1” was removed.").arg(name); });
}

} // namespace Postbote
