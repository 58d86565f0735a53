// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window, built by DesktopSession exactly as the program builds it, on
// the built-in demo server: fetch, preview, language switch, masked log, cancel.
#include "DesktopSession.h"
#include "MessageFiles.h"
#include "account/AccountStore.h"
#include "account/FetchPrompter.h"
#include "log/ProtocolLogDock.h"
#include "message/MessageView.h"
#include "models/AccountListModel.h"
#include "models/MessageListLoader.h"
#include "models/MessageListModel.h"
#include "server/DemoPop3Server.h"
#include "sync/AccountArchives.h"
#include "sync/FetchQueue.h"
#include "window/FetchStatusWidget.h"
#include "window/InboxView.h"
#include "window/LanguageManager.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace Postbote;

namespace {

/// Everything the preview shows as text: labels, browsers, text views.
QString visibleText(QWidget* root)
{
    QStringList parts;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        parts << label->text();
    }
    for (QTextEdit* edit : root->findChildren<QTextEdit*>()) {
        parts << edit->toPlainText();
    }
    return parts.join(u'\n');
}

QStringList menuTitles(QMainWindow* window)
{
    QStringList titles;
    for (QAction* action : window->menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

QString subjectsOf(const QAbstractItemModel* model)
{
    QStringList subjects;
    for (int row = 0; row < model->rowCount(); ++row) {
        subjects << model->index(row, MessageListModel::SubjectColumn).data().toString();
    }
    return subjects.join(u'\n');
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstStartAddsDemoAccount();
    void fetchShowsMessagesAndPreview();
    void logMasksPassword();
    void switchesLanguageAtRuntime();
    void remembersLanguageAndLayout();
    void markAndDeleteLocally();
    void exportSelected();
    void cancelDuringFetchKeepsArchiveConsistent();
    void refusedPasswordIsOneSentence();
    void demoOnlyWhenAskedOrPresent();
    void firstStartFollowsSystemLanguage();

private:
    void startSession();
    bool fetchAndWait(int timeoutMs = 20000);
    QString demoArchive() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<DesktopSession> m_session;
};

void TestMainWindow::init()
{
    // Settings and archives go to a fresh folder per test, never the user's.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // QSettings caches its folder after first use, so it is set explicitly as well.
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_home->filePath(QStringLiteral("config")));
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
    qputenv("LANGUAGE", "en");
    startSession();
}

void TestMainWindow::cleanup()
{
    m_session.reset();
    m_home.reset();
}

void TestMainWindow::startSession()
{
    m_session = std::make_unique<DesktopSession>();
    QString error;
    QVERIFY2(m_session->start({}, &error), qPrintable(error));
    m_session->language()->setLanguage(QStringLiteral("en"));
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

bool TestMainWindow::fetchAndWait(int timeoutMs)
{
    QSignalSpy idle(m_session->fetchQueue(), &FetchQueue::idle);
    m_session->window()->actions()->fetchAll->trigger();
    return idle.wait(timeoutMs);
}

QString TestMainWindow::demoArchive() const
{
    return m_session->archives()->directory(m_session->demoAccountId());
}

void TestMainWindow::firstStartAddsDemoAccount()
{
    QVERIFY(m_session->demoServer() != nullptr);
    QVERIFY(m_session->demoServer()->isListening());
    const QList<Account> accounts = m_session->accounts()->accounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().name, u"Demo"_qs);
    QCOMPARE(accounts.first().port, int(m_session->demoServer()->serverPort()));
    // Accounts on the left: "All accounts" and the demo account.
    QCOMPARE(m_session->window()->accountModel()->rowCount(), 2);
}

void TestMainWindow::fetchShowsMessagesAndPreview()
{
    MainWindow* window = m_session->window();
    QVERIFY(fetchAndWait());
    const int expected = m_session->demoServer()->mailbox().count();
    QVERIFY(expected >= 8);
    QTreeView* inbox = window->inbox()->treeView();
    QTRY_COMPARE(inbox->model()->rowCount(), expected);
    QVERIFY2(
        window->statusText().contains(QString::number(expected)), qPrintable(window->statusText()));
    // Unread counts on the left follow the inbox.
    const QModelIndex demo = window->accountModel()->indexOfAccount(m_session->demoAccountId());
    QCOMPARE(demo.data(AccountListModel::UnreadCountRole).toInt(), expected);

    // The classroom page's message: decoded subject, umlauts in the body.
    QVERIFY(subjectsOf(inbox->model()).contains(u"Lorem ipsum"_qs));
    QModelIndex lorem;
    for (int row = 0; row < inbox->model()->rowCount(); ++row) {
        const QModelIndex index = inbox->model()->index(row, MessageListModel::SubjectColumn);
        if (index.data().toString() == u"Lorem ipsum") {
            lorem = index;
        }
    }
    QVERIFY(lorem.isValid());
    inbox->setCurrentIndex(lorem);
    const QString shown = visibleText(window->messageView());
    QVERIFY2(shown.contains(u"Lorem ipsum"_qs), qPrintable(shown));
    QVERIFY2(shown.contains(u"quäkt Jürgen blöd vom Paß"_qs), qPrintable(shown));
    QVERIFY2(shown.contains(u"erika@mustermann.de"_qs), qPrintable(shown));
    // Opening it marked it read, in the view and in the archive.
    QTRY_VERIFY(lorem.data(MessageListModel::SeenRole).toBool());
    QCOMPARE(demo.data(AccountListModel::UnreadCountRole).toInt(), expected - 1);

    // An encoded subject arrives decoded.
    QVERIFY2(subjectsOf(inbox->model()).contains(u"Prüfungstermine"_qs),
        qPrintable(subjectsOf(inbox->model())));

    // A second fetch finds nothing new and says so.
    QVERIFY(fetchAndWait());
    QCOMPARE(inbox->model()->rowCount(), expected);
    QVERIFY2(
        window->statusText().contains(u"no new messages"_qs), qPrintable(window->statusText()));
}

void TestMainWindow::logMasksPassword()
{
    // A password that no protocol line could contain by chance ("password" can).
    const QString secret = QStringLiteral("Geheim-4711");
    m_session->demoServer()->setCredentials(QStringLiteral("max"), secret);
    m_session->fetchQueue()->setFixedPassword(m_session->demoAccountId(), secret);
    QVERIFY(fetchAndWait());
    ProtocolLogDock* dock = m_session->window()->logDock();
    auto* view = dock->findChild<QAbstractItemView*>();
    QVERIFY(view != nullptr);
    const QAbstractItemModel* model = view->model();
    QTRY_VERIFY(model->rowCount() > 10);
    bool sawPass = false;
    QStringList all;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column) {
            cells << model->index(row, column).data().toString();
        }
        const QString line = cells.join(u' ');
        all << line;
        sawPass = sawPass || line.contains(u"PASS ****"_qs);
        QVERIFY2(!line.contains(secret), qPrintable(line));
    }
    QVERIFY2(sawPass, qPrintable(all.join(u'\n')));
    QVERIFY2(all.join(u'\n').contains(u"RETR"_qs), "the dialogue shows the retrievals");
    QVERIFY(!dock->copyText().contains(secret));
}

