// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Postbote {

/// A search text that matches regardless of case and accents: "koln" and "KÖLN" both find
/// "Köln", also when the text holds the decomposed form ("o" + U+0308).
///
/// The inbox searches 100,000 rows of sender, subject and preview on every key press, so
/// the texts are not normalized as a whole (QString::normalized() allocates per call);
/// each character is folded on the fly instead, through a table for the Latin blocks and
/// QChar's case folding elsewhere. Characters that fold to more than one (ß → ss) stay
/// themselves, which is what a one-to-one fold can do.
class SearchPattern
{
public:
    SearchPattern() = default;
    explicit SearchPattern(const QString& text);

    /// Nothing to look for (empty or only white space and combining marks): matches all.
    bool isEmpty() const { return m_folded.isEmpty(); }
    QString text() const { return m_text; }
    bool matches(QStringView haystack) const;

    /// The character without case and accent; a null QChar for combining marks, which the
    /// comparison skips.
    static QChar fold(QChar c);
    /// The whole text folded, marks removed (for tests and for callers that cache).
    static QString fold(QStringView text);

private:
    QString m_text;
    QString m_folded;
};

} // namespace Postbote
