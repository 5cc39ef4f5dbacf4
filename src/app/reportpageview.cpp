// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpageview.h"

#include "reportpdf.h"
#include "reportrenderer.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <cmath>

ReportPageView::ReportPageView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void ReportPageView::setController(ShareController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &ShareController::previewChanged, this, &ReportPageView::invalidate);
    invalidate();
    Q_EMIT controllerChanged();
}

void ReportPageView::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    invalidate();
    Q_EMIT pageChanged();
}

void ReportPageView::invalidate()
{
    m_dirty = true;
    update();
}

void ReportPageView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        invalidate();
}

QSGNode *ReportPageView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGImageNode *>(old);
    const ReportRenderer *renderer = m_controller ? m_controller->renderer() : nullptr;
    if (!renderer || m_page < 0 || m_page >= renderer->pageCount() || width() < 1 || height() < 1 || !window()) {
        delete node;
        m_image = {};
        return nullptr;
    }
    if (m_dirty || m_image.isNull()) {
        const double dpr = window()->effectiveDevicePixelRatio();
        m_image = waymark::report::renderPageImage(*renderer, m_page, int(std::lround(width() * dpr)));
        m_dirty = false;
        if (!node)
            node = window()->createImageNode();
        node->setTexture(window()->createTextureFromImage(m_image));
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
    }
    node->setRect(boundingRect());
    return node;
}
