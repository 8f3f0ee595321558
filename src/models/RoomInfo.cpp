#include "RoomInfo.h"

#include "AsyncResult.h"
#include "AvatarFile.h"
#include "matrix/Requests.h"
#include "matrix/RoomNotificationLevel.h"
#include "media/MediaClient.h"
#include "media/MediaUpload.h"
#include "store/RoomStore.h"
#include "store/StoreThread.h"
#include "sync/EncryptionService.h"
#include "sync/RoomHistory.h"
#include "sync/Session.h"
#include "sync/SyncEngine.h"
#include "sync/VerificationService.h"

namespace atrium::models {

namespace {

const QString PowerLevelsType = QStringLiteral("m.room.power_levels");

} // namespace

RoomInfo::RoomInfo(sync::Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_members(new MemberListModel(this)),
      m_filter(new MemberFilterModel(this))
{
    m_filter->setSourceModel(m_members);
    connect(m_session, &sync::Session::ready, this, &RoomInfo::watch);
    if (ready())
        watch();
}

void RoomInfo::watch()
{
    // A new sync engine and history per sign-in.
    connect(m_session->syncEngine(), &sync::SyncEngine::synced, this, &RoomInfo::reload,
            Qt::UniqueConnection);
    connect(m_session->history(), &sync::RoomHistory::membersLoaded, this, &RoomInfo::reloadRoom,
            Qt::UniqueConnection);
    // Someone verified (and cross-signed), or their devices changed: their
    // badge and the room's shield change.
    if (auto *encryption = m_session->encryption())
        connect(encryption, &sync::EncryptionService::trustChanged, this, &RoomInfo::loadTrust,
                Qt::UniqueConnection);
    reload();
}

void RoomInfo::reloadRoom(const QString &roomId)
{
    if (roomId == m_roomId)
        reload();
}

bool RoomInfo::ready() const
{
    return m_session->state() == sync::Session::State::Ready && m_session->store();
}

void RoomInfo::setRoomId(const QString &roomId)
{
    if (roomId == m_roomId)
        return;
    m_roomId = roomId;
    ++m_generation;
    m_members->clear();
    m_members->setVerifiedUsers({});
    m_members->setUnverifiedDeviceUsers({});
    setShield({});
    m_trustCheckedFor.clear();
    m_name.clear();
    m_topic.clear();
    m_avatarUrl.clear();
    m_powerLevels = matrix::PowerLevels();
    m_notificationLevel = QStringLiteral("all");
    setError({});
    emit roomIdChanged();
    emit changed();
    reload();
}

void RoomInfo::loadAllMembers()
{
    if (!m_roomId.isEmpty() && ready())
        m_session->history()->loadMembers(m_roomId);
}

void RoomInfo::reload()
{
    if (m_roomId.isEmpty() || !ready())
        return;
    const quint64 generation = m_generation;
    onResult(this, m_session->store()->run([roomId = m_roomId](store::Database &db) {
        store::RoomStore rooms(db);
        Snapshot snapshot;
        snapshot.roomId = roomId;
        snapshot.name = rooms.stateContent(roomId, QStringLiteral("m.room.name"))
                            .value(QLatin1String("name"))
                            .toString();
        snapshot.topic = rooms.stateContent(roomId, QStringLiteral("m.room.topic"))
                             .value(QLatin1String("topic"))
                             .toString();
        snapshot.avatarUrl = rooms.stateContent(roomId, QStringLiteral("m.room.avatar"))
                                 .value(QLatin1String("url"))
                                 .toString();
        snapshot.powerLevels = rooms.stateContent(roomId, PowerLevelsType);
        snapshot.creator = rooms.creator(roomId);
        snapshot.pushRules = rooms.accountData(QString(), QStringLiteral("m.push_rules"));
        const auto members = rooms.members(roomId);
        for (auto it = members.begin(); it != members.end(); ++it) {
            if (it->membership != QLatin1String("join") &&
                it->membership != QLatin1String("invite"))
                continue;
            snapshot.members.append({it.key(), it->displayName, it->avatarUrl, it->membership, 0});
        }
        return snapshot;
    }),
             [this, generation](const Snapshot &snapshot) {
                 if (generation == m_generation)
                     apply(snapshot);
             });
}

void RoomInfo::apply(const Snapshot &snapshot)
{
    m_name = snapshot.name;
    m_topic = snapshot.topic;
    m_avatarUrl = snapshot.avatarUrl;
    m_powerLevels = matrix::PowerLevels(snapshot.powerLevels, snapshot.creator);
    m_notificationLevel = matrix::RoomNotificationLevel::name(
        matrix::RoomNotificationLevel::read(snapshot.pushRules, m_roomId));
    QList<MemberListModel::Member> members = snapshot.members;
    for (auto &member : members)
        member.powerLevel = m_powerLevels.userLevel(member.userId);
    m_members->setMembers(members);
    QStringList memberIds;
    for (const auto &member : members)
        memberIds.append(member.userId);
    if (memberIds != m_trustCheckedFor) {
        m_trustCheckedFor = memberIds;
        loadTrust();
    }
    emit changed();
}

void RoomInfo::loadTrust()
{
    if (!m_session->encryption() || m_trustCheckedFor.isEmpty())
        return;
    onResult(
        this, m_session->encryption()->usersTrust(m_trustCheckedFor),
        [this, generation = m_generation](const QHash<QString, crypto::TrustShields::User> &users) {
            if (generation != m_generation)
                return;
            QSet<QString> verified;
            QSet<QString> unverifiedDevice;
            for (auto it = users.begin(); it != users.end(); ++it) {
                if (it->verified)
                    verified.insert(it.key());
                if (it->hasUnverifiedDevice)
                    unverifiedDevice.insert(it.key());
            }
            m_members->setVerifiedUsers(verified);
            m_members->setUnverifiedDeviceUsers(unverifiedDevice);
            switch (crypto::TrustShields::room(users.values())) {
            case crypto::TrustShields::Level::Verified:
                setShield(QStringLiteral("verified"));
                break;
            case crypto::TrustShields::Level::Warning:
                setShield(QStringLiteral("warning"));
                break;
            case crypto::TrustShields::Level::Plain:
                setShield({});
                break;
            }
        });
}

void RoomInfo::setShield(const QString &shield)
{
    if (shield == m_shield)
        return;
    m_shield = shield;
    emit shieldChanged();
}

int RoomInfo::ownPowerLevel() const
{
    return m_powerLevels.userLevel(m_session->userId());
}

int RoomInfo::joinedCount() const
{
    int joined = 0;
    for (int row = 0; row < m_members->rowCount(); ++row)
        joined += m_members->index(row).data(MemberListModel::MembershipRole).toString() ==
                  QLatin1String("join");
    return joined;
}

QString RoomInfo::restriction(const QString &eventType) const
{
    const int needed = m_powerLevels.stateLevel(eventType);
    if (m_roomId.isEmpty() || ownPowerLevel() >= needed)
        return {};
    return tr("Changing this needs power level %1 (%2); yours is %3.")
        .arg(needed)
        .arg(MemberListModel::roleName(needed).isEmpty() ? tr("everyone")
                                                         : MemberListModel::roleName(needed))
        .arg(ownPowerLevel());
}

QString RoomInfo::inviteRestriction() const
{
    const int needed = m_powerLevels.inviteLevel();
    if (m_roomId.isEmpty() || ownPowerLevel() >= needed)
        return {};
    return tr("Inviting needs power level %1; yours is %2.").arg(needed).arg(ownPowerLevel());
}

void RoomInfo::save(const QString &name, const QString &topic)
{
    if (!ready() || m_roomId.isEmpty())
        return;
    setError({});
    QList<matrix::ApiRequest> calls;
    if (name.trimmed() != m_name)
        calls.append(matrix::requests::setState(m_roomId, QStringLiteral("m.room.name"),
                                                {{"name", name.trimmed()}}));
    if (topic.trimmed() != m_topic)
        calls.append(matrix::requests::setState(m_roomId, QStringLiteral("m.room.topic"),
                                                {{"topic", topic.trimmed()}}));
    callInOrder(calls, tr("Could not save the room's settings: %1"), false,
                [this] { emit saved(); });
}

void RoomInfo::setAvatar(const QUrl &file)
{
    if (!ready() || m_roomId.isEmpty())
        return;
    const AvatarFile avatar(file);
    setError(avatar.error());
    if (!avatar.isValid())
        return;
    setPending(1);
    media::MediaUpload *upload =
        m_session->media()->upload(avatar.path(), avatar.mimeType(), avatar.fileName());
    const QString roomId = m_roomId;
    const QString mimeType = avatar.mimeType();
    connect(upload, &media::MediaTransfer::finished, this, [this, upload, roomId, mimeType] {
        upload->deleteLater();
        setPending(-1);
        if (upload->state() != media::MediaTransfer::State::Succeeded) {
            setError(tr("Could not upload the avatar: %1").arg(upload->errorString()));
            return;
        }
        QJsonObject content{{"url", upload->contentUri()},
                            {"info", QJsonObject{{"mimetype", mimeType}}}};
        callInOrder({matrix::requests::setState(roomId, QStringLiteral("m.room.avatar"), content)},
                    tr("Could not change the avatar: %1"), false);
    });
}

void RoomInfo::setNotificationLevel(const QString &level)
{
    if (!ready() || m_roomId.isEmpty() || level == m_notificationLevel)
        return;
    setError({});
    const auto wanted = matrix::RoomNotificationLevel::fromName(level);
    const auto calls = matrix::RoomNotificationLevel::requests(wanted, m_roomId);
    // The choice shows at once; a failure or the next sync corrects it.
    m_notificationLevel = matrix::RoomNotificationLevel::name(wanted);
    emit changed();
    callInOrder(calls, tr("Could not change the notification level: %1"), true);
}

void RoomInfo::invite(const QString &userId)
{
    const QString target = userId.trimmed();
    if (!ready() || m_roomId.isEmpty())
        return;
    if (!target.startsWith(u'@') || target.indexOf(u':') < 2) {
        emit inviteFailed(target, tr("Enter a user id like @ann:example.org."));
        return;
    }
    onResult(this, m_session->call(matrix::requests::invite(m_roomId, target)),
             [this, target](const matrix::ApiResponse &response) {
                 if (response.error) {
                     emit inviteFailed(
                         target,
                         tr("Could not invite %1: %2").arg(target, response.error->describe()));
                     return;
                 }
                 emit invited(target);
             });
}

void RoomInfo::kick(const QString &userId)
{
    if (!ready() || m_roomId.isEmpty())
        return;
    setError({});
    callInOrder({matrix::requests::kick(m_roomId, userId)},
                tr("Could not remove %1: %2").arg(userId, QStringLiteral("%1")), false,
                [this, userId] { emit memberChanged(userId); });
}

void RoomInfo::setMemberPowerLevel(const QString &userId, int level)
{
    if (!ready() || m_roomId.isEmpty())
        return;
    setError({});
    if (level > ownPowerLevel()) {
        setError(tr("You cannot give a level above your own (%1).").arg(ownPowerLevel()));
        return;
    }
    callInOrder({matrix::requests::setState(m_roomId, PowerLevelsType,
                                            m_powerLevels.withUserLevel(userId, level))},
                tr("Could not change the role of %1: %2").arg(userId, QStringLiteral("%1")), false,
                [this, userId] { emit memberChanged(userId); });
}

QVariantMap RoomInfo::memberInfo(const QString &userId) const
{
    const MemberListModel::Member *member = m_members->member(userId);
    const QString self = m_session->userId();
    const int level = m_powerLevels.userLevel(userId);
    return {
        {"userId", userId},
        {"displayName", member && !member->displayName.isEmpty() ? member->displayName : userId},
        {"avatarUrl", member ? member->avatarUrl : QString()},
        {"powerLevel", level},
        {"roleName", MemberListModel::roleName(level)},
        {"isMember", member != nullptr},
        {"isSelf", userId == self},
        {"canKick", member && userId != self && m_powerLevels.canKick(self, userId)},
        {"canChangeLevel", member && userId != self && m_powerLevels.canChangeLevel(self, userId)},
        {"maxLevel", ownPowerLevel()},
    };
}

void RoomInfo::clearError()
{
    setError({});
}

void RoomInfo::callInOrder(QList<matrix::ApiRequest> requests, const QString &failure,
                           bool tolerateNotFound, std::function<void()> done)
{
    if (requests.isEmpty()) {
        if (done)
            done();
        return;
    }
    const matrix::ApiRequest first = requests.takeFirst();
    setPending(1);
    const quint64 generation = m_generation;
    onResult(this, m_session->call(first),
             [this, requests, failure, tolerateNotFound, done,
              generation](const matrix::ApiResponse &response) {
                 setPending(-1);
                 if (response.error && !(tolerateNotFound &&
                                         response.error->errcode == QLatin1String("M_NOT_FOUND"))) {
                     if (generation == m_generation) {
                         setError(failure.arg(response.error->describe()));
                         reload(); // undo what the view showed ahead of the server
                     }
                     return;
                 }
                 callInOrder(requests, failure, tolerateNotFound, done);
             });
}

void RoomInfo::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void RoomInfo::setPending(int delta)
{
    const bool wasBusy = isBusy();
    m_pending += delta;
    if (wasBusy != isBusy())
        emit busyChanged();
}

} // namespace atrium::models
