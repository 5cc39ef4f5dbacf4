// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undocommand.h"

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

namespace waymark {

class Diary;

/**
 * The changes made to the open diary that can be taken back, newest last, and the ones taken back
 * that can be made again. Every undoable write goes through push(). Each push, undo and redo is
 * one transaction of the diary, so its change is published once (Diary::changed). The stack
 * belongs to one open diary: setDiary() (lock, unlock) empties it.
 */
class UndoStack : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLimit = 100; ///< oldest steps are forgotten beyond this

    explicit UndoStack(QObject *parent = nullptr);
    ~UndoStack() override;

    void setDiary(Diary *diary);
    Diary *diary() const { return m_diary; }

    /**
     * Makes the change now (command->redo) and keeps it for undo; forgets what was undone before.
     * Throws what the command throws (a waymark::Error): then nothing was written and nothing kept.
     */
    void push(std::unique_ptr<UndoCommand> command);
    /** Takes back the newest change. If it cannot be (the diary changed under it), throws and
     *  forgets every step, so no later undo acts on a diary that is not what it expects. */
    void undo();
    /** Makes the newest undone change again (same rules as undo). */
    void redo();
    void clear();

    bool canUndo() const { return m_done > 0; }
    bool canRedo() const { return m_done < int(m_commands.size()); }
    QString undoText() const;
    QString redoText() const;
    int count() const { return int(m_commands.size()); }

Q_SIGNALS:
    /** canUndo, canRedo or the texts changed. */
    void changed();
    /** A new change was made through push() (the app offers "Undo" for a while). */
    void pushed(const QString &text);

private:
    Diary &requireDiary() const;

    Diary *m_diary = nullptr;
    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_done = 0; ///< commands [0, m_done) are applied; [m_done, size) were undone
};

} // namespace waymark
