// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "applogging.h"
#include "changeset.h"
#include "diary.h"
#include "errors.h"
#include "errortext.h"
#include "session.h"

#include <QFont>
#include <QGuiApplication>
#include <QSettings>
#include <algorithm>
#include <cmath>

using namespace waymark;

namespace {
const QString kAutolockKey = QStringLiteral("autolock_minutes");
const QString kLockWhenHiddenKey = QStringLiteral("lock_when_hidden");
const QString kCrisisKey = QStringLiteral("crisis_number");
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kLanguageKey = QStringLiteral("appearance/language");
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    m_translations.apply(QString()); // the system's language until main() applies the person's choice
}

Preferences *Preferences::create(QQmlEngine *engine, QJSEngine *)
{
    Session *session = Session::instance();
    Q_ASSERT(session);
    session->preferences().m_translations.setEngine(engine);
    QJSEngine::setObjectOwnership(&session->preferences(), QJSEngine::CppOwnership);
    return &session->preferences();
}

void Preferences::setError(const QString &text, const QString &field)
{
    if (text == m_errorText && field == m_errorField)
        return;
    m_errorText = text;
    m_errorField = field;
    Q_EMIT errorChanged();
}

void Preferences::clearError()
{
    setError({}, {});
}

void Preferences::setDiary(Diary *diary)
{
    m_diary = diary;
    setError({}, {});
    readFromDiary();
}

void Preferences::diaryChanged(const ChangeSet &changes)
{
    const QStringList keys = changes.keys(Change::Kind::Setting);
    if (keys.contains(kAutolockKey) || keys.contains(kLockWhenHiddenKey) || keys.contains(kCrisisKey))
        readFromDiary();
}

void Preferences::readFromDiary()
{
    int minutes = kDefaultAutolockMinutes;
    bool whenHidden = false;
    QString crisis;
    if (m_diary) {
        try {
            bool ok = false;
            const int stored = m_diary->setting(kAutolockKey, QString::number(kDefaultAutolockMinutes)).toInt(&ok);
            if (ok && autolockChoices().contains(stored))
                minutes = stored;
            whenHidden = m_diary->setting(kLockWhenHiddenKey, QStringLiteral("0")) == QLatin1String("1");
            crisis = m_diary->setting(kCrisisKey);
        } catch (const Error &e) {
            // Keep the safe defaults (5 minutes, no crisis line shown) and say why.
            setError(app::errorText(e), QString());
        }
    }
    if (minutes != m_autolockMinutes) {
        m_autolockMinutes = minutes;
        Q_EMIT autolockMinutesChanged();
    }
    if (whenHidden != m_lockWhenHidden) {
        m_lockWhenHidden = whenHidden;
        Q_EMIT lockWhenHiddenChanged();
    }
    if (crisis != m_crisisNumber) {
        m_crisisNumber = crisis;
        Q_EMIT crisisNumberChanged();
    }
}

bool Preferences::save(const QString &key, const QString &value, const QString &field)
{
    if (!m_diary) {
        setError(tr("The diary is locked."), field);
        return false;
    }
    try {
        m_diary->setSetting(key, value);
    } catch (const Error &e) {
        qCWarning(lcApp) << "a preference could not be saved:" << field;
        setError(app::errorText(e), field);
        return false;
    }
    setError({}, {});
    return true;
}

void Preferences::setAutolockMinutes(int minutes)
{
    if (!autolockChoices().contains(minutes) || minutes == m_autolockMinutes)
        return;
    if (!save(kAutolockKey, QString::number(minutes), QStringLiteral("autolock"))) {
        Q_EMIT autolockMinutesChanged(); // the control goes back to the value still in force
        return;
    }
    m_autolockMinutes = minutes;
    Q_EMIT autolockMinutesChanged();
}

void Preferences::setLockWhenHidden(bool on)
{
    if (on == m_lockWhenHidden)
        return;
    if (!save(kLockWhenHiddenKey, on ? QStringLiteral("1") : QStringLiteral("0"), QStringLiteral("lockWhenHidden"))) {
        Q_EMIT lockWhenHiddenChanged();
        return;
    }
    m_lockWhenHidden = on;
    Q_EMIT lockWhenHiddenChanged();
}

void Preferences::setCrisisNumber(const QString &number)
{
    const QString clean = number.trimmed().left(40);
    if (clean == m_crisisNumber)
        return;
    if (!save(kCrisisKey, clean, QStringLiteral("crisisNumber"))) {
        Q_EMIT crisisNumberChanged();
        return;
    }
    m_crisisNumber = clean;
    Q_EMIT crisisNumberChanged();
}

void Preferences::setTheme(const QString &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged();
}

void Preferences::setFontScale(double scale)
{
    scale = std::clamp(std::isfinite(scale) ? scale : 1.0, kMinFontScale, kMaxFontScale);
    if (qFuzzyCompare(scale, m_fontScale))
        return;
    m_fontScale = scale;
    Q_EMIT fontScaleChanged();
}

double Preferences::systemFontScale()
{
    const QFont font = QGuiApplication::font();
    const double points = font.pointSizeF();
    if (points <= 0)
        return 1.0;
    return std::clamp(points / 10.0, kMinFontScale, kMaxFontScale);
}

void Preferences::chooseTheme(const QString &theme)
{
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return;
    QSettings().setValue(kThemeKey, theme);
    setTheme(theme);
}

void Preferences::loadThemeChoice()
{
    const QString theme = QSettings().value(kThemeKey).toString();
    if (theme == QLatin1String("light") || theme == QLatin1String("dark"))
        setTheme(theme);
}

bool Preferences::setLanguage(const QString &language)
{
    if (!m_translations.apply(language))
        return false;
    if (language != m_language) {
        m_language = language;
        Q_EMIT languageChanged();
    }
    return true;
}

void Preferences::chooseLanguage(const QString &language)
{
    if (language == m_language || !setLanguage(language))
        return;
    QSettings().setValue(kLanguageKey, language);
}

void Preferences::loadLanguageChoice()
{
    if (!setLanguage(QSettings().value(kLanguageKey).toString()))
        setLanguage(QString()); // a choice this build does not carry: the system's
}
