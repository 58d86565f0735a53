// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/Pop3DataSink.h"

#include <QByteArray>

namespace Postbote::Test {

/// A Pop3DataSink that keeps the payload in memory (tests only), and can pretend that the
/// disk filled up after a number of bytes.
class MemorySink : public Pop3DataSink
{
public:
    /// With \a keep false the bytes are only counted (benchmarks of large mailboxes).
    explicit MemorySink(bool keep = true);

    bool writeData(QByteArrayView chunk) override;
    bool finish() override;
    void discard() override;

    void failAfter(qint64 bytes) { m_failAfter = bytes; }

    QByteArray data() const { return m_data; }
    qint64 bytes() const { return m_bytes; }
    qsizetype largestChunk() const { return m_largestChunk; }
    bool isFinished() const { return m_finished; }
    bool isDiscarded() const { return m_discarded; }

private:
    QByteArray m_data;
    qint64 m_bytes = 0;
    qint64 m_failAfter = -1;
    qsizetype m_largestChunk = 0;
    bool m_keep;
    bool m_finished = false;
    bool m_discarded = false;
};

} // namespace Postbote::Test
