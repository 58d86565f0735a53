// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/MaildirFileName.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <algorithm>
#include <atomic>
#include <chrono>

namespace Postbote {

namespace {

// Bytes that stay readable in the name; everything else becomes %XX. Neither set contains
// '/', ':' or ',', which separate directories, the info and the fields.
const QByteArray kKeptPunctuation = QByteArrayLiteral("+=@");
constexpr auto kBase64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::atomic<quint32> s_sequence {0};

// Writes "K=value" with the shorter of the two encodings; the key says which one it is.
QString encodedField(QChar percentKey, QChar base64Key, const QByteArray& value)
{
    const QString percent = MaildirFileName::encodePercent(value);
    const QString base64 = QString::fromLatin1(value.toBase64(kBase64Options));
    if (percent.size() <= base64.size()) {
        return percentKey + QLatin1Char('=') + percent;
    }
    return base64Key + QLatin1Char('=') + base64;
}

QString freshUnique()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const qint64 micros = std::chrono::duration_cast<std::chrono::microseconds>(now).count();
    // Zero-padded microseconds make names sort in delivery order.
    return QString::number(micros / 1000000) + QLatin1String(".M")
        + QStringLiteral("%1").arg(micros % 1000000, 6, 10, QLatin1Char('0')) + QLatin1Char('P')
        + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('Q')
        + QString::number(++s_sequence) + QLatin1Char('.') + MaildirFileName::localHost();
}

} // namespace

MaildirFileName MaildirFileName::create(
    const QString& account, const QByteArray& uidl, bool partial)
{
    MaildirFileName name;
    name.m_unique = freshUnique();
    name.parseUnique();
    name.setFields(account, uidl, partial);
    return name;
}

MaildirFileName MaildirFileName::parse(const QString& fileName)
{
    MaildirFileName name;
    const qsizetype colon = fileName.indexOf(QLatin1Char(':'));
    const QString base = colon < 0 ? fileName : fileName.left(colon);
    if (colon >= 0) {
        name.m_hasInfo = true;
        const QString info = fileName.mid(colon + 1);
        if (info.startsWith(QLatin1String("2,"))) {
            name.m_flags = info.mid(2);
        } else {
            name.m_info = info;
        }
    }
    const qsizetype comma = base.indexOf(QLatin1Char(','));
    name.m_unique = comma < 0 ? base : base.left(comma);
    if (comma >= 0) {
        name.m_fields = base.mid(comma + 1).split(QLatin1Char(','));
    }
    name.parseUnique();
    name.parseFields();
    return name;
}

QString MaildirFileName::base() const
{
    if (m_fields.isEmpty()) {
        return m_unique;
    }
    return m_unique + QLatin1Char(',') + m_fields.join(QLatin1Char(','));
}

QString MaildirFileName::fileName() const
{
    if (!m_hasInfo) {
        return base();
    }
    if (!m_info.isEmpty()) {
        return base() + QLatin1Char(':') + m_info;
    }
    return base() + QLatin1String(":2,") + m_flags;
}

