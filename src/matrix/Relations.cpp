#include "Relations.h"

#include <QJsonArray>

namespace atrium::matrix {

QJsonObject Relations::reply(QJsonObject message, const QString &parentId,
                             const QString &parentSender, const QString &ownUserId)
{
    message.insert(QStringLiteral("m.relates_to"),
                   QJsonObject{{QStringLiteral("m.in_reply_to"),
                                QJsonObject{{QStringLiteral("event_id"), parentId}}}});
    QJsonObject mentions = message.value(QLatin1String("m.mentions")).toObject();
    if (!parentSender.isEmpty() && parentSender != ownUserId) {
        QJsonArray users = mentions.value(QLatin1String("user_ids")).toArray();
        if (!users.contains(parentSender))
            users.append(parentSender);
        mentions.insert(QStringLiteral("user_ids"), users);
    }
    message.insert(QStringLiteral("m.mentions"), mentions);
    return message;
}

QJsonObject Relations::edit(const QJsonObject &message, const QString &targetId)
{
    QJsonObject content = message;
    content.remove(QStringLiteral("m.relates_to"));
    content.insert(QStringLiteral("body"),
                   QStringLiteral("* ") + message.value(QLatin1String("body")).toString());
    if (message.contains(QLatin1String("formatted_body")))
        content.insert(QStringLiteral("formatted_body"),
                       QStringLiteral("* ") +
                           message.value(QLatin1String("formatted_body")).toString());
    QJsonObject newContent = message;
    newContent.remove(QStringLiteral("m.relates_to"));
    content.insert(QStringLiteral("m.new_content"), newContent);
    content.insert(QStringLiteral("m.relates_to"),
                   QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.replace")},
                               {QStringLiteral("event_id"), targetId}});
    return content;
}

QJsonObject Relations::reaction(const QString &targetId, const QString &key)
{
    return {{QStringLiteral("m.relates_to"),
             QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.annotation")},
                         {QStringLiteral("event_id"), targetId},
                         {QStringLiteral("key"), key}}}};
}

QString Relations::inReplyTo(const QJsonObject &content)
{
    return content.value(QLatin1String("m.relates_to"))
        .toObject()
        .value(QLatin1String("m.in_reply_to"))
        .toObject()
        .value(QLatin1String("event_id"))
        .toString();
}

QString Relations::stripReplyFallback(const QString &body)
{
    // The fallback quotes the parent as "> <@sender> first line", then
    // "> " lines, then a blank line. Anything else is the message itself.
    if (!body.startsWith(QLatin1String("> <")))
        return body;
    const QStringList lines = body.split(QLatin1Char('\n'));
    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).startsWith(QLatin1String(">")))
        ++first;
    if (first >= lines.size() || !lines.at(first).trimmed().isEmpty())
        return body;
    return lines.mid(first + 1).join(QLatin1Char('\n'));
}

} // namespace atrium::matrix
