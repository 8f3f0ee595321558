#include "Mentions.h"

#include "Relations.h"

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

bool containsWord(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return false;
    const QRegularExpression pattern(
        QStringLiteral("(^|\\W)%1($|\\W)").arg(QRegularExpression::escape(word)),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
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

bool Mentions::mentions(const QJsonObject &content, const QString &userId,
                        const QString &displayName)
{
    if (userId.isEmpty())
        return false;
    if (content.contains(QLatin1String("m.mentions"))) {
        const QJsonObject mentions = content.value(QLatin1String("m.mentions")).toObject();
        return mentions.value(QLatin1String("room")).toBool() ||
               mentions.value(QLatin1String("user_ids")).toArray().contains(userId);
    }
    // A reply's quote of our own message is no mention.
    const QString body =
        Relations::stripReplyFallback(content.value(QLatin1String("body")).toString());
    return containsWord(body, userId) || (displayName != userId && containsWord(body, displayName));
}

} // namespace atrium::matrix
