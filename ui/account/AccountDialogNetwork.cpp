// SPDX-License-Identifier: GPL-3.0-or-later
// AccountDialog's steps that reach the network through the core: discovery, the connection
// test, and the login check before a password is kept.
#include "AccountDialog.h"

#include "account/AccountStore.h"
#include "account/CertificatePolicy.h"
#include "account/CredentialStore.h"
#include "account/LoginCheck.h"
#include "account/QDnsLookupResolver.h"
#include "account/ServerProbe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace Postbote {

void AccountDialog::setDnsResolver(DnsResolver* resolver)
{
    m_resolver = resolver;
}

void AccountDialog::setDiscoveryOptions(const ServerDiscovery::Options& options)
{
    m_discoveryOptions = options;
}

void AccountDialog::setProbeFactory(ServerDiscovery::ProbeFactory factory)
{
    m_probeFactory = std::move(factory);
}

void AccountDialog::setCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_caCertificates = certificates;
}

DnsResolver* AccountDialog::resolver()
{
    if (m_resolver) {
        return m_resolver;
    }
    if (!m_ownResolver) {
        m_ownResolver = std::make_unique<QDnsLookupResolver>();
    }
    return m_ownResolver.get();
}

void AccountDialog::findServer()
{
    if (m_discovery && m_discovery->isRunning()) {
        return;
    }
    touch(QStringLiteral("email"));
    ServerDiscovery::Options options = m_discoveryOptions;
    options.caCertificates += m_caCertificates;
    m_discovery = std::make_unique<ServerDiscovery>(resolver(), options);
    if (m_probeFactory) {
        m_discovery->setProbeFactory(m_probeFactory);
    }
    connect(m_discovery.get(), &ServerDiscovery::statusMessage, this,
        [this](const QString& message) { m_discoveryStatus->setText(message); });
    connect(m_discovery.get(), &ServerDiscovery::progress, this, [this](int done, int total) {
        m_discoveryProgress->setRange(0, qMax(total, 1));
        m_discoveryProgress->setValue(done);
    });
    connect(m_discovery.get(), &ServerDiscovery::finished, this,
        &AccountDialog::onDiscoveryFinished, Qt::QueuedConnection);
    const QString address = m_email->text().trimmed();
    if (!m_discovery->start(address)) {
        m_discoveryStatus->setText(m_discovery->errorString());
        m_discovery.reset();
        updateBusyState();
        Q_EMIT discoveryFinished();
        return;
    }
    m_discoveryProgress->setRange(0, 0);
    m_discoveryStatus->setText(tr("Looking for the POP3 server of %1…").arg(address));
    updateBusyState();
    revalidate();
}

void AccountDialog::cancelDiscovery()
{
    if (m_discovery && m_discovery->isRunning()) {
        m_discovery->cancel();
    }
}

void AccountDialog::onDiscoveryFinished()
{
    if (!m_discovery) {
        return;
    }
    const QList<ProbeResult> working = m_discovery->workingResults();
    if (!m_discovery->wasCancelled() && !m_discovery->serviceRefused() && !working.isEmpty()) {
        applyDiscovered(working.first());
    }
    m_discoveryStatus->setText(discoveryOutcomeText());
    updateBusyState();
    revalidate();
    Q_EMIT discoveryFinished();
}

void AccountDialog::applyDiscovered(const ProbeResult& result)
{
    m_host->setText(result.candidate.host);
    selectSecurity(result.security);
    m_port->setText(QString::number(result.candidate.port));
    AuthMethod method = result.recommendedMechanism();
    if (method == AuthMethod::Auto && result.security == Security::None && result.userPass) {
        // Only a clear-text login over a plain connection: name it, so that the dialog asks
        // for the explicit choice instead of failing at the first login.
        method = AuthMethod::UserPass;
    }
    selectAuth(method);
    m_user->setText(m_discovery->suggestedUserName());
    if (m_name->text().trimmed().isEmpty()) {
        m_name->setText(m_discovery->address());
    }
    m_lastProbe = result;
    m_testLoginText.clear();
    m_testResult->setText(probeText(result));
}

