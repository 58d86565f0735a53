// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTlsServer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace Postbote::Test {

bool LocalTlsServer::setUp(QString* error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !m_dir.isValid()) {
        *error = QStringLiteral("needs the openssl command and a temporary directory");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    process.start(openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error
            = QStringLiteral("openssl failed: %1").arg(QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the generated certificate could not be read");
        return false;
    }
    m_certificate = certificates.constFirst();
    m_key = QSslKey(&keyFile, QSsl::Rsa);
    if (m_key.isNull()) {
        *error = QStringLiteral("the generated key could not be read");
        return false;
    }
    if (!listen(QHostAddress::LocalHost, 0)) {
        *error = errorString();
        return false;
    }
    return true;
}

QSslSocket* LocalTlsServer::lastConnection() const
{
    return m_connections.isEmpty() ? nullptr : m_connections.constLast().data();
}

void LocalTlsServer::startTls()
{
    if (QSslSocket* socket = lastConnection()) {
        socket->startServerEncryption();
    }
}

void LocalTlsServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    m_connections.append(socket);
    switch (m_behaviour) {
    case Behaviour::ImplicitTls:
        connect(socket, &QSslSocket::encrypted, socket,
            [socket, greeting = m_greeting] { socket->write(greeting); });
        socket->startServerEncryption();
        break;
    case Behaviour::Plain:
        socket->write(m_greeting);
        break;
    case Behaviour::Silent:
        break;
    }
}

} // namespace Postbote::Test
