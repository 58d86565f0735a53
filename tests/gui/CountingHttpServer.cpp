// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountingHttpServer.h"

#include <QBuffer>
#include <QImage>
#include <QTcpSocket>

CountingHttpServer::CountingHttpServer(QObject* parent)
    : QObject(parent)
{
    m_default.body = smallPng();
    connect(&m_server, &QTcpServer::newConnection, this, &CountingHttpServer::onNewConnection);
}

bool CountingHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString CountingHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void CountingHttpServer::setResponse(const QByteArray& target, const Response& response)
{
    m_responses.insert(target, response);
}

QByteArray CountingHttpServer::smallPng()
{
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void CountingHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->clear();
            const qsizetype lineEnd = head.indexOf("\r\n");
            const QList<QByteArray> requestLine = head.left(lineEnd).split(' ');
            Request request;
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            request.headers = lineEnd < 0 ? QByteArray() : head.mid(lineEnd + 2);
            m_requests.append(request);

            const Response response = m_responses.value(request.target, m_default);
            if (response.stall)
                return;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
            if (!response.contentType.isEmpty())
                out += "Content-Type: " + response.contentType + "\r\n";
            if (!response.noLength)
                out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            for (const QByteArray& header : response.headers)
                out += header + "\r\n";
            out += "Connection: close\r\n\r\n";
            out += response.body;
            socket->write(out);
            if (!response.noLength)
                socket->disconnectFromHost();
        });
    }
}
