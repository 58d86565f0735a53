// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;
class QTranslator;

namespace Postbote {

/// The user interface language, switched at runtime. It installs Postbote's catalogue and
/// Qt's own (qtbase: standard dialogs, context menus), sets the default QLocale so that dates,
/// times and sizes follow, and remembers the choice in the settings ("ui/language"). Without a
/// remembered choice the first start follows the system locale. Widgets hear about a switch
/// through QEvent::LanguageChange, which QCoreApplication sends when translators change.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    /// \a settings must outlive the manager.
    explicit LanguageManager(QSettings* settings, QObject* parent = nullptr);
    ~LanguageManager() override;

    /// The languages offered: "de" and "en".
    static QStringList available();
    /// "Deutsch", "English": each in its own language, as language menus show them.
    static QString nativeName(const QString& code);
    /// The language for \a locale: German for every German-speaking locale, English otherwise.
    static QString languageFor(const QLocale& locale);

    QString current() const { return m_current; }
    /// Applies the remembered language, or the system's on first start.
    void applyInitial();
    /// Switches to \a code and remembers it; unknown codes are ignored.
    void setLanguage(const QString& code);
    /// Whether Qt's own catalogue for the current language was found (Debian:
    /// qt6-translations-l10n); English needs none.
    bool qtCatalogueLoaded() const { return m_qtLoaded; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void install(const QString& code);

    QSettings* m_settings;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
    bool m_qtLoaded = false;
};

} // namespace Postbote
