// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the README's screenshots of the real main window: first start on the demo account,
// one fetch, the classroom page's message selected, once in English and once in German.
// Run by scripts/screenshots.sh under Xvfb; settings and archives go to a temporary folder.
//   postbote_screenshots OUTPUT_DIR
#include "DesktopSession.h"
#include "models/MessageListModel.h"
#include "sync/FetchQueue.h"
#include "window/InboxView.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Postbote;

namespace {

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

bool selectSubject(QTreeView* view, const QString& subject)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, MessageListModel::SubjectColumn);
        if (index.data().toString() == subject) {
            view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postbote"));
    QApplication::setOrganizationName(QStringLiteral("Postbote"));
    QApplication::setApplicationVersion(QStringLiteral("screenshots"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, home.filePath(QStringLiteral("config")));

    DesktopSession session;
    QString error;
    if (!session.start({}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow* window = session.window();
    window->resize(1280, 800);
    window->move(0, 0);
    window->show();
    QEventLoop loop;
    QObject::connect(session.fetchQueue(), &FetchQueue::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    window->fetchAll();
    loop.exec();

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        session.language()->setLanguage(language);
        if (!selectSubject(window->inbox()->treeView(), QStringLiteral("Lorem ipsum"))) {
            std::fprintf(stderr, "the classroom message is not in the inbox\n");
            return 1;
        }
        settle(500);
        const QString path = out.filePath(QStringLiteral("main-window-%1.png").arg(language));
        if (!window->grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
