#pragma once

#include <QString>
#include <optional>

namespace atrium::matrix {

// A content URI, mxc://<server-name>/<media-id>. Both parts are checked
// against the spec's grammar, so they are safe in a URL path and as a
// file name in the media cache.
struct MxcUri
{
    QString serverName;
    QString mediaId;

    QString toString() const { return QStringLiteral("mxc://%1/%2").arg(serverName, mediaId); }
    static std::optional<MxcUri> parse(const QString &uri);
};

} // namespace atrium::matrix
