// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace Postbote::Test {

/// A throwaway dovecot (Debian's /usr/sbin/dovecot) for integration tests and benchmarks.
/// Everything lives in one temporary directory named "postbote-dovecot-XXXXXX": its own
/// configuration, a test CA and a server certificate made at run time (CN=localhost, SAN
/// DNS:localhost and IP:127.0.0.1), users, Maildirs, sockets and log. It listens on
/// 127.0.0.1 on two free ports (POP3 and POP3S) and never touches the system's instance.
///
/// Users and messages are set up before or after start(); stop() and the destructor end
/// the server, so a failing test leaves nothing running. Needs root (as in CI) because
/// dovecot drops privileges; mail belongs to nobody:nogroup.
class DovecotFixture
{
public:
    /// The name prefix of the temporary directory; scripts/test.sh kills leftover
    /// dovecots of aborted runs by it.
    static QString dirPrefix() { return QStringLiteral("postbote-dovecot-"); }

    DovecotFixture();
    ~DovecotFixture();
    DovecotFixture(const DovecotFixture&) = delete;
    DovecotFixture& operator=(const DovecotFixture&) = delete;

    /// True if dovecot and openssl are installed and we may start dovecot (root).
    static bool isAvailable(QString* why = nullptr);

    /// Creates certificates and configuration and starts dovecot; returns once both ports
    /// accept connections. On failure returns false and explains why in \a error.
    bool start(QString* error = nullptr);
    void stop();
    bool isRunning() const;

    /// Adds a user with a plain-text password (dovecot needs the clear text for CRAM-MD5,
    /// APOP and SCRAM). Call before start(); neither name nor password may contain ":" or a
    /// line break (passwd-file format).
    void addUser(const QString& user, const QString& password);

    quint16 pop3Port() const { return m_pop3Port; }
    quint16 pop3sPort() const { return m_pop3sPort; }
    QList<QSslCertificate> caCertificates() const { return {m_caCertificate}; }
    QSslCertificate serverCertificate() const { return m_serverCertificate; }
    /// The temporary directory everything lives in.
    QString directory() const;
    /// The test CA as a PEM file (for --ca-file).
    QString caCertificatePath() const { return path(QStringLiteral("ca.pem")); }

    /// Stores \a message (LF line ends, as dovecot keeps them) in the user's Maildir new/
    /// and returns the file's path, or an empty string if it could not be written.
    QString deliver(const QString& user, const QByteArray& message);
    /// Paths of all messages in the user's Maildir (new/ and cur/), sorted.
    QStringList storedMessages(const QString& user) const;
    QString logText() const;

private:
    bool fail(QString* error, const QString& why);
    bool makeCertificates(QString* error);
    bool writeConfiguration(QString* error);
    bool prepareMaildir(const QString& user);
    bool waitForPorts(QString* error);
    QString path(const QString& name) const;
    QString maildir(const QString& user) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QMap<QString, QString> m_users;
    quint16 m_pop3Port = 0;
    quint16 m_pop3sPort = 0;
    QSslCertificate m_caCertificate;
    QSslCertificate m_serverCertificate;
    int m_delivered = 0;
};

} // namespace Postbote::Test
