// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountingHttpServer.h"
#include "message/MessageView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace Postbote;
using namespace Qt::StringLiterals;

namespace {

QString guiData(const QString& name)
{
    return QStringLiteral(POSTBOTE_TEST_DATA_DIR "/gui/") + name;
}

QImage documentImage(QTextBrowser* browser, const QString& url)
{
    return browser->document()->resource(QTextDocument::ImageResource, QUrl(url)).value<QImage>();
}

} // namespace

class TestMessageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void demoMessageShowsSubjectAndUmlauts();
    void encodedHeadersAreDecoded();
    void plainTextIsEscapedAndFlowed();
    void attachmentsAreListedWithSafeNames();
    void saveAsWritesExactBytes();
    void saveAsCancelledWritesNothing();
    void openUsesPrivateTemporaryCopy();
    void programsAreNotOpened();
    void remoteContentIsBlockedUntilAllowed();
    void cidImageIsShownWithoutNetwork();
    void scriptsNeverReachTheDocument();
    void linksOpenOnlyWhenSafe_data();
    void linksOpenOnlyWhenSafe();
    void rawSourceShowsHeaderLines();
    void rawSourceIsBounded();
    void missingFileShowsError();
    void languageChangeRewritesHeader();
    void clearEmptiesTheView();

