#pragma once

#include <QMetaType>
#include <QStringList>
#include <QUrl>

namespace atrium::matrix {

// What discovery learnt about a homeserver: where it is, which spec
// versions it speaks, and the API choices that follow from them.
struct ServerInfo
{
    QUrl baseUrl;
    QStringList versions;

    bool supports(const QString &version) const { return versions.contains(version); }
    // Authenticated media (/_matrix/client/v1/media) arrived with v1.11.
    bool hasAuthenticatedMedia() const { return supports(QStringLiteral("v1.11")); }
};

} // namespace atrium::matrix

Q_DECLARE_METATYPE(atrium::matrix::ServerInfo)
