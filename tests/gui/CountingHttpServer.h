// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests of remote content: it counts every
/// connection and request, so a test can prove that nothing was requested at all.
/// One request per connection (Connection: close).
class CountingHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "image/png";
        QByteArray body;
        /// Extra header lines, each without CRLF.
        QList<QByteArray> headers;
        /// Send no Content-Length and keep the connection open after the body.
        bool noLength = false;
        /// Never answer.
        bool stall = false;
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;  ///< path and query as sent
        QByteArray headers; ///< the raw header lines
    };

    explicit CountingHttpServer(QObject* parent = nullptr);

    bool listen();
    /// "http://127.0.0.1:PORT"
    QString baseUrl() const;

    /// The answer for a request target (path with query); others get defaultResponse().
    void setResponse(const QByteArray& target, const Response& response);
    Response& defaultResponse() { return m_default; }

    int connectionCount() const { return m_connections; }
    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }

    /// A small PNG (3x2 pixels) for image answers.
    static QByteArray smallPng();

private:
    void onNewConnection();

    QTcpServer m_server;
    Response m_default;
    QHash<QByteArray, Response> m_responses;
    QList<Request> m_requests;
    int m_connections = 0;
};
