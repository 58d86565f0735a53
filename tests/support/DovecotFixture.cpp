// SPDX-License-Identifier: GPL-3.0-or-later
#include "DovecotFixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Postbote::Test {

namespace {

constexpr int OpensslTimeoutMs = 30000;
constexpr int StartTimeoutMs = 20000;
constexpr int StopTimeoutMs = 10000;

QString dovecotBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("dovecot"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
}

QString opensslBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

bool writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return false;
    }
    return file.commit() && QFile::setPermissions(path, permissions);
}

// Dovecot's mail processes run as nobody:nogroup (the static userdb), so the Maildir and
// every message in it must belong to them.
bool chownToNobody(const QString& path)
{
    const passwd* user = ::getpwnam("nobody");
    const group* grp = ::getgrnam("nogroup");
    if (!user || !grp) {
        return false;
    }
    return ::chown(QFile::encodeName(path).constData(), user->pw_uid, grp->gr_gid) == 0;
}

quint16 reservePort(QTcpServer& server)
{
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return server.serverPort();
}

bool portAccepts(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    const bool up = probe.waitForConnected(500);
    probe.abort();
    return up;
}

const QFileDevice::Permissions ReadableByAll = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadGroup | QFileDevice::ReadOther;

} // namespace

DovecotFixture::DovecotFixture()
    : m_dir(std::make_unique<QTemporaryDir>(
        QDir::tempPath() + QLatin1Char('/') + dirPrefix() + QStringLiteral("XXXXXX")))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // If the test process dies without running destructors (a crash, ctest's timeout kill),
    // the kernel tells dovecot to shut down instead of leaving it listening.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // POSTBOTE_KEEP_DOVECOT=1 keeps the directory (configuration, log, Maildirs) to debug.
    m_dir->setAutoRemove(!qEnvironmentVariableIsSet("POSTBOTE_KEEP_DOVECOT"));
    if (m_dir->isValid()) {
        // Dovecot's unprivileged processes (dovecot, dovenull, nobody) must reach their files.
        QFile::setPermissions(m_dir->path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
    }
}

DovecotFixture::~DovecotFixture()
{
    stop();
}

bool DovecotFixture::isAvailable(QString* why)
{
    QString reason;
    if (dovecotBinary().isEmpty()) {
        reason = QStringLiteral("dovecot is not installed (Debian: dovecot-core dovecot-pop3d)");
    } else if (opensslBinary().isEmpty()) {
        reason = QStringLiteral("the openssl command is not installed");
    } else if (::geteuid() != 0) {
        reason = QStringLiteral("starting dovecot for the tests needs root (as in CI)");
    }
    if (why) {
        *why = reason;
    }
    return reason.isEmpty();
}

QString DovecotFixture::directory() const
{
    return m_dir->path();
}

QString DovecotFixture::path(const QString& name) const
{
    return m_dir->filePath(name);
}

QString DovecotFixture::maildir(const QString& user) const
{
    return path(QStringLiteral("mail/") + user);
}

bool DovecotFixture::fail(QString* error, const QString& why)
{
    if (error) {
        *error = why;
    }
    return false;
}

void DovecotFixture::addUser(const QString& user, const QString& password)
{
    m_users.insert(user, password);
}

bool DovecotFixture::start(QString* error)
{
    if (isRunning()) {
        return true;
    }
    QString why;
    if (!isAvailable(&why)) {
        return fail(error, why);
    }
    if (!m_dir->isValid()) {
        return fail(error,
            QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString()));
    }
    if (m_users.isEmpty()) {
        return fail(error, QStringLiteral("no users: call addUser() before start()"));
    }
    if (!makeCertificates(error)) {
        return false;
    }
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        if (!prepareMaildir(it.key())) {
            return fail(error, QStringLiteral("cannot create the Maildir of %1").arg(it.key()));
        }
    }
    // The free ports are found before dovecot binds them, so another program may take one in
    // between; dovecot then exits with "Address already in use" and we try other ports.
    for (int attempt = 1;; ++attempt) {
        {
            // Both held at once so that they differ.
            QTcpServer first;
            QTcpServer second;
            m_pop3Port = reservePort(first);
            m_pop3sPort = reservePort(second);
            if (m_pop3Port == 0 || m_pop3sPort == 0) {
                return fail(error, QStringLiteral("no free port on 127.0.0.1"));
            }
        }
        if (!writeConfiguration(error)) {
            return false;
        }
        m_process.start(dovecotBinary(),
            {QStringLiteral("-F"), QStringLiteral("-c"), path(QStringLiteral("dovecot.conf"))});
        if (!m_process.waitForStarted(StartTimeoutMs)) {
            return fail(
                error, QStringLiteral("dovecot did not start: %1").arg(m_process.errorString()));
        }
        QString failure;
        if (waitForPorts(&failure)) {
            return true;
        }
        stop();
        if (attempt >= 3 || !failure.contains(QLatin1String("Address already in use"))) {
            return fail(error, failure);
        }
    }
}

bool DovecotFixture::waitForPorts(QString* error)
{
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            return fail(error,
                QStringLiteral("dovecot exited with code %1.\n%2%3")
                    .arg(m_process.exitCode())
                    .arg(QString::fromLocal8Bit(m_process.readAll()), logText()));
        }
        if (portAccepts(m_pop3Port) && portAccepts(m_pop3sPort)) {
            return true;
        }
        // Doubles as a short sleep that notices at once if dovecot gives up.
        m_process.waitForFinished(50);
    }
    return fail(error,
        QStringLiteral("dovecot did not open ports %1 and %2 within %3 s.\n%4")
            .arg(m_pop3Port)
            .arg(m_pop3sPort)
            .arg(StartTimeoutMs / 1000)
            .arg(QString::fromLocal8Bit(m_process.readAll()) + logText()));
}

void DovecotFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

bool DovecotFixture::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool DovecotFixture::makeCertificates(QString* error)
{
    const auto run = [&](const QStringList& arguments) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.setWorkingDirectory(m_dir->path());
        openssl.start(opensslBinary(), arguments);
        if (!openssl.waitForFinished(OpensslTimeoutMs)
            || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
            fail(error,
                QStringLiteral("openssl %1 failed: %2")
                    .arg(arguments.join(QLatin1Char(' ')),
                        QString::fromLocal8Bit(openssl.readAll())));
            return false;
        }
        return true;
    };
    // A CA of our own, then a server certificate it signs for every name the tests use:
    // "localhost" (SNI and name check) and 127.0.0.1 (IP SAN, no SNI).
    const bool made
        = run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
              QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
              QStringLiteral("/CN=Postbote Test CA"), QStringLiteral("-addext"),
              QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
              QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
        && run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
            QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost")})
        && writeFile(path(QStringLiteral("server.ext")),
            "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n",
            ReadableByAll)
        && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
    if (!made) {
        return false;
    }
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(path(QStringLiteral("ca.pem")));
    const QList<QSslCertificate> server
        = QSslCertificate::fromPath(path(QStringLiteral("server.pem")));
    if (ca.size() != 1 || server.size() != 1) {
        return fail(error, QStringLiteral("the generated certificates could not be read"));
    }
    m_caCertificate = ca.constFirst();
    m_serverCertificate = server.constFirst();
    return true;
}

bool DovecotFixture::writeConfiguration(QString* error)
{
    QByteArray users;
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        // Clear text, because CRAM-MD5, APOP and SCRAM need the password itself.
        users += it.key().toUtf8() + ":{PLAIN}" + it.value().toUtf8() + "::::::\n";
    }
    // The auth process runs as the unprivileged "dovecot" user and must read this file.
    if (!writeFile(path(QStringLiteral("users")), users, ReadableByAll)) {
        return fail(error, QStringLiteral("cannot write the users file"));
    }

    // Written block by block over several lines, as dovecot's own files are.
    QByteArray conf = R"(# Throwaway instance for Postbote's tests; never the system's.
base_dir = @DIR@/run
state_dir = @DIR@/state
log_path = @DIR@/dovecot.log
protocols = pop3
listen = 127.0.0.1
ssl = yes
ssl_cert = <@DIR@/server.pem
ssl_key = <@DIR@/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login cram-md5 scram-sha-1 scram-sha-256 apop
auth_verbose = yes
# Tests try wrong passwords on purpose; the default delay of 2 s only slows them down.
auth_failure_delay = 0
mail_max_userip_connections = 100
mail_location = maildir:@DIR@/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u @DIR@/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=@DIR@/mail/%u
}
# Dovecot delays every further login from an address after a failed one (2 s, doubling).
# Mode 0 keeps the auth process (user dovecot) from reaching anvil's penalty socket, which
# switches the penalty off.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = @POP3@
  }
  inet_listener pop3s {
    port = @POP3S@
    ssl = yes
  }
}
)";
    conf.replace("@DIR@", QFile::encodeName(m_dir->path()));
    conf.replace("@POP3@", QByteArray::number(m_pop3Port));
    conf.replace("@POP3S@", QByteArray::number(m_pop3sPort));
    if (!writeFile(path(QStringLiteral("dovecot.conf")), conf, ReadableByAll)) {
        return fail(error, QStringLiteral("cannot write dovecot.conf"));
    }
    return true;
}

bool DovecotFixture::prepareMaildir(const QString& user)
{
    const QString root = maildir(user);
    QDir dir;
    for (const char* sub : {"", "/cur", "/new", "/tmp"}) {
        const QString folder = root + QLatin1String(sub);
        if (!dir.mkpath(folder) || !chownToNobody(folder)) {
            return false;
        }
    }
    return chownToNobody(path(QStringLiteral("mail")));
}

QString DovecotFixture::deliver(const QString& user, const QByteArray& message)
{
    if (!prepareMaildir(user)) {
        return {};
    }
    // Maildir delivery: write under tmp/, then rename into new/ so that dovecot never sees
    // half a file. The running number keeps names unique and in delivery order.
    const QString name = QStringLiteral("%1.M%2P%3.postbote,S=%4")
                             .arg(QDateTime::currentSecsSinceEpoch())
                             .arg(++m_delivered, 8, 10, QLatin1Char('0'))
                             .arg(QCoreApplication::applicationPid())
                             .arg(message.size());
    const QString temporary = maildir(user) + QStringLiteral("/tmp/") + name;
    const QString target = maildir(user) + QStringLiteral("/new/") + name;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size()) {
        return {};
    }
    file.close();
    if (!chownToNobody(temporary) || !QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return {};
    }
    return target;
}

QStringList DovecotFixture::storedMessages(const QString& user) const
{
    QStringList paths;
    for (const char* sub : {"/cur", "/new"}) {
        const QDir dir(maildir(user) + QLatin1String(sub));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& name : names) {
            paths.append(dir.filePath(name));
        }
    }
    paths.sort();
    return paths;
}

QString DovecotFixture::logText() const
{
    QString text;
    QFile log(path(QStringLiteral("dovecot.log")));
    if (log.open(QIODevice::ReadOnly)) {
        text = QString::fromUtf8(log.readAll());
    }
    return text;
}

} // namespace Postbote::Test
