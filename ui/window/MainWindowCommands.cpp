// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part two: what the actions do — fetching, the preview, flags and export.
#include "MainWindow.h"

#include "FetchStatusWidget.h"
#include "InboxView.h"
#include "MainActions.h"
#include "account/AccountStore.h"
#include "message/MessageView.h"
#include "models/AccountListModel.h"
#include "models/MessageListModel.h"
#include "sync/FetchQueue.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QListView>
#include <QStandardPaths>

namespace Postbote {

void MainWindow::fetchAll()
{
    m_services.fetches->enqueue(m_services.accounts->accounts());
}

void MainWindow::fetchCurrentAccount()
{
    const QString id = selectedAccount();
    if (id.isEmpty()) {
        fetchAll();
        return;
    }
    if (const std::optional<Account> account = m_services.accounts->find(id)) {
        m_services.fetches->enqueue(*account);
    }
}

QString MainWindow::selectedAccount() const
{
    // "This account": the one chosen on the left, else the current message's.
    const QString chosen
        = m_accountView->currentIndex().data(AccountListModel::AccountIdRole).toString();
    return chosen.isEmpty() ? m_inbox->currentMessage().account : chosen;
}

QString MainWindow::accountName(const QString& accountId) const
{
    const std::optional<Account> account = m_services.accounts->find(accountId);
    return account ? account->name : accountId;
}

void MainWindow::accountFinished(
    const QString& accountId, const CheckMailJob::Result& result, const QString& message)
{
    if (!message.isEmpty()) {
        // One sentence in the status bar, never a stack of dialogs; the account on the left
        // keeps it as a tool tip.
        m_accountModel->setAccountError(accountId, message);
        setFixedStatus(message, true);
        return;
    }
    const QString name = accountName(accountId);
    const int retrieved = result.retrieved;
    setStatus([name, retrieved] {
        return retrieved == 0 ? tr("“%1”: no new messages.").arg(name)
                              : tr("“%1”: %n new message(s).", nullptr, retrieved).arg(name);
    });
}

void MainWindow::showCurrentMessage(const MessageRef& message, const QString& filePath)
{
    if (filePath.isEmpty()) {
        m_preview->clear();
        return;
    }
    m_preview->showMessage(filePath);
    const QModelIndex index = m_messages->indexOf(message.account, message.id);
    if (index.isValid() && !index.data(MessageListModel::SeenRole).toBool()) {
        QString error;
        if (!m_services.archives->setSeen({message}, true, &error)) {
            setFixedStatus(error, true);
        }
    }
}

void MainWindow::markSelected(bool seen)
{
    QString error;
    if (!m_services.archives->setSeen(m_inbox->selectedMessages(), seen, &error)) {
        setFixedStatus(error, true);
    }
}

void MainWindow::deleteSelected()
{
    const QList<MessageRef> selected = m_inbox->selectedMessages();
    if (selected.isEmpty()) {
        return;
    }
    // Deleting what is deleted already restores it (visible with "Show Deleted Messages").
    bool allDeleted = true;
    for (const MessageRef& message : selected) {
        allDeleted = allDeleted
            && m_messages->indexOf(message.account, message.id)
                   .data(MessageListModel::DeletedRole)
                   .toBool();
    }
    QString error;
    if (!m_services.archives->setDeletedLocally(selected, !allDeleted, &error)) {
        setFixedStatus(error, true);
        return;
    }
    const int count = int(selected.size());
    if (allDeleted) {
        setStatus([count] { return tr("%n message(s) restored.", nullptr, count); });
    } else {
        setStatus([count] {
            return tr("%n message(s) deleted locally; the server follows the account's "
                      "retention policy.",
                nullptr, count);
        });
    }
}

void MainWindow::exportSelected(FileKind kind)
{
    const QList<MessageRef> selected = m_inbox->selectedMessages();
    if (selected.isEmpty()) {
        setStatus([] { return tr("Select the messages to export first."); }, true);
        return;
    }
    const QString home = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString target = chooseFile(kind,
        kind == FileKind::MboxFile ? QDir(home).filePath(QStringLiteral("postbote.mbox")) : home);
    if (target.isEmpty()) {
        return;
    }
    QString error;
    const int written = kind == FileKind::MboxFile
        ? m_services.archives->exportMbox(selected, target, &error)
        : m_services.archives->exportEml(selected, target, &error);
    if (written < 0) {
        setFixedStatus(error, true);
        return;
    }
    setStatus([written, target] {
        return tr("%n message(s) exported to “%1”.", nullptr, written).arg(target);
    });
}

QString MainWindow::chooseFile(FileKind kind, const QString& suggestion)
{
    if (m_chooseFile) {
        return m_chooseFile(kind, suggestion);
    }
    if (kind == FileKind::MboxFile) {
        return QFileDialog::getSaveFileName(
            this, tr("Export as mbox"), suggestion, tr("mbox files (*.mbox);;All files (*)"));
    }
    return QFileDialog::getExistingDirectory(this, tr("Export as .eml files into"), suggestion);
}

} // namespace Postbote
