// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QQmlEngine>

Translations::~Translations()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QStringList Translations::available()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

bool Translations::apply(const QString &language)
{
    if (!language.isEmpty() && !available().contains(language))
        return false;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    // English needs its file too: it carries the plural forms ("1 day", "2 days").
    m_installed = m_translator.load(locale, QStringLiteral("waymark"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && QCoreApplication::installTranslator(&m_translator);
    if (!m_installed && locale.language() != QLocale::English) {
        // A system language the app does not speak: English text (with its plurals), local formats.
        m_installed = m_translator.load(QStringLiteral(":/i18n/waymark_en.qm"))
            && QCoreApplication::installTranslator(&m_translator);
    }
    m_shown
        = m_installed && !m_translator.language().isEmpty() ? m_translator.language().left(2) : QStringLiteral("en");
    QLocale::setDefault(locale);
    if (m_engine) {
        m_engine->setUiLanguage(m_shown);
        m_engine->retranslate();
    }
    return true;
}
