// SPDX-License-Identifier: GPL-3.0-or-later
#include "undocontroller.h"

#include "errors.h"
#include "errortext.h"
#include "session.h"
#include "undostack.h"

#include <QCoreApplication>
#include <QEvent>

using namespace waymark;

UndoController::UndoController(UndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{
    if (!m_stack)
        if (Session *s = Session::instance())
            m_stack = &s->undoStack();
    if (m_stack) {
        connect(m_stack, &UndoStack::changed, this, &UndoController::stateChanged);
        connect(m_stack, &UndoStack::pushed, this, [this](const QString &text) {
            clearError();
            Q_EMIT pushed(text);
        });
    }
    // a new translator: undoText and redoText read in the new language
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool UndoController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        Q_EMIT stateChanged();
    return QObject::eventFilter(watched, event);
}

UndoController *UndoController::create(QQmlEngine *, QJSEngine *)
{
    return new UndoController();
}

bool UndoController::canUndo() const
{
    return m_stack && m_stack->canUndo();
}

bool UndoController::canRedo() const
{
    return m_stack && m_stack->canRedo();
}

QString UndoController::undoText() const
{
    return m_stack ? m_stack->undoText() : QString();
}

QString UndoController::redoText() const
{
    return m_stack ? m_stack->redoText() : QString();
}

bool UndoController::undo()
{
    if (!canUndo())
        return false;
    const QString text = m_stack->undoText();
    try {
        m_stack->undo();
    } catch (const Error &e) {
        setError(tr("This can no longer be undone: %1").arg(app::errorText(e)));
        return false;
    }
    clearError();
    Q_EMIT undone(text);
    return true;
}

bool UndoController::redo()
{
    if (!canRedo())
        return false;
    const QString text = m_stack->redoText();
    try {
        m_stack->redo();
    } catch (const Error &e) {
        setError(tr("This can no longer be redone: %1").arg(app::errorText(e)));
        return false;
    }
    clearError();
    Q_EMIT redone(text);
    return true;
}

void UndoController::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void UndoController::clearError()
{
    setError({});
}
