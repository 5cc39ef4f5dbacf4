// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

#include "translations.h"

namespace waymark {
class Diary;
class ChangeSet;
} // namespace waymark

/**
 * The person's choices: auto-lock time, lock when hidden and the crisis line (kept in the open
 * diary, so they are as private as the rest), and the colours and the language (kept on this
 * device, not a secret). Reached from QML as the singleton "Preferences" (Session owns it). Every setter saves
 * first and changes the value shown only once saved; a failure is shown as errorText, never
 * thrown into QML.
 */
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(int autolockMinutes READ autolockMinutes WRITE setAutolockMinutes NOTIFY autolockMinutesChanged)
    Q_PROPERTY(bool lockWhenHidden READ lockWhenHidden WRITE setLockWhenHidden NOTIFY lockWhenHiddenChanged)
    Q_PROPERTY(QString crisisNumber READ crisisNumber WRITE setCrisisNumber NOTIFY crisisNumberChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    /** How much larger than the design sizes text is drawn (1 = 100 %, 2 = 200 %): Theme's font sizes follow it. */
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
    /** "" (follow the system), "en" or "de": the person's choice of language. */
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    /** The choices Settings offers after "System": {"en", "de"}. */
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    /** "autolock", "lockWhenHidden" or "crisisNumber": the choice that could not be saved. */
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    /** Not default-constructible on purpose: Qt 6.4 would then make QML its own instance instead of calling create().
     */
    explicit Preferences(QObject *parent);

    /** QML's singleton factory: the Session's instance. */
    static Preferences *create(QQmlEngine *, QJSEngine *);

    static QList<int> autolockChoices() { return { 0, 1, 5, 15, 30 }; }
    static constexpr int kDefaultAutolockMinutes = 5;

    /** The open diary (nullptr when locked): its choices are read now (errors become errorText). */
    void setDiary(waymark::Diary *diary);
    /** A committed change to the diary: re-reads a choice that changed (undo, another page). */
    void diaryChanged(const waymark::ChangeSet &changes);

    int autolockMinutes() const { return m_autolockMinutes; }
    void setAutolockMinutes(int minutes);
    bool lockWhenHidden() const { return m_lockWhenHidden; }
    void setLockWhenHidden(bool on);
    QString crisisNumber() const { return m_crisisNumber; }
    void setCrisisNumber(const QString &number);

    QString theme() const { return m_theme; }
    /** The theme for this run only (--theme, screenshots). */
    void setTheme(const QString &theme);
    /** The person's choice of "light" or "dark", remembered on this device. */
    Q_INVOKABLE void chooseTheme(const QString &theme);
    /** Loads the remembered theme choice (main() does this unless --theme was given). */
    void loadThemeChoice();

    static constexpr double kMinFontScale = 1.0;
    static constexpr double kMaxFontScale = 2.5;
    double fontScale() const { return m_fontScale; }
    /** The text size for this run (--font-scale, WAYMARK_FONT_SCALE or the system's font size), clamped. */
    void setFontScale(double scale);
    /**
     * The system's text size as a scale: the desktop's general font against the usual 10 pt, never
     * below 100 % (Qt gives the platform's font to QGuiApplication::font(); Android's font scale
     * arrives the same way).
     */
    static double systemFontScale();
    QString language() const { return m_language; }
    QStringList languages() const { return Translations::available(); }
    /** The language for this run only (--lang, screenshots): "" for the system's, "en" or "de". */
    bool setLanguage(const QString &language);
    /** The person's choice ("", "en" or "de"), remembered on this device and applied at once. */
    Q_INVOKABLE void chooseLanguage(const QString &language);
    /** Loads and applies the remembered language (main() does this unless --lang was given). */
    void loadLanguageChoice();

    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void autolockMinutesChanged();
    void lockWhenHiddenChanged();
    void crisisNumberChanged();
    void themeChanged();
    void fontScaleChanged();
    void languageChanged();
    void errorChanged();

private:
    void readFromDiary();
    /** Saves key = value in the open diary; false (and errorText) if it could not. */
    bool save(const QString &key, const QString &value, const QString &field);
    void setError(const QString &text, const QString &field);

    waymark::Diary *m_diary = nullptr;
    int m_autolockMinutes = kDefaultAutolockMinutes;
    bool m_lockWhenHidden = false;
    QString m_crisisNumber;
    QString m_theme = QStringLiteral("light");
    double m_fontScale = 1.0;
    QString m_language;
    Translations m_translations;
    QString m_errorText;
    QString m_errorField;
};
