// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "datewatcher.h"
#include "diary.h"
#include "idlelock.h"
#include "preferences.h"
#include "undostack.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>
#include <memory>

class QTemporaryDir;

/**
 * The open diary's lifetime: create a new diary, unlock an existing one, lock it again (by hand,
 * or when its IdleLock says so). Built in main() and handed to QML as the singleton "Session"; the
 * controllers and models reach the open Diary through it (DiaryWatcher). It relays the open
 * diary's committed changes (changed), keeps the undo stack of the open diary (emptied on lock),
 * says when the local date moves on (today, dateWatcher) and owns the person's Preferences
 * (the QML singleton "Preferences").
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
    Q_PROPERTY(QString startPage READ startPage WRITE setStartPage NOTIFY startPageChanged)
    Q_PROPERTY(QString startDate READ startDate WRITE setStartDate NOTIFY startDateChanged)
    /** True after an automatic lock for lack of use, until the next unlock (the unlock page says why). */
    Q_PROPERTY(bool lockedByIdle READ lockedByIdle NOTIFY stateChanged)
    /** True after the app locked because it was hidden or minimised (the person's choice), until the next unlock. */
    Q_PROPERTY(bool lockedWhenHidden READ lockedWhenHidden NOTIFY stateChanged)

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

    /** The person's choices (auto-lock, lock when hidden, crisis line, colours). */
    Preferences &preferences() { return m_preferences; }
    /** When the open diary locks by itself. */
    IdleLock &idleLock() { return m_idleLock; }

    QString startPage() const { return m_startPage; }
    void setStartPage(const QString &page);
    QString startDate() const { return m_startDate; }
    bool lockedByIdle() const { return m_lockedByIdle; }
    bool lockedWhenHidden() const { return m_lockedWhenHidden; }
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
    /** {score: 0..4, text: "..."} for a passphrase being chosen. */
    Q_INVOKABLE QVariantMap passphraseHint(const QString &passphrase) const;

Q_SIGNALS:
    void stateChanged();
    void errorTextChanged();
    /** The diary was opened or closed: controllers drop or reload what they show. */
    void diaryChanged();
    /** What one committed write to the open diary changed (relayed from Diary::changed). */
    void changed(const waymark::ChangeSet &changes);
    /** The local date moved on (see dateWatcher()). */
    void todayChanged();
    void startPageChanged();
    void startDateChanged();
    void lockedAfterIdle();
    /** Emitted while the diary is still open, just before it is closed: last chance to save. */
    void aboutToLock();

private:
    void adopt(std::unique_ptr<waymark::Diary> diary);
    void setError(const QString &text, const QString &field = {});
    void lockBecause(IdleLock::Reason reason);

    const waymark::Clock &m_clock;
    QString m_path;
    std::unique_ptr<waymark::Diary> m_diary;
    waymark::UndoStack m_undo;
    waymark::DateWatcher m_dates;
    Preferences m_preferences;
    IdleLock m_idleLock;
    std::unique_ptr<QTemporaryDir> m_demo;
    QString m_demoPassphrase;
    QString m_errorText;
    QString m_errorField;
    QString m_startPage = QStringLiteral("today");
    QString m_startDate;
    bool m_lockedByIdle = false;
    bool m_lockedWhenHidden = false;
};
