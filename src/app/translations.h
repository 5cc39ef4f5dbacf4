// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QQmlEngine;

/**
 * The app's language: loads the translation compiled into the binary (":/i18n/waymark_<lang>.qm",
 * built from the i18n folder by lrelease), makes its locale the default for dates and numbers, and
 * re-translates the QML on a change (no restart). An empty choice follows the system language;
 * a system language without a translation shows English text with the system's date and number
 * formats. Preferences owns it (the choice is a device preference, like the colours).
 */
class Translations
{
public:
    Translations() = default;
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;
    ~Translations();

    /** The languages shipped in the binary besides the system choice: {"en", "de"}. */
    static QStringList available();

    /** Where to re-translate on a change (the engine that asked for the Preferences singleton). */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    /**
     * Applies "" (the system's language), "en" or "de". Returns false, changing nothing, for a
     * language the binary does not carry.
     */
    bool apply(const QString &language);

    /** The language whose text is shown now: "en" or "de". */
    QString shown() const { return m_shown; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    QString m_shown = QStringLiteral("en");
    QPointer<QQmlEngine> m_engine;
};
