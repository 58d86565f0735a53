// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Account.h"
#include "account/AccountValidator.h"
#include "account/ProbeResult.h"
#include "account/ServerDiscovery.h"
#include "trace/ProtocolEvent.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Postbote {

class AccountStore;
class CredentialStore;
class DnsResolver;
class LoginCheck;
class RetentionEditor;
class ServerProbe;

/// Sets up a new account or edits one. An e-mail address and "Find server" run
/// ServerDiscovery (RFC 6186 SRV records, then the usual names), shown as it runs and
/// cancellable, and fill in the server; everything stays editable. "Test connection" probes
/// the server (greeting and CAPA, no password) and shows what it offers; it logs in only if
/// the user asks for that too. The dialog never opens a socket itself: the core's
/// ServerDiscovery, ServerProbe and LoginCheck do.
///
/// Every field has a message line below it, filled from AccountValidator; OK stays disabled
/// while any problem remains. An unencrypted connection needs the explicit "allow" choice,
/// and a warning says why whenever the choice is unsafe.
///
/// OK stores the account (AccountStore::add or update). A typed password is stored only after
/// it worked: OK first logs in with it (LoginCheck) and calls
/// CredentialStore::rememberAfterLogin() on success; a refused login keeps the dialog open
/// with the server's answer next to the password. An empty password field stores the account
/// without touching the keychain.
///
/// Widgets carry object names for tests and automation: "email", "findServer",
/// "cancelDiscovery", "discoveryStatus", "name", "host", "port", "security", "auth", "user",
/// "password", "allowCleartext", "cleartextWarning", "checkInterval", "pipelining",
/// "enabled", "testConnection", "alsoLogIn", "testResult", "busyStatus", and per field an
/// error label "<field>Error" (e.g. "hostError", "portError", "authError", "passwordError").
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    /// New account if \a existing is empty, else edits it. The stores are not owned.
    AccountDialog(AccountStore* accounts, CredentialStore* credentials,
        const std::optional<Account>& existing = std::nullopt, QWidget* parent = nullptr);
    ~AccountDialog() override;

    bool isNewAccount() const { return m_isNew; }
    /// The account as the fields describe it (the stored one after a successful OK).
    Account account() const;

    /// The resolver discovery uses (not owned; must outlive the dialog). Without one the
    /// dialog makes a QDnsLookupResolver for the system's DNS.
    void setDnsResolver(DnsResolver* resolver);
    void setDiscoveryOptions(const ServerDiscovery::Options& options);
    /// For tests: discovery's probes come from \a factory.
    void setProbeFactory(ServerDiscovery::ProbeFactory factory);
    /// Extra trusted CAs for discovery, the connection test and the login check (a test CA).
    void setCaCertificates(const QList<QSslCertificate>& certificates);

    /// The problems of the current input, one per field, as shown next to the fields; also
    /// the dialog's own rules (an unencrypted connection needs the explicit choice).
    QList<AccountValidator::Problem> problems() const;
    /// The message shown below \a field, empty if none; "password" and "security" too.
    QString fieldMessage(const QString& fieldName) const;
    /// True while discovery, a connection test or the login check of OK runs.
    bool isBusy() const;
    /// The last "Test connection" result, if any.
    std::optional<ProbeResult> lastProbe() const { return m_lastProbe; }

public Q_SLOTS:
    /// Runs discovery for the address in the e-mail field.
    void findServer();
    void cancelDiscovery();
    /// Probes the server in the fields; logs in too if "also log in" is checked.
    void testConnection();
    /// OK: validates, checks a typed password, stores; the dialog closes when done.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void discoveryFinished();
    /// The connection test (and its optional login) is over.
    void connectionTested();
    /// OK's login check is over; \a ok if the server accepted the password.
    void loginChecked(bool ok);
    /// The POP3 dialogue of probes and login checks (masked by the engine), for the log.
    void traffic(const Postbote::ProtocolEvent& event);
    /// A translated notice for the user after OK, e.g. that the password is kept in memory
    /// only because there is no keychain.
    void notice(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct FieldRow
    {
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
    };

    void buildUi();
    QLabel* addRow(QFormLayout* form, const QString& key, QWidget* editor);
    void retranslateUi();
    void loadAccount(const Account& account);
    void selectSecurity(Security security);
    void selectAuth(AuthMethod method);
    Security currentSecurity() const;
    AuthMethod currentAuth() const;
    void onSecurityChanged();
    void touch(const QString& key);
    void revalidate();
    void updateCleartextWarning();
    void updateBusyState();
    void setFieldMessage(const QString& key, const QString& message);

    // Network steps (AccountDialogNetwork.cpp).
    DnsResolver* resolver();
    void onDiscoveryFinished();
    void applyDiscovered(const ProbeResult& result);
    QString discoveryOutcomeText() const;
    void onProbeFinished(const ProbeResult& result);
    QString probeText(const ProbeResult& result) const;
    SessionOptions loginOptions(const QString& password) const;
    void startLoginCheck(bool forTest);
    void onLoginFinished(bool forTest, bool loggedIn, const Pop3Error& error);
    void saveAndRemember();
    bool saveAccount(QString* error);

    QPointer<AccountStore> m_accounts;
    QPointer<CredentialStore> m_credentials;
    bool m_isNew = true;
    Account m_account; ///< the account being edited; its id is fixed from the start

    QHash<QString, FieldRow> m_rows;
    QSet<QString> m_touched;
    QHash<QString, QString> m_messages;
    QLineEdit* m_email = nullptr;
    QPushButton* m_findButton = nullptr;
    QPushButton* m_cancelFindButton = nullptr;
    QLabel* m_discoveryStatus = nullptr;
    QProgressBar* m_discoveryProgress = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordHint = nullptr;
    QCheckBox* m_allowCleartext = nullptr;
    QLabel* m_cleartextWarning = nullptr;
    RetentionEditor* m_retention = nullptr;
    QSpinBox* m_interval = nullptr;
    QComboBox* m_pipelining = nullptr;
    QCheckBox* m_enabled = nullptr;
    QPushButton* m_testButton = nullptr;
    QCheckBox* m_alsoLogIn = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_busyStatus = nullptr;
    QProgressBar* m_busyProgress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    QPointer<DnsResolver> m_resolver;
    std::unique_ptr<DnsResolver> m_ownResolver;
    ServerDiscovery::Options m_discoveryOptions;
    ServerDiscovery::ProbeFactory m_probeFactory;
    QList<QSslCertificate> m_caCertificates;
    std::unique_ptr<ServerDiscovery> m_discovery;
    std::unique_ptr<ServerProbe> m_probe;
    std::unique_ptr<LoginCheck> m_login;
    bool m_loginForTest = false;
    bool m_saving = false;
    std::optional<ProbeResult> m_lastProbe;
    QString m_testLoginText; ///< the outcome of the test's login, shown below the probe
};

} // namespace Postbote
