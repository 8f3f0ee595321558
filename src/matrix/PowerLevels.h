#pragma once

#include <QJsonObject>
#include <QString>

namespace atrium::matrix {

// A room's m.room.power_levels content, read as the spec says: missing
// fields take their defaults (users_default 0, state_default 50,
// events_default 0, kick/ban/redact 50, invite 0). With no power levels
// event at all, the room's creator has 100 (the caller passes it).
class PowerLevels
{
public:
    explicit PowerLevels(const QJsonObject &content = {}, const QString &creator = {});

    int userLevel(const QString &userId) const;
    // The level needed to send `eventType` as a state event (or a message).
    int stateLevel(const QString &eventType) const;
    int eventLevel(const QString &eventType) const;
    int kickLevel() const { return level("kick", 50); }
    int inviteLevel() const { return level("invite", 0); }
    // The level needed to notify for `key` (only "room", an @room, is defined; 50).
    int notificationLevel(const QString &key) const;

    bool canSetState(const QString &userId, const QString &eventType) const
    {
        return userLevel(userId) >= stateLevel(eventType);
    }
    // Changing someone's level or kicking them also needs more power than theirs.
    bool canKick(const QString &userId, const QString &target) const;
    bool canChangeLevel(const QString &userId, const QString &target) const;

    // The content with `userId` at `level` (the users_default removes the entry).
    QJsonObject withUserLevel(const QString &userId, int level) const;

    const QJsonObject &content() const { return m_content; }

private:
    int level(const char *key, int fallback) const;

    QJsonObject m_content;
    QString m_creator;
};

} // namespace atrium::matrix
