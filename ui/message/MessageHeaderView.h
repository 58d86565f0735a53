// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailAddress.h"

#include <QDateTime>
#include <QFrame>
#include <QList>

class QLabel;
class QGridLayout;

namespace Postbote {

/// The header block above a message body: subject, From, To, Cc and Date.
///
/// Values are shown as plain text (Qt::PlainText), so a subject like "<b>Hi</b>" stays
/// literal. The labels and the date follow the language and the current QLocale: on
/// QEvent::LanguageChange they are written again.
class MessageHeaderView : public QFrame
{
    Q_OBJECT

public:
    struct Fields
    {
        QString subject;
        QList<MailAddress> from;
        QList<MailAddress> to;
        QList<MailAddress> cc;
        QDateTime date; ///< UTC, invalid if unknown
    };

    explicit MessageHeaderView(QWidget* parent = nullptr);

    void setFields(const Fields& fields);
    void clear();
    /// A widget (e.g. the "Show Source" button) shown at the right of the subject line.
    void setCornerWidget(QWidget* widget);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* addRow(int row, QLabel** name);

    Fields m_fields;
    QGridLayout* m_grid = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_fromName = nullptr;
    QLabel* m_from = nullptr;
    QLabel* m_toName = nullptr;
    QLabel* m_to = nullptr;
    QLabel* m_ccName = nullptr;
    QLabel* m_cc = nullptr;
    QLabel* m_dateName = nullptr;
    QLabel* m_date = nullptr;
};

} // namespace Postbote
