#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <optional>

namespace atrium::media {

// What GStreamer reads of an audio or video file for its m.audio / m.video
// event: the duration, the picture size (as shown: pixel aspect ratio
// applied) and a frame for the thumbnail. Decodes only as far as the first
// frame (or the frame at one second, for videos longer than two), so a
// 1 GB video takes as long as a small one; blocking, so call it off the
// GUI thread. Gives up after `timeoutMs`.
struct MediaProbe
{
    qint64 durationMs = 0; // 0: not known
    QSize size;            // invalid: no video
    QImage frame;          // null: no video, or it could not be decoded
    QString error;         // set when GStreamer could not read the file at all

    bool isValid() const { return error.isEmpty(); }
    bool hasVideo() const { return size.isValid(); }

    // `withFrame` false: duration and size only.
    static MediaProbe probe(const QString &path, bool withFrame = true, int timeoutMs = 10000);
};

} // namespace atrium::media
