// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

namespace Postbote {

/// The main window's actions, menus and toolbar, with their shortcuts and texts. The window
/// connects them; this class only builds them and translates them again when the language
/// changes.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QMainWindow* window);

    void retranslate();

    QAction* fetchAll;
    QAction* fetchAccount;
    QAction* stop;
    QAction* exportEml;
    QAction* exportMbox;
    QAction* quit;
    QAction* markRead;
    QAction* markUnread;
    QAction* deleteLocally;
    QAction* search;
    QAction* unreadOnly;
    QAction* showDeleted;
    QAction* previewBeside;
    QAction* about;
    QAction* newAccount;
    QAction* editAccount;
    QAction* removeAccount;
    QAction* trustedCertificates;
    QAction* trayIcon;
    QAction* notifications;
    QActionGroup* languages;

    QMenu* fileMenu;
    QMenu* messageMenu;
    QMenu* accountMenu;
    QMenu* viewMenu;
    QMenu* languageMenu;
    QMenu* helpMenu;
    QToolBar* toolBar;

private:
    QAction* make(const char* objectName);
};

} // namespace Postbote
