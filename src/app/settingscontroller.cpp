// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingscontroller.h"

#include "catalogue.h"
#include "diary.h"
#include "diarycommands.h"
#include "errors.h"
#include "errortext.h"
#include "preferences.h"
#include "session.h"
#include "validation.h"

using namespace waymark;

SettingsController::SettingsController(QObject *parent)
    : QObject(parent)
{ }

QVariantList SettingsController::autolockChoices() const
{
    QVariantList out;
    for (int minutes : Preferences::autolockChoices()) {
        const QString label = minutes == 0 ? tr("Off") : tr("%n minute(s)", "", minutes);
        out.append(QVariantMap { { QStringLiteral("minutes"), minutes }, { QStringLiteral("label"), label } });
    }
    return out;
}

QString SettingsController::sourcesText() const
{
    return catalogue::sourcesText();
}

QString SettingsController::version() const
{
    return QStringLiteral(WAYMARK_VERSION);
}

void SettingsController::setStatus(const QString &error, const QString &field, const QString &done)
{
    m_errorText = error;
    m_errorField = field;
    m_doneText = done;
    Q_EMIT statusChanged();
}

void SettingsController::clearStatus()
{
    setStatus({}, {}, {});
}

bool SettingsController::setCrisisNumber(const QString &number)
{
    Session *s = Session::instance();
    if (!s || !s->diary())
        return false;
    const QString clean = number.trimmed().left(40);
    if (clean == s->preferences().crisisNumber())
        return true;
    try {
        s->undoStack().push(commands::setSetting(
            QStringLiteral("crisis_number"), clean, QT_TRANSLATE_NOOP("Undo", "Crisis line number changed")));
        return true;
    } catch (const Error &e) {
        setStatus(app::errorText(e), QStringLiteral("crisis"), {});
        return false;
    }
}

bool SettingsController::changePassphrase(const QString &current, const QString &fresh, const QString &again)
{
    Session *s = Session::instance();
    if (!s || !s->diary()) {
        setStatus(tr("The diary is locked."), {}, {});
        return false;
    }
    try {
        try {
            Diary::openReadOnly(s->path(), current, s->clock());
        } catch (const Error &e) {
            if (e.code() == ErrorCode::WrongPassphrase) {
                setStatus(tr("That is not the current passphrase."), QStringLiteral("current"), {});
                return false;
            }
            throw;
        }
        try {
            validate::passphrase(fresh, QStringLiteral("new"));
        } catch (const Error &e) {
            setStatus(app::errorText(e), QStringLiteral("new"), {});
            return false;
        }
        if (fresh != again) {
            setStatus(tr("The two new passphrases are not the same."), QStringLiteral("again"), {});
            return false;
        }
        s->diary()->changePassphrase(fresh);
        setStatus({}, {}, tr("Passphrase changed. Use the new one from now on."));
        return true;
    } catch (const Error &e) {
        setStatus(app::errorText(e), {}, {});
        return false;
    }
}
