// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharecontroller.h"

#include <QImage>
#include <QPointer>
#include <QQuickItem>

/**
 * One page of the clinician summary for the Share page's preview: the page rendered to an image by
 * the same ReportRenderer as the PDF (renderPageImage), at the item's size in device pixels, shown
 * as a texture (any scene-graph backend, software included).
 */
class ReportPageView : public QQuickItem
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

Q_SIGNALS:
    void controllerChanged();
    void pageChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *data) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void invalidate();

    QPointer<ShareController> m_controller;
    int m_page = 0;
    QImage m_image;
    bool m_dirty = true;
};
