// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace waymark {
class UndoStack;
}

/**
 * The QML face of the open diary's undo stack (singleton "Undo"): what can be undone or redone,
 * and the undo/redo actions behind Ctrl+Z / Ctrl+Shift+Z and the Undo bar. pushed() tells the
 * bar a change was just made. A step that can no longer be undone (the diary changed under it)
 * leaves errorText and an empty stack. The texts are read in the language of the moment: a change
 * made in English reads in German after the switch (stateChanged is emitted on a language change).
 */
class UndoController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Undo)
    QML_SINGLETON

    Q_PROPERTY(bool canUndo READ canUndo NOTIFY stateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY stateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY stateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit UndoController(waymark::UndoStack *stack = nullptr, QObject *parent = nullptr);
    /** QML's singleton factory: the stack of the Session main() made. */
    static UndoController *create(QQmlEngine *, QJSEngine *);

    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool redo();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void stateChanged();
    void errorTextChanged();
    /** A change was just made (text: "Dose removed", ...). */
    void pushed(const QString &text);
    /** A change was just taken back (text as it was pushed). */
    void undone(const QString &text);
    /** A change taken back was made again. */
    void redone(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setError(const QString &text);

    QPointer<waymark::UndoStack> m_stack;
    QString m_errorText;
};
