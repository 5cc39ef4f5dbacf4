// SPDX-License-Identifier: GPL-3.0-or-later
#include "diarywatcher.h"

#include "datewatcher.h"
#include "session.h"

using namespace waymark;

DiaryWatcher::DiaryWatcher(QObject *parent)
    : QObject(parent)
{ }

Diary *DiaryWatcher::diary() const
{
    Session *s = Session::instance();
    return s ? s->diary() : nullptr;
}

void DiaryWatcher::onOpened(std::function<void()> f)
{
    if (Session *s = Session::instance())
        connect(s, &Session::diaryChanged, this, std::move(f));
}

void DiaryWatcher::onChanged(std::function<void(const ChangeSet &)> f)
{
    if (Session *s = Session::instance())
        connect(s, &Session::changed, this, std::move(f));
}

void DiaryWatcher::onToday(std::function<void(const QDate &, const QDate &)> f)
{
    if (Session *s = Session::instance())
        connect(&s->dateWatcher(), &DateWatcher::todayChanged, this, std::move(f));
}
