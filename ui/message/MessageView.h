// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttachmentPanel.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace Postbote {

class MessageBrowser;
class MessageHeaderView;
class MimeMessage;
class RemoteContentBar;
class RemoteResourceLoader;

/// The message preview of the main window: header block, the body (sanitized HTML or
/// rendered plain text), a bar to allow remote content, the attachments and the raw source.
///
/// Safety rules it keeps (DESIGN.md "HTML mail is shown sanitized, with remote content
/// blocked until the user asks"):
/// - HTML goes through HtmlSanitizer; remote resources are blocked, and nothing is
///   requested from the network until the user presses "Show remote content" for this
///   message. The permission ends with the message: the next one is blocked again.
/// - The body browser only loads "cid:" parts of the message itself, inline data: images
///   and what the user allowed (MessageBrowser).
/// - Links open on the desktop only when clicked, and only http, https and mailto.
/// - Errors appear inside the view as one sentence, never as a dialog.
class MessageView : public QWidget
{
    Q_OBJECT

public:
    using SaveFileChooser = AttachmentPanel::SaveFileChooser;
    using UrlOpener = AttachmentPanel::UrlOpener;

    /// "Show Source" reads at most this much of the file.
    static constexpr qint64 MaxSourceBytes = 2 * 1024 * 1024;
    /// Each text part is decoded up to this many bytes for the view, so that one huge
    /// message cannot freeze the window while it is laid out (about a second per MB).
    static constexpr qint64 MaxBodyBytesPerPart = 1024 * 1024;

    explicit MessageView(QWidget* parent = nullptr);
    ~MessageView() override;

    /// Shows the message in the Maildir file `filePath` (absolute). If it cannot be read,
    /// the view shows why instead; currentFile() is `filePath` either way.
    void showMessage(const QString& filePath);
    /// Shows nothing; currentFile() becomes empty.
    void clear();
    QString currentFile() const { return m_currentFile; }

    /// The checkable "Show Source" action (Ctrl+U), for the window's menus as well.
    QAction* showSourceAction() const { return m_sourceAction; }
    /// Prefer the HTML part of multipart/alternative (default) or the plain text one.
    void setPreferHtml(bool preferHtml);
    bool prefersHtml() const { return m_preferHtml; }

    /// Replaces the "Save As…" file dialog (tests; the default asks with QFileDialog).
    void setSaveFileChooser(SaveFileChooser chooser);
    /// Replaces QDesktopServices::openUrl for links and opened attachments (tests).
    void setUrlOpener(UrlOpener opener);

Q_SIGNALS:
    void attachmentSaved(const QString& path);
    /// A short text for the status bar (link targets on hover, loading, errors of actions).
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void renderBody();
    void showRemoteContent();
    void onRemoteLoaded(const QUrl& url, const QByteArray& bytes);
    void onRemoteFinished(int loaded, int failed);
    void onAnchorClicked(const QUrl& url);
    void onSourceToggled(bool on);
    void loadSource();
    void showPlaceholder(const QString& text);
    bool openUrl(const QUrl& url);

    QString m_currentFile;
    QString m_error; ///< set when the current file could not be read
    std::shared_ptr<const MimeMessage> m_message;
    QList<QUrl> m_blocked;
    bool m_remoteAllowed = false;
    bool m_preferHtml = true;
    UrlOpener m_opener;

    MessageHeaderView* m_header = nullptr;
    QLabel* m_notes = nullptr;
    RemoteContentBar* m_remoteBar = nullptr;
    MessageBrowser* m_browser = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_bodyPage = nullptr;
    QWidget* m_sourcePage = nullptr;
    QLabel* m_sourceNote = nullptr;
    QPlainTextEdit* m_source = nullptr;
    QLabel* m_placeholder = nullptr;
    AttachmentPanel* m_attachments = nullptr;
    QAction* m_sourceAction = nullptr;
    RemoteResourceLoader* m_loader = nullptr;
    bool m_sourceCut = false;
};

} // namespace Postbote
