// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for tst_*.qml: one Session on a temporary diary path, shared by every file
// (they run in name order: create/unlock first, then the pages that need an open diary).
#include "clock.h"
#include "session.h"

#include <QDir>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<Session>(m_clock, m_dir->filePath(QStringLiteral("diary.waymark")));
    }

    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }

    void cleanupTestCase()
    {
        m_session.reset();
        m_dir.reset();
    }

private:
    waymark::FixedClock m_clock { QDateTime(QDate(2026, 3, 15), QTime(12, 0)) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(waymark_qml, Setup)

#include "tst_qml_pages.moc"
