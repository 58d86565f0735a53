// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageHeaderView.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace Postbote {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // Header values are the sender's text: never interpret them as markup.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

} // namespace

MessageHeaderView::MessageHeaderView(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(6, 6, 6, 6);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(2);

    m_subject = valueLabel(this, QStringLiteral("subjectValue"));
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.2);
    m_subject->setFont(subjectFont);
    m_grid->addWidget(m_subject, 0, 0, 1, 2);

    m_from = addRow(1, &m_fromName);
    m_from->setObjectName(QStringLiteral("fromValue"));
    m_to = addRow(2, &m_toName);
    m_to->setObjectName(QStringLiteral("toValue"));
    m_cc = addRow(3, &m_ccName);
    m_cc->setObjectName(QStringLiteral("ccValue"));
    m_date = addRow(4, &m_dateName);
    m_date->setObjectName(QStringLiteral("dateValue"));
    m_grid->setColumnStretch(1, 1);

    retranslateUi();
    clear();
}

QLabel* MessageHeaderView::addRow(int row, QLabel** name)
{
    *name = new QLabel(this);
    (*name)->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QPalette palette = (*name)->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    (*name)->setPalette(palette);
    QLabel* value = valueLabel(this, QString());
    m_grid->addWidget(*name, row, 0);
    m_grid->addWidget(value, row, 1);
    return value;
}

void MessageHeaderView::setCornerWidget(QWidget* widget)
{
    m_grid->addWidget(widget, 0, 2, Qt::AlignRight | Qt::AlignTop);
}

void MessageHeaderView::setFields(const Fields& fields)
{
    m_fields = fields;
    retranslateUi();
}

void MessageHeaderView::clear()
{
    setFields(Fields());
}

void MessageHeaderView::retranslateUi()
{
    m_fromName->setText(tr("From:"));
    m_toName->setText(tr("To:"));
    m_ccName->setText(tr("Cc:"));
    m_dateName->setText(tr("Date:"));

    const bool any = !m_fields.from.isEmpty() || !m_fields.to.isEmpty()
        || !m_fields.subject.isEmpty() || m_fields.date.isValid();
    // Line breaks or tabs in a decoded subject would break the layout; show one line.
    m_subject->setText(
        m_fields.subject.isEmpty() && any ? tr("(no subject)") : m_fields.subject.simplified());
    m_from->setText(MailAddress::displayList(m_fields.from).simplified());
    m_to->setText(MailAddress::displayList(m_fields.to).simplified());
    m_cc->setText(MailAddress::displayList(m_fields.cc).simplified());
    const QLocale locale;
    m_date->setText(m_fields.date.isValid()
            ? locale.toString(m_fields.date.toLocalTime(), QLocale::LongFormat)
            : tr("(no date)"));

    m_fromName->setVisible(any);
    m_from->setVisible(any);
    m_toName->setVisible(any);
    m_to->setVisible(any);
    m_ccName->setVisible(!m_fields.cc.isEmpty());
    m_cc->setVisible(!m_fields.cc.isEmpty());
    m_dateName->setVisible(any);
    m_date->setVisible(any);
}

void MessageHeaderView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Postbote
