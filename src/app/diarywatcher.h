// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include <QDate>
#include <QObject>
#include <functional>

namespace waymark {
class Diary;
}

/**
 * How a controller or model follows the open diary: one member instead of its own attach code.
 * onOpened runs when a diary is opened or closed (unlock, lock, a new diary); onChanged runs once
 * per committed write with what it changed (Session relays Diary::changed); onToday runs when the
 * local date moves on. Connections end with the watcher, so nothing dangles after a lock.
 */
class DiaryWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DiaryWatcher(QObject *parent = nullptr);

    /** The open diary, or nullptr while locked (or without a Session, in some tests). */
    waymark::Diary *diary() const;

    void onOpened(std::function<void()> f);
    void onChanged(std::function<void(const waymark::ChangeSet &)> f);
    void onToday(std::function<void(const QDate &today, const QDate &previous)> f);
};
