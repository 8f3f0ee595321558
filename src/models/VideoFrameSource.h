#pragma once

#include <QImage>
#include <QObject>

namespace atrium::models {

// The latest frame of one video stream of a call (the other side's, or our
// camera's preview), for a view to draw. Cleared when the stream stops.
class VideoFrameSource : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasFrame READ hasFrame NOTIFY hasFrameChanged)
    Q_PROPERTY(QSize frameSize READ frameSize NOTIFY frameChanged)
public:
    using QObject::QObject;

    QImage frame() const { return m_frame; }
    bool hasFrame() const { return !m_frame.isNull(); }
    QSize frameSize() const { return m_frame.size(); }
    qint64 framesShown() const { return m_frames; }

    void setFrame(const QImage &frame);
    void clear();

signals:
    void frameChanged();
    void hasFrameChanged();

private:
    QImage m_frame;
    qint64 m_frames = 0;
};

} // namespace atrium::models
