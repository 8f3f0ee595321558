#pragma once

#include <QJsonObject>
#include <QString>

namespace atrium::media {

// The m.room.message for sharing a file, before it is uploaded: msgtype
// from the MIME type (m.image, m.video, m.audio, else m.file), body and
// filename, and info {mimetype, size, w, h for images and videos, duration
// in ms for audio and video}. The url (or, in an encrypted room, the file)
// is added once the upload is done. Audio and video are read with
// GStreamer (MediaProbe), which can take a moment: call it off the GUI
// thread.
struct FileMessage
{
    QJsonObject content;
    // What the outbox keeps to upload it later: {path, name, mimetype, size,
    // and "thumbnail": true for an image large enough to want one and for a
    // video GStreamer can decode}.
    QJsonObject attachment;
    QString error; // set when the file cannot be shared (missing, a folder…)

    bool isValid() const { return error.isEmpty(); }

    // `caption`, when given, becomes the body (the file name stays in
    // `filename`), as the spec allows since v1.10.
    static FileMessage fromFile(const QString &path, const QString &caption = {});
};

} // namespace atrium::media
