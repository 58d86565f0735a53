// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace Postbote {

namespace {

using Mode = RetentionPolicy::Mode;

constexpr Mode Modes[] = {Mode::KeepOnServer, Mode::DeleteAfterArchiving, Mode::KeepDays,
    Mode::KeepNewest, Mode::KeepMaxMegabytes};

int indexOf(Mode mode)
{
    for (int i = 0; i < 5; ++i) {
        if (Modes[i] == mode) {
            return i;
        }
    }
    return 0;
}

bool takesLimit(Mode mode)
{
    return mode == Mode::KeepDays || mode == Mode::KeepNewest || mode == Mode::KeepMaxMegabytes;
}

} // namespace

RetentionEditor::RetentionEditor(QWidget* parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_limit(new QSpinBox(this))
    , m_sizeLimit(new QSpinBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_deleteLocally(new QCheckBox(this))
    , m_allowNoUidl(new QCheckBox(this))
{
    m_mode->setObjectName(QStringLiteral("retentionMode"));
    m_limit->setObjectName(QStringLiteral("retentionLimit"));
    m_sizeLimit->setObjectName(QStringLiteral("sizeLimit"));
    m_deleteLocally->setObjectName(QStringLiteral("deleteWhenDeletedLocally"));
    m_allowNoUidl->setObjectName(QStringLiteral("allowNoUidl"));
    for (int i = 0; i < 5; ++i) {
        m_mode->addItem(QString());
    }
    // 0 means "no limit"; the limit is in KiB because messages are rarely whole MiB.
    m_sizeLimit->setRange(0, 4 * 1024 * 1024);
    m_sizeLimit->setSingleStep(1024);
    m_sizeLabel->setBuddy(m_sizeLimit);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode, 1);
    modeRow->addWidget(m_limit);
    layout->addLayout(modeRow, 0, 0, 1, 2);
    layout->addWidget(m_sizeLabel, 1, 0);
    layout->addWidget(m_sizeLimit, 1, 1);
    layout->addWidget(m_deleteLocally, 2, 0, 1, 2);
    layout->addWidget(m_allowNoUidl, 3, 0, 1, 2);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateLimitField();
        Q_EMIT changed();
    });
    connect(m_limit, &QSpinBox::valueChanged, this, [this](int value) {
        m_limits[m_mode->currentIndex()] = value;
        Q_EMIT changed();
    });
    connect(m_sizeLimit, &QSpinBox::valueChanged, this, &RetentionEditor::changed);
    connect(m_deleteLocally, &QCheckBox::toggled, this, &RetentionEditor::changed);
    connect(m_allowNoUidl, &QCheckBox::toggled, this, &RetentionEditor::changed);
    retranslateUi();
    updateLimitField();
}

RetentionEditor::~RetentionEditor() = default;

RetentionPolicy RetentionEditor::policy() const
{
    RetentionPolicy policy;
    policy.mode = Modes[qBound(0, m_mode->currentIndex(), 4)];
    policy.limit = takesLimit(policy.mode) ? m_limit->value() : 0;
    policy.maxMessageBytes = qint64(m_sizeLimit->value()) * 1024;
    policy.deleteWhenDeletedLocally = m_deleteLocally->isChecked();
    policy.allowNoUidl = m_allowNoUidl->isChecked();
    return policy;
}

void RetentionEditor::setPolicy(const RetentionPolicy& policy)
{
    const int index = indexOf(policy.mode);
    if (takesLimit(policy.mode)) {
        m_limits[index] = policy.limit;
    }
    m_mode->setCurrentIndex(index);
    updateLimitField();
    // Round up, so that a limit of a few bytes does not turn into "no limit".
    m_sizeLimit->setValue(
        int(qMin<qint64>((policy.maxMessageBytes + 1023) / 1024, m_sizeLimit->maximum())));
    m_deleteLocally->setChecked(policy.deleteWhenDeletedLocally);
    m_allowNoUidl->setChecked(policy.allowNoUidl);
}

void RetentionEditor::updateLimitField()
{
    const int index = qBound(0, m_mode->currentIndex(), 4);
    const Mode mode = Modes[index];
    const QSignalBlocker blocker(m_limit);
    m_limit->setVisible(takesLimit(mode));
    switch (mode) {
    case Mode::KeepDays:
        m_limit->setRange(1, RetentionPolicy::MaxDays);
        m_limit->setSuffix(tr(" days"));
        break;
    case Mode::KeepNewest:
        m_limit->setRange(1, RetentionPolicy::MaxNewest);
        m_limit->setSuffix(tr(" messages"));
        break;
    case Mode::KeepMaxMegabytes:
        m_limit->setRange(1, RetentionPolicy::MaxMegabytes);
        m_limit->setSuffix(tr(" MiB"));
        break;
    default:
        m_limit->setRange(0, 0);
        m_limit->setSuffix(QString());
        return;
    }
    m_limit->setValue(m_limits[index]);
    m_limits[index] = m_limit->value();
}

void RetentionEditor::retranslateUi()
{
    m_mode->setItemText(0, tr("Keep messages on the server"));
    m_mode->setItemText(1, tr("Delete from the server once archived"));
    m_mode->setItemText(2, tr("Keep on the server for a number of days"));
    m_mode->setItemText(3, tr("Keep only the newest messages on the server"));
    m_mode->setItemText(4, tr("Keep at most this much on the server"));
    m_mode->setToolTip(tr("Postbote deletes a message on the server only once it is safely "
                          "in the archive."));
    m_sizeLabel->setText(tr("Only &headers of messages larger than:"));
    m_sizeLimit->setSpecialValueText(tr("no limit"));
    m_sizeLimit->setSuffix(tr(" KiB"));
    m_deleteLocally->setText(tr("Also delete on the server what I &delete in the archive"));
    m_allowNoUidl->setText(tr("Allow a server without &UIDL (download everything each time, "
                              "never delete)"));
    updateLimitField();
}

void RetentionEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Postbote
