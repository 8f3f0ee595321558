#pragma once

#include <QString>

namespace atrium::matrix {

// Helpers for the spec's identifier grammar (@user:server, !room:server, #alias:server).
class MatrixId
{
public:
    static bool isUserId(const QString &id);
    static bool isRoomId(const QString &id)
    {
        return id.startsWith(QLatin1Char('!')) && id.contains(QLatin1Char(':'));
    }
    static bool isRoomAlias(const QString &id)
    {
        return id.startsWith(QLatin1Char('#')) && id.contains(QLatin1Char(':'));
    }
    static QString localpart(const QString &id);
    static QString serverName(const QString &id);
    // "alice" on server "example.org" → "@alice:example.org"; full ids pass through.
    static QString qualifyUser(const QString &userOrLocalpart, const QString &serverName);
};

} // namespace atrium::matrix