private:
    QString writeRemoteMessage(const QString& templateName, const QString& baseUrl);
    template<typename T> T* child(const char* name)
    {
        T* widget = m_view->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QTextBrowser* body() { return child<QTextBrowser>("messageBody"); }
    QString subject() { return child<QLabel>("subjectValue")->text(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MessageView> m_view;
    QList<QUrl> m_opened;
    QList<QString> m_proposed;
    QString m_chosenPath;
};

void TestMessageView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMessageView::init()
{
    m_view = std::make_unique<MessageView>();
    m_view->resize(800, 600);
    m_opened.clear();
    m_proposed.clear();
    m_chosenPath.clear();
    m_view->setUrlOpener([this](const QUrl& url) {
        m_opened.append(url);
        return true;
    });
    m_view->setSaveFileChooser([this](QWidget*, const QString&, const QString& proposed) {
        m_proposed.append(proposed);
        return m_chosenPath;
    });
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestMessageView::cleanup()
{
    m_view.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString TestMessageView::writeRemoteMessage(const QString& templateName, const QString& baseUrl)
{
    QFile in(guiData(templateName));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = in.readAll();
    text.replace("@BASE@", baseUrl.toUtf8());
    const QString path = m_dir.filePath(templateName.chopped(3));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return {};
    return path;
}

void TestMessageView::demoMessageShowsSubjectAndUmlauts()
{
    // The classroom message of the demo mailbox.
    const QString path
        = QStringLiteral(POSTBOTE_SOURCE_DIR "/resources/demo-mailbox/01-lorem-ipsum.eml");
    m_view->showMessage(path);
    QCOMPARE(m_view->currentFile(), path);
    QCOMPARE(subject(), u"Lorem ipsum"_s);
    QCOMPARE(child<QLabel>("fromValue")->text(), u"erika@mustermann.de"_s);
    QCOMPARE(child<QLabel>("toValue")->text(), u"max@mustermann.de"_s);
    QVERIFY(body()->isVisible());
    QVERIFY2(body()->toPlainText().contains(u"„Fix, Schwyz“, quäkt Jürgen blöd vom Paß."_s)
            || body()->toPlainText().contains(u"\"Fix, Schwyz\", quäkt Jürgen blöd vom Paß."_s),
        qPrintable(body()->toPlainText()));
    // Date in the current locale (en_US long format names the weekday).
    QVERIFY2(child<QLabel>("dateValue")->text().contains(u"September"_s),
        qPrintable(child<QLabel>("dateValue")->text()));
    QVERIFY(!child<QWidget>("attachmentPanel")->isVisibleTo(m_view.get()));
    QVERIFY(!child<QWidget>("remoteContentBar")->isVisibleTo(m_view.get()));
    QVERIFY(!child<QWidget>("messageNotes")->isVisibleTo(m_view.get()));
}

void TestMessageView::encodedHeadersAreDecoded()
{
    m_view->showMessage(guiData(u"encoded-subject.eml"_s));
    // RFC 2047: two adjacent encoded words join without the white space between them.
    QCOMPARE(subject(), u"Grüße aus Köln und Düsseldorf"_s);
    QCOMPARE(child<QLabel>("fromValue")->text(), u"Jürgen Böhm <juergen@example.org>"_s);
    QCOMPARE(child<QLabel>("ccValue")->text(), u"Ülkü <uelkue@example.org>"_s);
    QVERIFY(child<QLabel>("ccValue")->isVisibleTo(m_view.get()));
}

void TestMessageView::plainTextIsEscapedAndFlowed()
{
    m_view->showMessage(guiData(u"encoded-subject.eml"_s));
    const QString text = body()->toPlainText();
    // format=flowed (RFC 3676 §4.2): the soft break is joined.
    QVERIFY2(text.contains(u"im Format flowed umgebrochen wurde"_s), qPrintable(text));
    // Markup in plain text stays text.
    QVERIFY2(text.contains(u"<b>kein Markup</b>"_s), qPrintable(text));
    // The quote is shown without its marker, as a block quote.
    QVERIFY(text.contains(u"Zitat aus der letzten Mail"_s));
    QVERIFY(body()->toHtml().contains(u"Zitat aus der letzten Mail"_s));
}

void TestMessageView::attachmentsAreListedWithSafeNames()
{
    m_view->showMessage(guiData(u"attachment.eml"_s));
    QVERIFY(child<QWidget>("attachmentPanel")->isVisibleTo(m_view.get()));
    auto* list = child<QTreeWidget>("attachmentList");
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Bericht März.pdf"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"application/pdf"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), QLocale().formattedDataSize(261));
    // The hostile name loses its path.
    QCOMPARE(list->topLevelItem(1)->text(0), u"evil.sh"_s);
    QVERIFY(body()->toPlainText().contains(u"Anbei der Bericht."_s));
}

void TestMessageView::saveAsWritesExactBytes()
{
    m_view->showMessage(guiData(u"attachment.eml"_s));
    auto* list = child<QTreeWidget>("attachmentList");
    list->setCurrentItem(list->topLevelItem(0));
    m_chosenPath = m_dir.filePath(u"saved.pdf"_s);
    QSignalSpy saved(m_view.get(), &MessageView::attachmentSaved);
    child<QPushButton>("saveAttachmentButton")->click();

    QCOMPARE(m_proposed.size(), 1);
    QCOMPARE(QFileInfo(m_proposed.first()).fileName(), u"Bericht März.pdf"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), m_chosenPath);
    QFile file(m_chosenPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray expected;
    for (int i = 0; i < 256; ++i)
        expected.append(char(i));
    expected.append("Ende\n");
    QCOMPARE(file.readAll(), expected);

    // The hostile name is proposed without its path.
    list->setCurrentItem(list->topLevelItem(1));
    m_chosenPath = m_dir.filePath(u"evil-saved.sh"_s);
    child<QPushButton>("saveAttachmentButton")->click();
    QCOMPARE(QFileInfo(m_proposed.last()).fileName(), u"evil.sh"_s);
    QFile script(m_chosenPath);
    QVERIFY(script.open(QIODevice::ReadOnly));
    // The line break before the boundary belongs to the boundary (RFC 2046 §5.1.1).
    QCOMPARE(script.readAll(), QByteArray("echo hacked"));
}

void TestMessageView::saveAsCancelledWritesNothing()
{
    m_view->showMessage(guiData(u"attachment.eml"_s));
    QSignalSpy saved(m_view.get(), &MessageView::attachmentSaved);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    m_chosenPath.clear(); // the dialog was cancelled
    child<QPushButton>("saveAttachmentButton")->click();
    QCOMPARE(m_proposed.size(), 1);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
}

void TestMessageView::openUsesPrivateTemporaryCopy()
{
    m_view->showMessage(guiData(u"attachment.eml"_s));
    auto* list = child<QTreeWidget>("attachmentList");
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>("openAttachmentButton")->click();
    child<QPushButton>("openAttachmentButton")->click();
    QCOMPARE(m_opened.size(), 2);
    const QString first = m_opened.at(0).toLocalFile();
    const QString second = m_opened.at(1).toLocalFile();
    QCOMPARE(QFileInfo(first).fileName(), u"Bericht März.pdf"_s);
    // Opening again never overwrites the first copy: a unique name.
    QCOMPARE(QFileInfo(second).fileName(), u"Bericht März (2).pdf"_s);
    const QFileInfo folder(QFileInfo(first).absolutePath());
    QCOMPARE(folder.permissions() & (QFile::ReadOther | QFile::ReadGroup | QFile::ExeOther),
        QFile::Permissions());
    QFile file(first);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), 261);
}

void TestMessageView::programsAreNotOpened()
{
    m_view->showMessage(guiData(u"attachment.eml"_s));
    QSignalSpy status(m_view.get(), &MessageView::statusMessage);
    auto* list = child<QTreeWidget>("attachmentList");
    list->setCurrentItem(list->topLevelItem(1));
    child<QPushButton>("openAttachmentButton")->click();
    QVERIFY(m_opened.isEmpty());
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(u"evil.sh"_s));
}

void TestMessageView::remoteContentIsBlockedUntilAllowed()
{
    CountingHttpServer server;
    QVERIFY(server.listen());
    server.defaultResponse().headers.append("Set-Cookie: tracker=bob; Path=/");
    const QString first = writeRemoteMessage(u"remote-images-1.eml.in"_s, server.baseUrl());
    const QString second = writeRemoteMessage(u"remote-images-2.eml.in"_s, server.baseUrl());
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QString logo1 = server.baseUrl() + u"/1/logo.png"_s;

    m_view->showMessage(first);
    QTest::qWait(500);
    QCOMPARE(server.connectionCount(), 0);
    QCOMPARE(server.requestCount(), 0);
    auto* bar = child<QWidget>("remoteContentBar");
    QVERIFY(bar->isVisible());
    QVERIFY2(child<QLabel>("remoteContentLabel")->text().contains(u"(2 item"_s),
        qPrintable(child<QLabel>("remoteContentLabel")->text()));
    QVERIFY(body()->toPlainText().contains(u"Newsletter 1"_s));
    QVERIFY(documentImage(body(), logo1).isNull());
    QVERIFY(!body()->toHtml().contains(logo1));

    child<QPushButton>("remoteContentButton")->click();
    QTRY_COMPARE(server.requestCount(), 2);
    QTRY_COMPARE(documentImage(body(), logo1).size(), QSize(3, 2));
    QVERIFY(body()->toHtml().contains(logo1));
    QVERIFY(!bar->isVisible());
    QStringList targets;
    for (const CountingHttpServer::Request& request : server.requests()) {
        targets.append(QString::fromLatin1(request.target));
        QVERIFY2(!request.headers.toLower().contains("cookie:"), request.headers.constData());
    }
    targets.sort();
    QCOMPARE(targets, QStringList({u"/1/logo.png"_s, u"/1/pixel.png?user=bob"_s}));

    // The next message is blocked again, and so is the first one when it comes back.
    m_view->showMessage(second);
    QTest::qWait(500);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(bar->isVisible());
    QVERIFY(documentImage(body(), logo1).isNull());
    m_view->showMessage(first);
    QTest::qWait(300);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(bar->isVisible());
    QVERIFY(documentImage(body(), logo1).isNull());

    // Allowing again sends no cookie the server set before.
    child<QPushButton>("remoteContentButton")->click();
    QTRY_COMPARE(server.requestCount(), 4);
    for (const CountingHttpServer::Request& request : server.requests())
        QVERIFY2(!request.headers.toLower().contains("cookie:"), request.headers.constData());
}

void TestMessageView::cidImageIsShownWithoutNetwork()
{
    m_view->showMessage(guiData(u"cid-inline.eml"_s));
    QVERIFY(!child<QWidget>("remoteContentBar")->isVisible());
    QVERIFY(body()->toHtml().contains(u"cid:logo.1@example.org"_s));
    QCOMPARE(documentImage(body(), u"cid:logo.1@example.org"_s).size(), QSize(1, 1));
    QCOMPARE(body()
                 ->document()
                 ->resource(QTextDocument::ImageResource, QUrl(u"cid:missing@example.org"_s))
                 .value<QImage>()
                 .isNull(),
        true);
}

void TestMessageView::scriptsNeverReachTheDocument()
{
    m_view->showMessage(guiData(u"script.eml"_s));
    const QString html = body()->toHtml();
    const QString text = body()->toPlainText();
    QVERIFY(text.contains(u"Sichtbarer Text"_s));
    for (const QString& forbidden :
        {u"SCRIPTRAN"_s, u"ONLOADRAN"_s, u"ONERRORRAN"_s, u"JSLINK"_s, u"javascript"_s, u"onload"_s,
            u"onerror"_s, u"<script"_s, u"iframe"_s, u"evil.example"_s, u"file:"_s, u"x.png"_s}) {
        QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
        QVERIFY2(!text.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
    }
}

void TestMessageView::linksOpenOnlyWhenSafe_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("opened");
    QTest::newRow("https") << u"https://example.org/abmelden"_s << true;
    QTest::newRow("http") << u"http://example.org/"_s << true;
    QTest::newRow("mailto") << u"mailto:bob@example.org"_s << true;
    QTest::newRow("ftp") << u"ftp://example.org/file"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("relative") << u"../secret.txt"_s << false;
    QTest::newRow("fragment") << u"#top"_s << false;
}

void TestMessageView::linksOpenOnlyWhenSafe()
{
    QFETCH(QString, url);
    QFETCH(bool, opened);
    m_view->showMessage(guiData(u"script.eml"_s));
    QVERIFY(m_opened.isEmpty()); // showing never opens anything
    Q_EMIT body()->anchorClicked(QUrl(url));
    QCOMPARE(m_opened.size(), opened ? 1 : 0);
    if (opened)
        QCOMPARE(m_opened.first(), QUrl(url));
}

void TestMessageView::rawSourceShowsHeaderLines()
{
    m_view->showMessage(
        QStringLiteral(POSTBOTE_SOURCE_DIR "/resources/demo-mailbox/01-lorem-ipsum.eml"));
    QAction* action = m_view->showSourceAction();
    QVERIFY(action->isEnabled());
    auto* source = child<QPlainTextEdit>("messageSource");
    QVERIFY(!source->isVisible());
    action->trigger();
    QVERIFY(source->isVisible());
    const QString text = source->toPlainText();
    QVERIFY(text.contains(u"Return-Path: <erika@mustermann.de>"_s));
    QVERIFY(text.contains(u"Message-ID: <20240902081542.4711@mustermann.de>"_s));
    QVERIFY(text.contains(u"Content-Transfer-Encoding: 8bit"_s));
    QVERIFY(text.contains(u"quäkt Jürgen"_s));
    QVERIFY(!child<QLabel>("sourceNote")->isVisible());
    QVERIFY(source->font().fixedPitch() || QFontInfo(source->font()).fixedPitch());

    // Stays in source mode for the next message; back to the body when toggled off.
    m_view->showMessage(guiData(u"encoded-subject.eml"_s));
    QVERIFY(source->isVisible());
    QVERIFY(source->toPlainText().contains(u"Message-ID: <encoded.1@example.org>"_s));
    action->trigger();
    QVERIFY(!source->isVisible());
    QVERIFY(body()->isVisible());
}

void TestMessageView::rawSourceIsBounded()
{
    const QString path = m_dir.filePath(u"big.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From: a@example.org\nSubject: big\n\n");
    const QByteArray line(99, 'x');
    for (int i = 0; i < 30000; ++i) // 3 MB
        file.write(line + '\n');
    file.close();
    m_view->showMessage(path);
    // The body stops at its own limit and says so.
    QVERIFY(body()->toPlainText().size() <= MessageView::MaxBodyBytesPerPart);
    QVERIFY(child<QLabel>("messageNotes")->isVisibleTo(m_view.get()));
    QVERIFY2(child<QLabel>("messageNotes")
                 ->text()
                 .contains(QLocale().formattedDataSize(MessageView::MaxBodyBytesPerPart)),
        qPrintable(child<QLabel>("messageNotes")->text()));
    m_view->showSourceAction()->trigger();
    auto* source = child<QPlainTextEdit>("messageSource");
    const QString text = source->toPlainText();
    QVERIFY(text.startsWith(u"From: a@example.org"_s));
    QVERIFY(text.size() <= MessageView::MaxSourceBytes);
    QVERIFY(text.size() > MessageView::MaxSourceBytes - 200);
    // Cut at a line end: the last line is complete.
    QCOMPARE(text.trimmed().section(u'\n', -1).size(), 99);
    auto* note = child<QLabel>("sourceNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLocale().formattedDataSize(MessageView::MaxSourceBytes)),
        qPrintable(note->text()));
}

void TestMessageView::missingFileShowsError()
{
    const QString path = m_dir.filePath(u"vanished.eml"_s);
    m_view->showMessage(path);
    QCOMPARE(m_view->currentFile(), path);
    auto* placeholder = child<QLabel>("messagePlaceholder");
    QVERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().contains(QDir::toNativeSeparators(path)),
        qPrintable(placeholder->text()));
    QVERIFY(placeholder->text().startsWith(u"Could not read the message file"_s));
    QVERIFY(!body()->isVisible());
    QVERIFY(!m_view->showSourceAction()->isEnabled());
    QVERIFY(subject().isEmpty());
}

