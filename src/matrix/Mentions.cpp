#include "Mentions.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace atrium::matrix {

namespace {

// [text](https://matrix.to/#/@user:server), the user id maybe percent-encoded.
const QRegularExpression &userLinkPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\[([^\]\n]*)\]\(https://matrix\.to/#/((?:@|%40)[^)\s/?]+)\))"));
    return pattern;
}

} // namespace

QString Mentions::userLink(const QString &userId)
{
    return QStringLiteral("https://matrix.to/#/") + userId;
}

QStringList Mentions::linkedUsers(const QString &markdown)
{
    QStringList users;
    auto matches = userLinkPattern().globalMatch(markdown);
    while (matches.hasNext()) {
        const QString userId = QUrl::fromPercentEncoding(matches.next().captured(2).toUtf8());
        if (!users.contains(userId))
            users.append(userId);
    }
    return users;
}

QJsonObject Mentions::addTo(QJsonObject content, const QString &markdown)
{
    const QStringList users = linkedUsers(markdown);
    QJsonObject mentions;
    if (!users.isEmpty())
        mentions.insert(QStringLiteral("user_ids"), QJsonArray::fromStringList(users));
    content.insert(QStringLiteral("m.mentions"), mentions);
    QString body = content.value(QLatin1String("body")).toString();
    body.replace(userLinkPattern(), QStringLiteral("\\1"));
    content.insert(QStringLiteral("body"), body);
    return content;
}

} // namespace atrium::matrix