QDateTime MaildirFileName::deliveryTime() const
{
    if (m_seconds < 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(m_seconds * 1000 + m_micros / 1000, Qt::UTC);
}

MaildirFileName MaildirFileName::withFlags(const QString& flags) const
{
    MaildirFileName copy = *this;
    copy.m_hasInfo = true;
    copy.m_info.clear();
    copy.m_flags = normalizedFlags(flags);
    return copy;
}

MaildirFileName MaildirFileName::withSize(qint64 size) const
{
    MaildirFileName copy = *this;
    copy.m_fields.removeIf([](const QString& f) { return f.startsWith(QLatin1String("S=")); });
    copy.m_fields.append(QLatin1String("S=") + QString::number(size));
    copy.m_size = size;
    return copy;
}

MaildirFileName MaildirFileName::renewed() const
{
    MaildirFileName copy = *this;
    copy.m_unique = freshUnique();
    copy.parseUnique();
    return copy;
}

QString MaildirFileName::normalizedFlags(const QString& flags)
{
    QString result;
    for (const QChar c : flags) {
        // Upper-case letters are the standard flags, lower-case ones Dovecot's keywords.
        if (c.unicode() < 128 && c.isLetter() && !result.contains(c)) {
            result.append(c);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

QString MaildirFileName::localHost()
{
    static const QString host = [] {
        QString h = QSysInfo::machineHostName();
        if (h.isEmpty()) {
            h = QStringLiteral("localhost");
        }
        // The Maildir spec's escapes for '/' and ':'; ',' separates our fields.
        h.replace(QLatin1Char('/'), QLatin1String("\\057"));
        h.replace(QLatin1Char(':'), QLatin1String("\\072"));
        h.replace(QLatin1Char(','), QLatin1String("\\054"));
        return h;
    }();
    return host;
}

QString MaildirFileName::encodePercent(const QByteArray& value)
{
    return QString::fromLatin1(value.toPercentEncoding(kKeptPunctuation));
}

QByteArray MaildirFileName::decodePercent(const QString& value)
{
    return QByteArray::fromPercentEncoding(value.toLatin1());
}

void MaildirFileName::setFields(const QString& account, const QByteArray& uidl, bool partial)
{
    m_fields.clear();
    m_fields.append(encodedField(QLatin1Char('A'), QLatin1Char('B'), account.toUtf8()));
    if (!uidl.isEmpty()) {
        m_fields.append(encodedField(QLatin1Char('U'), QLatin1Char('V'), uidl));
    }
    if (partial) {
        m_fields.append(QStringLiteral("H=1"));
    }
    parseFields();
}

void MaildirFileName::parseUnique()
{
    m_seconds = -1;
    m_micros = 0;
    m_pid = 0;
    m_host.clear();
    const qsizetype dot1 = m_unique.indexOf(QLatin1Char('.'));
    const qsizetype dot2 = dot1 < 0 ? -1 : m_unique.indexOf(QLatin1Char('.'), dot1 + 1);
    if (dot2 < 0) {
        return;
    }
    bool ok = false;
    const qint64 seconds = m_unique.left(dot1).toLongLong(&ok);
    if (!ok || seconds < 0) {
        return;
    }
    m_seconds = seconds;
    m_host = m_unique.mid(dot2 + 1);
    // The middle part holds letter-tagged numbers (M usec, P pid, Q sequence, …) in any order.
    const QString middle = m_unique.mid(dot1 + 1, dot2 - dot1 - 1);
    for (qsizetype i = 0; i < middle.size();) {
        const QChar tag = middle.at(i++);
        const qsizetype start = i;
        while (i < middle.size() && middle.at(i).isDigit()) {
            ++i;
        }
        const qint64 number = middle.mid(start, i - start).toLongLong(&ok);
        if (!ok) {
            continue;
        }
        if (tag == QLatin1Char('M') && number < 1000000) {
            m_micros = int(number);
        } else if (tag == QLatin1Char('P')) {
            m_pid = number;
        }
    }
}

void MaildirFileName::parseFields()
{
    m_account.clear();
    m_hasAccount = false;
    m_uidl.clear();
    m_partial = false;
    m_size = -1;
    for (const QString& field : std::as_const(m_fields)) {
        if (field.size() < 2 || field.at(1) != QLatin1Char('=')) {
            continue;
        }
        const QString value = field.mid(2);
        const auto base64 = QByteArray::fromBase64Encoding(
            value.toLatin1(), kBase64Options | QByteArray::AbortOnBase64DecodingErrors);
        switch (field.at(0).unicode()) {
        case 'A':
            m_account = QString::fromUtf8(decodePercent(value));
            m_hasAccount = true;
            break;
        case 'B':
            m_account = QString::fromUtf8(base64.decoded);
            m_hasAccount = bool(base64);
            break;
        case 'U':
            m_uidl = decodePercent(value);
            break;
        case 'V':
            m_uidl = base64.decoded;
            break;
        case 'H':
            m_partial = value == QLatin1String("1");
            break;
        case 'S': {
            bool ok = false;
            const qint64 size = value.toLongLong(&ok);
            m_size = ok && size >= 0 ? size : -1;
            break;
        }
        default:
            break;
        }
    }
}

} // namespace Postbote
