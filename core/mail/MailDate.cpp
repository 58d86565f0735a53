// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailDate.h"

#include <QList>
#include <QTimeZone>

#include <cstring>

namespace Postbote {

namespace {

constexpr int MaxInput = 256;

int monthOf(const QByteArray& word)
{
    static const char* const english[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QByteArray w = word.left(3);
    for (int m = 0; m < 12; ++m) {
        if (w == english[m]) {
            return m + 1;
        }
    }
    // German abbreviations seen from misconfigured servers.
    if (w == "mrz" || word.startsWith("m\xc3\xa4r") || w == "mae") {
        return 3;
    }
    if (w == "mai") {
        return 5;
    }
    if (w == "okt") {
        return 10;
    }
    if (w == "dez") {
        return 12;
    }
    return 0;
}

/// Obsolete zone names (RFC 5322 §4.3); military letters other than Z are unreliable and
/// count as -0000 (unknown, taken as UTC). A few common European names are accepted too.
bool zoneOf(const QByteArray& word, int* minutes)
{
    struct Zone
    {
        const char* name;
        int minutes;
    };
    static const Zone zones[] = {{"ut", 0}, {"utc", 0}, {"gmt", 0}, {"z", 0}, {"est", -300},
        {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480},
        {"pdt", -420}, {"cet", 60}, {"cest", 120}, {"met", 60}, {"mest", 120}, {"mez", 60},
        {"mesz", 120}, {"bst", 60}, {"wet", 0}, {"west", 60}, {"eet", 120}, {"eest", 180}};
    for (const Zone& z : zones) {
        if (word == z.name) {
            *minutes = z.minutes;
            return true;
        }
    }
    if (word.size() == 1 && word[0] >= 'a' && word[0] <= 'z') {
        *minutes = 0;
        return true;
    }
    return false;
}

bool allDigits(const QByteArray& s)
{
    if (s.isEmpty()) {
        return false;
    }
    for (const char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

int normalizedYear(const QByteArray& digits)
{
    int year = digits.toInt();
    if (digits.size() <= 2) {
        year += year < 50 ? 2000 : 1900; // RFC 5322 §4.3
    } else if (digits.size() == 3) {
        year += 1900;
    }
    return year;
}

struct Parts
{
    int year = -1;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool haveTime = false;
    bool haveZone = false;
    int zoneMinutes = 0;
};

bool parseZoneNumber(const QByteArray& token, Parts* p)
{
    // "+0100", "-0500", "+01:00", "+01", "+1"
    const int sign = token[0] == '-' ? -1 : 1;
    QByteArray digits = token.mid(1);
    digits.replace(":", "");
    if (!allDigits(digits) || digits.size() > 4) {
        return false;
    }
    const int value = digits.toInt();
    const int hours = digits.size() <= 2 ? value : value / 100;
    const int minutes = digits.size() <= 2 ? 0 : value % 100;
    if (hours > 18 || minutes > 59) {
        return false;
    }
    p->haveZone = true;
    p->zoneMinutes = sign * (hours * 60 + minutes);
    return true;
}

bool parseTime(QByteArray token, Parts* p)
{
    // A zone glued to the time: "12:00:00+0100".
    const qsizetype zone = std::max(token.indexOf('+'), token.indexOf('-'));
    if (zone > 0) {
        parseZoneNumber(token.mid(zone), p);
        token.truncate(zone);
    }
    const QList<QByteArray> fields = token.split(':');
    if (fields.size() < 2 || fields.size() > 3) {
        return false;
    }
    bool ok = false;
    p->hour = fields[0].toInt(&ok);
    if (!ok) {
        return false;
    }
    p->minute = fields[1].toInt(&ok);
    if (!ok) {
        return false;
    }
    if (fields.size() == 3) {
        p->second = fields[2].split('.').first().toInt(&ok); // fractions ignored
        if (!ok) {
            return false;
        }
    }
    p->second = std::min(p->second, 59); // a leap second
    p->haveTime = true;
    return true;
}

bool parseNumericDate(const QByteArray& token, Parts* p)
{
    // "2023-05-01" (ISO 8601) or "01.05.2023" (German order).
    const char sep = token.contains('-') ? '-' : (token.contains('.') ? '.' : '/');
    const QList<QByteArray> f = token.split(sep);
    if (f.size() != 3 || !allDigits(f[0]) || !allDigits(f[1]) || !allDigits(f[2])) {
        return false;
    }
    if (f[0].size() == 4) {
        p->year = f[0].toInt();
        p->month = f[1].toInt();
        p->day = f[2].toInt();
    } else if (sep == '/') {
        p->month = f[0].toInt(); // US order
        p->day = f[1].toInt();
        p->year = normalizedYear(f[2]);
    } else {
        p->day = f[0].toInt();
        p->month = f[1].toInt();
        p->year = normalizedYear(f[2]);
    }
    return true;
}

QByteArray withoutComments(const QByteArray& s)
{
    QByteArray out;
    int depth = 0;
    for (const char c : s) {
        if (c == '(') {
            ++depth;
        } else if (c == ')' && depth > 0) {
            --depth;
            out.append(' ');
        } else if (depth == 0) {
            out.append(c == ',' ? ' ' : c);
        }
    }
    return out;
}

} // namespace

QDateTime MailDate::parse(const QByteArray& fieldBody)
{
    const QByteArray input = withoutComments(fieldBody.left(MaxInput)).simplified().toLower();
    if (input.isEmpty()) {
        return {};
    }
    // ISO 8601 "2023-05-01T12:00:00Z" as written by some scripts.
    if (input.size() >= 19 && input[4] == '-' && input[10] == 't') {
        const QDateTime iso
            = QDateTime::fromString(QString::fromLatin1(input.toUpper()), Qt::ISODate);
        if (iso.isValid()) {
            return iso.toUTC();
        }
    }
    Parts p;
    for (QByteArray token : input.split(' ')) {
        // A day name glued to the day: "mon,12" became "mon 12" above; "12-jan-2023" forms:
        if (token.count('-') == 2 && monthOf(token.split('-').at(1)) > 0) {
            const QList<QByteArray> f = token.split('-');
            p.day = f[0].toInt();
            p.month = monthOf(f[1]);
            p.year = normalizedYear(f[2]);
            continue;
        }
        if (token.contains(':') && !(token[0] == '+' || token[0] == '-')) {
            parseTime(token, &p);
            continue;
        }
        if ((token[0] == '+' || token[0] == '-') && token.size() > 1) {
            if (!p.haveZone) {
                parseZoneNumber(token, &p);
            }
            continue;
        }
        if (allDigits(token)) {
            if (p.day == 0 && token.size() <= 2 && token.toInt() >= 1 && token.toInt() <= 31) {
                p.day = token.toInt();
            } else if (p.year < 0) {
                p.year = normalizedYear(token);
            }
            continue;
        }
        if (token.contains('-') || token.contains('.') || token.contains('/')) {
            if (token.endsWith('.') && allDigits(token.chopped(1)) && p.day == 0) {
                p.day = token.chopped(1).toInt(); // "1. Mai 2023"
            } else {
                parseNumericDate(token, &p);
            }
            continue;
        }
        if (p.month == 0) {
            const int month = monthOf(token);
            if (month > 0) {
                p.month = month;
                continue;
            }
        }
        int zone = 0;
        if (!p.haveZone && p.haveTime && zoneOf(token, &zone)) {
            p.haveZone = true;
            p.zoneMinutes = zone;
        }
    }
    const QDate date(p.year, p.month, p.day);
    if (p.year < 1000 || !date.isValid()) {
        return {};
    }
    QTime time(p.hour, p.minute, p.second);
    if (!time.isValid()) {
        if (p.hour == 24 && p.minute == 0 && p.second == 0) {
            return QDateTime(date.addDays(1), QTime(0, 0), QTimeZone(p.zoneMinutes * 60)).toUTC();
        }
        time = QTime(0, 0);
    }
    return QDateTime(date, time, QTimeZone(p.zoneMinutes * 60)).toUTC();
}

} // namespace Postbote
