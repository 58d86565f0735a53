// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/AccountArchives.h"
#include "sync/CheckMailJob.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QListView;
class QSettings;
class QSplitter;

namespace Postbote {

class AccountListModel;
class AccountStore;
class CredentialStore;
class FetchQueue;
class FetchStatusWidget;
class InboxView;
class LanguageManager;
class MainActions;
class MessageListModel;
class MessageView;
class ProtocolLog;
class ProtocolLogDock;

/// Postbote's main window: accounts on the left, the inbox, the message preview, and the
/// live dialogue log as a dock. It is thin on purpose: the work happens in core (archives,
/// fetch queue, models); the window builds the views, wires actions and remembers its layout.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// What the window works with; all must outlive it.
    struct Services
    {
        AccountStore* accounts = nullptr;
        CredentialStore* credentials = nullptr;
        AccountArchives* archives = nullptr;
        FetchQueue* fetches = nullptr;
        ProtocolLog* log = nullptr;
        LanguageManager* language = nullptr;
        QSettings* settings = nullptr;
    };

    /// Asks for a file or folder name (the export actions); tests replace the dialogs.
    enum class FileKind { MboxFile, EmlFolder };
    using FileChooser = std::function<QString(FileKind kind, const QString& suggestion)>;

    explicit MainWindow(const Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads the inbox in two steps: the newest messages of every account at once, the rest
    /// from the event loop right after, so that the first rows paint quickly.
    void loadInbox();
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    MainActions* actions() const { return m_actions; }
    InboxView* inbox() const { return m_inbox; }
    MessageView* messageView() const { return m_preview; }
    ProtocolLogDock* logDock() const { return m_logDock; }
    MessageListModel* messageModel() const { return m_messages; }
    AccountListModel* accountModel() const { return m_accountModel; }
    QListView* accountView() const { return m_accountView; }
    FetchStatusWidget* fetchStatus() const { return m_fetchStatus; }
    /// The sentence the status bar shows (the last result or error), for tests.
    QString statusText() const;

    void saveLayout();

public Q_SLOTS:
    void fetchAll();
    void fetchCurrentAccount();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildCentralWidget();
    void loadRestOfInbox();
    void connectActions();
    void connectAccountActions();
    void updateAccountActions();
    void editAccount(const QString& accountId);
    void removeAccount();
    void connectCore();
    void restoreLayout();
    void retranslateUi();
    void setStatus(std::function<QString()> text, bool error = false);
    /// A sentence translated when it was made (a server's or the core's): it stays as it is
    /// when the language changes.
    void setFixedStatus(const QString& text, bool error = false);
    void showCurrentMessage(const MessageRef& message, const QString& filePath);
    void markSelected(bool seen);
    void deleteSelected();
    void exportSelected(FileKind kind);
    void accountFinished(
        const QString& accountId, const CheckMailJob::Result& result, const QString& message);
    QString accountName(const QString& accountId) const;
    QString selectedAccount() const;
    QString chooseFile(FileKind kind, const QString& suggestion);

    Services m_services;
    MessageListModel* m_messages;
    AccountListModel* m_accountModel;
    MainActions* m_actions;
    QListView* m_accountView = nullptr;
    InboxView* m_inbox = nullptr;
    MessageView* m_preview = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_inboxSplitter = nullptr;
    ProtocolLogDock* m_logDock = nullptr;
    FetchStatusWidget* m_fetchStatus = nullptr;
    QLabel* m_statusLabel = nullptr;
    std::function<QString()> m_status;
    FileChooser m_chooseFile;
    QStringList m_accountsToLoad;   ///< accounts whose full inbox is still to be read
    QList<ArchiveRecord> m_arrived; ///< archived since the last turn of the event loop
};

} // namespace Postbote
