#pragma once

#include "ApiRequest.h"
#include "MxcUri.h"

// Builders for the content repository. Downloads, thumbnails and the
// config go through the authenticated /_matrix/client/v1/media endpoints
// when the server has them (spec v1.11), else the older /_matrix/media/v3.
namespace atrium::matrix::requests {

ApiRequest mediaConfig(bool authenticatedMedia);
// The body is streamed by HttpClient::upload; `fileName` may be empty.
ApiRequest upload(const QString &contentType, const QString &fileName);
ApiRequest download(const MxcUri &uri, bool authenticatedMedia);
ApiRequest thumbnail(const MxcUri &uri, int width, int height, const QString &method,
                     bool authenticatedMedia);

} // namespace atrium::matrix::requests
