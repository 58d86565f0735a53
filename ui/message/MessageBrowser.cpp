// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBrowser.h"

#include "mail/MimeMessage.h"
#include "mail/PlainTextRenderer.h"

#include <QTextDocument>

namespace Postbote {

namespace {

/// Images bigger than this (encoded) are not decoded from data: URLs.
constexpr qsizetype MaxDataUrlBytes = 16 * 1024 * 1024;

QString keyOf(const QUrl& url)
{
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

MessageBrowser::MessageBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    // Links are the owner's business (anchorClicked): never navigate, never hand a URL
    // to the desktop here.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    document()->setDefaultStyleSheet(PlainTextRenderer::defaultStyleSheet());
}

MessageBrowser::~MessageBrowser() = default;

void MessageBrowser::setMessage(std::shared_ptr<const MimeMessage> message)
{
    m_message = std::move(message);
}

void MessageBrowser::showHtml(const QString& html)
{
    m_remoteImages.clear();
    // clear() also drops the resources added for the last message and the cached ones, so
    // nothing allowed for one message shows up in the next.
    document()->clear();
    document()->setDefaultStyleSheet(PlainTextRenderer::defaultStyleSheet());
    setHtml(html);
}

void MessageBrowser::addRemoteImage(const QUrl& url, const QImage& image)
{
    m_remoteImages.insert(keyOf(url), image);
    document()->addResource(QTextDocument::ImageResource, url, image);
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
}

QVariant MessageBrowser::loadResource(int type, const QUrl& name)
{
    const QString scheme = name.scheme().toLower();
    if (type == QTextDocument::ImageResource) {
        if (scheme == u"cid")
            return cidImage(name);
        if (scheme == u"data")
            return dataImage(name);
        // Remote images only once fetched with the user's consent; a null image otherwise.
        return m_remoteImages.value(keyOf(name));
    }
    // Style sheets and anything else: never loaded from anywhere.
    return QByteArray();
}

QImage MessageBrowser::cidImage(const QUrl& name) const
{
    if (!m_message)
        return {};
    // RFC 2392 §2: the cid URL is the Content-ID with its characters %-encoded.
    const QString encoded = name.toString(QUrl::FullyEncoded);
    const QString contentId = QUrl::fromPercentEncoding(encoded.mid(4).toUtf8());
    QString mimeType;
    const QByteArray bytes = m_message->contentById(contentId, &mimeType);
    if (bytes.isEmpty())
        return {};
    return QImage::fromData(bytes);
}

QImage MessageBrowser::dataImage(const QUrl& name)
{
    // RFC 2397: data:[<mediatype>][;base64],<data>. The sanitizer only lets raster image
    // types through.
    const QByteArray encoded = name.toEncoded();
    if (encoded.size() > MaxDataUrlBytes)
        return {};
    const qsizetype comma = encoded.indexOf(',');
    if (comma < 0)
        return {};
    const QByteArray meta = encoded.mid(5, comma - 5).toLower();
    const QByteArray payload = QByteArray::fromPercentEncoding(encoded.mid(comma + 1));
    const QByteArray bytes = meta.endsWith(";base64") ? QByteArray::fromBase64(payload) : payload;
    return QImage::fromData(bytes);
}

} // namespace Postbote