QString AccountDialog::discoveryOutcomeText() const
{
    if (!m_discovery) {
        return {};
    }
    if (m_discovery->wasCancelled()) {
        return tr("The search was stopped. Enter the server yourself or search again.");
    }
    if (m_discovery->serviceRefused()) {
        return tr("%1 states in DNS that it offers no POP3 service.").arg(m_discovery->domain());
    }
    const QList<ProbeResult> working = m_discovery->workingResults();
    if (working.isEmpty()) {
        return tr("No working POP3 server was found for %1. Ask your provider for the server "
                  "name and port and enter them below.")
            .arg(m_discovery->domain());
    }
    const ProbeResult& best = working.first();
    return tr("Found %1, port %2: %3. Check the settings below.")
        .arg(best.candidate.host)
        .arg(best.candidate.port)
        .arg(best.securityDescription());
}

void AccountDialog::testConnection()
{
    if (m_probe || m_login) {
        return;
    }
    const Account current = account();
    if (!AccountValidator::isValidHost(current.host) || current.port < 1 || current.port > 65535) {
        m_testResult->setText(tr("Enter a valid server and port first."));
        Q_EMIT connectionTested();
        return;
    }
    ProbeCandidate candidate;
    candidate.host = current.host;
    candidate.port = quint16(current.port);
    candidate.security = current.security;
    candidate.source = ProbeCandidate::Source::Given;
    ServerProbe::Options options;
    options.caCertificates = m_caCertificates;
    options.timeoutMs = m_discoveryOptions.probeTimeoutMs;
    m_probe = std::make_unique<ServerProbe>(candidate, options);
    connect(m_probe.get(), &ServerProbe::traffic, this, &AccountDialog::traffic);
    connect(m_probe.get(), &ServerProbe::finished, this, &AccountDialog::onProbeFinished,
        Qt::QueuedConnection);
    m_testLoginText.clear();
    m_testResult->setText(tr("Connecting to %1, port %2…").arg(current.host).arg(current.port));
    updateBusyState();
    revalidate();
    m_probe->start();
}

QString AccountDialog::probeText(const ProbeResult& r) const
{
    if (!r.usable) {
        return tr("The server could not be reached as set up: %1").arg(r.error.toString());
    }
    const QString yes = tr("yes");
    const QString no = tr("no");
    QStringList lines;
    lines << tr("Security: %1").arg(r.securityDescription());
    if (r.candidate.security == Security::StartTls && r.security == Security::None) {
        lines << tr("The server does not offer STARTTLS: the connection would be unencrypted.");
    }
    for (const QSslError& error : r.sslErrors) {
        lines << tr("Certificate problem: %1").arg(error.errorString());
    }
    if (!r.sha256.isEmpty()) {
        lines << tr("Certificate SHA-256: %1").arg(r.fingerprint());
    }
    const QString mechanisms = r.mechanismsDescription();
    lines << tr("Login methods: %1").arg(mechanisms.isEmpty() ? tr("none announced") : mechanisms);
    lines << tr("PIPELINING: %1").arg(r.pipelining ? yes : no);
    lines << tr("UIDL: %1").arg(r.uidl ? yes : no);
    lines << tr("TOP: %1").arg(r.top ? yes : no);
    lines << tr("EXPIRE: %1")
                 .arg(r.expire.isEmpty() ? tr("not announced") : QString::fromLatin1(r.expire));
    if (!r.capaSupported) {
        lines << tr("The server does not answer CAPA; its extensions are unknown.");
    }
    lines << tr("No password was sent.");
    return lines.join(QLatin1Char('\n'));
}

void AccountDialog::onProbeFinished(const ProbeResult& result)
{
    m_probe.reset();
    m_lastProbe = result;
    m_testResult->setText(probeText(result));
    if (result.usable && m_alsoLogIn->isChecked()) {
        if (m_password->text().isEmpty()) {
            m_testLoginText = QLatin1Char('\n') + tr("Enter the password to log in as well.");
            m_testResult->setText(probeText(result) + m_testLoginText);
        } else {
            startLoginCheck(true);
            return;
        }
    }
    updateBusyState();
    revalidate();
    Q_EMIT connectionTested();
}

SessionOptions AccountDialog::loginOptions(const QString& password) const
{
    SessionOptions options = account().sessionOptions();
    options.password = password;
    options.caCertificates = m_caCertificates;
    if (m_accounts && !m_isNew) {
        options.certificateExceptions
            = CertificatePolicy(m_accounts->settings(), m_account.id).exceptions();
    }
    return options;
}

