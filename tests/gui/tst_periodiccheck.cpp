// SPDX-License-Identifier: GPL-3.0-or-later
// Periodic checks in the real window (DesktopSession, as the program builds it) with a
// CheckScheduler, a MailTrayIcon and a QuitGuard wired as the program wires them: new mail
// appears in the inbox without anyone asking, the tray's count and notification follow
// (offscreen has no tray: the inert path), and quitting during a periodic fetch leaves the
// archive consistent.
#include "DesktopSession.h"
#include "MessageFiles.h"
#include "account/AccountStore.h"
#include "archive/ArchiveIndex.h"
#include "archive/ArchiveStore.h"
#include "models/MessageListModel.h"
#include "server/DemoPop3Server.h"
#include "sync/AccountArchives.h"
#include "sync/CheckScheduler.h"
#include "sync/FetchQueue.h"
#include "sync/QuitGuard.h"
#include "tray/MailTrayIcon.h"
#include "window/InboxView.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Postbote;
using namespace std::chrono_literals;

namespace {

bool writeMessage(const QString& dir, int number, int bodyBytes = 200)
{
    QFile file(dir + QStringLiteral("/%1.eml").arg(number, 3, 10, QLatin1Char('0')));
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(QStringLiteral("From: a%1@example.org\nTo: max@example.org\nSubject: "
                              "Nachricht %1\nMessage-ID: <%1@example.org>\n\n")
                   .arg(number)
                   .toUtf8());
    const QByteArray line = QByteArray(75, char('a' + number % 26)) + '\n';
    for (int written = 0; written < bodyBytes; written += int(line.size())) {
        file.write(line);
    }
    return file.error() == QFile::NoError;
}

/// "%n new message(s) in “%1”": the English plural forms come from the catalogue
/// (translations/postbote_en.ts), so only the parts that do not depend on it are compared.
bool isNotification(const QString& text, int count, const QString& account)
{
    const bool ok = text.startsWith(QString::number(count) + u" new message"_qs)
        && text.endsWith(u" in “"_qs + account + u'”');
    if (!ok) {
        qWarning("unexpected notification: %s", qPrintable(text));
    }
    return ok;
}

/// Translates one string of the tray, to see the menu follow a language change.
class OneStringTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(
        const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "Postbote::MailTrayIcon") == 0 && qstrcmp(source, "&Quit") == 0) {
            return QStringLiteral("&Beenden");
        }
        return QString();
    }
};

} // namespace

class TestPeriodicCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newMailArrivesWithoutUserAction();
    void trayTextsAndOptions();
    void trayMenuActions();
    void quitDuringPeriodicFetchKeepsArchiveConsistent_data();
    void quitDuringPeriodicFetchKeepsArchiveConsistent();

private:
    /// The demo account checked every \a minutes (of 50 ms each), on \a mailbox.
    void wire(int minutes);
    QTreeView* inbox() const { return m_session->window()->inbox()->treeView(); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_mailbox;
    std::unique_ptr<DesktopSession> m_session;
    std::unique_ptr<CheckScheduler> m_scheduler;
    std::unique_ptr<MailTrayIcon> m_tray;
    std::unique_ptr<QuitGuard> m_guard;
};

void TestPeriodicCheck::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_home->filePath(QStringLiteral("config")));
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
    qputenv("LANGUAGE", "en");
    m_mailbox = std::make_unique<QTemporaryDir>();
    QVERIFY(m_mailbox->isValid());

    m_session = std::make_unique<DesktopSession>();
    QString error;
    QVERIFY2(m_session->start({}, &error), qPrintable(error));
    m_session->language()->setLanguage(QStringLiteral("en"));
    QVERIFY(m_session->demoServer()->openMailboxDirectory(m_mailbox->path()));
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

void TestPeriodicCheck::cleanup()
{
    // The program's order: what refers to the session goes first.
    m_guard.reset();
    m_tray.reset();
    m_scheduler.reset();
    m_session.reset();
    m_mailbox.reset();
    m_home.reset();
}

void TestPeriodicCheck::wire(int minutes)
{
    AccountStore* accounts = m_session->accounts();
    std::optional<Account> demo = accounts->find(m_session->demoAccountId());
    QVERIFY(demo);
    demo->checkIntervalMinutes = minutes;
    QVERIFY(accounts->update(*demo));

    // What DesktopSession / MainWindow will do (see the scheduler helper's report).
    MainWindow* window = m_session->window();
    m_scheduler = std::make_unique<CheckScheduler>(accounts, m_session->fetchQueue());
    m_scheduler->followSystemNetwork(); // offscreen CI: may or may not load a backend
    m_scheduler->setOnline(true);       // whatever the build machine's network says
    m_scheduler->setIntervalUnitForTesting(50ms);
    m_tray = std::make_unique<MailTrayIcon>(window);
    m_tray->bindSettings(m_session->settings());
    MessageListModel* messages = window->messageModel();
    connect(messages, &MessageListModel::unreadCountsChanged, m_tray.get(),
        [this, messages] { m_tray->setUnreadCount(messages->unreadCount()); });
    connect(
        m_scheduler.get(), &CheckScheduler::newMail, m_tray.get(), &MailTrayIcon::notifyNewMail);
    connect(m_tray.get(), &MailTrayIcon::fetchAllRequested, window, &MainWindow::fetchAll);
    m_guard = std::make_unique<QuitGuard>(m_session->fetchQueue(), m_scheduler.get());
}

