#include "MediaImageResponse.h"

void MediaImageResponse::finish(const QImage &image, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_image = image;
    m_error = image.isNull() && error.isEmpty() ? QStringLiteral("no image") : error;
    if (!image.isNull())
        m_error.clear();
    emit finished();
}

QQuickTextureFactory *MediaImageResponse::textureFactory() const
{
    return QQuickTextureFactory::textureFactoryForImage(m_image);
}
