// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/HtmlUrlPolicy.h"

#include <QRegularExpression>

namespace Postbote {

namespace {

bool isProtocolRelative(QStringView url)
{
    // Browsers treat '\' like '/' here, so "\\host" and "/\host" are network paths as well.
    return url.size() >= 2 && (url.at(0) == u'/' || url.at(0) == u'\\')
        && (url.at(1) == u'/' || url.at(1) == u'\\');
}

QString networkPathAsHttps(QStringView url)
{
    QString path = url.toString();
    path.replace(u'\\', u'/');
    return QStringLiteral("https:") + path;
}

} // namespace

QString HtmlUrlPolicy::clean(QStringView decoded)
{
    QString out;
    out.reserve(decoded.size());
    for (const QChar c : decoded) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            out += c;
    }
    qsizetype begin = 0;
    while (begin < out.size() && out.at(begin).unicode() <= 0x20)
        ++begin;
    qsizetype end = out.size();
    while (end > begin && out.at(end - 1).unicode() <= 0x20)
        --end;
    return out.mid(begin, end - begin);
}

QString HtmlUrlPolicy::scheme(QStringView cleaned)
{
    // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) followed by ':'.
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const char16_t c = cleaned.at(i).unicode();
        const bool alpha = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (c == u':')
            return i == 0 ? QString() : cleaned.left(i).toString().toLower();
        if (alpha)
            continue;
        if (i > 0 && ((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.'))
            continue;
        return QString();
    }
    return QString();
}

HtmlUrlPolicy::Result HtmlUrlPolicy::resource(QStringView decoded, bool allowRemote)
{
    Result result;
    const QString url = clean(decoded);
    if (url.isEmpty())
        return result;
    if (isProtocolRelative(url)) {
        result.url = networkPathAsHttps(url);
        result.verdict = allowRemote ? Verdict::Keep : Verdict::BlockedRemote;
        return result;
    }
    const QString s = scheme(url);
    if (s == u"cid") {
        result = {Verdict::Keep, url};
    } else if (s == u"data") {
        static const QRegularExpression image(
            QStringLiteral("^data:image/(png|gif|jpeg|jpg|pjpeg|webp|bmp)[;,]"),
            QRegularExpression::CaseInsensitiveOption);
        if (image.match(url).hasMatch())
            result = {Verdict::Keep, url};
    } else if (s == u"http" || s == u"https" || s == u"ftp") {
        result = {allowRemote ? Verdict::Keep : Verdict::BlockedRemote, url};
    }
    return result;
}

HtmlUrlPolicy::Result HtmlUrlPolicy::link(QStringView decoded)
{
    Result result;
    const QString url = clean(decoded);
    if (url.isEmpty())
        return result;
    if (url.startsWith(u'#')) {
        result = {Verdict::Keep, url};
    } else if (isProtocolRelative(url)) {
        result = {Verdict::Keep, networkPathAsHttps(url)};
    } else {
        const QString s = scheme(url);
        if (s == u"http" || s == u"https" || s == u"ftp" || s == u"mailto")
            result = {Verdict::Keep, url};
    }
    return result;
}

} // namespace Postbote
