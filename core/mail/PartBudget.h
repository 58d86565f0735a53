// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Postbote {

/// Finds where parsing must stop so that the number of parts stays bounded. GMime builds an
/// object of about 2 KB for every part, so a few MB of tiny parts would take hundreds of MB.
/// Every part begins with a boundary line, "--" and up to 70 characters without white space
/// at the end (RFC 2046 §5.1.1); the stream is cut before the boundary-like line that exceeds
/// the budget, and the walk (MaxParts) does the rest. Lines such as SQL comments ("-- x") do
/// not count, and the budget is generous, so that real content is not cut. Fed in chunks, so
/// that a file is scanned without being held in memory.
class PartBudget
{
public:
    /// Returns false once the budget is exceeded; cut() is then where to stop.
    bool feed(const char* data, qsizetype size);
    qint64 cut() const { return m_cut; }

    /// Three boundary-like lines per part of MimeMessage::MaxParts (10,000).
    static constexpr int MaxLines = 3 * 10000;

private:
    enum State { LineStart, OneDash, Boundary, MidLine };
    State m_state = LineStart;
    int m_lines = 0;
    int m_length = 0;
    qint64 m_offset = 0;
    qint64 m_lineStart = 0;
    qint64 m_cut = -1;
};

} // namespace Postbote
