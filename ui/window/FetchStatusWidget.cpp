// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchStatusWidget.h"

#include "models/MessageFormat.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Postbote {

FetchStatusWidget::FetchStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelFetchButton"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &FetchStatusWidget::cancelRequested);
    updateText();
    hide();
}

void FetchStatusWidget::setStarted(const QString& accountName)
{
    m_account = accountName;
    m_done = 0;
    m_total = -1;
    m_bytesDone = 0;
    m_bytesTotal = 0;
    m_bar->setRange(0, 0); // busy until the server has listed the mailbox
    updateText();
    show();
}

void FetchStatusWidget::setProgress(
    int messagesDone, int messagesTotal, qint64 bytesDone, qint64 bytesTotal)
{
    m_done = messagesDone;
    m_total = messagesTotal;
    m_bytesDone = bytesDone;
    m_bytesTotal = bytesTotal;
    // The bar follows the bytes: one large message would otherwise hold it still.
    if (bytesTotal > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(bytesDone * 1000 / bytesTotal));
    } else {
        m_bar->setRange(0, qMax(1, messagesTotal));
        m_bar->setValue(messagesDone);
    }
    updateText();
}

void FetchStatusWidget::setIdle()
{
    m_account.clear();
    hide();
}

QString FetchStatusWidget::text() const
{
    return m_label->text();
}

void FetchStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateText();
    }
    QWidget::changeEvent(event);
}

void FetchStatusWidget::updateText()
{
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop fetching (what has arrived stays in the archive)"));
    if (m_total < 0) {
        m_label->setMinimumWidth(0);
        m_label->setMaximumWidth(QWIDGETSIZE_MAX);
        m_label->setText(tr("Fetching “%1” …").arg(m_account));
        keepWidthFor(m_label->text());
        return;
    }
    const QLocale locale;
    const auto sentence = [&](int done, qint64 bytesDone) {
        return tr("Fetching “%1”: %2 of %3 messages, %4 of %5")
            .arg(m_account, locale.toString(done), locale.toString(m_total),
                MessageFormat::size(bytesDone, locale), MessageFormat::size(m_bytesTotal, locale));
    };
    m_label->setText(sentence(m_done, m_bytesDone));
    // Sized for the end of this fetch, when every count is at its widest.
    keepWidthFor(sentence(m_total, m_bytesTotal));
}

void FetchStatusWidget::keepWidthFor(const QString& text)
{
    // A label whose size may change makes every setText() lay out the whole main window again
    // (about 15 ms with 100,000 messages in the inbox, several times a second during a fetch).
    // A fixed size does not; it grows when a text needs more, by a margin, and shrinks only
    // when the next fetch starts.
    const QFontMetrics metrics(m_label->font());
    const int needed
        = qMax(metrics.horizontalAdvance(text), metrics.horizontalAdvance(m_label->text()));
    if (needed > m_label->minimumWidth() || m_label->minimumWidth() != m_label->maximumWidth()) {
        m_label->setFixedSize(needed + metrics.horizontalAdvance(QStringLiteral("00000")),
            m_label->sizeHint().height());
    }
}

} // namespace Postbote
