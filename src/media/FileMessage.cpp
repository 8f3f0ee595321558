#include "FileMessage.h"

#include "ImageThumbnail.h"
#include "MediaProbe.h"
#include "SafeFileName.h"

#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

namespace atrium::media {

FileMessage FileMessage::fromFile(const QString &path, const QString &caption)
{
    FileMessage message;
    const QFileInfo info(path);
    if (!info.exists()) {
        message.error = QStringLiteral("no such file: %1").arg(path);
        return message;
    }
    if (!info.isFile()) {
        message.error = QStringLiteral("not a file: %1").arg(path);
        return message;
    }
    if (!info.isReadable()) {
        message.error = QStringLiteral("cannot read %1").arg(path);
        return message;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info);
    const QString mimeType =
        mime.isValid() ? mime.name() : QStringLiteral("application/octet-stream");
    const QString name = SafeFileName::sanitize(info.fileName(), QStringLiteral("file"));

    QJsonObject fileInfo{{"mimetype", mimeType}, {"size", double(info.size())}};
    QString msgtype = QStringLiteral("m.file");
    bool wantsThumbnail = false;
    if (mimeType.startsWith(QLatin1String("image/"))) {
        msgtype = QStringLiteral("m.image");
        // Reads the header only; the image itself is not decoded.
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid()) {
            // EXIF orientation: a portrait photo stored landscape shows rotated.
            const bool rotated = reader.transformation() & QImageIOHandler::TransformationRotate90;
            const QSize shown = rotated ? size.transposed() : size;
            fileInfo.insert("w", shown.width());
            fileInfo.insert("h", shown.height());
            wantsThumbnail = ImageThumbnail::isWanted(shown);
        }
    } else if (mimeType.startsWith(QLatin1String("video/")) ||
               mimeType.startsWith(QLatin1String("audio/"))) {
        const bool video = mimeType.startsWith(QLatin1String("video/"));
        msgtype = video ? QStringLiteral("m.video") : QStringLiteral("m.audio");
        // What GStreamer cannot read goes without: it is still a file to share.
        const MediaProbe probe = MediaProbe::probe(path, false);
        if (probe.durationMs > 0)
            fileInfo.insert("duration", double(probe.durationMs));
        if (video && probe.hasVideo()) {
            fileInfo.insert("w", probe.size.width());
            fileInfo.insert("h", probe.size.height());
            // The thumbnail is the poster other clients show before playing.
            wantsThumbnail = true;
        }
    }

    message.content = {
        {"msgtype", msgtype},
        {"body", caption.isEmpty() ? name : caption},
        {"filename", name},
        {"info", fileInfo},
    };
    message.attachment = {
        {"path", info.absoluteFilePath()},
        {"name", name},
        {"mimetype", mimeType},
        {"size", double(info.size())},
    };
    if (wantsThumbnail)
        message.attachment.insert("thumbnail", true);
    return message;
}

} // namespace atrium::media
