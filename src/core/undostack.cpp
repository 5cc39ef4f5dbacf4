// SPDX-License-Identifier: GPL-3.0-or-later
#include "undostack.h"

#include "diary.h"
#include "errors.h"

#include <QCoreApplication>

namespace waymark {

UndoStack::UndoStack(QObject *parent)
    : QObject(parent)
{ }

UndoStack::~UndoStack() = default;

void UndoStack::setDiary(Diary *diary)
{
    m_diary = diary;
    clear();
}

Diary &UndoStack::requireDiary() const
{
    if (!m_diary)
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "The diary is locked."));
    return *m_diary;
}

void UndoStack::push(std::unique_ptr<UndoCommand> command)
{
    Diary &diary = requireDiary();
    diary.batch([&] { command->redo(diary); }); // throws: nothing written, nothing kept
    m_commands.erase(m_commands.begin() + m_done, m_commands.end());
    m_commands.push_back(std::move(command));
    if (m_commands.size() > size_t(kLimit))
        m_commands.erase(m_commands.begin());
    m_done = int(m_commands.size());
    Q_EMIT changed();
    Q_EMIT pushed(m_commands.back()->text());
}

void UndoStack::undo()
{
    if (!canUndo())
        return;
    Diary &diary = requireDiary();
    UndoCommand &command = *m_commands[size_t(m_done - 1)];
    try {
        diary.batch([&] { command.undo(diary); });
    } catch (...) {
        clear();
        throw;
    }
    --m_done;
    Q_EMIT changed();
}

void UndoStack::redo()
{
    if (!canRedo())
        return;
    Diary &diary = requireDiary();
    UndoCommand &command = *m_commands[size_t(m_done)];
    try {
        diary.batch([&] { command.redo(diary); });
    } catch (...) {
        clear();
        throw;
    }
    ++m_done;
    Q_EMIT changed();
}

void UndoStack::clear()
{
    if (m_commands.empty())
        return;
    m_commands.clear();
    m_done = 0;
    Q_EMIT changed();
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands[size_t(m_done - 1)]->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands[size_t(m_done)]->text() : QString();
}

} // namespace waymark
