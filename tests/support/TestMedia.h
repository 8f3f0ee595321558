#pragma once

#include <QSize>
#include <QString>

namespace atrium::test {

// Small media files made with gst-launch-1.0 (gstreamer1.0-tools), for the
// tests of what GStreamer reads of them. Each returns an error message, or
// an empty string once the file is at `path`.

// A VP8 video in WebM: `frames` frames of 10 per second, `width`×`height`,
// of videotestsrc's colour bars, with no sound.
QString makeTestVideo(const QString &path, int frames = 30, int width = 320, int height = 240);
// A mono WAV of a 440 Hz tone, `tenthsOfSecond` long.
QString makeTestAudio(const QString &path, int tenthsOfSecond = 20);

// The size of the first frame a video source (a gst-launch description,
// say ximagesrc on the display) gives, as its caps say; an invalid size,
// with `error` set, when it gives none.
QSize firstFrameSize(const QString &source, QString *error);

} // namespace atrium::test
