// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountDialog.h"

#include "RetentionEditor.h"
#include "account/AccountStore.h"
#include "account/CredentialStore.h"
#include "account/LoginCheck.h"
#include "account/ServerProbe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Postbote {

namespace {

constexpr Security SecurityChoices[] = {Security::ImplicitTls, Security::StartTls, Security::None};
constexpr AuthMethod AuthChoices[]
    = {AuthMethod::Auto, AuthMethod::ScramSha256, AuthMethod::ScramSha1, AuthMethod::CramMd5,
        AuthMethod::Apop, AuthMethod::Plain, AuthMethod::Login, AuthMethod::UserPass};
constexpr PipeliningMode PipeliningChoices[]
    = {PipeliningMode::Auto, PipeliningMode::On, PipeliningMode::Off};

} // namespace

AccountDialog::AccountDialog(AccountStore* accounts, CredentialStore* credentials,
    const std::optional<Account>& existing, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_isNew(!existing.has_value())
    , m_account(existing.value_or(Account::create()))
{
    setObjectName(QStringLiteral("AccountDialog"));
    buildUi();
    retranslateUi();
    loadAccount(m_account);
    if (!m_isNew) {
        // Everything of a stored account has been entered before: show every problem.
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            m_touched.insert(it.key());
        }
    }
    revalidate();
}

AccountDialog::~AccountDialog()
{
    // Finish the core objects while the dialog's members still exist: their finished()
    // signals call back into the dialog.
    if (m_discovery) {
        m_discovery->disconnect(this);
        m_discovery->cancel();
    }
    if (m_probe) {
        m_probe->disconnect(this);
    }
    if (m_login) {
        m_login->disconnect(this);
    }
}

QLabel* AccountDialog::addRow(QFormLayout* form, const QString& key, QWidget* editor)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* error = new QLabel(box);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setVisible(false);
    layout->addWidget(error);
    auto* label = new QLabel(this);
    label->setBuddy(editor->focusProxy() ? editor->focusProxy() : editor);
    form->addRow(label, box);
    m_rows.insert(key, FieldRow {label, editor, error});
    return label;
}

