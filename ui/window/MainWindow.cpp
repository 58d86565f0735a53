// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "FetchStatusWidget.h"
#include "InboxView.h"
#include "LanguageManager.h"
#include "MainActions.h"
#include "account/AccountStore.h"
#include "archive/ArchiveIndex.h"
#include "log/ProtocolLogDock.h"
#include "message/MessageView.h"
#include "models/AccountListModel.h"
#include "models/MessageFilterProxy.h"
#include "models/MessageListLoader.h"
#include "models/MessageListModel.h"
#include "sync/FetchQueue.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace Postbote {

namespace {

/// Rows read in the first loading step: more than a screen holds.
constexpr int FirstScreenRows = 200;

} // namespace

MainWindow::MainWindow(const Services& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_messages(new MessageListModel(this))
    , m_accountModel(new AccountListModel(this))
    , m_actions(new MainActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_messages->setLocale(QLocale());
    m_accountModel->setAccountStore(services.accounts);
    m_accountModel->setMessageModel(m_messages);

    buildCentralWidget();
    m_logDock = new ProtocolLogDock(services.log, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_actions->viewMenu->addAction(m_logDock->toggleViewAction());
    m_actions->messageMenu->addSeparator();
    m_preview->showSourceAction()->setShortcutContext(Qt::WindowShortcut);
    m_actions->messageMenu->addAction(m_preview->showSourceAction());

    m_fetchStatus = new FetchStatusWidget(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_fetchStatus);

    connectActions();
    connectAccountActions();
    connectCore();
    restoreLayout();
    setStatus([] { return tr("Ready. Press F5 to fetch new mail."); });
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentralWidget()
{
    m_accountView = new QListView(this);
    m_accountView->setObjectName(QStringLiteral("accountView"));
    m_accountView->setModel(m_accountModel);
    m_accountView->setCurrentIndex(m_accountModel->index(0));

    m_inbox = new InboxView(m_messages, this);
    m_preview = new MessageView(this);
    m_preview->setObjectName(QStringLiteral("messageView"));

    m_inboxSplitter = new QSplitter(Qt::Vertical, this);
    m_inboxSplitter->setObjectName(QStringLiteral("inboxSplitter"));
    m_inboxSplitter->addWidget(m_inbox);
    m_inboxSplitter->addWidget(m_preview);
    m_inboxSplitter->setStretchFactor(1, 2);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_accountView);
    m_mainSplitter->addWidget(m_inboxSplitter);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setSizes({180, 800});
    setCentralWidget(m_mainSplitter);
}

void MainWindow::connectActions()
{
    connect(m_actions->fetchAll, &QAction::triggered, this, &MainWindow::fetchAll);
    connect(m_actions->fetchAccount, &QAction::triggered, this, &MainWindow::fetchCurrentAccount);
    connect(m_actions->stop, &QAction::triggered, m_services.fetches, &FetchQueue::cancel);
    connect(m_fetchStatus, &FetchStatusWidget::cancelRequested, m_services.fetches,
        &FetchQueue::cancel);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->markRead, &QAction::triggered, this, [this] { markSelected(true); });
    connect(m_actions->markUnread, &QAction::triggered, this, [this] { markSelected(false); });
    connect(m_actions->deleteLocally, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_actions->exportEml, &QAction::triggered, this,
        [this] { exportSelected(FileKind::EmlFolder); });
    connect(m_actions->exportMbox, &QAction::triggered, this,
        [this] { exportSelected(FileKind::MboxFile); });
    connect(m_actions->search, &QAction::triggered, m_inbox, &InboxView::focusSearch);
    connect(m_actions->unreadOnly, &QAction::toggled, m_inbox->proxy(),
        &MessageFilterProxy::setUnreadOnly);
    connect(m_actions->showDeleted, &QAction::toggled, m_inbox->proxy(),
        &MessageFilterProxy::setShowDeleted);
    connect(m_actions->previewBeside, &QAction::toggled, this, [this](bool beside) {
        m_inboxSplitter->setOrientation(beside ? Qt::Horizontal : Qt::Vertical);
    });
    connect(m_actions->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Postbote"),
            tr("<p><b>Postbote %1</b></p><p>Retrieves mail over POP3 and shows every command "
               "and reply as it happens.</p>")
                .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    connect(m_actions->languages, &QActionGroup::triggered, this,
        [this](QAction* action) { m_services.language->setLanguage(action->data().toString()); });
    connect(m_accountView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            m_messages->setAccountFilter(current.data(AccountListModel::AccountIdRole).toString());
        });
    connect(m_inbox, &InboxView::currentMessageChanged, this, &MainWindow::showCurrentMessage);
    connect(m_inbox, &InboxView::currentMessageChanged, this, &MainWindow::updateAccountActions);
    connect(m_logDock, &ProtocolLogDock::fontPointSizeChanged, this,
        [this](int size) { m_services.settings->setValue(QStringLiteral("log/fontSize"), size); });
    connect(m_preview, &MessageView::statusMessage, this,
        [this](const QString& text) { setFixedStatus(text); });
}

void MainWindow::connectCore()
{
    FetchQueue* fetches = m_services.fetches;
    connect(m_services.archives, &AccountArchives::messageArchived, this,
        [this](const ArchiveRecord& record) {
            // A commit announces up to a whole batch at once; inserting them into a sorted
            // inbox of 100,000 rows one by one would stall the window for each.
            if (m_arrived.isEmpty()) {
                QTimer::singleShot(
                    0, this, [this] { m_messages->addRecords(std::exchange(m_arrived, {})); });
            }
            m_arrived << record;
        });
    connect(m_services.archives, &AccountArchives::flagsChanged, this,
        [this](const ArchiveRecord& record) {
            m_messages->updateFlags(
                record.account, record.id, record.seen, record.flagged, record.deletedLocally);
        });
    connect(fetches, &FetchQueue::accountStarted, this, [this](const QString& accountId) {
        m_actions->stop->setEnabled(true);
        m_accountModel->setBusyAccount(accountId);
        m_accountModel->setAccountError(accountId, QString());
        m_fetchStatus->setStarted(accountName(accountId));
    });
    connect(fetches, &FetchQueue::progress, m_fetchStatus,
        [this](const QString&, int done, int total, qint64 bytesDone, qint64 bytesTotal) {
            m_fetchStatus->setProgress(done, total, bytesDone, bytesTotal);
        });
    connect(fetches, &FetchQueue::accountFinished, this, &MainWindow::accountFinished);
    connect(fetches, &FetchQueue::idle, this, [this] {
        m_actions->stop->setEnabled(false);
        m_accountModel->setBusyAccount(QString());
        m_fetchStatus->setIdle();
    });
    connect(m_services.language, &LanguageManager::languageChanged, this,
        [this] { m_messages->setLocale(QLocale()); });
}

void MainWindow::loadInbox()
{
    // Step one: the newest rows of every account, enough for the first screen.
    QList<ArchiveRecord> first;
    m_accountsToLoad.clear();
    for (const Account& account : m_services.accounts->accounts()) {
        const QString directory = m_services.archives->directory(account.id);
        m_messages->setArchiveDirectory(account.id, directory);
        if (!QFileInfo::exists(ArchiveIndex::databasePath(directory))) {
            continue; // never fetched: nothing to show, and no error either
        }
        QString error;
        QList<ArchiveRecord> newest
            = MessageListLoader::loadNewest(directory, FirstScreenRows, &error);
        if (!error.isEmpty()) {
            // An index of an older layout: opening the archive brings it up to date.
            QString openError;
            if (m_services.archives->store(account.id, &openError)) {
                error.clear();
                newest = MessageListLoader::loadNewest(directory, FirstScreenRows, &error);
            }
        }
        if (!error.isEmpty()) {
            m_accountModel->setAccountError(account.id, error);
            continue;
        }
        first += newest;
        m_accountsToLoad << account.id;
    }
    m_messages->setRecords(first);
    // Step two once the inbox has painted its first rows (see eventFilter()); a window that
    // is not shown gets the rest soon all the same.
    m_inbox->treeView()->viewport()->installEventFilter(this);
    QTimer::singleShot(2000, this, &MainWindow::loadRestOfInbox);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched == m_inbox->treeView()->viewport()
        && !m_accountsToLoad.isEmpty()) {
        // Queued, so that this paint reaches the screen before the full load starts.
        QTimer::singleShot(0, this, &MainWindow::loadRestOfInbox);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::loadRestOfInbox()
{
    const QStringList ids = std::exchange(m_accountsToLoad, {});
    m_inbox->treeView()->viewport()->removeEventFilter(this);
    for (const QString& id : ids) {
        QString error;
        const QList<ArchiveRecord> all
            = MessageListLoader::load(m_services.archives->directory(id), &error);
        if (error.isEmpty()) {
            m_messages->refresh(all, id);
        } else {
            m_accountModel->setAccountError(id, error);
        }
    }
}

void MainWindow::setStatus(std::function<QString()> text, bool error)
{
    // Kept as a function so that the sentence can be formed again in another language.
    m_status = std::move(text);
    m_statusLabel->setText(m_status());
    m_statusLabel->setProperty("error", error);
    m_statusLabel->setStyleSheet(
        error ? QStringLiteral("QLabel { color: palette(link); }") : QString());
}

void MainWindow::setFixedStatus(const QString& text, bool error)
{
    setStatus([text] { return text; }, error);
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Postbote"));
    m_actions->retranslate();
    for (QAction* action : m_actions->languages->actions()) {
        action->setChecked(action->data().toString() == m_services.language->current());
    }
    if (m_status) {
        m_statusLabel->setText(m_status());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A running fetch is cancelled safely: what is durable stays, nothing half-written
    // counts, and the server deletes nothing without QUIT (RFC 1939 §6).
    m_services.fetches->cancel();
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout()
{
    QSettings* settings = m_services.settings;
    settings->setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("ui/state"), saveState());
    settings->setValue(QStringLiteral("ui/mainSplitter"), m_mainSplitter->saveState());
    settings->setValue(QStringLiteral("ui/inboxSplitter"), m_inboxSplitter->saveState());
    settings->setValue(QStringLiteral("ui/inboxHeader"), m_inbox->saveHeaderState());
    settings->setValue(QStringLiteral("ui/previewBeside"), m_actions->previewBeside->isChecked());
    settings->sync();
}

void MainWindow::restoreLayout()
{
    QSettings* settings = m_services.settings;
    if (!restoreGeometry(settings->value(QStringLiteral("ui/geometry")).toByteArray())) {
        resize(1100, 750);
    }
    restoreState(settings->value(QStringLiteral("ui/state")).toByteArray());
    m_actions->previewBeside->setChecked(
        settings->value(QStringLiteral("ui/previewBeside"), false).toBool());
    m_mainSplitter->restoreState(settings->value(QStringLiteral("ui/mainSplitter")).toByteArray());
    m_inboxSplitter->restoreState(
        settings->value(QStringLiteral("ui/inboxSplitter")).toByteArray());
    m_inbox->restoreHeaderState(settings->value(QStringLiteral("ui/inboxHeader")).toByteArray());
    const int fontSize = settings->value(QStringLiteral("log/fontSize"), 0).toInt();
    if (fontSize > 0) {
        m_logDock->setFontPointSize(fontSize);
    }
}

} // namespace Postbote
