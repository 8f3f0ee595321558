#pragma once

#include <QJsonObject>
#include <QString>

namespace atrium::matrix {

// Contents of events that point at another event: replies, edits
// (m.replace) and reactions (m.annotation), as the spec (v1.13) writes them.
class Relations
{
public:
    // `message` (an m.room.message content) as a reply to `parentId`, sent
    // by `parentSender`: the relation, and a mention of the parent's sender
    // unless that is us. No reply fallback (removed from the spec in v1.13).
    static QJsonObject reply(QJsonObject message, const QString &parentId,
                             const QString &parentSender, const QString &ownUserId);
    // An edit of `targetId` whose new content is `message`. The top-level
    // body ("* …") is what clients without edit support show.
    static QJsonObject edit(const QJsonObject &message, const QString &targetId);
    static QJsonObject reaction(const QString &targetId, const QString &key);

    // The event a message replies to, or empty.
    static QString inReplyTo(const QJsonObject &content);
    // A reply's plain-text body without the quoted fallback ("> <@a:b> …"
    // lines and the blank line after them) older clients put first.
    static QString stripReplyFallback(const QString &body);
};

} // namespace atrium::matrix
