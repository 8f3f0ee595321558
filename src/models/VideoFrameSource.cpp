#include "VideoFrameSource.h"

namespace atrium::models {

void VideoFrameSource::setFrame(const QImage &frame)
{
    const bool had = hasFrame();
    m_frame = frame;
    ++m_frames;
    emit frameChanged();
    if (had != hasFrame())
        emit hasFrameChanged();
}

void VideoFrameSource::clear()
{
    if (!hasFrame())
        return;
    m_frame = QImage();
    emit frameChanged();
    emit hasFrameChanged();
}

} // namespace atrium::models
