#include "VideoView.h"

#include <QPainter>

VideoView::VideoView(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setOpaquePainting(false);
}

void VideoView::setSource(atrium::models::VideoFrameSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source)
        connect(source, &atrium::models::VideoFrameSource::frameChanged, this,
                [this]() { update(); });
    emit sourceChanged();
    update();
}

void VideoView::setFill(bool fill)
{
    if (m_fill == fill)
        return;
    m_fill = fill;
    emit fillChanged();
    update();
}

void VideoView::setMirrored(bool mirrored)
{
    if (m_mirrored == mirrored)
        return;
    m_mirrored = mirrored;
    emit mirroredChanged();
    update();
}

void VideoView::paint(QPainter *painter)
{
    if (!m_source || !m_source->hasFrame())
        return;
    const QImage frame = m_source->frame();
    const QSizeF area = size();
    QSizeF scaled =
        QSizeF(frame.size())
            .scaled(area, m_fill ? Qt::KeepAspectRatioByExpanding : Qt::KeepAspectRatio);
    const QRectF target((area.width() - scaled.width()) / 2, (area.height() - scaled.height()) / 2,
                        scaled.width(), scaled.height());
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setClipRect(QRectF(QPointF(0, 0), area));
    if (m_mirrored) {
        painter->translate(area.width(), 0);
        painter->scale(-1, 1);
    }
    painter->drawImage(target, frame);
}