void TestMainWindow::switchesLanguageAtRuntime()
{
    MainWindow* window = m_session->window();
    QVERIFY(menuTitles(window).contains(u"&File"_qs));
    QVERIFY(window->statusText().contains(u"Ready"_qs));

    QAction* german = window->findChild<QAction*>(QStringLiteral("language_de"));
    QVERIFY(german != nullptr);
    german->trigger();
    QTRY_VERIFY(menuTitles(window).contains(u"&Datei"_qs));
    QVERIFY2(window->statusText().contains(u"Bereit"_qs), qPrintable(window->statusText()));
    QCOMPARE(window->actions()->fetchAll->text(), u"&Alle abrufen"_qs);
    QVERIFY(german->isChecked());
    // Dates follow the language.
    QCOMPARE(window->messageModel()->locale().language(), QLocale::German);
    // Qt's own strings too (qtbase: standard dialogs' buttons).
    QVERIFY(m_session->language()->qtCatalogueLoaded());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_qs);

    // A fetch now reports in German.
    QVERIFY(fetchAndWait());
    QVERIFY2(window->statusText().contains(u"neue Nachricht"_qs), qPrintable(window->statusText()));

    window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_VERIFY(menuTitles(window).contains(u"&File"_qs));
    QVERIFY2(window->statusText().contains(u"new message"_qs), qPrintable(window->statusText()));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_qs);
}

void TestMainWindow::remembersLanguageAndLayout()
{
    m_session->language()->setLanguage(QStringLiteral("de"));
    QTreeView* inbox = m_session->window()->inbox()->treeView();
    inbox->header()->resizeSection(MessageListModel::FromColumn, 321);
    m_session->window()->close(); // saves the layout
    m_session.reset();

    m_session = std::make_unique<DesktopSession>();
    QString error;
    QVERIFY2(m_session->start({}, &error), qPrintable(error));
    QCOMPARE(m_session->language()->current(), u"de"_qs);
    QVERIFY(menuTitles(m_session->window()).contains(u"&Datei"_qs));
    QCOMPARE(m_session->window()->inbox()->treeView()->header()->sectionSize(
                 MessageListModel::FromColumn),
        321);
    // Still one demo account, on the new port.
    QCOMPARE(m_session->accounts()->accounts().size(), 1);
    QCOMPARE(
        m_session->accounts()->accounts().first().port, int(m_session->demoServer()->serverPort()));
}

