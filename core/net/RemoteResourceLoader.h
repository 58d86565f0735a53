// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Postbote {

/// Fetches the remote resources (images, backgrounds) of one message after the user allowed
/// remote content for it.
///
/// Loading a remote image tells its sender that, when and from where a message was read, so
/// this class is only ever started by an explicit user action and never by parsing or
/// showing mail. What a stranger's server can do to us is bounded: only http and https (also
/// after redirects, which are limited in number and may not go from https to http), a size
/// cap per resource and per message, an inactivity timeout per transfer and a deadline for
/// the whole batch. No cookies are sent or stored and nothing is cached on disk.
///
/// The loader hands out bytes; turning them into images is the view's job (core has no
/// QtGui).
class RemoteResourceLoader : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBytesPerResource = 5 * 1024 * 1024;
        qint64 maxBytesTotal = 30 * 1024 * 1024;
        /// URLs beyond this count are reported as failed without a request.
        int maxResources = 100;
        /// A transfer that makes no progress for this long is aborted.
        int transferTimeoutMs = 15000;
        /// Whatever is still running after this long is aborted.
        int totalTimeoutMs = 60000;
        int maxRedirects = 3;
    };

    explicit RemoteResourceLoader(QObject* parent = nullptr);
    ~RemoteResourceLoader() override;

    void setLimits(const Limits& limits);
    Limits limits() const { return m_limits; }

    /// Starts fetching `urls` (duplicates are fetched once). A batch still running is
    /// cancelled first. URLs that are not http or https are reported as failed.
    void load(const QList<QUrl>& urls);
    /// Aborts everything still running; no further signals for this batch.
    void cancel();
    bool isLoading() const { return !m_pending.isEmpty(); }

    /// True for the URLs this loader is willing to request at all (http and https).
    static bool isFetchable(const QUrl& url);

Q_SIGNALS:
    void resourceLoaded(const QUrl& url, const QByteArray& data, const QString& contentType);
    void resourceFailed(const QUrl& url, const QString& error);
    /// After the last resource of a batch was loaded or failed.
    void finished(int loaded, int failed);

private:
    struct Pending
    {
        QUrl url;
        QByteArray data;
    };

    void start(const QUrl& url);
    void onReadyRead(QNetworkReply* reply);
    void onMetaDataChanged(QNetworkReply* reply);
    void onFinished(QNetworkReply* reply);
    /// Reports `reply` as failed with `error` and aborts it.
    void fail(QNetworkReply* reply, const QString& error);
    void complete(QNetworkReply* reply);
    void onDeadline();

    Limits m_limits;
    QNetworkAccessManager* m_manager = nullptr;
    QTimer* m_deadline = nullptr;
    QHash<QNetworkReply*, Pending> m_pending;
    qint64 m_totalBytes = 0;
    int m_loaded = 0;
    int m_failed = 0;
};

} // namespace Postbote
