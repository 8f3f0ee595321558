#pragma once

#include "models/VideoFrameSource.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqml.h>

// Draws the frames of a call's video stream (a VideoFrameSource), scaled
// to fit. Painted as an image, it works with every scene graph backend:
// the software one (offscreen, tests, screenshots) and OpenGL.
class VideoView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        atrium::models::VideoFrameSource *source READ source WRITE setSource NOTIFY sourceChanged)
    // Crop to fill the item instead of fitting the whole frame in.
    Q_PROPERTY(bool fill READ fill WRITE setFill NOTIFY fillChanged)
    // A preview of one's own camera reads like a mirror.
    Q_PROPERTY(bool mirrored READ mirrored WRITE setMirrored NOTIFY mirroredChanged)
public:
    explicit VideoView(QQuickItem *parent = nullptr);

    atrium::models::VideoFrameSource *source() const { return m_source; }
    void setSource(atrium::models::VideoFrameSource *source);
    bool fill() const { return m_fill; }
    void setFill(bool fill);
    bool mirrored() const { return m_mirrored; }
    void setMirrored(bool mirrored);

    void paint(QPainter *painter) override;

signals:
    void sourceChanged();
    void fillChanged();
    void mirroredChanged();

private:
    QPointer<atrium::models::VideoFrameSource> m_source;
    bool m_fill = false;
    bool m_mirrored = false;
};
