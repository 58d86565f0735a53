// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentPanel.h"

#include "mail/SafeFileName.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Postbote {

namespace {

enum Column { NameColumn, TypeColumn, SizeColumn };

} // namespace

AttachmentPanel::AttachmentPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("attachmentPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    m_saveAs = new QPushButton(this);
    m_saveAs->setObjectName(QStringLiteral("saveAttachmentButton"));
    top->addWidget(m_title, 1);
    top->addWidget(m_open);
    top->addWidget(m_saveAs);
    layout->addLayout(top);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->setMaximumHeight(fontMetrics().height() * 7);
    layout->addWidget(m_list);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AttachmentPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { openAttachment(m_list->indexOfTopLevelItem(item)); });
    connect(m_open, &QPushButton::clicked, this, [this] { openAttachment(currentRow()); });
    connect(m_saveAs, &QPushButton::clicked, this, [this] { saveAttachmentAs(currentRow()); });

    retranslateUi();
    updateButtons();
    hide();
}

AttachmentPanel::~AttachmentPanel() = default;

void AttachmentPanel::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void AttachmentPanel::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void AttachmentPanel::setMessage(std::shared_ptr<const MimeMessage> message)
{
    m_message = std::move(message);
    m_attachments = m_message ? m_message->attachments() : QList<AttachmentInfo>();
    fill();
    setVisible(!m_attachments.isEmpty());
}

QString AttachmentPanel::safeName(const AttachmentInfo& attachment)
{
    QString name = SafeFileName::fromAttachmentName(attachment.fileName);
    if (attachment.fileName.trimmed().isEmpty()) {
        // No name given: "attachment.png" from the type is more useful than a bare name.
        const QString suffix
            = QMimeDatabase().mimeTypeForName(attachment.mimeType).preferredSuffix();
        if (!suffix.isEmpty())
            name = SafeFileName::fromAttachmentName(name + u'.' + suffix);
    }
    return name;
}

bool AttachmentPanel::isExecutable(const QString& safeName, const QString& mimeType)
{
    static const QStringList suffixes = {QStringLiteral("exe"), QStringLiteral("com"),
        QStringLiteral("bat"), QStringLiteral("cmd"), QStringLiteral("scr"), QStringLiteral("pif"),
        QStringLiteral("msi"), QStringLiteral("msp"), QStringLiteral("cpl"), QStringLiteral("hta"),
        QStringLiteral("jar"), QStringLiteral("js"), QStringLiteral("jse"), QStringLiteral("vbs"),
        QStringLiteral("vbe"), QStringLiteral("wsf"), QStringLiteral("wsh"), QStringLiteral("ps1"),
        QStringLiteral("lnk"), QStringLiteral("reg"), QStringLiteral("sh"), QStringLiteral("bash"),
        QStringLiteral("csh"), QStringLiteral("command"), QStringLiteral("desktop"),
        QStringLiteral("app"), QStringLiteral("appimage"), QStringLiteral("run"),
        QStringLiteral("py"), QStringLiteral("pl"), QStringLiteral("rb")};
    const QString suffix = safeName.section(u'.', -1).toLower();
    if (safeName.contains(u'.') && suffixes.contains(suffix))
        return true;
    const QMimeDatabase database;
    // Judge both the declared type and the one the name implies: the desktop goes by the
    // name, the sender chose the type.
    for (const QMimeType& type : {database.mimeTypeForName(mimeType),
             database.mimeTypeForFile(safeName, QMimeDatabase::MatchExtension)}) {
        for (const char* risky :
            {"application/x-executable", "application/x-sharedlib", "application/x-msdownload",
                "application/x-ms-dos-executable", "application/x-shellscript",
                "application/x-desktop", "application/x-ms-shortcut", "application/java-archive"}) {
            if (type.isValid() && type.inherits(QLatin1String(risky)))
                return true;
        }
    }
    return false;
}

void AttachmentPanel::fill()
{
    m_list->clear();
    const QLocale locale;
    for (const AttachmentInfo& attachment : m_attachments) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, safeName(attachment));
        item->setToolTip(NameColumn, attachment.fileName);
        item->setText(TypeColumn, attachment.mimeType);
        item->setText(SizeColumn, locale.formattedDataSize(attachment.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

int AttachmentPanel::currentRow() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    return item ? m_list->indexOfTopLevelItem(item) : -1;
}

void AttachmentPanel::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_open->setEnabled(selected);
    m_saveAs->setEnabled(selected);
}

void AttachmentPanel::openAttachment(int row)
{
    if (!m_message || row < 0 || row >= m_attachments.size())
        return;
    const AttachmentInfo& attachment = m_attachments.at(row);
    const QString name = safeName(attachment);
    if (isExecutable(name, attachment.mimeType)) {
        Q_EMIT statusMessage(tr("“%1” could be a program; Postbote does not open programs from "
                                "mail. Use “Save As…” if you trust it.")
                                 .arg(name));
        return;
    }
    if (!m_openDir) {
        m_openDir = std::make_unique<QTemporaryDir>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("postbote-XXXXXX")));
    }
    if (!m_openDir->isValid()) {
        Q_EMIT statusMessage(tr("The attachment cannot be opened: no temporary folder could be "
                                "created (%1).")
                                 .arg(m_openDir->errorString()));
        m_openDir.reset();
        return;
    }
    QString error;
    const QString path = SafeFileName::createUnique(m_openDir->path(), name, &error);
    if (path.isEmpty() || !m_message->saveAttachment(attachment.index, path, &error)) {
        if (!path.isEmpty())
            QFile::remove(path);
        Q_EMIT statusMessage(error);
        return;
    }
    // Read-only: a program that opens it should not edit a copy that is about to vanish.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
    Q_EMIT statusMessage(opened ? tr("Opened “%1”.").arg(name)
                                : tr("No program is set up to open “%1”. Use “Save As…” to "
                                     "keep it.")
                                      .arg(name));
}

void AttachmentPanel::saveAttachmentAs(int row)
{
    if (!m_message || row < 0 || row >= m_attachments.size())
        return;
    const AttachmentInfo& attachment = m_attachments.at(row);
    if (m_lastSaveFolder.isEmpty())
        m_lastSaveFolder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (m_lastSaveFolder.isEmpty())
        m_lastSaveFolder = QDir::homePath();
    const QString proposed = QDir(m_lastSaveFolder).filePath(safeName(attachment));
    const QString caption = tr("Save Attachment");
    // The file dialog asks before it replaces an existing file; nothing else writes over one.
    const QString path = m_chooser ? m_chooser(this, caption, proposed)
                                   : QFileDialog::getSaveFileName(this, caption, proposed);
    if (path.isEmpty())
        return;
    m_lastSaveFolder = QFileInfo(path).absolutePath();
    QString error;
    if (!m_message->saveAttachment(attachment.index, path, &error)) {
        QFile::remove(path);
        Q_EMIT statusMessage(error);
        return;
    }
    Q_EMIT statusMessage(tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT attachmentSaved(path);
}

void AttachmentPanel::retranslateUi()
{
    m_title->setText(tr("Attachments"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Opens a copy of the attachment with the program set up for its type."));
    m_saveAs->setText(tr("Save As…"));
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Size")});
    const QLocale locale;
    for (int row = 0; row < m_list->topLevelItemCount() && row < m_attachments.size(); ++row)
        m_list->topLevelItem(row)->setText(
            SizeColumn, locale.formattedDataSize(m_attachments.at(row).size));
}

void AttachmentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Postbote
