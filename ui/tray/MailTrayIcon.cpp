// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailTrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

#include <algorithm>

namespace Postbote {

namespace {

/// The sizes trays ask for; each is drawn, not scaled, so the number stays readable.
constexpr int IconSizes[] = {16, 22, 32, 48, 64};

/// A plain envelope, for when neither the application nor the theme has an icon.
QPixmap envelope(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size * 0.06;
    const QRectF body(margin, size * 0.2, size - 2 * margin, size * 0.6);
    QPen pen(QColor(0x2b, 0x4c, 0x7e));
    pen.setWidthF(std::max(1.0, size / 16.0));
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(QColor(0xf4, 0xf1, 0xe6));
    painter.drawRoundedRect(body, size * 0.05, size * 0.05);
    QPainterPath flap;
    flap.moveTo(body.topLeft());
    flap.lineTo(body.center().x(), body.top() + body.height() * 0.55);
    flap.lineTo(body.topRight());
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(flap);
    return pixmap;
}

/// \a base with \a text in a red disc in the lower right corner.
QPixmap withBadge(const QIcon& base, int size, const QString& text)
{
    QPixmap pixmap = base.isNull() ? envelope(size) : base.pixmap(size, size);
    if (pixmap.size() != QSize(size, size)) {
        pixmap = pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    if (text.isEmpty()) {
        return pixmap;
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal height = size * 0.6;
    const qreal width = text.size() <= 1 ? height : height * (0.45 + 0.3 * text.size());
    const QRectF disc(
        size - std::min<qreal>(width, size), size - height, std::min<qreal>(width, size), height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd0, 0x1c, 0x1c));
    painter.drawRoundedRect(disc, height / 2, height / 2);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(std::max(6, int(height * (text.size() <= 2 ? 0.75 : 0.6))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(disc, Qt::AlignCenter, text);
    return pixmap;
}

} // namespace

MailTrayIcon::MailTrayIcon(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_menu(std::make_unique<QMenu>())
{
    m_fetchAll = m_menu->addAction(QString());
    m_showWindow = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_fetchAll->setObjectName(QStringLiteral("trayFetchAll"));
    m_showWindow->setObjectName(QStringLiteral("trayShowWindow"));
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    connect(m_fetchAll, &QAction::triggered, this, &MailTrayIcon::fetchAllRequested);
    connect(m_showWindow, &QAction::triggered, this, &MailTrayIcon::showWindow);
    connect(m_quit, &QAction::triggered, this, &MailTrayIcon::quitRequested);
    // The menu is a widget and hears the language change; this object is not.
    m_menu->installEventFilter(this);
    retranslate();
    updateIcon();
    updateTray();
}

MailTrayIcon::~MailTrayIcon()
{
    m_tray.reset(); // before the menu it shows
}

void MailTrayIcon::bindSettings(QSettings* settings)
{
    m_settings = nullptr; // no write-back of the values being read
    setEnabled(settings->value(QLatin1String(TrayIconKey), true).toBool());
    setNotificationsEnabled(settings->value(QLatin1String(NotificationsKey), true).toBool());
    m_settings = settings;
}

bool MailTrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

QString MailTrayIcon::toolTip() const
{
    return toolTipFor(m_unread);
}

QString MailTrayIcon::toolTipFor(int unread)
{
    if (unread <= 0) {
        return tr("Postbote – no unread messages");
    }
    return tr("Postbote – %n unread message(s)", nullptr, unread);
}

QString MailTrayIcon::notificationText(int count, const QString& accountName)
{
    return tr("%n new message(s) in “%1”", nullptr, count).arg(accountName);
}

QString MailTrayIcon::badgeText(int unread)
{
    if (unread <= 0) {
        return QString();
    }
    return unread > 99 ? QStringLiteral("99+") : QString::number(unread);
}

void MailTrayIcon::setEnabled(bool enabled)
{
    if (m_settings) {
        m_settings->setValue(QLatin1String(TrayIconKey), enabled);
    }
    if (m_enabled == enabled) {
        return;
    }
    m_enabled = enabled;
    updateTray();
    Q_EMIT enabledChanged(enabled);
}

void MailTrayIcon::setNotificationsEnabled(bool enabled)
{
    if (m_settings) {
        m_settings->setValue(QLatin1String(NotificationsKey), enabled);
    }
    if (m_notifications == enabled) {
        return;
    }
    m_notifications = enabled;
    Q_EMIT notificationsEnabledChanged(enabled);
}

void MailTrayIcon::setUnreadCount(int count)
{
    count = std::max(0, count);
    if (m_unread == count) {
        return;
    }
    m_unread = count;
    updateIcon();
    if (m_tray) {
        m_tray->setToolTip(toolTip());
    }
    Q_EMIT unreadCountChanged(count);
}

void MailTrayIcon::notifyNewMail(const QString& accountId, const QString& accountName, int count)
{
    Q_UNUSED(accountId);
    if (!m_notifications || count <= 0) {
        return;
    }
    const QString title = tr("New mail");
    m_lastNotification = notificationText(count, accountName);
    const bool shown = isVisible() && QSystemTrayIcon::supportsMessages();
    if (shown) {
        m_tray->showMessage(title, m_lastNotification, m_icon);
    }
    Q_EMIT notified(title, m_lastNotification, shown);
}

void MailTrayIcon::showWindow()
{
    if (!m_window) {
        return;
    }
    if (m_window->isMinimized()) {
        m_window->showNormal();
    } else {
        m_window->show();
    }
    m_window->raise();
    m_window->activateWindow();
}

bool MailTrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void MailTrayIcon::retranslate()
{
    m_fetchAll->setText(tr("&Fetch All"));
    m_showWindow->setText(tr("&Show Postbote"));
    m_quit->setText(tr("&Quit"));
    if (m_tray) {
        m_tray->setToolTip(toolTip());
    }
}

void MailTrayIcon::updateIcon()
{
    const QIcon base = baseIcon();
    const QString text = badgeText(m_unread);
    QIcon icon;
    for (int size : IconSizes) {
        icon.addPixmap(withBadge(base, size, text));
    }
    m_icon = icon;
    if (m_tray) {
        m_tray->setIcon(m_icon);
    }
}

void MailTrayIcon::updateTray()
{
    const bool wanted = m_enabled && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        m_tray.reset();
        return;
    }
    if (m_tray) {
        return;
    }
    m_tray = std::make_unique<QSystemTrayIcon>(m_icon);
    m_tray->setToolTip(toolTip());
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray.get(), &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                showWindow();
            }
        });
    connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, &MailTrayIcon::showWindow);
    m_tray->show();
}

QIcon MailTrayIcon::baseIcon()
{
    const QIcon app = QApplication::windowIcon();
    if (!app.isNull() && !app.availableSizes().isEmpty()) {
        return app;
    }
    const QIcon theme = QIcon::fromTheme(QStringLiteral("mail-unread"));
    return theme.isNull() ? QIcon() : theme;
}

} // namespace Postbote
