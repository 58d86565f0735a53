// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;
class QWidget;

namespace Postbote {

/// Postbote in the system tray: an icon with the number of unread messages drawn on it, the
/// same number in the tooltip, a notification when a periodic check brought new mail, and a
/// menu with "Fetch All", "Show Postbote" and "Quit". Clicking the icon brings the window
/// back.
///
/// Both the icon and the notifications can be switched off. Where the desktop has no tray
/// (QSystemTrayIcon::isSystemTrayAvailable() is false, e.g. the offscreen platform) the object
/// stays inert: it keeps the count, tooltip, icon and menu, but shows nothing. Notifications
/// go through the tray icon, so they need it to be shown.
class MailTrayIcon : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool notificationsEnabled READ notificationsEnabled WRITE setNotificationsEnabled
            NOTIFY notificationsEnabledChanged)
    Q_PROPERTY(int unreadCount READ unreadCount WRITE setUnreadCount NOTIFY unreadCountChanged)

public:
    /// QSettings keys of the two options (both on by default).
    static constexpr const char* TrayIconKey = "ui/trayIcon";
    static constexpr const char* NotificationsKey = "ui/notifications";

    /// \a window is shown and raised by a click on the icon and by "Show Postbote".
    explicit MailTrayIcon(QWidget* window, QObject* parent = nullptr);
    ~MailTrayIcon() override;

    /// Reads both options from \a settings and writes them back whenever they change.
    /// \a settings must outlive this object.
    void bindSettings(QSettings* settings);

    /// Whether the user wants the icon (it shows only where a tray exists).
    bool isEnabled() const { return m_enabled; }
    bool notificationsEnabled() const { return m_notifications; }
    /// The icon is really in a tray now.
    bool isVisible() const;
    int unreadCount() const { return m_unread; }

    QString toolTip() const;
    /// The icon as shown: the envelope with the count on it (none at 0).
    QIcon icon() const { return m_icon; }
    QMenu* menu() const { return m_menu.get(); }
    QAction* fetchAllAction() const { return m_fetchAll; }
    QAction* showWindowAction() const { return m_showWindow; }
    QAction* quitAction() const { return m_quit; }
    /// The last notification's text (also when no tray could show it), for tests.
    QString lastNotification() const { return m_lastNotification; }

    /// "Postbote – 3 unread messages".
    static QString toolTipFor(int unread);
    /// "2 new messages in “Work”".
    static QString notificationText(int count, const QString& accountName);
    /// What the count on the icon reads: "", "7", "99+".
    static QString badgeText(int unread);

public Q_SLOTS:
    void setEnabled(bool enabled);
    void setNotificationsEnabled(bool enabled);
    void setUnreadCount(int count);
    /// New mail from a periodic check (CheckScheduler::newMail); shown if notifications are on.
    void notifyNewMail(const QString& accountId, const QString& accountName, int count);
    /// Shows the window, un-minimised and in front.
    void showWindow();

Q_SIGNALS:
    void enabledChanged(bool enabled);
    void notificationsEnabledChanged(bool enabled);
    void unreadCountChanged(int count);
    /// "Fetch All" in the menu.
    void fetchAllRequested();
    /// "Quit" in the menu: the program should end (safely, see QuitGuard).
    void quitRequested();
    /// A notification was due (notifications on): \a shown is false where no tray showed it.
    void notified(const QString& title, const QString& text, bool shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateIcon();
    void updateTray();
    static QIcon baseIcon();

    QPointer<QWidget> m_window;
    std::unique_ptr<QMenu> m_menu;
    QAction* m_fetchAll = nullptr;
    QAction* m_showWindow = nullptr;
    QAction* m_quit = nullptr;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QSettings* m_settings = nullptr;
    QIcon m_icon;
    QString m_lastNotification;
    int m_unread = 0;
    bool m_enabled = true;
    bool m_notifications = true;
};

} // namespace Postbote