void TestMainWindow::markAndDeleteLocally()
{
    QVERIFY(fetchAndWait());
    MainWindow* window = m_session->window();
    QTreeView* inbox = window->inbox()->treeView();
    QTRY_VERIFY(inbox->model()->rowCount() > 2);
    const int before = inbox->model()->rowCount();
    inbox->setCurrentIndex(inbox->model()->index(0, 0));
    window->actions()->markUnread->trigger();
    QVERIFY(!inbox->model()->index(0, 0).data(MessageListModel::SeenRole).toBool());
    window->actions()->markRead->trigger();
    QVERIFY(inbox->model()->index(0, 0).data(MessageListModel::SeenRole).toBool());

    const qint64 id = inbox->model()->index(0, 0).data(MessageListModel::RecordIdRole).toLongLong();
    window->actions()->deleteLocally->trigger();
    QCOMPARE(inbox->model()->rowCount(), before - 1); // hidden
    window->actions()->showDeleted->setChecked(true);
    QCOMPARE(inbox->model()->rowCount(), before);

    // The archive keeps the file and knows the flag.
    QString error;
    const QList<ArchiveRecord> records = MessageListLoader::load(demoArchive(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto record = std::find_if(
        records.begin(), records.end(), [id](const ArchiveRecord& r) { return r.id == id; });
    QVERIFY(record != records.end());
    QVERIFY(record->deletedLocally);
    QVERIFY(QFileInfo::exists(QDir(demoArchive()).filePath(record->fileName)));
}

void TestMainWindow::exportSelected()
{
    QVERIFY(fetchAndWait());
    MainWindow* window = m_session->window();
    QTreeView* inbox = window->inbox()->treeView();
    QTRY_VERIFY(inbox->model()->rowCount() >= 3);
    inbox->selectionModel()->select(
        QItemSelection(inbox->model()->index(0, 0), inbox->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString mbox = m_home->filePath(QStringLiteral("out.mbox"));
    const QString eml = m_home->filePath(QStringLiteral("eml"));
    QVERIFY(QDir().mkpath(eml));
    window->setFileChooser([&](MainWindow::FileKind kind, const QString&) {
        return kind == MainWindow::FileKind::MboxFile ? mbox : eml;
    });
    window->actions()->exportMbox->trigger();
    QFile file(mbox);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\nFrom ") + 1, 3); // three mboxrd separator lines
    window->actions()->exportEml->trigger();
    QCOMPARE(QDir(eml).entryList(QDir::Files).size(), 3);
    QVERIFY2(window->statusText().contains(u"3"_qs), qPrintable(window->statusText()));
}

void TestMainWindow::cancelDuringFetchKeepsArchiveConsistent()
{
    // A mailbox large enough to cancel in the middle: 40 messages of 256 KB.
    QTemporaryDir mailbox;
    for (int i = 0; i < 40; ++i) {
        QFile file(mailbox.filePath(QStringLiteral("%1.eml").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("From: a%1@example.org\nTo: max@example.org\nSubject: "
                                  "Nachricht %1\nMessage-ID: <%1@example.org>\n\n")
                       .arg(i)
                       .toUtf8());
        const QByteArray line = QByteArray(75, char('a' + i % 26)) + '\n';
        for (int l = 0; l < 256 * 1024 / 76; ++l) {
            file.write(line);
        }
    }
    QVERIFY(m_session->demoServer()->openMailboxDirectory(mailbox.path()));

    FetchQueue* fetches = m_session->fetchQueue();
    MainWindow* window = m_session->window();
    QSignalSpy idle(fetches, &FetchQueue::idle);
    bool cancelled = false;
    connect(fetches, &FetchQueue::progress, this,
        [&](const QString&, int done, int total, qint64, qint64) {
            if (!cancelled && done >= 3 && done < total) {
                cancelled = true;
                QVERIFY(window->fetchStatus()->isVisible());
                QTest::mouseClick(
                    window->fetchStatus()->findChild<QWidget*>(u"cancelFetchButton"_qs),
                    Qt::LeftButton);
            }
        });
    window->actions()->fetchAll->trigger();
    QVERIFY(idle.wait(30000));
    QVERIFY(cancelled);
    QTRY_VERIFY(!window->fetchStatus()->isVisible());

    // Every stored file is indexed exactly once, and the inbox shows exactly those (their
    // summaries may still be on their way when the fetch has stopped).
    m_session->archives()->close(m_session->demoAccountId());
    const QStringList files = Test::maildirFiles(demoArchive());
    QVERIFY2(files.size() < 40, "the fetch was cancelled before the end");
    QTRY_COMPARE(window->inbox()->treeView()->model()->rowCount(), int(files.size()));
    QString error;
    QCOMPARE(MessageListLoader::load(demoArchive(), &error).size(), files.size());
    // Fetching again completes the archive, each message exactly once.
    QVERIFY(fetchAndWait(30000));
    QTRY_COMPARE(window->inbox()->treeView()->model()->rowCount(), 40);
    m_session->archives()->close(m_session->demoAccountId());
    QCOMPARE(Test::maildirFiles(demoArchive()).size(), 40);
    QCOMPARE(Test::sortedContents(Test::maildirFiles(demoArchive())).size(), 40);
}

void TestMainWindow::refusedPasswordIsOneSentence()
{
    // The prompt after [AUTH] has its own test (tst_fetchprompts); here the user cancels it.
    m_session->prompter()->setPasswordAsker([](const PasswordPrompt::Request&) {
        return std::optional<FetchPrompter::PasswordAnswer>();
    });
    m_session->fetchQueue()->setFixedPassword(
        m_session->demoAccountId(), QStringLiteral("not-the-password"));
    const int windows = int(QApplication::topLevelWidgets().size());
    QVERIFY(fetchAndWait());
    MainWindow* window = m_session->window();
    const QString status = window->statusText();
    // The account's name, what happened, and the server's own words, in the status bar.
    QVERIFY2(status.contains(u"Demo"_qs), qPrintable(status));
    QVERIFY2(status.contains(u"[AUTH]"_qs) || status.contains(u"password"_qs), qPrintable(status));
    QVERIFY2(!status.contains(u"not-the-password"_qs), qPrintable(status));
    QVERIFY(!status.contains(u'\n'));
    // No dialog popped up, and the account on the left carries the error.
    QCOMPARE(int(QApplication::topLevelWidgets().size()), windows);
    const QModelIndex demo = window->accountModel()->indexOfAccount(m_session->demoAccountId());
    QCOMPARE(demo.data(AccountListModel::ErrorRole).toString(), status);
    QCOMPARE(window->inbox()->treeView()->model()->rowCount(), 0);
}

void TestMainWindow::demoOnlyWhenAskedOrPresent()
{
    // Someone with a real account and no demo account gets no demo server ...
    m_session.reset();
    QSettings settings;
    settings.remove(QStringLiteral("demo"));
    settings.remove(QStringLiteral("accounts"));
    settings.sync();
    {
        AccountStore store(&settings);
        Account work = Account::create();
        work.name = QStringLiteral("Work");
        work.host = QStringLiteral("pop.example.org");
        work.user = QStringLiteral("max");
        QString error;
        QVERIFY2(store.add(work, &error), qPrintable(error));
    }
    m_session = std::make_unique<DesktopSession>();
    QString error;
    QVERIFY2(m_session->start({}, &error), qPrintable(error));
    QVERIFY(m_session->demoServer() == nullptr);
    QCOMPARE(m_session->accounts()->accounts().size(), 1);
    // ... unless they ask for it with --demo.
    m_session.reset();
    m_session = std::make_unique<DesktopSession>();
    DesktopSession::Options demo;
    demo.demo = true;
    QVERIFY2(m_session->start(demo, &error), qPrintable(error));
    QVERIFY(m_session->demoServer() != nullptr);
    QCOMPARE(m_session->accounts()->accounts().size(), 2);
}

void TestMainWindow::firstStartFollowsSystemLanguage()
{
    QCOMPARE(LanguageManager::languageFor(QLocale(u"de_DE"_qs)), u"de"_qs);
    QCOMPARE(LanguageManager::languageFor(QLocale(u"de_AT"_qs)), u"de"_qs);
    QCOMPARE(LanguageManager::languageFor(QLocale(u"de_CH"_qs)), u"de"_qs);
    QCOMPARE(LanguageManager::languageFor(QLocale(u"en_GB"_qs)), u"en"_qs);
    QCOMPARE(LanguageManager::languageFor(QLocale(u"fr_FR"_qs)), u"en"_qs);
    // Without a remembered choice, the system's language is applied.
    QSettings settings;
    settings.remove(QStringLiteral("ui/language"));
    LanguageManager manager(&settings);
    manager.applyInitial();
    QCOMPARE(manager.current(), LanguageManager::languageFor(QLocale::system()));
    QVERIFY(!settings.contains(QStringLiteral("ui/language"))); // only a choice is remembered
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postbote"));
    QApplication::setOrganizationName(QStringLiteral("Postbote"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
