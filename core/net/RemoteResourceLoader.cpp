// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteResourceLoader.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

namespace Postbote {

namespace {

bool isHttp(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

} // namespace

RemoteResourceLoader::RemoteResourceLoader(QObject* parent)
    : QObject(parent)
{ }

RemoteResourceLoader::~RemoteResourceLoader()
{
    cancel();
}

void RemoteResourceLoader::setLimits(const Limits& limits)
{
    m_limits = limits;
}

bool RemoteResourceLoader::isFetchable(const QUrl& url)
{
    return url.isValid() && isHttp(url) && !url.host().isEmpty();
}

void RemoteResourceLoader::load(const QList<QUrl>& urls)
{
    cancel();
    m_totalBytes = 0;
    m_loaded = 0;
    m_failed = 0;

    QList<QUrl> toFetch;
    QSet<QUrl> seen;
    for (const QUrl& url : urls) {
        if (seen.contains(url))
            continue;
        seen.insert(url);
        if (!isFetchable(url)) {
            ++m_failed;
            Q_EMIT resourceFailed(url, tr("Only http and https addresses are loaded."));
        } else if (toFetch.size() >= m_limits.maxResources) {
            ++m_failed;
            Q_EMIT resourceFailed(url,
                tr("The message refers to more than %1 remote resources; the rest are not "
                   "loaded.")
                    .arg(m_limits.maxResources));
        } else {
            toFetch.append(url);
        }
    }
    if (toFetch.isEmpty()) {
        Q_EMIT finished(m_loaded, m_failed);
        return;
    }
    if (!m_manager) {
        // Created only now: nothing network-related exists before the user asked for it.
        m_manager = new QNetworkAccessManager(this);
        m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        m_manager->setCookieJar(nullptr);
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &RemoteResourceLoader::onDeadline);
    }
    m_deadline->start(m_limits.totalTimeoutMs);
    for (const QUrl& url : toFetch)
        start(url);
}

void RemoteResourceLoader::start(const QUrl& url)
{
    QNetworkRequest request(url);
    // Qt follows only http and https redirects, counts them (TooManyRedirectsError) and with
    // this policy refuses https → http (InsecureRedirectError).
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setTransferTimeout(m_limits.transferTimeoutMs);
    // No cookies either way: a tracking pixel must not learn more than the request itself.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "image/*, */*;q=0.5");

    QNetworkReply* reply = m_manager->get(request);
    m_pending.insert(reply, Pending {url, {}});
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(
        reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaDataChanged(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void RemoteResourceLoader::onMetaDataChanged(QNetworkReply* reply)
{
    if (!m_pending.contains(reply))
        return;
    // Refuse early when the server announces too much (RFC 9110 §8.6 Content-Length).
    bool ok = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && announced > m_limits.maxBytesPerResource) {
        fail(reply,
            tr("The resource is larger than %1.")
                .arg(QLocale().formattedDataSize(m_limits.maxBytesPerResource)));
    }
}

void RemoteResourceLoader::onReadyRead(QNetworkReply* reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const QByteArray chunk = reply->readAll();
    it->data.append(chunk);
    m_totalBytes += chunk.size();
    if (it->data.size() > m_limits.maxBytesPerResource) {
        fail(reply,
            tr("The resource is larger than %1.")
                .arg(QLocale().formattedDataSize(m_limits.maxBytesPerResource)));
    } else if (m_totalBytes > m_limits.maxBytesTotal) {
        // The message as a whole asked for too much: stop everything still running.
        const QList<QNetworkReply*> running = m_pending.keys();
        for (QNetworkReply* other : running) {
            fail(other,
                tr("The remote content of this message is larger than %1 in total.")
                    .arg(QLocale().formattedDataSize(m_limits.maxBytesTotal)));
        }
    }
}

void RemoteResourceLoader::onFinished(QNetworkReply* reply)
{
    if (!m_pending.contains(reply))
        return;
    if (reply->error() != QNetworkReply::NoError) {
        fail(reply, reply->errorString());
        return;
    }
    if (!isFetchable(reply->url())) { // where the redirects ended; Qt checks this already
        fail(reply, tr("The server redirected to an address that is not allowed."));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299) {
        fail(reply, tr("The server answered with HTTP status %1.").arg(status));
        return;
    }
    onReadyRead(reply);
    if (m_pending.contains(reply))
        complete(reply);
}

void RemoteResourceLoader::fail(QNetworkReply* reply, const QString& error)
{
    if (!m_pending.contains(reply))
        return; // already reported, or the batch was cancelled from a slot
    const Pending pending = m_pending.take(reply);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    ++m_failed;
    Q_EMIT resourceFailed(pending.url, error);
    if (m_pending.isEmpty()) {
        m_deadline->stop();
        Q_EMIT finished(m_loaded, m_failed);
    }
}

void RemoteResourceLoader::complete(QNetworkReply* reply)
{
    const Pending pending = m_pending.take(reply);
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    reply->disconnect(this);
    reply->deleteLater();
    ++m_loaded;
    Q_EMIT resourceLoaded(pending.url, pending.data, contentType);
    if (m_pending.isEmpty()) {
        m_deadline->stop();
        Q_EMIT finished(m_loaded, m_failed);
    }
}

void RemoteResourceLoader::onDeadline()
{
    const QList<QNetworkReply*> running = m_pending.keys();
    for (QNetworkReply* reply : running)
        fail(reply, tr("Loading the remote content took too long."));
}

void RemoteResourceLoader::cancel()
{
    const QList<QNetworkReply*> running = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply* reply : running) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_deadline)
        m_deadline->stop();
}

} // namespace Postbote