void AccountDialog::buildUi()
{
    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // E-mail address with discovery.
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_findButton = new QPushButton(this);
    m_findButton->setObjectName(QStringLiteral("findServer"));
    m_cancelFindButton = new QPushButton(this);
    m_cancelFindButton->setObjectName(QStringLiteral("cancelDiscovery"));
    m_cancelFindButton->setVisible(false);
    auto* emailBox = new QWidget(this);
    auto* emailLayout = new QHBoxLayout(emailBox);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->addWidget(m_email, 1);
    emailLayout->addWidget(m_findButton);
    emailLayout->addWidget(m_cancelFindButton);
    emailBox->setFocusProxy(m_email);
    addRow(form, QStringLiteral("email"), emailBox);
    m_discoveryStatus = new QLabel(this);
    m_discoveryStatus->setObjectName(QStringLiteral("discoveryStatus"));
    m_discoveryStatus->setWordWrap(true);
    m_discoveryStatus->setTextFormat(Qt::PlainText);
    m_discoveryProgress = new QProgressBar(this);
    m_discoveryProgress->setVisible(false);
    auto* statusBox = new QWidget(this);
    auto* statusLayout = new QVBoxLayout(statusBox);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_discoveryStatus);
    statusLayout->addWidget(m_discoveryProgress);
    form->addRow(QString(), statusBox);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    addRow(form, QStringLiteral("name"), m_name);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    addRow(form, QStringLiteral("host"), m_host);
    m_port = new QLineEdit(this);
    m_port->setObjectName(QStringLiteral("port"));
    // Digits only; the range is the validator's to judge, so that it can say what is wrong.
    m_port->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_port));
    addRow(form, QStringLiteral("port"), m_port);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("security"));
    for (Security security : SecurityChoices) {
        m_security->addItem(QString(), int(security));
    }
    addRow(form, QStringLiteral("security"), m_security);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("auth"));
    for (AuthMethod method : AuthChoices) {
        m_auth->addItem(QString(), int(method));
    }
    addRow(form, QStringLiteral("auth"), m_auth);

    m_allowCleartext = new QCheckBox(this);
    m_allowCleartext->setObjectName(QStringLiteral("allowCleartext"));
    m_cleartextWarning = new QLabel(this);
    m_cleartextWarning->setObjectName(QStringLiteral("cleartextWarning"));
    m_cleartextWarning->setWordWrap(true);
    m_cleartextWarning->setTextFormat(Qt::PlainText);
    m_cleartextWarning->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_cleartextWarning->setVisible(false);
    form->addRow(QString(), m_cleartextWarning);
    form->addRow(QString(), m_allowCleartext);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    addRow(form, QStringLiteral("user"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    addRow(form, QStringLiteral("password"), m_password);
    m_passwordHint = new QLabel(this);
    m_passwordHint->setWordWrap(true);
    form->addRow(QString(), m_passwordHint);

    m_retention = new RetentionEditor(this);
    m_retention->setObjectName(QStringLiteral("retention"));
    addRow(form, QStringLiteral("retention"), m_retention);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("checkInterval"));
    m_interval->setRange(0, AccountValidator::MaxCheckIntervalMinutes);
    addRow(form, QStringLiteral("checkInterval"), m_interval);
    m_pipelining = new QComboBox(this);
    m_pipelining->setObjectName(QStringLiteral("pipelining"));
    for (PipeliningMode mode : PipeliningChoices) {
        m_pipelining->addItem(QString(), int(mode));
    }
    addRow(form, QStringLiteral("pipelining"), m_pipelining);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    form->addRow(QString(), m_enabled);

    // Connection test.
    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_alsoLogIn = new QCheckBox(this);
    m_alsoLogIn->setObjectName(QStringLiteral("alsoLogIn"));
    auto* testBox = new QWidget(this);
    auto* testLayout = new QHBoxLayout(testBox);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_testButton);
    testLayout->addWidget(m_alsoLogIn, 1);
    form->addRow(QString(), testBox);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_testResult);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_busyStatus = new QLabel(this);
    m_busyStatus->setObjectName(QStringLiteral("busyStatus"));
    m_busyStatus->setWordWrap(true);
    m_busyProgress = new QProgressBar(this);
    m_busyProgress->setRange(0, 0);
    m_busyProgress->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_busyStatus);
    layout->addWidget(m_busyProgress);
    layout->addWidget(m_buttons);
    resize(640, 760);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_findButton, &QPushButton::clicked, this, &AccountDialog::findServer);
    connect(m_email, &QLineEdit::returnPressed, this, &AccountDialog::findServer);
    connect(m_cancelFindButton, &QPushButton::clicked, this, &AccountDialog::cancelDiscovery);
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);

    const auto edited = [this](const QString& key) {
        return [this, key] {
            touch(key);
        };
    };
    connect(m_email, &QLineEdit::textChanged, this, edited(QStringLiteral("email")));
    connect(m_name, &QLineEdit::textChanged, this, edited(QStringLiteral("name")));
    connect(m_host, &QLineEdit::textChanged, this, edited(QStringLiteral("host")));
    connect(m_port, &QLineEdit::textChanged, this, edited(QStringLiteral("port")));
    connect(m_user, &QLineEdit::textChanged, this, edited(QStringLiteral("user")));
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        setFieldMessage(QStringLiteral("password"), QString());
        revalidate();
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, edited(QStringLiteral("auth")));
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        onSecurityChanged();
        touch(QStringLiteral("security"));
    });
    connect(m_allowCleartext, &QCheckBox::toggled, this, [this] { revalidate(); });
    connect(m_retention, &RetentionEditor::changed, this, edited(QStringLiteral("retention")));
    connect(m_interval, &QSpinBox::valueChanged, this, edited(QStringLiteral("checkInterval")));
    connect(m_pipelining, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    connect(m_enabled, &QCheckBox::toggled, this, [this] { revalidate(); });
}