void AccountDialog::startLoginCheck(bool forTest)
{
    m_loginForTest = forTest;
    m_login = std::make_unique<LoginCheck>(loginOptions(m_password->text()));
    connect(m_login.get(), &LoginCheck::traffic, this, &AccountDialog::traffic);
    connect(
        m_login.get(), &LoginCheck::finished, this,
        [this](const Pop3Error& error) {
            const bool loggedIn = m_login && m_login->loggedIn();
            m_login.reset();
            onLoginFinished(m_loginForTest, loggedIn, error);
        },
        Qt::QueuedConnection);
    if (forTest) {
        m_testResult->setText(m_testResult->text() + QLatin1Char('\n') + tr("Logging in…"));
    }
    updateBusyState();
    revalidate();
    m_login->start();
}

void AccountDialog::onLoginFinished(bool forTest, bool loggedIn, const Pop3Error& error)
{
    const QString failure = tr("The login failed: %1").arg(error.toString());
    if (forTest) {
        m_testLoginText = QLatin1Char('\n')
            + (loggedIn ? tr("Login succeeded: the server accepted the password.") : failure);
        m_testResult->setText(
            (m_lastProbe ? probeText(*m_lastProbe) : QString()) + m_testLoginText);
        if (!loggedIn) {
            setFieldMessage(QStringLiteral("password"), failure);
        }
        updateBusyState();
        revalidate();
        Q_EMIT connectionTested();
        return;
    }
    if (!loggedIn) {
        setFieldMessage(QStringLiteral("password"),
            failure + QLatin1Char(' ')
                + tr("Nothing was saved. Correct the password, or clear the field to save the "
                     "account without it."));
        updateBusyState();
        revalidate();
        Q_EMIT loginChecked(false);
        return;
    }
    Q_EMIT loginChecked(true);
    saveAndRemember();
}

bool AccountDialog::saveAccount(QString* error)
{
    if (!m_accounts) {
        *error = tr("The account list is not available.");
        return false;
    }
    Account current = account();
    const bool stored = m_accounts->find(current.id).has_value();
    const bool ok = stored ? m_accounts->update(current, error) : m_accounts->add(current, error);
    if (ok) {
        m_account = current;
        m_isNew = false;
    }
    return ok;
}

void AccountDialog::accept()
{
    if (isBusy()) {
        return;
    }
    m_touched.unite(QSet<QString>({QStringLiteral("email"), QStringLiteral("name"),
        QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"),
        QStringLiteral("retention"), QStringLiteral("checkInterval")}));
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return; // the messages next to the fields say what to fix
    }
    if (!m_password->text().isEmpty()) {
        setFieldMessage(QStringLiteral("password"), QString());
        startLoginCheck(false);
        return;
    }
    QString error;
    if (!saveAccount(&error)) {
        m_busyStatus->setText(error);
        m_busyStatus->setVisible(true);
        return;
    }
    QDialog::accept();
}

void AccountDialog::saveAndRemember()
{
    QString error;
    if (!saveAccount(&error)) {
        updateBusyState();
        m_busyStatus->setText(error);
        m_busyStatus->setVisible(true);
        revalidate();
        return;
    }
    if (!m_credentials) {
        QDialog::accept();
        return;
    }
    m_saving = true;
    updateBusyState();
    revalidate();
    const QString id = m_account.id;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_credentials.data(), &CredentialStore::rememberFinished, this,
        [this, id, connection](const QString& accountId, const CredentialError& result) {
            if (accountId != id) {
                return;
            }
            disconnect(*connection);
            m_saving = false;
            m_password->clear();
            if (result.kind() == CredentialError::Kind::NoKeychain) {
                Q_EMIT notice(CredentialStore::memoryNotice());
            } else if (result.isError()) {
                // The account is stored; only the keychain failed. Say so where the password
                // was typed and let the user decide (OK again, or Cancel).
                updateBusyState();
                revalidate();
                setFieldMessage(QStringLiteral("password"),
                    tr("The account was saved, but the keychain did not keep the password: %1")
                        .arg(result.message()));
                return;
            }
            updateBusyState();
            QDialog::accept();
        });
    m_credentials->rememberAfterLogin(id, m_password->text());
}

void AccountDialog::reject()
{
    if (m_discovery && m_discovery->isRunning()) {
        m_discovery->cancel();
    }
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe.reset();
    }
    if (m_login) {
        m_login->disconnect(this);
        m_login.reset();
    }
    m_saving = false;
    updateBusyState();
    QDialog::reject();
}

} // namespace Postbote
