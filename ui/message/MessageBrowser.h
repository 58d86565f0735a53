// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>
#include <QUrl>

#include <memory>

namespace Postbote {

class MimeMessage;

/// The body of a message: a QTextBrowser that never reaches for a resource on its own.
///
/// QTextBrowser would resolve image sources against the local file system (and its links
/// would navigate to local files). Here every resource comes from one of three places only:
/// the message itself for "cid:" URLs (RFC 2392), inline "data:" images, and images the view
/// fetched after the user allowed remote content (addRemoteImage()). Anything else gets an
/// empty image, so the document's own fallbacks never run. Links are not followed here:
/// the owner handles anchorClicked().
class MessageBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MessageBrowser(QWidget* parent = nullptr);
    ~MessageBrowser() override;

    /// The message whose parts answer "cid:" URLs; null for none.
    void setMessage(std::shared_ptr<const MimeMessage> message);
    /// Replaces the document content (and drops every remote image of the last message).
    void showHtml(const QString& html);
    /// Adds an image fetched from `url` and lays the document out again.
    void addRemoteImage(const QUrl& url, const QImage& image);
    int remoteImageCount() const { return int(m_remoteImages.size()); }

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    QImage cidImage(const QUrl& name) const;
    static QImage dataImage(const QUrl& name);

    std::shared_ptr<const MimeMessage> m_message;
    QHash<QString, QImage> m_remoteImages; // by URL in encoded form
};

} // namespace Postbote
