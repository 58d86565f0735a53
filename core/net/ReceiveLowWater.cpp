// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ReceiveLowWater.h"

#include <QLoggingCategory>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#endif

namespace Postbote {

namespace {

Q_LOGGING_CATEGORY(lcLowWater, "postbote.net.lowwater")

} // namespace

ReceiveLowWater::ReceiveLowWater(QObject* parent)
    : QObject(parent)
{
    m_fallback.setSingleShot(true);
    // Coarse timers may be merged with others and fire late; a short tail waits on this one.
    m_fallback.setTimerType(Qt::PreciseTimer);
    m_fallback.setInterval(FallbackMs);
    connect(&m_fallback, &QTimer::timeout, this, [this] { apply(1); });
}

bool ReceiveLowWater::isSupported()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

void ReceiveLowWater::attach(qintptr descriptor)
{
    detach();
    if (!isSupported() || descriptor < 0) {
        return;
    }
    m_descriptor = descriptor;
    m_applied = 1; // the kernel's default
    if (m_bytes > 1) {
        apply(m_bytes);
        m_fallback.start();
    }
}

void ReceiveLowWater::detach()
{
    m_fallback.stop();
    m_descriptor = -1;
    m_applied = 0;
}

void ReceiveLowWater::setBytes(int bytes)
{
    m_bytes = bytes > 1 ? bytes : 0;
    if (m_descriptor < 0) {
        return;
    }
    if (m_bytes == 0) {
        m_fallback.stop();
        apply(1);
        return;
    }
    apply(m_bytes);
    // Some bytes may wait already and nothing more may come: the fallback covers them too.
    m_fallback.start();
}

void ReceiveLowWater::onRead()
{
    if (m_descriptor < 0 || m_bytes == 0) {
        return;
    }
    apply(m_bytes);
    m_fallback.start();
}

void ReceiveLowWater::apply(int mark)
{
    if (m_descriptor < 0 || mark == m_applied) {
        return;
    }
#ifdef Q_OS_LINUX
    // Linux re-checks readiness when the mark changes (tcp_set_rcvlowat()), and poll() asks
    // again with the new mark in any case, so lowering it hands over what already waits.
    if (::setsockopt(int(m_descriptor), SOL_SOCKET, SO_RCVLOWAT, &mark, sizeof mark) != 0) {
        // Only an optimisation: without it every segment wakes the reader, as before.
        qCDebug(lcLowWater) << "SO_RCVLOWAT not set:" << std::strerror(errno);
        m_fallback.stop();
        m_bytes = 0;
        return;
    }
    m_applied = mark;
#else
    Q_UNUSED(mark);
#endif
}

} // namespace Postbote
