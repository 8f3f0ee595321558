#include "MediaImageProvider.h"

#include "MediaImageResponse.h"
#include "models/MediaController.h"

#include <QPointer>

QQuickImageResponse *MediaImageProvider::requestImageResponse(const QString &id,
                                                              const QSize &requestedSize)
{
    // Called on Qt Quick's image reader thread: the work happens on the
    // controller's thread, so the response moves there.
    auto *response = new MediaImageResponse;
    response->moveToThread(m_media->thread());
    QPointer<atrium::models::MediaController> media(m_media);
    QMetaObject::invokeMethod(
        response,
        [response, media, id, requestedSize]() {
            if (!media) {
                response->finish({}, QStringLiteral("signed out"));
                return;
            }
            media->requestImage(id, requestedSize, response,
                                [response](const QImage &image, const QString &error) {
                                    response->finish(image, error);
                                });
        },
        Qt::QueuedConnection);
    return response;
}
