// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is complete in every change: no unfinished, vanished or obsolete
// entry may be committed, and the compiled catalogue really translates.
#include "i18n/Translations.h"
#include "pop3/Pop3Error.h"

#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanComplete();
    void germanCatalogueLoads();
    void localeFallsBackToEnglish();
};

void TestTranslations::germanComplete()
{
    QFile file(QStringLiteral(POSTBOTE_SOURCE_DIR "/translations/postbote_de.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const bool numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            const QString text
                = numerus ? QString() : xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || (!numerus && text.isEmpty())) {
                problems << source + u" [" + (type.isEmpty() ? u"empty"_qs : type) + u']';
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(messages > 20, "the catalogue looks empty");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::germanCatalogueLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/postbote_de.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString text = Postbote::Pop3Error::kindName(Postbote::Pop3Error::Kind::Timeout);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text != u"timeout"_qs, qPrintable(text));
}

void TestTranslations::localeFallsBackToEnglish()
{
    const auto timeoutIn = [](const QLocale& locale) {
        QTranslator translator;
        if (!Postbote::Translations::loadForLocale(&translator, locale)) {
            return QStringLiteral("(nothing loaded)");
        }
        QCoreApplication::installTranslator(&translator);
        const QString text = Postbote::Pop3Error::kindName(Postbote::Pop3Error::Kind::Timeout);
        QCoreApplication::removeTranslator(&translator);
        return text;
    };
    QTranslator german;
    QVERIFY(Postbote::Translations::loadLanguage(&german, QStringLiteral("de")));
    QVERIFY(!Postbote::Translations::loadLanguage(&german, QStringLiteral("xx")));
    const QString inGerman = timeoutIn(QLocale(QLocale::German, QLocale::Austria));
    const QString inEnglish = timeoutIn(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(inGerman != inEnglish, qPrintable(inGerman));
    // No French catalogue: English, which is also what the C locale gets.
    QCOMPARE(timeoutIn(QLocale(QLocale::French, QLocale::France)), inEnglish);
    QCOMPARE(timeoutIn(QLocale::c()), inEnglish);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
