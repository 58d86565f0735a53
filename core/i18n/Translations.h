// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace Postbote::Translations {

/// Postbote's catalogues are compiled into postbote_core at :/i18n (postbote_de.qm,
/// postbote_en.qm). English has one too: it carries the plural forms of the English texts, and
/// it is the fallback for every language without a catalogue (and for the C locale).

/// Loads the catalogue of one language ("de", "en"); false if there is none.
bool loadLanguage(QTranslator* translator, const QString& code);
/// Loads the catalogue that suits the locale, else the English one.
bool loadForLocale(QTranslator* translator, const QLocale& locale);
/// For programs without a language setting (postbote-cli, postbote --help): installs a
/// translator for the system locale, owned by app.
void installForSystemLocale(QCoreApplication* app);

} // namespace Postbote::Translations
