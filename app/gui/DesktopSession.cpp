// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopSession.h"

#include "account/AccountPaths.h"
#include "account/AccountStore.h"
#include "account/CredentialStore.h"
#include "account/DemoAccount.h"
#include "account/FetchPrompter.h"
#include "models/MessageListModel.h"
#include "server/DemoPop3Server.h"
#include "sync/AccountArchives.h"
#include "sync/CheckScheduler.h"
#include "sync/FetchQueue.h"
#include "sync/QuitGuard.h"
#include "trace/ProtocolLog.h"
#include "tray/MailTrayIcon.h"
#include "window/LanguageManager.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QSystemTrayIcon>

namespace Postbote {

DesktopSession::DesktopSession(QObject* parent)
    : QObject(parent)
{ }

DesktopSession::~DesktopSession()
{
    // The window cancels a running fetch when it closes; without it the queue still must
    // stop before the archives and the demo server go away.
    m_tray.reset();
    m_prompter.reset();
    m_window.reset();
    m_quitGuard.reset();
    m_scheduler.reset();
    if (m_fetches) {
        m_fetches->cancel();
    }
}

bool DesktopSession::start(const Options& options, QString* error)
{
    m_settings = AccountPaths::openSettings();
    m_language = std::make_unique<LanguageManager>(m_settings.get());
    m_language->applyInitial();
    m_accounts = std::make_unique<AccountStore>(m_settings.get());
    m_credentials = std::make_unique<CredentialStore>();
    m_log = std::make_unique<ProtocolLog>();
    m_archives = std::make_unique<AccountArchives>();
    m_fetches
        = std::make_unique<FetchQueue>(m_archives.get(), m_credentials.get(), m_settings.get());
    connect(m_fetches.get(), &FetchQueue::traffic, m_log.get(), &ProtocolLog::append);

    const bool demo = options.demo || m_accounts->accounts().isEmpty()
        || !DemoAccount::id(*m_accounts).isEmpty();
    if (demo && !startDemo(error)) {
        return false;
    }

    MainWindow::Services services;
    services.accounts = m_accounts.get();
    services.credentials = m_credentials.get();
    services.archives = m_archives.get();
    services.fetches = m_fetches.get();
    services.log = m_log.get();
    services.language = m_language.get();
    services.settings = m_settings.get();
    m_window = std::make_unique<MainWindow>(services);
    m_window->loadInbox();
    startBackground();
    return true;
}

void DesktopSession::startBackground()
{
    m_scheduler = std::make_unique<CheckScheduler>(m_accounts.get(), m_fetches.get());
    m_scheduler->followSystemNetwork();
    m_quitGuard = std::make_unique<QuitGuard>(m_fetches.get(), m_scheduler.get());
    m_quitGuard->watch(QCoreApplication::instance());

    m_prompter = std::make_unique<FetchPrompter>(
        m_fetches.get(), m_accounts.get(), m_credentials.get(), m_settings.get(), m_window.get());
    // A check that ran by itself asks nobody; its failure waits in the status bar.
    CheckScheduler* scheduler = m_scheduler.get();
    m_prompter->setQuietWhen(
        [scheduler](const QString& id) { return scheduler->isPeriodicCheck(id); });

    m_tray = std::make_unique<MailTrayIcon>(m_window.get());
    m_tray->bindSettings(m_settings.get());
    MessageListModel* messages = m_window->messageModel();
    MailTrayIcon* tray = m_tray.get();
    connect(messages, &MessageListModel::unreadCountsChanged, tray,
        [tray, messages] { tray->setUnreadCount(messages->unreadCount()); });
    tray->setUnreadCount(messages->unreadCount());
    connect(scheduler, &CheckScheduler::newMail, tray, &MailTrayIcon::notifyNewMail);
    connect(tray, &MailTrayIcon::fetchAllRequested, m_window.get(), &MainWindow::fetchAll);
    connect(tray, &MailTrayIcon::quitRequested, m_window.get(), [this] {
        m_window->close(); // saves the layout and cancels a running fetch safely
        QCoreApplication::quit();
    });

    MainActions* actions = m_window->actions();
    actions->trayIcon->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    actions->trayIcon->setChecked(tray->isEnabled());
    actions->notifications->setChecked(tray->notificationsEnabled());
    connect(actions->trayIcon, &QAction::toggled, tray, &MailTrayIcon::setEnabled);
    connect(
        actions->notifications, &QAction::toggled, tray, &MailTrayIcon::setNotificationsEnabled);
}

bool DesktopSession::startDemo(QString* error)
{
    m_demo = std::make_unique<DemoPop3Server>();
    if (!m_demo->listen()) {
        *error = m_demo->errorString();
        return false;
    }
    const std::optional<Account> account
        = DemoAccount::ensure(*m_accounts, m_demo->user(), m_demo->serverPort(), error);
    if (!account) {
        return false;
    }
    m_demoAccountId = account->id;
    // The demo server's credentials are public (the classroom page prints them), so they
    // do not go to the keychain.
    m_fetches->setFixedPassword(account->id, m_demo->password());
    return true;
}

} // namespace Postbote
