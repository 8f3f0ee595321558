#include "ImageThumbnail.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace atrium::media {

std::optional<ImageThumbnail> ImageThumbnail::make(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (!size.isValid())
        return std::nullopt;
    // The reader scales before it rotates: fit the box in stored orientation.
    const bool rotated = reader.transformation() & QImageIOHandler::TransformationRotate90;
    const QSize box = rotated ? MaxSize.transposed() : MaxSize;
    if (size.width() > box.width() || size.height() > box.height())
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    return encode(reader.read());
}

std::optional<ImageThumbnail> ImageThumbnail::fromImage(const QImage &picture)
{
    if (picture.isNull() || !isWanted(picture.size()))
        return encode(picture);
    return encode(picture.scaled(MaxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

std::optional<ImageThumbnail> ImageThumbnail::encode(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    ImageThumbnail thumbnail;
    thumbnail.size = image.size();
    QBuffer buffer(&thumbnail.data);
    buffer.open(QIODevice::WriteOnly);
    if (image.hasAlphaChannel()) {
        thumbnail.mimeType = QStringLiteral("image/png");
        if (!image.save(&buffer, "PNG"))
            return std::nullopt;
    } else {
        thumbnail.mimeType = QStringLiteral("image/jpeg");
        if (!image.save(&buffer, "JPEG", 85))
            return std::nullopt;
    }
    return thumbnail;
}

} // namespace atrium::media