void TestMessageView::languageChangeRewritesHeader()
{
    m_view->showMessage(
        QStringLiteral(POSTBOTE_SOURCE_DIR "/resources/demo-mailbox/01-lorem-ipsum.eml"));
    auto* date = child<QLabel>("dateValue");
    QVERIFY2(date->text().contains(u"Monday"_s), qPrintable(date->text()));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    // As after QCoreApplication::installTranslator(): the application tells its windows,
    // QWidget::event() passes the event on to every child.
    QEvent event(QEvent::LanguageChange);
    QApplication::sendEvent(qApp, &event);
    QCoreApplication::processEvents();
    QVERIFY2(date->text().contains(u"Montag"_s), qPrintable(date->text()));
    QCOMPARE(subject(), u"Lorem ipsum"_s);
}

void TestMessageView::clearEmptiesTheView()
{
    m_view->showMessage(guiData(u"attachment.eml"_s));
    m_view->clear();
    QVERIFY(m_view->currentFile().isEmpty());
    QVERIFY(subject().isEmpty());
    QVERIFY(child<QLabel>("messagePlaceholder")->isVisible());
    QVERIFY(!child<QWidget>("attachmentPanel")->isVisibleTo(m_view.get()));
    QVERIFY(!m_view->showSourceAction()->isEnabled());
}

QTEST_MAIN(TestMessageView)
#include "tst_messageview.moc"