void TestPeriodicCheck::newMailArrivesWithoutUserAction()
{
    QVERIFY(writeMessage(m_mailbox->path(), 1));
    QVERIFY(writeMessage(m_mailbox->path(), 2));
    wire(2);
    QSignalSpy notified(m_tray.get(), &MailTrayIcon::notified);
    QSignalSpy started(m_scheduler.get(), &CheckScheduler::checkStarted);

    // Nobody clicks anything: the check comes, and the inbox fills.
    QTRY_COMPARE_WITH_TIMEOUT(inbox()->model()->rowCount(), 2, 15000);
    QVERIFY(started.size() >= 1);
    QTRY_COMPARE(m_tray->unreadCount(), 2);
    QVERIFY2(m_tray->toolTip().contains(u"2 unread message"_qs), qPrintable(m_tray->toolTip()));
    QTRY_COMPARE(notified.size(), 1);
    QVERIFY(isNotification(notified.first().at(1).toString(), 2, u"Demo"_qs));
    // Offscreen has no system tray: nothing is shown, but nothing is lost either.
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(m_tray->isEnabled());
    QVERIFY(!m_tray->isVisible());
    QCOMPARE(notified.first().at(2).toBool(), false);

    // Another message reaches the server; the next check brings it.
    QVERIFY(writeMessage(m_mailbox->path(), 3));
    QTRY_COMPARE_WITH_TIMEOUT(inbox()->model()->rowCount(), 3, 15000);
    QTRY_COMPARE(m_tray->unreadCount(), 3);
    QTRY_COMPARE(notified.size(), 2);
    QVERIFY(isNotification(m_tray->lastNotification(), 1, u"Demo"_qs));
    QVERIFY(m_scheduler->nextCheck(m_session->demoAccountId()).isValid());

    // Reading one lowers the count in the tray.
    inbox()->setCurrentIndex(inbox()->model()->index(0, MessageListModel::SubjectColumn));
    QTRY_COMPARE(m_tray->unreadCount(), 2);
    QVERIFY(m_tray->toolTip().contains(u"2 unread"_qs));
}

void TestPeriodicCheck::trayTextsAndOptions()
{
    QCOMPARE(MailTrayIcon::toolTipFor(0), u"Postbote – no unread messages"_qs);
    QVERIFY(MailTrayIcon::toolTipFor(1).startsWith(u"Postbote – 1 unread message"_qs));
    QVERIFY(MailTrayIcon::toolTipFor(42).startsWith(u"Postbote – 42 unread message"_qs));
    QVERIFY(isNotification(MailTrayIcon::notificationText(1, u"Work"_qs), 1, u"Work"_qs));
    QVERIFY(isNotification(MailTrayIcon::notificationText(7, u"Work"_qs), 7, u"Work"_qs));
    QCOMPARE(MailTrayIcon::badgeText(0), QString());
    QCOMPARE(MailTrayIcon::badgeText(7), u"7"_qs);
    QCOMPARE(MailTrayIcon::badgeText(99), u"99"_qs);
    QCOMPARE(MailTrayIcon::badgeText(100), u"99+"_qs);

    QSettings* settings = m_session->settings();
    MailTrayIcon tray(m_session->window());
    tray.bindSettings(settings);
    // Both on by default.
    QVERIFY(tray.isEnabled());
    QVERIFY(tray.notificationsEnabled());

    // The icon changes with the count (a number is drawn on it), and back.
    const QImage plain = tray.icon().pixmap(32, 32).toImage();
    QVERIFY(!plain.isNull());
    tray.setUnreadCount(5);
    QCOMPARE(tray.unreadCount(), 5);
    QVERIFY(tray.icon().pixmap(32, 32).toImage() != plain);
    tray.setUnreadCount(0);
    QCOMPARE(tray.icon().pixmap(32, 32).toImage(), plain);
    QCOMPARE(tray.toolTip(), MailTrayIcon::toolTipFor(0));

    // Switched off: stored, and no notification.
    QSignalSpy notified(&tray, &MailTrayIcon::notified);
    tray.setNotificationsEnabled(false);
    tray.setEnabled(false);
    QCOMPARE(settings->value(u"ui/notifications"_qs).toBool(), false);
    QCOMPARE(settings->value(u"ui/trayIcon"_qs).toBool(), false);
    tray.notifyNewMail(m_session->demoAccountId(), u"Demo"_qs, 3);
    QCOMPARE(notified.size(), 0);
    QVERIFY(tray.lastNotification().isEmpty());
    QVERIFY(!tray.isVisible());

    // A second icon (the next start) reads the choice back.
    {
        MailTrayIcon next(m_session->window());
        next.bindSettings(settings);
        QVERIFY(!next.isEnabled());
        QVERIFY(!next.notificationsEnabled());
    }
    tray.setNotificationsEnabled(true);
    tray.notifyNewMail(m_session->demoAccountId(), u"Demo"_qs, 3);
    QCOMPARE(notified.size(), 1);
    tray.notifyNewMail(m_session->demoAccountId(), u"Demo"_qs, 0); // nothing new: silent
    QCOMPARE(notified.size(), 1);
}

