// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QSettings;

namespace Postbote {

class AccountArchives;
class AccountStore;
class CheckScheduler;
class CredentialStore;
class DemoPop3Server;
class FetchPrompter;
class FetchQueue;
class LanguageManager;
class MailTrayIcon;
class MainWindow;
class ProtocolLog;
class QuitGuard;

/// Everything the desktop program runs on, wired together: settings, accounts, keychain,
/// archives, the fetch queue, the protocol log, the language, the built-in demo server and
/// the main window. main() and the GUI tests build exactly this.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// Start the demo server and make sure the "Demo" account exists (--demo). It also
        /// happens on first start (no account yet) and whenever the demo account exists.
        bool demo = false;
    };

    explicit DesktopSession(QObject* parent = nullptr);
    ~DesktopSession() override;

    /// Builds everything and loads the inbox; the window is not shown yet. False with a
    /// translated \a error if the demo server cannot start.
    bool start(const Options& options, QString* error);

    MainWindow* window() const { return m_window.get(); }
    /// The running demo server, or nullptr.
    DemoPop3Server* demoServer() const { return m_demo.get(); }
    QString demoAccountId() const { return m_demoAccountId; }
    AccountStore* accounts() const { return m_accounts.get(); }
    AccountArchives* archives() const { return m_archives.get(); }
    CredentialStore* credentials() const { return m_credentials.get(); }
    CheckScheduler* scheduler() const { return m_scheduler.get(); }
    FetchPrompter* prompter() const { return m_prompter.get(); }
    MailTrayIcon* trayIcon() const { return m_tray.get(); }
    FetchQueue* fetchQueue() const { return m_fetches.get(); }
    ProtocolLog* protocolLog() const { return m_log.get(); }
    LanguageManager* language() const { return m_language.get(); }
    QSettings* settings() const { return m_settings.get(); }

private:
    bool startDemo(QString* error);
    void startBackground();

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProtocolLog> m_log;
    std::unique_ptr<AccountArchives> m_archives;
    std::unique_ptr<FetchQueue> m_fetches;
    std::unique_ptr<DemoPop3Server> m_demo;
    QString m_demoAccountId;
    std::unique_ptr<CheckScheduler> m_scheduler;
    std::unique_ptr<QuitGuard> m_quitGuard;
    std::unique_ptr<MainWindow> m_window;      ///< goes before what it shows
    std::unique_ptr<FetchPrompter> m_prompter; ///< its dialogs' parent is the window
    std::unique_ptr<MailTrayIcon> m_tray;
};

} // namespace Postbote