void AccountDialog::retranslateUi()
{
    setWindowTitle(m_isNew ? tr("New Account") : tr("Edit Account “%1”").arg(m_account.name));
    const auto setLabel = [this](const QString& key, const QString& text) {
        m_rows.value(key).label->setText(text);
    };
    setLabel(QStringLiteral("email"), tr("&E-mail address:"));
    setLabel(QStringLiteral("name"), tr("Account &name:"));
    setLabel(QStringLiteral("host"), tr("&Server:"));
    setLabel(QStringLiteral("port"), tr("&Port:"));
    setLabel(QStringLiteral("security"), tr("Se&curity:"));
    setLabel(QStringLiteral("auth"), tr("&Login method:"));
    setLabel(QStringLiteral("user"), tr("&User name:"));
    setLabel(QStringLiteral("password"), tr("Pass&word:"));
    setLabel(QStringLiteral("retention"), tr("On the ser&ver:"));
    setLabel(QStringLiteral("checkInterval"), tr("Check for &mail:"));
    setLabel(QStringLiteral("pipelining"), tr("P&ipelining:"));

    m_email->setPlaceholderText(tr("name@example.org"));
    m_findButton->setText(tr("&Find server"));
    m_findButton->setToolTip(tr("Looks up the POP3 server for this address (DNS SRV records "
                                "and the usual server names). No password is sent."));
    m_cancelFindButton->setText(tr("Stop searc&h"));
    m_host->setPlaceholderText(tr("pop.example.org"));
    m_security->setItemText(0, tr("TLS (port 995)"));
    m_security->setItemText(1, tr("STARTTLS (port 110)"));
    m_security->setItemText(2, tr("None (unencrypted)"));
    m_auth->setItemText(0, tr("Automatic (strongest offered)"));
    for (int i = 1; i < m_auth->count(); ++i) {
        m_auth->setItemText(i, authMethodName(AuthMethod(m_auth->itemData(i).toInt())));
    }
    m_allowCleartext->setText(tr("&Allow this unencrypted connection and clear-text password"));
    m_passwordHint->setText(m_isNew
            ? tr("The password is checked with a login when you press OK and kept in the "
                 "keychain only if it works. Leave it empty to be asked when mail is fetched.")
            : tr("Leave it empty to keep the stored password. A new password is checked with "
                 "a login when you press OK and kept only if it works."));
    m_interval->setSpecialValueText(tr("only when I ask"));
    m_interval->setSuffix(tr(" min"));
    m_interval->setPrefix(tr("every "));
    m_pipelining->setItemText(0, tr("Automatic (when the server announces it)"));
    m_pipelining->setItemText(1, tr("On"));
    m_pipelining->setItemText(2, tr("Off"));
    m_enabled->setText(tr("&Check this account for mail"));
    m_testButton->setText(tr("&Test connection"));
    m_testButton->setToolTip(tr("Connects and shows what the server offers, without sending "
                                "the password."));
    m_alsoLogIn->setText(tr("Also log in with the password"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    if (m_discovery && !m_discovery->isRunning()) {
        m_discoveryStatus->setText(discoveryOutcomeText());
    }
    if (m_lastProbe && !m_probe) {
        m_testResult->setText(probeText(*m_lastProbe) + m_testLoginText);
    }
    updateBusyState();
}

void AccountDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();
    }
    QDialog::changeEvent(event);
}

void AccountDialog::loadAccount(const Account& account)
{
    m_email->setText(account.email);
    m_name->setText(account.name);
    m_host->setText(account.host);
    m_port->setText(QString::number(account.port));
    selectSecurity(account.security);
    selectAuth(account.auth);
    m_user->setText(account.user);
    m_allowCleartext->setChecked(account.allowCleartext);
    m_retention->setPolicy(account.retention);
    m_interval->setValue(account.checkIntervalMinutes);
    m_pipelining->setCurrentIndex(qMax(0, m_pipelining->findData(int(account.pipelining))));
    m_enabled->setChecked(account.enabled);
    if (m_isNew) {
        m_touched.clear();
    }
}

void AccountDialog::selectSecurity(Security security)
{
    m_security->setCurrentIndex(qMax(0, m_security->findData(int(security))));
}

void AccountDialog::selectAuth(AuthMethod method)
{
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(method))));
}

Security AccountDialog::currentSecurity() const
{
    return Security(m_security->currentData().toInt());
}

AuthMethod AccountDialog::currentAuth() const
{
    return AuthMethod(m_auth->currentData().toInt());
}

Account AccountDialog::account() const
{
    Account a = m_account;
    a.email = m_email->text().trimmed();
    a.name = m_name->text().trimmed();
    a.host = m_host->text().trimmed();
    bool ok = false;
    const int port = m_port->text().toInt(&ok);
    a.port = ok ? port : 0;
    a.security = currentSecurity();
    a.auth = currentAuth();
    a.user = m_user->text();
    a.retention = m_retention->policy();
    a.checkIntervalMinutes = m_interval->value();
    a.pipelining = PipeliningMode(m_pipelining->currentData().toInt());
    a.enabled = m_enabled->isChecked();
    a.allowCleartext = a.security == Security::None && m_allowCleartext->isChecked();
    return a;
}

void AccountDialog::onSecurityChanged()
{
    // Follow the usual port of the new kind of connection unless the user typed another.
    bool ok = false;
    const int port = m_port->text().toInt(&ok);
    const int newDefault = Account::defaultPort(currentSecurity());
    if (!ok || port == 995 || port == 110) {
        if (port != newDefault) {
            m_port->setText(QString::number(newDefault));
        }
    }
}

} // namespace Postbote
