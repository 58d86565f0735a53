// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressReporter.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace Postbote::Cli {

ProgressReporter::ProgressReporter(bool quiet, QObject* parent)
    : QObject(parent)
    , m_quiet(quiet)
    , m_terminal(isatty(STDERR_FILENO) == 1)
{ }

void ProgressReporter::update(
    int messagesDone, int messagesTotal, qint64 bytesDone, qint64 bytesTotal)
{
    if (m_quiet || messagesTotal <= 0) {
        return;
    }
    const QLocale locale;
    const QString text
        = QCoreApplication::translate(
            "Postbote::Cli::ProgressReporter", "%1 of %2 messages, %3 of %4")
              .arg(messagesDone)
              .arg(messagesTotal)
              .arg(locale.formattedDataSize(bytesDone), locale.formattedDataSize(bytesTotal));
    if (m_terminal) {
        constexpr int Width = 30;
        const int filled = bytesTotal > 0 ? int(Width * bytesDone / bytesTotal) : 0;
        const QString bar = QString(filled, QLatin1Char('#'))
            + QString(Width - qBound(0, filled, Width), QLatin1Char('.'));
        std::fprintf(stderr, "\r[%s] %s\x1b[K", qPrintable(bar), qPrintable(text));
        m_drawn = true;
    } else if (messagesDone != m_lastDone) {
        std::fprintf(stderr, "%s\n", qPrintable(text));
    }
    m_lastDone = messagesDone;
    std::fflush(stderr);
}

void ProgressReporter::finish()
{
    if (m_drawn) {
        std::fputs("\n", stderr);
        m_drawn = false;
    }
}

} // namespace Postbote::Cli
