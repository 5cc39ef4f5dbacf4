// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharecontroller.h"

#include <QPointer>
#include <QQuickPaintedItem>

/**
 * One page of the clinician summary, painted by the same ReportRenderer as the PDF, scaled to the
 * item: the Share page's preview shows the real pages.
 */
class ReportPageView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ShareController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)

public:
    explicit ReportPageView(QQuickItem *parent = nullptr);

    ShareController *controller() const { return m_controller; }
    void setController(ShareController *controller);
    int page() const { return m_page; }
    void setPage(int page);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();
    void pageChanged();

private:
    QPointer<ShareController> m_controller;
    int m_page = 0;
};
