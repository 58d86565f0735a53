// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/DemoPop3Server.h"

#include "server/DemoServerSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QTcpSocket>

namespace Postbote {

DemoPop3Server::DemoPop3Server(QObject* parent)
    : QObject(parent)
{
    m_mailbox.openBuiltIn();
    // The host part of the APOP timestamp must be msg-id material: no blanks, no brackets.
    for (const char c : QHostInfo::localHostName().toLatin1()) {
        if (QChar::isLetterOrNumber(static_cast<uchar>(c)) || c == '.' || c == '-') {
            m_hostName.append(c);
        }
    }
    if (m_hostName.isEmpty()) {
        m_hostName = QByteArrayLiteral("localhost");
    }
    connect(&m_server, &QTcpServer::newConnection, this, &DemoPop3Server::onNewConnection);
}

DemoPop3Server::~DemoPop3Server()
{
    m_server.close();
    // Sessions are children; they release the mailbox lock, which must still exist then.
    const QList<DemoServerSession*> sessions = findChildren<DemoServerSession*>();
    for (DemoServerSession* session : sessions) {
        session->disconnect(this);
        delete session;
    }
}

bool DemoPop3Server::openMailboxDirectory(const QString& directory)
{
    if (m_mailbox.isLocked()) {
        m_error = tr("The mailbox cannot be changed while a client is logged in.");
        return false;
    }
    if (!m_mailbox.openDirectory(directory)) {
        m_error = m_mailbox.errorString();
        return false;
    }
    return true;
}

void DemoPop3Server::setCredentials(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
}

bool DemoPop3Server::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server.listen(address, port)) {
        m_error = tr("Cannot listen on %1 port %2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(m_server.errorString());
        return false;
    }
    return true;
}

void DemoPop3Server::close()
{
    m_server.close();
}

void DemoPop3Server::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_sessions >= m_maxSessions) {
            // RFC 2449 §8.1.2: [SYS/TEMP] is a passing problem, try again later.
            socket->write("-ERR [SYS/TEMP] too many connections, try again later\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (socket->state() == QAbstractSocket::UnconnectedState) {
                socket->deleteLater();
            }
            continue;
        }
        DemoServerSession::Settings settings;
        settings.user = m_user;
        settings.password = m_password;
        settings.timestamp = nextTimestamp();
        settings.idleTimeoutMs = m_idleTimeoutMs;
        auto* session = new DemoServerSession(socket, &m_mailbox, settings, this);
        ++m_sessions;
        const QString peer = session->peer();
        connect(session, &DemoServerSession::finished, this, [this, session, peer] {
            --m_sessions;
            Q_EMIT sessionFinished(peer);
            session->deleteLater();
        });
        Q_EMIT sessionStarted(peer);
        session->start();
    }
}

QByteArray DemoPop3Server::nextTimestamp()
{
    // Strictly increasing milliseconds make every timestamp of this process unique; the
    // process id separates servers started at the same moment.
    m_lastStamp = qMax(m_lastStamp + 1, QDateTime::currentMSecsSinceEpoch());
    return '<' + QByteArray::number(QCoreApplication::applicationPid()) + '.'
        + QByteArray::number(m_lastStamp) + '@' + m_hostName + '>';
}

} // namespace Postbote
