// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace waymark {

class Diary;

/**
 * One change to the diary that knows how to take itself back (the command pattern Subsurface uses
 * for its undo). redo() makes the change (the first call is the original edit) and notes what it
 * needs to undo it; undo() puts the diary back as it was. UndoStack runs each call as one
 * transaction, so a call that throws leaves the diary as it was.
 */
class UndoCommand
{
public:
    virtual ~UndoCommand() = default;
    /** What the change was, for "Undo <text>": "Removed a dose", "Rated a symptom", ... */
    virtual QString text() const = 0;
    virtual void redo(Diary &diary) = 0;
    virtual void undo(Diary &diary) = 0;
};

} // namespace waymark
