// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SearchPattern.h"

#include <array>

namespace Postbote {

namespace {

// Basic Latin up to Latin Extended-B: the letters of the European languages Postbote's users
// write in. Built once from Unicode's canonical decompositions (NFD), so "Ö" → "o".
constexpr int TableSize = 0x250;

std::array<char16_t, TableSize> buildTable()
{
    std::array<char16_t, TableSize> table {};
    for (int c = 0; c < TableSize; ++c) {
        const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_D);
        const QChar base = decomposed.isEmpty() ? QChar(c) : decomposed.at(0);
        table[std::size_t(c)] = base.toCaseFolded().unicode();
    }
    return table;
}

const std::array<char16_t, TableSize>& foldTable()
{
    static const std::array<char16_t, TableSize> table = buildTable();
    return table;
}

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

} // namespace

SearchPattern::SearchPattern(const QString& text)
    : m_text(text)
    , m_folded(fold(QStringView(text).trimmed()))
{ }

QChar SearchPattern::fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < TableSize) {
        return QChar(foldTable()[u]);
    }
    if (isMark(c)) {
        return QChar();
    }
    if (c.decompositionTag() == QChar::Canonical) {
        // Outside the table (Greek, Cyrillic, Vietnamese …): the first character of the
        // decomposition is the base letter. Rare enough to allocate.
        return c.decomposition().at(0).toCaseFolded();
    }
    return c.toCaseFolded();
}

QString SearchPattern::fold(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const QChar folded = fold(c);
        if (!folded.isNull()) {
            result.append(folded);
        }
    }
    return result;
}

bool SearchPattern::matches(QStringView haystack) const
{
    if (m_folded.isEmpty()) {
        return true;
    }
    const QChar* const needle = m_folded.constData();
    const qsizetype needleSize = m_folded.size();
    const qsizetype size = haystack.size();
    for (qsizetype start = 0; start < size; ++start) {
        if (fold(haystack[start]) != needle[0]) {
            continue;
        }
        // Compare the rest, skipping combining marks in the text (they fold to null).
        qsizetype matched = 1;
        for (qsizetype i = start + 1; i < size && matched < needleSize; ++i) {
            const QChar c = fold(haystack[i]);
            if (c.isNull()) {
                continue;
            }
            if (c != needle[matched]) {
                break;
            }
            ++matched;
        }
        if (matched == needleSize) {
            return true;
        }
    }
    return false;
}

} // namespace Postbote
