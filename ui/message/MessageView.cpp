// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageView.h"

#include "MessageBrowser.h"
#include "MessageHeaderView.h"
#include "RemoteContentBar.h"
#include "mail/HtmlSanitizer.h"
#include "mail/MimeMessage.h"
#include "mail/PlainTextRenderer.h"
#include "net/RemoteResourceLoader.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QToolButton>
#include <QVBoxLayout>

namespace Postbote {

namespace {

/// The first `maxBytes` of a message file as text, cut at a line end when cut at all.
/// Message files are mostly ASCII; 8-bit bodies in UTF-8 are shown as such, anything else
/// byte for byte as Latin-1, so the source never shows U+FFFD where a byte was.
QString readSource(const QString& path, qint64 maxBytes, bool* cut, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QByteArray bytes = file.read(maxBytes + 1);
    *cut = bytes.size() > maxBytes;
    if (*cut) {
        bytes.truncate(maxBytes);
        const qsizetype lineEnd = bytes.lastIndexOf('\n');
        if (lineEnd > 0)
            bytes.truncate(lineEnd + 1);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

} // namespace

MessageView::MessageView(QWidget* parent)
    : QWidget(parent)
{
    m_sourceAction = new QAction(this);
    m_sourceAction->setObjectName(QStringLiteral("showSourceAction"));
    m_sourceAction->setCheckable(true);
    m_sourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_sourceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_sourceAction);
    connect(m_sourceAction, &QAction::toggled, this, &MessageView::onSourceToggled);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_header = new MessageHeaderView(this);
    auto* sourceButton = new QToolButton(m_header);
    sourceButton->setObjectName(QStringLiteral("showSourceButton"));
    sourceButton->setDefaultAction(m_sourceAction);
    sourceButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_header->setCornerWidget(sourceButton);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_bodyPage = new QWidget(m_stack);
    auto* bodyLayout = new QVBoxLayout(m_bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(2);
    m_notes = new QLabel(m_bodyPage);
    m_notes->setObjectName(QStringLiteral("messageNotes"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->hide();
    bodyLayout->addWidget(m_notes);
    m_remoteBar = new RemoteContentBar(m_bodyPage);
    bodyLayout->addWidget(m_remoteBar);
    m_browser = new MessageBrowser(m_bodyPage);
    m_browser->setObjectName(QStringLiteral("messageBody"));
    bodyLayout->addWidget(m_browser, 1);
    m_stack->addWidget(m_bodyPage);

    m_sourcePage = new QWidget(m_stack);
    auto* sourceLayout = new QVBoxLayout(m_sourcePage);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceNote = new QLabel(m_sourcePage);
    m_sourceNote->setObjectName(QStringLiteral("sourceNote"));
    m_sourceNote->setWordWrap(true);
    m_sourceNote->hide();
    sourceLayout->addWidget(m_sourceNote);
    m_source = new QPlainTextEdit(m_sourcePage);
    m_source->setObjectName(QStringLiteral("messageSource"));
    m_source->setReadOnly(true);
    m_source->setUndoRedoEnabled(false);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    sourceLayout->addWidget(m_source, 1);
    m_stack->addWidget(m_sourcePage);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("messagePlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);
    m_stack->addWidget(m_placeholder);

    m_attachments = new AttachmentPanel(this);
    layout->addWidget(m_attachments);

    m_loader = new RemoteResourceLoader(this);

    connect(m_remoteBar, &RemoteContentBar::showRemoteContentRequested, this,
        &MessageView::showRemoteContent);
    connect(m_loader, &RemoteResourceLoader::resourceLoaded, this,
        [this](const QUrl& url, const QByteArray& bytes) { onRemoteLoaded(url, bytes); });
    connect(m_loader, &RemoteResourceLoader::finished, this, &MessageView::onRemoteFinished);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &MessageView::onAnchorClicked);
    connect(m_browser, qOverload<const QUrl&>(&QTextBrowser::highlighted), this,
        [this](const QUrl& url) {
            Q_EMIT statusMessage(url.isEmpty() ? QString() : url.toDisplayString());
        });
    connect(m_attachments, &AttachmentPanel::attachmentSaved, this, &MessageView::attachmentSaved);
    connect(m_attachments, &AttachmentPanel::statusMessage, this, &MessageView::statusMessage);

    retranslateUi();
    clear();
}

MessageView::~MessageView() = default;

void MessageView::setSaveFileChooser(SaveFileChooser chooser)
{
    m_attachments->setSaveFileChooser(std::move(chooser));
}

void MessageView::setUrlOpener(UrlOpener opener)
{
    m_opener = opener;
    m_attachments->setUrlOpener(std::move(opener));
}

void MessageView::setPreferHtml(bool preferHtml)
{
    if (m_preferHtml == preferHtml)
        return;
    m_preferHtml = preferHtml;
    if (m_message)
        renderBody();
}

void MessageView::clear()
{
    m_loader->cancel();
    m_currentFile.clear();
    m_error.clear();
    m_message.reset();
    m_blocked.clear();
    m_remoteAllowed = false;
    m_header->clear();
    m_browser->setMessage(nullptr);
    m_browser->showHtml(QString());
    m_remoteBar->setBlockedCount(0);
    m_notes->hide();
    m_source->clear();
    m_attachments->setMessage(nullptr);
    m_sourceAction->setEnabled(false);
    showPlaceholder(tr("Select a message to read it."));
}

void MessageView::showMessage(const QString& filePath)
{
    clear();
    m_currentFile = filePath;
    QString error;
    std::unique_ptr<MimeMessage> parsed = MimeMessage::fromFile(filePath, &error);
    if (!parsed) {
        m_error = error;
        showPlaceholder(error);
        return;
    }
    m_message = std::move(parsed);
    m_header->setFields({m_message->subject(), m_message->from(), m_message->to(), m_message->cc(),
        m_message->date()});
    m_browser->setMessage(m_message);
    renderBody();
    m_attachments->setMessage(m_message);
    m_sourceAction->setEnabled(true);
    if (m_sourceAction->isChecked()) {
        loadSource();
        m_stack->setCurrentWidget(m_sourcePage);
    } else {
        m_stack->setCurrentWidget(m_bodyPage);
    }
}

void MessageView::renderBody()
{
    const MessageBody body = m_message->body(
        m_preferHtml ? MimeMessage::BodyPreference::Html : MimeMessage::BodyPreference::Plain,
        MaxBodyBytesPerPart);
    QString html;
    if (body.format == MessageBody::Format::Html) {
        HtmlSanitizer::Options options;
        options.allowRemoteContent = m_remoteAllowed;
        const SanitizedHtml safe = HtmlSanitizer::sanitize(body.text, options);
        if (!m_remoteAllowed)
            m_blocked = safe.blockedResources;
        html = safe.html;
    } else {
        // format=flowed is already joined by MimeMessage (RFC 3676 §4.2).
        html = PlainTextRenderer::toHtml(body.text);
    }
    m_browser->showHtml(html);
    m_remoteBar->setBlockedCount(m_remoteAllowed ? 0 : int(m_blocked.size()));

    QStringList notes = m_message->warnings();
    notes.removeDuplicates();
    // MimeMessage does not say when it stopped at our limit; a text of at least a quarter
    // of the limit in characters (UTF-8 has at most 4 bytes per character) from a file
    // larger than the limit was most likely cut.
    if (body.text.size() >= MaxBodyBytesPerPart / 4
        && QFileInfo(m_currentFile).size() > MaxBodyBytesPerPart) {
        notes.append(tr("This message is very long; only the first %1 of its text are shown.")
                         .arg(QLocale().formattedDataSize(MaxBodyBytesPerPart)));
    }
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
}

void MessageView::showRemoteContent()
{
    if (!m_message || m_blocked.isEmpty() || m_remoteAllowed)
        return;
    // Allowed for this message only: showMessage() resets it.
    m_remoteAllowed = true;
    renderBody();
    Q_EMIT statusMessage(tr("Loading %n remote item(s)…", nullptr, int(m_blocked.size())));
    m_loader->load(m_blocked);
}

void MessageView::onRemoteLoaded(const QUrl& url, const QByteArray& bytes)
{
    const QImage image = QImage::fromData(bytes);
    if (!image.isNull())
        m_browser->addRemoteImage(url, image);
}

void MessageView::onRemoteFinished(int loaded, int failed)
{
    if (failed == 0) {
        Q_EMIT statusMessage(tr("Remote content loaded (%n item(s)).", nullptr, loaded));
    } else {
        Q_EMIT statusMessage(tr("%n remote item(s) could not be loaded.", nullptr, failed));
    }
}

bool MessageView::openUrl(const QUrl& url)
{
    return m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
}

void MessageView::onAnchorClicked(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty() && url.hasFragment() && url.path().isEmpty()) {
        m_browser->scrollToAnchor(url.fragment());
    } else if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        if (!openUrl(url))
            Q_EMIT statusMessage(tr("The link could not be opened: %1").arg(url.toDisplayString()));
    } else {
        Q_EMIT statusMessage(
            tr("Postbote does not open this kind of link: %1").arg(url.toDisplayString()));
    }
}

void MessageView::onSourceToggled(bool on)
{
    if (on && m_message) {
        loadSource();
        m_stack->setCurrentWidget(m_sourcePage);
    } else if (m_message) {
        m_stack->setCurrentWidget(m_bodyPage);
    }
}

void MessageView::loadSource()
{
    QString error;
    const QString text = readSource(m_currentFile, MaxSourceBytes, &m_sourceCut, &error);
    if (!error.isEmpty()) {
        m_source->clear();
        m_sourceCut = false;
        m_sourceNote->setText(tr("The message file cannot be read: %1").arg(error));
        m_sourceNote->show();
        return;
    }
    m_source->setPlainText(text);
    m_sourceNote->setVisible(m_sourceCut);
    retranslateUi();
}

void MessageView::showPlaceholder(const QString& text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void MessageView::retranslateUi()
{
    m_sourceAction->setText(tr("Show Source"));
    m_sourceAction->setToolTip(tr("Shows the message as it is stored, with all header lines"));
    if (m_sourceCut) {
        m_sourceNote->setText(tr("The message is long; only its first %1 are shown here.")
                                  .arg(QLocale().formattedDataSize(MaxSourceBytes)));
    }
    if (m_currentFile.isEmpty())
        m_placeholder->setText(tr("Select a message to read it."));
}

void MessageView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The error sentence came from the parser in the old language: ask again.
        if (!m_error.isEmpty())
            showMessage(m_currentFile);
    }
    QWidget::changeEvent(event);
}

} // namespace Postbote
