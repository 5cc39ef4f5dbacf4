// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpageview.h"

#include "reportrenderer.h"
#include "sharecontroller.h"

#include <QPainter>

ReportPageView::ReportPageView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void ReportPageView::setController(ShareController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &ShareController::previewChanged, this, [this] { update(); });
    update();
    Q_EMIT controllerChanged();
}

void ReportPageView::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    update();
    Q_EMIT pageChanged();
}

void ReportPageView::paint(QPainter *painter)
{
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    const ReportRenderer *renderer = m_controller ? m_controller->renderer() : nullptr;
    if (!renderer || m_page < 0 || m_page >= renderer->pageCount())
        return;
    painter->save();
    painter->scale(width() / renderer->pageSize().width(), height() / renderer->pageSize().height());
    renderer->paintPage(*painter, m_page);
    painter->restore();
}
