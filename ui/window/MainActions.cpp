// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainActions.h"

#include "LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace Postbote {

MainActions::MainActions(QMainWindow* window)
    : QObject(window)
    , fetchAll(make("fetchAllAction"))
    , fetchAccount(make("fetchAccountAction"))
    , stop(make("stopAction"))
    , exportEml(make("exportEmlAction"))
    , exportMbox(make("exportMboxAction"))
    , quit(make("quitAction"))
    , markRead(make("markReadAction"))
    , markUnread(make("markUnreadAction"))
    , deleteLocally(make("deleteLocallyAction"))
    , search(make("searchAction"))
    , unreadOnly(make("unreadOnlyAction"))
    , showDeleted(make("showDeletedAction"))
    , previewBeside(make("previewBesideAction"))
    , about(make("aboutAction"))
    , newAccount(make("newAccountAction"))
    , editAccount(make("editAccountAction"))
    , removeAccount(make("removeAccountAction"))
    , trustedCertificates(make("trustedCertificatesAction"))
    , trayIcon(make("trayIconAction"))
    , notifications(make("notificationsAction"))
    , languages(new QActionGroup(this))
{
    QStyle* style = window->style();
    fetchAll->setShortcut(QKeySequence::Refresh); // F5
    fetchAll->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    fetchAccount->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    stop->setIcon(style->standardIcon(QStyle::SP_BrowserStop));
    stop->setEnabled(false);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    markRead->setShortcut(
        QKeySequence(Qt::Key_R)); // as in Thunderbird; the search field keeps its letters
    markUnread->setShortcut(QKeySequence(Qt::Key_U));
    deleteLocally->setShortcut(QKeySequence::Delete);
    deleteLocally->setIcon(style->standardIcon(QStyle::SP_TrashIcon));
    search->setShortcut(QKeySequence::Find); // Ctrl+F
    unreadOnly->setCheckable(true);
    showDeleted->setCheckable(true);
    previewBeside->setCheckable(true);
    about->setMenuRole(QAction::AboutRole);
    trayIcon->setCheckable(true);
    notifications->setCheckable(true);

    languages->setExclusive(true);
    for (const QString& code : LanguageManager::available()) {
        QAction* action = languages->addAction(LanguageManager::nativeName(code));
        action->setObjectName(u"language_" + code);
        action->setData(code);
        action->setCheckable(true);
    }

    QMenuBar* bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addActions({fetchAll, fetchAccount, stop});
    fileMenu->addSeparator();
    fileMenu->addActions({exportEml, exportMbox});
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    messageMenu = bar->addMenu(QString());
    messageMenu->setObjectName(QStringLiteral("messageMenu"));
    messageMenu->addActions({markRead, markUnread, deleteLocally});

    accountMenu = bar->addMenu(QString());
    accountMenu->setObjectName(QStringLiteral("accountMenu"));
    accountMenu->addActions({newAccount, editAccount, removeAccount});
    accountMenu->addSeparator();
    accountMenu->addAction(trustedCertificates);

    viewMenu = bar->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addActions({search, unreadOnly, showDeleted, previewBeside});
    viewMenu->addSeparator();
    viewMenu->addActions({trayIcon, notifications});
    viewMenu->addSeparator();

    languageMenu = bar->addMenu(QString());
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    languageMenu->addActions(languages->actions());

    helpMenu = bar->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(about);

    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({fetchAll, stop});
    toolBar->addSeparator();
    toolBar->addActions({markRead, deleteLocally});
    retranslate();
}

QAction* MainActions::make(const char* objectName)
{
    auto* action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

void MainActions::retranslate()
{
    fetchAll->setText(tr("&Fetch All"));
    fetchAll->setToolTip(tr("Fetch new mail for every account (F5)"));
    fetchAccount->setText(tr("Fetch &This Account"));
    stop->setText(tr("&Stop"));
    stop->setToolTip(tr("Stop fetching; what has arrived stays in the archive"));
    exportEml->setText(tr("Export Selected as .&eml…"));
    exportMbox->setText(tr("Export Selected as &mbox…"));
    quit->setText(tr("&Quit"));
    markRead->setText(tr("Mark as &Read"));
    markUnread->setText(tr("Mark as &Unread"));
    deleteLocally->setText(tr("&Delete Locally"));
    deleteLocally->setToolTip(tr("Hide the message in Postbote; the server follows the "
                                 "account's retention policy"));
    search->setText(tr("&Search"));
    unreadOnly->setText(tr("&Unread Only"));
    showDeleted->setText(tr("Show &Deleted Messages"));
    previewBeside->setText(tr("Preview &Beside the List"));
    about->setText(tr("&About Postbote"));
    newAccount->setText(tr("&New Account…"));
    editAccount->setText(tr("&Edit Account…"));
    removeAccount->setText(tr("&Remove Account…"));
    trustedCertificates->setText(tr("&Trusted Certificates…"));
    trayIcon->setText(tr("Show &Tray Icon"));
    notifications->setText(tr("&Notify of New Mail"));
    accountMenu->setTitle(tr("A&ccounts"));
    fileMenu->setTitle(tr("&File"));
    messageMenu->setTitle(tr("&Message"));
    viewMenu->setTitle(tr("&View"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));
    toolBar->setWindowTitle(tr("Main Toolbar"));
}

} // namespace Postbote
