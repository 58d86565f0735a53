// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MimeMessage.h"

#include <QFrame>
#include <QList>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTemporaryDir;
class QTreeWidget;
class QUrl;

namespace Postbote {

/// The attachments of the shown message: name (made safe by SafeFileName), type and size,
/// with "Open" and "Save As…".
///
/// "Open" writes the attachment into a private temporary folder (mode 0700, removed with
/// the panel) under a safe, unique name and hands it to the desktop; programs and scripts
/// are not opened, only saved. "Save As…" asks for a target (the file dialog confirms
/// before it replaces a file) and streams the decoded content there.
class AttachmentPanel : public QFrame
{
    Q_OBJECT

public:
    /// Returns the chosen path or empty for "cancelled". Arguments: parent, caption, proposed
    /// path. The default shows QFileDialog::getSaveFileName, which confirms overwriting.
    using SaveFileChooser
        = std::function<QString(QWidget* parent, const QString& caption, const QString& proposed)>;
    /// Opens a URL on the desktop; the default is QDesktopServices::openUrl.
    using UrlOpener = std::function<bool(const QUrl& url)>;

    explicit AttachmentPanel(QWidget* parent = nullptr);
    ~AttachmentPanel() override;

    void setMessage(std::shared_ptr<const MimeMessage> message);
    void setSaveFileChooser(SaveFileChooser chooser);
    void setUrlOpener(UrlOpener opener);

    /// The name shown and proposed for saving: SafeFileName of the given name, with a
    /// suffix from the type when the message gave no name.
    static QString safeName(const AttachmentInfo& attachment);
    /// True for names and types the desktop would run rather than show.
    static bool isExecutable(const QString& safeName, const QString& mimeType);

    void openAttachment(int row);
    void saveAttachmentAs(int row);

Q_SIGNALS:
    void attachmentSaved(const QString& path);
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    int currentRow() const;
    void updateButtons();

    std::shared_ptr<const MimeMessage> m_message;
    QList<AttachmentInfo> m_attachments;
    SaveFileChooser m_chooser;
    UrlOpener m_opener;
    std::unique_ptr<QTemporaryDir> m_openDir;
    QString m_lastSaveFolder;
    QLabel* m_title = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_saveAs = nullptr;
};

} // namespace Postbote
