#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
#include <optional>

namespace atrium::media {

// A small version of an image for the timeline (an event's thumbnail_url /
// thumbnail_file), so other clients need not fetch the whole picture to
// show it. Made only for images larger than MaxSize.
struct ImageThumbnail
{
    static constexpr QSize MaxSize{800, 600};

    QByteArray data;
    QString mimeType; // image/jpeg, or image/png for images with transparency
    QSize size;

    // Whether an image of `size` is worth a thumbnail.
    static bool isWanted(const QSize &size)
    {
        return size.width() > MaxSize.width() || size.height() > MaxSize.height();
    }
    // Decodes the image scaled down (JPEG decodes at the smaller size
    // directly), oriented per EXIF; nullopt if it cannot be read.
    static std::optional<ImageThumbnail> make(const QString &path);
    // A thumbnail of a decoded picture (a video's frame, MediaProbe):
    // scaled down to fit MaxSize; nullopt for a null image.
    static std::optional<ImageThumbnail> fromImage(const QImage &image);

private:
    static std::optional<ImageThumbnail> encode(const QImage &image);
};

} // namespace atrium::media
