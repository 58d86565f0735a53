// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteContentBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Postbote {

RemoteContentBar::RemoteContentBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("remoteContentBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    setPalette(palette);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("remoteContentLabel"));
    m_label->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("remoteContentButton"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &RemoteContentBar::showRemoteContentRequested);

    retranslateUi();
    hide();
}

void RemoteContentBar::setBlockedCount(int count)
{
    m_count = count;
    retranslateUi();
    setVisible(count > 0);
}

void RemoteContentBar::retranslateUi()
{
    m_label->setText(
        tr("Remote content was blocked to protect your privacy (%n item(s)).", nullptr, m_count));
    m_button->setText(tr("Show remote content"));
    m_button->setToolTip(tr("Loads the blocked images of this message from the Internet. The "
                            "sender can then see that and when you read it."));
}

void RemoteContentBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Postbote
