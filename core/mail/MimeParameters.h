// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Postbote {

/// A Content-Type or Content-Disposition field body: the value before the first ';'
/// ("text/plain", "attachment") and its parameters (RFC 2045 §5.1, RFC 2183).
///
/// Parameters follow RFC 2231: "name*=charset'lang'%XX…" values and continuations
/// "name*0", "name*1*", … in any order, joined before the charset is applied. GMime 3.2.13
/// returns the raw "UTF-8''" prefix for out-of-order continuations and passes through
/// bytes of unknown charsets and NUL (TOOLCHAIN.md §9), hence this parser. Quoted values
/// with RFC 2047 encoded words (common although RFC 2047 §5 forbids them) and raw 8-bit
/// values are decoded as well. Control characters (NUL included) are removed from values.
class MimeParameters
{
public:
    static MimeParameters parse(const QByteArray& fieldBody);

    /// Lower case, white space removed: "text/plain", "attachment"; empty if missing.
    QByteArray value() const { return m_value; }
    /// The decoded parameter (name case-insensitive); null if absent.
    QString parameter(const QByteArray& name) const { return m_params.value(name.toLower()); }
    bool contains(const QByteArray& name) const { return m_params.contains(name.toLower()); }
    /// True when a value was in an unknown charset or raw non-UTF-8 bytes.
    bool charsetFallback() const { return m_fallback; }

private:
    QByteArray m_value;
    QMap<QByteArray, QString> m_params;
    bool m_fallback = false;
};

} // namespace Postbote
