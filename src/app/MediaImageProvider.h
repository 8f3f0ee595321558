#pragma once

#include <QQuickAsyncImageProvider>

namespace atrium::models {
class MediaController;
}

// "image://atrium-media/ID": images of file messages for QML, fetched and
// decoded by the MediaController (on its thread, with its session's media
// layer). IDs come from MediaController::imageSource.
class MediaImageProvider : public QQuickAsyncImageProvider
{
public:
    explicit MediaImageProvider(atrium::models::MediaController *media) : m_media(media) {}

    QQuickImageResponse *requestImageResponse(const QString &id,
                                              const QSize &requestedSize) override;

private:
    atrium::models::MediaController *m_media;
};