void TestPeriodicCheck::trayMenuActions()
{
    QVERIFY(writeMessage(m_mailbox->path(), 1));
    wire(0); // no periodic checks: only the menu fetches
    QMenu* menu = m_tray->menu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 4); // fetch, show, separator, quit
    QCOMPARE(m_tray->fetchAllAction()->text(), u"&Fetch All"_qs);
    QCOMPARE(m_tray->showWindowAction()->text(), u"&Show Postbote"_qs);
    QCOMPARE(m_tray->quitAction()->text(), u"&Quit"_qs);

    QSignalSpy idle(m_session->fetchQueue(), &FetchQueue::idle);
    m_tray->fetchAllAction()->trigger();
    QVERIFY(idle.wait(15000));
    QTRY_COMPARE(inbox()->model()->rowCount(), 1);

    MainWindow* window = m_session->window();
    window->showMinimized();
    QTRY_VERIFY(window->isMinimized());
    m_tray->showWindowAction()->trigger();
    QTRY_VERIFY(!window->isMinimized());
    QVERIFY(window->isVisible());

    QSignalSpy quit(m_tray.get(), &MailTrayIcon::quitRequested);
    m_tray->quitAction()->trigger();
    QCOMPARE(quit.size(), 1);

    // The menu follows a language change.
    OneStringTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(m_tray->quitAction()->text(), u"&Beenden"_qs);
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(m_tray->quitAction()->text(), u"&Quit"_qs);
}

void TestPeriodicCheck::quitDuringPeriodicFetchKeepsArchiveConsistent_data()
{
    QTest::addColumn<bool>("throughGuard");
    QTest::newRow("window closed") << false;
    QTest::newRow("quit guard") << true;
}

void TestPeriodicCheck::quitDuringPeriodicFetchKeepsArchiveConsistent()
{
    QFETCH(bool, throughGuard);
    // Large enough to quit in the middle: 40 messages of 256 KB.
    for (int i = 0; i < 40; ++i) {
        QVERIFY(writeMessage(m_mailbox->path(), i, 256 * 1024));
    }
    wire(1);
    FetchQueue* fetches = m_session->fetchQueue();
    const QString archive = m_session->archives()->directory(m_session->demoAccountId());
    bool quitting = false;
    connect(fetches, &FetchQueue::progress, this,
        [&](const QString&, int done, int total, qint64, qint64) {
            if (quitting || done < 3 || done >= total) {
                return;
            }
            quitting = true;
            QVERIFY(m_scheduler->isPeriodicCheck(m_session->demoAccountId()));
            if (throughGuard) {
                QVERIFY(m_guard->settle());
            } else {
                // What the program does today when the window closes.
                QVERIFY(m_session->window()->close());
            }
        });
    QTRY_VERIFY_WITH_TIMEOUT(quitting, 30000);
    // Right after: nothing runs, nothing half-done is pending.
    QVERIFY(!fetches->isBusy());

    // The event loop ends here: everything is torn down without it running again.
    m_guard.reset();
    m_tray.reset();
    m_scheduler.reset();
    m_session.reset();

    const QStringList files = Test::maildirFiles(archive);
    QVERIFY2(files.size() >= 3 && files.size() < 40, qPrintable(QString::number(files.size())));
    QVERIFY(Test::filesIn(archive, {u"tmp"_qs}).isEmpty());
    ArchiveStore store(archive);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    // The index had every file already: nothing to adopt or to drop.
    QCOMPARE(store.lastReconcile().indexed, 0);
    QCOMPARE(store.lastReconcile().removed, 0);
    QCOMPARE(store.index()->count(), int(files.size()));
    // Nothing was deleted on the server (no QUIT).
    QCOMPARE(QDir(m_mailbox->path()).entryList({u"*.eml"_qs}).size(), 40);
}

QTEST_MAIN(TestPeriodicCheck)
#include "tst_periodiccheck.moc"
