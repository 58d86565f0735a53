// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace Postbote {

namespace {

constexpr int MaxExtensionPart = 16;
constexpr int MaxCandidates = 10000;

bool isForbidden(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true; // C0, DEL and C1 controls
    switch (c) {
    case U'<':
    case U'>':
    case U':':
    case U'"':
    case U'|':
    case U'?':
    case U'*':
    case U'/':
    case U'\\':
        return true; // forbidden in Windows file names
    default:
        break;
    }
    // Bidi overrides/isolates, zero-width characters, BOM etc. can make "exe.pdf" look like
    // "fdp.exe"; noncharacters, private-use and unpaired surrogates (U+FFFD after
    // toUcs4()) are not text anyone can read.
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Format || category == QChar::Other_Surrogate
        || category == QChar::Other_PrivateUse || QChar::isNonCharacter(c) || c == 0xfffd;
}

bool isReservedDeviceName(QString base)
{
    // Windows trims trailing spaces and dots before it compares; "CON .txt" is CON.
    while (!base.isEmpty() && (base.back() == u' ' || base.back() == u'.'))
        base.chop(1);
    base = base.toUpper();
    static const QStringList fixed {QStringLiteral("CON"), QStringLiteral("PRN"),
        QStringLiteral("AUX"), QStringLiteral("NUL"), QStringLiteral("CONIN$"),
        QStringLiteral("CONOUT$")};
    if (fixed.contains(base))
        return true;
    if (base.size() == 4 && (base.startsWith(u"COM") || base.startsWith(u"LPT"))) {
        const QChar digit = base.at(3);
        // COM0–9, LPT0–9, and the superscript digits ¹²³ Windows also reserves.
        return (digit >= u'0' && digit <= u'9') || digit == QChar(0xb9) || digit == QChar(0xb2)
            || digit == QChar(0xb3);
    }
    return false;
}

void trimEdges(QString& s)
{
    qsizetype begin = 0;
    while (begin < s.size() && (s.at(begin) == u'.' || s.at(begin).isSpace()))
        ++begin;
    qsizetype end = s.size();
    while (end > begin && (s.at(end - 1) == u'.' || s.at(end - 1).isSpace()))
        --end;
    s = s.mid(begin, end - begin);
}

/// The longest prefix of `text` of at most maxBytes UTF-8 bytes that ends on a grapheme
/// boundary (so no surrogate pair or combining sequence is cut).
QString truncateUtf8(const QString& text, qsizetype maxBytes)
{
    if (text.toUtf8().size() <= maxBytes)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype best = 0;
    qsizetype bytes = 0;
    qsizetype previous = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype pos = finder.position();
        bytes += QStringView(text).mid(previous, pos - previous).toUtf8().size();
        if (bytes > maxBytes)
            break;
        best = pos;
        previous = pos;
    }
    return text.left(best);
}

QString lastComponent(const QString& name)
{
    // Keep the last non-empty path component: "C:\\Users\\x\\report.pdf" → "report.pdf",
    // "../../evil.sh" → "evil.sh". The components "." and ".." do not survive trimEdges().
    qsizetype end = name.size();
    while (end > 0) {
        qsizetype start = end;
        while (start > 0 && name.at(start - 1) != u'/' && name.at(start - 1) != u'\\')
            --start;
        QString part = name.mid(start, end - start);
        trimEdges(part);
        if (!part.isEmpty())
            return name.mid(start, end - start);
        end = start - 1;
    }
    return QString();
}

QString sanitize(const QString& name)
{
    const QString normalized = lastComponent(name).normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(normalized.size());
    for (const char32_t c : normalized.toUcs4()) {
        if (c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f')
            out += u' ';
        else if (isForbidden(c))
            out += u'_';
        else
            out += QString::fromUcs4(&c, 1);
    }
    trimEdges(out);

    // Windows looks at the part before the first dot: "con.tar.gz" is CON as well. The
    // prefix comes first so that shortening below keeps it.
    if (isReservedDeviceName(out.section(u'.', 0, 0)))
        out.prepend(u'_');
    if (out.toUtf8().size() > SafeFileName::MaxBytes) {
        QString stem;
        QString extension;
        SafeFileName::splitExtension(out, &stem, &extension);
        stem = truncateUtf8(stem, SafeFileName::MaxBytes - extension.toUtf8().size());
        trimEdges(stem);
        out = stem + extension;
        trimEdges(out);
    }
    return out;
}

} // namespace

void SafeFileName::splitExtension(const QString& name, QString* stem, QString* extension)
{
    *stem = name;
    extension->clear();
    qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot == name.size() - 1)
        return;
    const auto plausible = [](QStringView part) {
        return !part.isEmpty() && part.size() <= MaxExtensionPart && !part.contains(u' ');
    };
    if (!plausible(QStringView(name).mid(dot + 1)))
        return;
    // Keep compressed tarballs together: "x.tar.gz" → "x (2).tar.gz".
    const qsizetype previous = name.lastIndexOf(u'.', dot - 1);
    if (previous > 0
        && QStringView(name)
                .mid(previous + 1, dot - previous - 1)
                .compare(u"tar", Qt::CaseInsensitive)
            == 0)
        dot = previous;
    *stem = name.left(dot);
    *extension = name.mid(dot);
}

QString SafeFileName::fromAttachmentName(const QString& name)
{
    QString result = sanitize(name);
    if (result.isEmpty())
        result = sanitize(tr("attachment", "file name for an attachment without a usable name"));
    if (result.isEmpty())
        result = QStringLiteral("attachment");
    return result;
}

namespace {

bool occupied(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString candidate(const QString& directory, const QString& safeName, int n)
{
    if (n == 1)
        return QDir(directory).filePath(safeName);
    QString stem;
    QString extension;
    SafeFileName::splitExtension(safeName, &stem, &extension);
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    const qsizetype room
        = SafeFileName::MaxBytes - suffix.toUtf8().size() - extension.toUtf8().size();
    if (stem.toUtf8().size() > room)
        stem = truncateUtf8(stem, qMax<qsizetype>(room, 1));
    return QDir(directory).filePath(stem + suffix + extension);
}

} // namespace

QString SafeFileName::uniquePath(const QString& directory, const QString& safeName)
{
    for (int n = 1; n <= MaxCandidates; ++n) {
        const QString path = candidate(directory, safeName, n);
        if (!occupied(path))
            return path;
    }
    return QString();
}

QString SafeFileName::createUnique(
    const QString& directory, const QString& safeName, QString* error)
{
    for (int n = 1; n <= MaxCandidates; ++n) {
        const QString path = candidate(directory, safeName, n);
        if (occupied(path))
            continue;
        QFile file(path);
        // O_CREAT|O_EXCL: fails if anything, even a dangling symbolic link, appeared meanwhile.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return path;
        if (occupied(path))
            continue; // lost a race; try the next name
        if (error)
            *error = tr("Cannot create “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }
    if (error)
        *error = tr("Cannot find a free file name for “%1” in “%2”.")
                     .arg(safeName, QDir::toNativeSeparators(directory));
    return QString();
}

} // namespace Postbote
