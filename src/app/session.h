// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "datewatcher.h"
#include "diary.h"
#include "undostack.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>
#include <memory>

class QTemporaryDir;

/**
 * The open diary and its lock: create a new diary, unlock an existing one, lock it again (by hand
 * or after an idle time). Built in main() and handed to QML as the singleton "Session"; the
 * controllers and models reach the open Diary through it (DiaryWatcher). It relays the open
 * diary's committed changes (changed), keeps the undo stack of the open diary (emptied on lock)
 * and says when the local date moves on (today, dateWatcher).
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorTextChanged)
    Q_PROPERTY(bool demo READ isDemo CONSTANT)
    Q_PROPERTY(QString today READ today NOTIFY todayChanged)
    Q_PROPERTY(int autolockMinutes READ autolockMinutes WRITE setAutolockMinutes NOTIFY autolockMinutesChanged)
    Q_PROPERTY(QString crisisNumber READ crisisNumber WRITE setCrisisNumber NOTIFY crisisNumberChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString startPage READ startPage WRITE setStartPage NOTIFY startPageChanged)
    Q_PROPERTY(QString startDate READ startDate WRITE setStartDate NOTIFY startDateChanged)
    /** True after an automatic lock, until the next unlock (the unlock page says why it locked). */
    Q_PROPERTY(bool lockedByIdle READ lockedByIdle NOTIFY stateChanged)

public:
    enum State { NoDiary, Locked, Unlocked };
    Q_ENUM(State)

    Session(const waymark::Clock &clock, const QString &path, QObject *parent = nullptr);
    ~Session() override;

    /** QML's singleton factory: the instance main() made. */
    static Session *create(QQmlEngine *, QJSEngine *);
    static Session *instance();

    State state() const;
    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }
    bool isDemo() const { return m_demo != nullptr; }
    QString today() const;
    QString path() const { return m_path; }
    const waymark::Clock &clock() const { return m_clock; }
    /** The open diary, or nullptr while locked. */
    waymark::Diary *diary() const { return m_diary.get(); }
    /** The open diary's undo steps; every undoable write of the app goes through push(). */
    waymark::UndoStack &undoStack() { return m_undo; }
    /** Says when the local date changes (midnight, wake-up, time-zone change). */
    waymark::DateWatcher &dateWatcher() { return m_dates; }

    int autolockMinutes() const { return m_autolockMinutes; }
    void setAutolockMinutes(int minutes);
    QString crisisNumber() const;
    void setCrisisNumber(const QString &number);
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QString startPage() const { return m_startPage; }
    void setStartPage(const QString &page);
    QString startDate() const { return m_startDate; }
    bool lockedByIdle() const { return m_lockedByIdle; }
    void setStartDate(const QString &date);

    /** Makes a demo diary (random passphrase, temporary folder) and opens it. */
    void openDemo(int days, quint32 seed);
    /** Points the session at another diary file (locks first). */
    void setPath(const QString &path);

    Q_INVOKABLE bool createDiary(const QString &passphrase, const QString &again);
    Q_INVOKABLE bool unlock(const QString &passphrase);
    Q_INVOKABLE bool unlockDemo();
    Q_INVOKABLE void lock();
    Q_INVOKABLE void clearError();
    /** The person's choice of "light" or "dark", remembered on this device (not a secret). */
    Q_INVOKABLE void chooseTheme(const QString &theme);
    /** Loads the remembered theme choice (main() does this unless --theme was given). */
    void loadThemeChoice();
    /** {score: 0..4, text: "..."} for a passphrase being chosen. */
    Q_INVOKABLE QVariantMap passphraseHint(const QString &passphrase) const;
    static QList<int> autolockChoices() { return { 0, 1, 5, 15, 30 }; }
    /** Length of one auto-lock "minute" in ms; tests shorten it. */
    void setMinuteMs(int ms)
    {
        m_minuteMs = ms;
        restartIdleTimer();
    }

Q_SIGNALS:
    void stateChanged();
    void errorTextChanged();
    /** The diary was opened or closed: controllers drop or reload what they show. */
    void diaryChanged();
    /** What one committed write to the open diary changed (relayed from Diary::changed). */
    void changed(const waymark::ChangeSet &changes);
    /** The local date moved on (see dateWatcher()). */
    void todayChanged();
    void autolockMinutesChanged();
    void crisisNumberChanged();
    void themeChanged();
    void startPageChanged();
    void startDateChanged();
    void lockedAfterIdle();
    /** Emitted while the diary is still open, just before it is closed: last chance to save. */
    void aboutToLock();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void adopt(std::unique_ptr<waymark::Diary> diary);
    void setError(const QString &text, const QString &field = {});
    void restartIdleTimer();

    const waymark::Clock &m_clock;
    QString m_path;
    std::unique_ptr<waymark::Diary> m_diary;
    waymark::UndoStack m_undo;
    waymark::DateWatcher m_dates;
    std::unique_ptr<QTemporaryDir> m_demo;
    QString m_demoPassphrase;
    QString m_errorText;
    QString m_errorField;
    int m_autolockMinutes = 5;
    QString m_theme = QStringLiteral("light");
    QString m_startPage = QStringLiteral("today");
    QString m_startDate;
    QTimer m_idle;
    bool m_lockedByIdle = false;
    int m_minuteMs = 60 * 1000;
};
