#pragma once

#include <QImage>
#include <QQuickImageResponse>

// One image asked of MediaImageProvider. It lives on the GUI thread (where
// the MediaController answers); Qt Quick reads it after finished().
class MediaImageResponse : public QQuickImageResponse
{
    Q_OBJECT
public:
    MediaImageResponse() = default;

    void finish(const QImage &image, const QString &error);
    QQuickTextureFactory *textureFactory() const override;
    QString errorString() const override { return m_error; }

private:
    QImage m_image;
    QString m_error;
    bool m_finished = false;
};
