// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Postbote {

/// Turns the name a message gives an attachment into a name that is safe to create in a
/// folder the user chose, on Linux, macOS and Windows alike.
///
/// The name comes from the sender (Content-Disposition filename, RFC 2183 §2.3, or the
/// Content-Type name parameter) and is hostile input: "../../.bashrc", "CON.txt",
/// "invoice\u202Efdp.exe" or 5,000 characters. RFC 2183 §5 asks receivers not to use such
/// names blindly; this class is where that happens.
class SafeFileName
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::SafeFileName)

public:
    /// Upper bound of a result in UTF-8 bytes: below NAME_MAX (255 bytes) on ext4 and the
    /// 255 UTF-16 units of NTFS, with room for " (123)" from uniquePath().
    static constexpr int MaxBytes = 200;

    /// A safe file name for `name`:
    /// - only the last path component is kept (both '/' and '\\' separate), so no "..";
    /// - control characters (C0, DEL, C1), Unicode format characters (bidi overrides that
    ///   disguise extensions) and the characters Windows forbids (<>:"|?*) become '_';
    /// - no leading dots or spaces (no hidden files), no trailing dots or spaces (Windows
    ///   drops them);
    /// - Windows device names (CON, PRN, AUX, NUL, COM0–9, LPT0–9, CONIN$, CONOUT$), also
    ///   with an extension like "con.txt", get a leading '_';
    /// - at most MaxBytes UTF-8 bytes, shortening the stem and keeping the extension;
    /// - empty (or nothing left) gives the translated fallback "attachment".
    /// The result is in Unicode normalization form C.
    static QString fromAttachmentName(const QString& name);

    /// A path in `directory` for `safeName` that does not exist yet: "name.ext", then
    /// "name (2).ext", "name (3).ext", … (".tar.gz" and similar stay together). A dangling
    /// symbolic link counts as existing. This only checks; to create the file without a
    /// race, use createUnique(). Empty if 10,000 candidates are all taken.
    static QString uniquePath(const QString& directory, const QString& safeName);

    /// Creates a new empty file like uniquePath() does, but with an exclusive create
    /// (QIODevice::NewOnly, O_EXCL) so that a file or symbolic link appearing in between is
    /// never overwritten or followed. Returns the path of the created file, or an empty
    /// string and a translated *error.
    static QString createUnique(const QString& directory, const QString& safeName, QString* error);

    /// Splits a name into stem and extension (with its dot): "a.tar.gz" → "a", ".tar.gz";
    /// "report.pdf" → "report", ".pdf"; "README" → "README", "". Extensions longer than 16
    /// characters (per dot-part) or containing spaces are not treated as extensions.
    static void splitExtension(const QString& name, QString* stem, QString* extension);
};

} // namespace Postbote
