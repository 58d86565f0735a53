// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/RetentionPolicy.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Postbote {

/// Edits a RetentionPolicy: the mode with its number (days, messages or MiB, shown only for
/// the modes that take one), the size limit above which only headers are fetched, and the
/// switches "delete on the server what I delete here" and "allow a server without UIDL".
class RetentionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionEditor(QWidget* parent = nullptr);
    ~RetentionEditor() override;

    RetentionPolicy policy() const;
    void setPolicy(const RetentionPolicy& policy);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateLimitField();

    QComboBox* m_mode;
    QSpinBox* m_limit;
    QSpinBox* m_sizeLimit;
    QLabel* m_sizeLabel;
    QCheckBox* m_deleteLocally;
    QCheckBox* m_allowNoUidl;
    /// The number each mode had last, so that switching modes back and forth keeps it.
    int m_limits[5] = {0, 0, 30, 100, 100};
};

} // namespace Postbote
