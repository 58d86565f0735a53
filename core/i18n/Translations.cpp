// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Postbote::Translations {

bool loadLanguage(QTranslator* translator, const QString& code)
{
    return translator->load(QStringLiteral(":/i18n/postbote_%1.qm").arg(code));
}

bool loadForLocale(QTranslator* translator, const QLocale& locale)
{
    return translator->load(
               locale, QStringLiteral("postbote"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || loadLanguage(translator, QStringLiteral("en"));
}

void installForSystemLocale(QCoreApplication* app)
{
    auto* translator = new QTranslator(app);
    if (loadForLocale(translator, QLocale())) {
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace Postbote::Translations
