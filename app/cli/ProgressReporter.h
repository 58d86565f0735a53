// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Postbote::Cli {

/// Fetch progress on stderr: a bar that redraws itself on a terminal, a plain line per
/// message otherwise (logs, cron). Silent with --quiet.
class ProgressReporter : public QObject
{
    Q_OBJECT

public:
    explicit ProgressReporter(bool quiet, QObject* parent = nullptr);

public Q_SLOTS:
    void update(int messagesDone, int messagesTotal, qint64 bytesDone, qint64 bytesTotal);
    void finish();

private:
    bool m_quiet;
    bool m_terminal;
    bool m_drawn = false;
    int m_lastDone = -1;
};

} // namespace Postbote::Cli
