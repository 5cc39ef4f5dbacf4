// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * The built-in catalogue's names as the person reads them, in the app's language (i18n/, the
 * names come from i18n/catalogue_strings.h). The diary keeps the English names and the keys, which
 * never change; a name the person typed has no translation and is shown as typed.
 */
namespace waymark::app {

/**
 * A German name may carry soft hyphens (U+00AD) where a long compound may break across lines at
 * large text ("Konzentrations\u00ADprobleme"); a search compares the words without them.
 */
inline QString withoutSoftHyphens(QString text)
{
    return text.remove(QChar(0x00AD));
}

inline QString symptomName(const QString &name)
{
    return QCoreApplication::translate("Symptom", name.toUtf8().constData());
}

inline QString symptomGroupName(const QString &group)
{
    return QCoreApplication::translate("Symptom", group.toUtf8().constData());
}

inline QStringList symptomGroupNames(const QStringList &groups)
{
    QStringList out;
    for (const QString &g : groups)
        out << symptomGroupName(g);
    return out;
}

inline QString drugClassName(const QString &drugClass)
{
    return QCoreApplication::translate("DrugClass", drugClass.toUtf8().constData());
}

} // namespace waymark::app
