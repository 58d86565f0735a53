// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuitGuard.h"

#include "sync/CheckScheduler.h"
#include "sync/FetchQueue.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace Postbote {

QuitGuard::QuitGuard(FetchQueue* fetches, CheckScheduler* scheduler, QObject* parent)
    : QObject(parent)
    , m_fetches(fetches)
    , m_scheduler(scheduler)
{ }

QuitGuard::~QuitGuard() = default;

void QuitGuard::watch(QCoreApplication* app)
{
    connect(app, &QCoreApplication::aboutToQuit, this, &QuitGuard::settle);
}

bool QuitGuard::settle()
{
    if (m_scheduler) {
        m_scheduler->setActive(false); // nothing new starts while we wind down
    }
    if (!m_fetches || !m_fetches->isBusy()) {
        return true;
    }
    if (m_policy == Policy::Finish && waitForIdle(m_finishTimeout)) {
        return true;
    }
    m_fetches->cancel();
    Q_EMIT fetchCancelled();
    return waitForIdle(m_cancelTimeout);
}

bool QuitGuard::waitForIdle(std::chrono::milliseconds timeout)
{
    if (!m_fetches || !m_fetches->isBusy()) {
        return true;
    }
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(m_fetches, &FetchQueue::idle, &loop, &QEventLoop::quit);
    connect(m_fetches, &QObject::destroyed, &loop, &QEventLoop::quit);
    deadline.start(timeout);
    // Input is left alone: nobody should click in a window that is going away.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return !m_fetches || !m_fetches->isBusy();
}

} // namespace Postbote
