#pragma once

#include "MemberFilterModel.h"
#include "MemberListModel.h"
#include "matrix/PowerLevels.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QVariantMap>

namespace atrium::sync {
class Session;
}
namespace atrium::matrix {
struct ApiRequest;
}

namespace atrium::models {

// One room as its settings dialog, member list, invite dialog and user card
// show it: name, topic, avatar, our notification level (from the account's
// push rules), the members with their power levels, and what our own power
// lets us change. Read from the store when roomId is set and after every
// sync while it stays set; changes go to the server, and come back by sync.
class RoomInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString roomId READ roomId WRITE setRoomId NOTIFY roomIdChanged)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString topic READ topic NOTIFY changed)
    Q_PROPERTY(QString avatarUrl READ avatarUrl NOTIFY changed)
    Q_PROPERTY(int ownPowerLevel READ ownPowerLevel NOTIFY changed)
    // Empty when we may change it, else why not (for the read-only field).
    Q_PROPERTY(QString nameRestriction READ nameRestriction NOTIFY changed)
    Q_PROPERTY(QString topicRestriction READ topicRestriction NOTIFY changed)
    Q_PROPERTY(QString avatarRestriction READ avatarRestriction NOTIFY changed)
    Q_PROPERTY(QString inviteRestriction READ inviteRestriction NOTIFY changed)
    // "all", "mentions" or "mute".
    Q_PROPERTY(QString notificationLevel READ notificationLevel NOTIFY changed)
    Q_PROPERTY(atrium::models::MemberFilterModel *members READ members CONSTANT)
    Q_PROPERTY(int joinedCount READ joinedCount NOTIFY changed)
    // The room's shield (TrustShields::room over its members): "verified"
    // when we verified everyone and all their devices are signed,
    // "warning" when someone we verified has a device they did not sign,
    // else empty.
    Q_PROPERTY(QString shield READ shield NOTIFY shieldChanged)
    // A change on its way to the server, and why the last one failed.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit RoomInfo(sync::Session *session, QObject *parent = nullptr);

    QString roomId() const { return m_roomId; }
    void setRoomId(const QString &roomId);
    QString name() const { return m_name; }
    QString topic() const { return m_topic; }
    QString avatarUrl() const { return m_avatarUrl; }
    int ownPowerLevel() const;
    QString nameRestriction() const { return restriction(QStringLiteral("m.room.name")); }
    QString topicRestriction() const { return restriction(QStringLiteral("m.room.topic")); }
    QString avatarRestriction() const { return restriction(QStringLiteral("m.room.avatar")); }
    QString inviteRestriction() const;
    QString notificationLevel() const { return m_notificationLevel; }
    MemberFilterModel *members() const { return m_filter; }
    MemberListModel *memberList() const { return m_members; }
    int joinedCount() const;
    QString shield() const { return m_shield; }
    bool isBusy() const { return m_pending > 0; }
    QString error() const { return m_error; }

    // Sends what differs from the current name and topic.
    Q_INVOKABLE void save(const QString &name, const QString &topic);
    // Uploads the image at `file` and makes it the room's avatar.
    Q_INVOKABLE void setAvatar(const QUrl &file);
    Q_INVOKABLE void setNotificationLevel(const QString &level);
    Q_INVOKABLE void invite(const QString &userId);
    Q_INVOKABLE void kick(const QString &userId);
    Q_INVOKABLE void setMemberPowerLevel(const QString &userId, int level);
    // For the user card: userId, displayName, avatarUrl, powerLevel,
    // roleName, isMember, canKick, canChangeLevel, maxLevel (the highest level
    // we may give).
    Q_INVOKABLE QVariantMap memberInfo(const QString &userId) const;
    Q_INVOKABLE void clearError();
    // Rooms arrive with their members lazy-loaded: fetches all of them
    // (the member list calls it when it opens).
    Q_INVOKABLE void loadAllMembers();

signals:
    void roomIdChanged();
    void changed();
    void busyChanged();
    void errorChanged();
    void saved();
    void invited(const QString &userId);
    void inviteFailed(const QString &userId, const QString &reason);
    void memberChanged(const QString &userId);
    void shieldChanged();

private:
    struct Snapshot
    {
        QString roomId;
        QString name;
        QString topic;
        QString avatarUrl;
        QJsonObject powerLevels;
        QString creator;
        QJsonObject pushRules;
        QList<MemberListModel::Member> members;
    };
    void watch();
    void reload();
    void reloadRoom(const QString &roomId);
    void apply(const Snapshot &snapshot);
    void loadTrust();
    void setShield(const QString &shield);
    QString restriction(const QString &eventType) const;
    // Runs `requests` one after the other; stops at the first failure, which
    // becomes the error (`failure` with %1 for the server's reason) unless
    // `tolerateNotFound` and the server said M_NOT_FOUND.
    void callInOrder(QList<matrix::ApiRequest> requests, const QString &failure,
                     bool tolerateNotFound, std::function<void()> done = {});
    void setError(const QString &error);
    void setPending(int delta);
    bool ready() const;

    sync::Session *m_session;
    MemberListModel *m_members;
    MemberFilterModel *m_filter;
    QString m_roomId;
    quint64 m_generation = 0;
    QStringList m_trustCheckedFor; // the members whose trust was last looked up
    QString m_name;
    QString m_topic;
    QString m_avatarUrl;
    matrix::PowerLevels m_powerLevels;
    QString m_notificationLevel = QStringLiteral("all");
    QString m_error;
    QString m_shield;
    int m_pending = 0;
};

} // namespace atrium::models
