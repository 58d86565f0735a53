// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsDemoServer.h"

#include "server/DemoServerSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>

namespace Postbote::Test {

bool TlsDemoServer::setUp(const QString& commonName, QString* error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !m_dir.isValid()) {
        *error = QStringLiteral("needs the openssl command and a temporary directory");
        return false;
    }
    QString names = QStringLiteral("subjectAltName=DNS:%1").arg(commonName);
    if (commonName == QLatin1String("localhost")) {
        names += QStringLiteral(",IP:127.0.0.1");
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    process.start(openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=%1/O=Postbote Test").arg(commonName), QStringLiteral("-addext"),
            names});
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
    if (m_key.isNull() || !m_mailbox.openBuiltIn()) {
        *error = QStringLiteral("the key or the sample mailbox could not be read");
        return false;
    }
    if (!listen(QHostAddress::LocalHost, 0)) {
        *error = errorString();
        return false;
    }
    return true;
}

void TlsDemoServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_connections;
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        ++m_encrypted;
        DemoServerSession::Settings settings;
        settings.user = QStringLiteral("max");
        settings.password = m_password;
        m_stamp = qMax(m_stamp + 1, QDateTime::currentMSecsSinceEpoch());
        settings.timestamp = "<" + QByteArray::number(QCoreApplication::applicationPid()) + '.'
            + QByteArray::number(m_stamp) + "@localhost>";
        auto* session = new DemoServerSession(socket, &m_mailbox, settings, this);
        connect(session, &DemoServerSession::finished, session, &QObject::deleteLater);
        session->start();
    });
    // A client that refuses the certificate aborts the handshake; the socket just closes.
    connect(socket, &QSslSocket::disconnected, socket, [this, socket] {
        if (socket->parent() == this) { // no session took it over
            socket->deleteLater();
        }
    });
    socket->startServerEncryption();
}

} // namespace Postbote::Test
