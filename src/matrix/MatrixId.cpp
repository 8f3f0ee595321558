#include "MatrixId.h"

namespace atrium::matrix {

bool MatrixId::isUserId(const QString &id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    return id.startsWith(QLatin1Char('@')) && colon > 1 && colon < id.size() - 1;
}

QString MatrixId::localpart(const QString &id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    return colon < 0 ? id.mid(1) : id.mid(1, colon - 1);
}

QString MatrixId::serverName(const QString &id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : id.mid(colon + 1);
}

QString MatrixId::qualifyUser(const QString &userOrLocalpart, const QString &serverName)
{
    if (isUserId(userOrLocalpart))
        return userOrLocalpart;
    QString local = userOrLocalpart;
    if (local.startsWith(QLatin1Char('@')))
        local.remove(0, 1);
    return QStringLiteral("@%1:%2").arg(local, serverName);
}

} // namespace atrium::matrix
