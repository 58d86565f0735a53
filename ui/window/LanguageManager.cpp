// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageManager.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Postbote {

namespace {

const QString SettingsKey = QStringLiteral("ui/language");

} // namespace

LanguageManager::LanguageManager(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{ }

LanguageManager::~LanguageManager()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

QString LanguageManager::nativeName(const QString& code)
{
    // Language menus name each language in itself, so that someone who cannot read the
    // current one still finds their own; these names are therefore not translated.
    if (code == u"de") {
        return QStringLiteral("Deutsch");
    }
    return QStringLiteral("English");
}

QString LanguageManager::languageFor(const QLocale& locale)
{
    return locale.language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

void LanguageManager::applyInitial()
{
    const QString remembered = m_settings->value(SettingsKey).toString();
    install(available().contains(remembered) ? remembered : languageFor(QLocale::system()));
}

void LanguageManager::setLanguage(const QString& code)
{
    if (!available().contains(code)) {
        return;
    }
    m_settings->setValue(SettingsKey, code);
    if (code != m_current) {
        install(code);
    }
}

void LanguageManager::install(const QString& code)
{
    // Remove first: QCoreApplication asks the most recently installed translator first.
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
    const QLocale locale(code == u"de" ? QLocale::German : QLocale::English,
        code == u"de" ? QLocale::Germany : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    m_current = code;

    m_qt = std::make_unique<QTranslator>();
    m_qtLoaded = m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded) {
        QCoreApplication::installTranslator(m_qt.get());
    }
    // English has a catalogue too: it carries the plural forms of the English texts.
    m_app = std::make_unique<QTranslator>();
    if (Translations::loadLanguage(m_app.get(), code)) {
        QCoreApplication::installTranslator(m_app.get());
    }
    Q_EMIT languageChanged(code);
}

} // namespace Postbote
