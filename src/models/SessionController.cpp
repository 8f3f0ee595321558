#include "SessionController.h"

#include "AsyncResult.h"
#include "CallAlert.h"
#include "Pills.h"
#include "RoomListModel.h"
#include "TimelineModel.h"
#include "calls/CallManager.h"
#include "calls/Ringtone.h"
#include "matrix/Requests.h"
#include "store/RoomStore.h"
#include "store/SecretStore.h"
#include "store/StoreThread.h"
#include "sync/AccountRecord.h"
#include "sync/AccountSecrets.h"
#include "sync/SendQueue.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>

namespace atrium::models {

SessionController::SessionController(const QString &dataDir, bool noKeychain, QObject *parent)
    : QObject(parent)
{
    auto secrets = sync::AccountSecrets::forDataDir(dataDir, noKeychain);
    m_secrets = std::move(secrets.store);
    m_fileSecrets = secrets.inFile;
    m_session = std::make_unique<sync::Session>(dataDir, m_secrets.get(), m_fileSecrets);
    m_roomList = new RoomListModel(m_session.get(), this);
    m_timeline = new TimelineModel(m_session.get(), this);
    m_media = new MediaController(m_session.get(), this);
    m_roomInfo = new RoomInfo(m_session.get(), this);
    m_userDirectory = new UserDirectoryModel(m_session.get(), this);
    m_publicRooms = new PublicRoomsModel(m_session.get(), this);
    m_profile = new OwnProfile(m_session.get(), this);
    m_drafts = new Drafts(m_session.get(), this);
    m_emoji = new EmojiCatalog(this);
    m_security = new SecurityController(m_session.get(), this);
    m_devices = new DevicesController(m_session.get(), this);
    m_verifications = new Verifications(m_session.get(), this);
    m_calls = new CallController(
        [this](const QString &roomId) -> std::optional<CallController::RoomInfo> {
            const store::RoomSummary *room = m_roomList->room(roomId);
            if (!room)
                return std::nullopt;
            return CallController::RoomInfo{room->displayName, room->avatarUrl,
                                            room->joinedCount + room->invitedCount, room->isDirect};
        },
        this);
    // Devices belong to this machine, not the account: kept beside its data.
    m_calls->devices()->setSettingsFile(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    m_emoji->setSettingsFile(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    connect(m_session.get(), &sync::Session::stateChanged, this, &SessionController::updateCalls);
    connect(m_session.get(), &sync::Session::stateChanged, m_profile, &OwnProfile::reload);
    connect(m_session.get(), &sync::Session::stateChanged, m_drafts, &Drafts::followSession);
    // The open room is the one being read.
    connect(m_timeline, &TimelineModel::newestEventChanged, m_session.get(),
            &sync::Session::markRead);
    connect(m_session.get(), &sync::Session::stateChanged, this, [this](sync::Session::State s) {
        if (s == sync::Session::State::Ready || s == sync::Session::State::SigningIn)
            setErrorMessage({});
        emit stateChanged();
    });
    connect(m_session.get(), &sync::Session::failed, this, &SessionController::setErrorMessage);
    connect(m_session.get(), &sync::Session::ready, this, &SessionController::followSync);
    m_notifier = new DesktopNotifier(QDBusConnection::sessionBus(), this);
    new CallAlert(m_calls, m_notifier, new calls::Ringtone(this), this);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString &roomId) {
        const auto *summary = m_roomList->room(roomId);
        emit roomActivated(roomId, summary ? summary->displayName : roomId);
    });
}

void SessionController::updateCalls()
{
    const bool ready = m_session->state() == sync::Session::State::Ready;
    if (ready && !m_callManager) {
        m_callManager = new calls::CallManager(m_session.get(), this);
        m_calls->setManager(m_callManager);
        m_calls->useDeviceMedia(m_callManager->isOnLoopback());
    } else if (!ready && m_callManager &&
               m_session->state() != sync::Session::State::SoftLoggedOut) {
        m_calls->setManager(nullptr);
        delete std::exchange(m_callManager, nullptr);
    }
}

void SessionController::followSync()
{
    connect(m_session->syncEngine(), &sync::SyncEngine::synced, m_profile, &OwnProfile::handleSync,
            Qt::UniqueConnection);
    connect(m_session->syncEngine(), &sync::SyncEngine::synced, m_drafts, &Drafts::forgetLeftRooms,
            Qt::UniqueConnection);
    // A new planner per sign-in: its first sync only records the counts.
    m_notificationPlanner = std::make_unique<NotificationPlanner>(m_session->userId());
    connect(m_session->syncEngine(), &sync::SyncEngine::synced, this,
            &SessionController::notifyAbout, Qt::UniqueConnection);
}

void SessionController::notifyAbout(const sync::SyncChanges &changes)
{
    const auto notifications = m_notificationPlanner->plan(changes);
    // The user is looking at the app: the room list's badges say it all.
    if (QGuiApplication::applicationState() == Qt::ApplicationActive)
        return;
    for (const DesktopNotification &notification : notifications)
        m_notifier->notify(notification);
}

SessionController::~SessionController()
{
    // The models hold the session; they go first. The drafts' last changes
    // are written before the store closes.
    delete m_drafts;
    delete m_publicRooms;
    delete m_profile;
    delete m_userDirectory;
    delete m_roomInfo;
    m_calls->setManager(nullptr);
    delete m_callManager;
    delete m_calls;
    delete m_media;
    delete m_timeline;
    delete m_roomList;
    m_session.reset();
}

QString SessionController::state() const
{
    switch (m_session->state()) {
    case sync::Session::State::LoggedOut:
        return QStringLiteral("loggedOut");
    case sync::Session::State::SigningIn:
        return QStringLiteral("signingIn");
    case sync::Session::State::Restoring:
        return QStringLiteral("restoring");
    case sync::Session::State::Ready:
        return QStringLiteral("ready");
    case sync::Session::State::SoftLoggedOut:
        return QStringLiteral("softLoggedOut");
    case sync::Session::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool SessionController::isBusy() const
{
    const auto s = m_session->state();
    return s == sync::Session::State::SigningIn || s == sync::Session::State::Restoring;
}

QString SessionController::userId() const
{
    return m_session->userId();
}

void SessionController::restore()
{
    m_session->restore();
}

bool SessionController::checkCredentials(const QString &server, const QString &user,
                                         const QString &password)
{
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        setErrorMessage(tr("Enter a user name and a password."));
        return false;
    }
    if (server.trimmed().isEmpty() && !user.trimmed().startsWith(QLatin1Char('@'))) {
        setErrorMessage(tr("Enter a homeserver, or a full user id such as @ann:example.org."));
        return false;
    }
    setErrorMessage({});
    return true;
}

void SessionController::login(const QString &server, const QString &user, const QString &password)
{
    if (checkCredentials(server, user, password))
        m_session->login(server.trimmed(), user.trimmed(), password);
}

void SessionController::registerAccount(const QString &server, const QString &user,
                                        const QString &password)
{
    if (checkCredentials(server, user, password))
        m_session->registerAccount(server.trimmed(), user.trimmed(), password);
}

void SessionController::logout()
{
    m_session->logout();
}

bool SessionController::sendMessage(const QString &roomId, const QString &text,
                                    const QString &replyTo)
{
    if (roomId.isEmpty() || text.trimmed().isEmpty() ||
        m_session->state() != sync::Session::State::Ready)
        return false;
    refuseIfEmpty(roomId, m_session->sendText(roomId, text, replyTo));
    return true;
}

bool SessionController::editMessage(const QString &roomId, const QString &eventId,
                                    const QString &text)
{
    if (roomId.isEmpty() || eventId.isEmpty() || text.trimmed().isEmpty() ||
        m_session->state() != sync::Session::State::Ready)
        return false;
    refuseIfEmpty(roomId, m_session->editText(roomId, eventId, text));
    return true;
}

void SessionController::toggleReaction(const QString &roomId, const QString &eventId,
                                       const QString &key)
{
    if (roomId.isEmpty() || eventId.isEmpty() || key.isEmpty() ||
        m_session->state() != sync::Session::State::Ready)
        return;
    if (roomId == m_timeline->roomId() && m_timeline->hasOwnReaction(eventId, key)) {
        // Still on its way: there is no event to redact yet.
        const QString reaction = m_timeline->ownReaction(eventId, key);
        if (!reaction.isEmpty())
            m_session->redact(roomId, reaction);
        return;
    }
    refuseIfEmpty(roomId, m_session->react(roomId, eventId, key));
}

void SessionController::deleteMessage(const QString &roomId, const QString &eventId)
{
    if (roomId.isEmpty() || eventId.isEmpty() || m_session->state() != sync::Session::State::Ready)
        return;
    m_session->redact(roomId, eventId);
}

void SessionController::setTyping(const QString &roomId, bool typing)
{
    if (roomId.isEmpty() || m_session->state() != sync::Session::State::Ready)
        return;
    m_session->call(matrix::requests::typing(roomId, m_session->userId(), typing, 30'000));
}

void SessionController::retrySend(const QString &transactionId)
{
    if (m_session->sendQueue())
        m_session->sendQueue()->retry(transactionId);
}

void SessionController::discardSend(const QString &transactionId)
{
    if (m_session->sendQueue())
        m_session->sendQueue()->discard(transactionId);
}

void SessionController::acceptInvite(const QString &roomId)
{
    callForRoom(roomId, matrix::requests::join(roomId), tr("Could not join: %1"));
}

void SessionController::declineInvite(const QString &roomId)
{
    callForRoom(roomId, matrix::requests::leave(roomId), tr("Could not decline: %1"));
}

void SessionController::createRoom(const QString &name, const QString &topic, bool isPublic,
                                   bool encrypted)
{
    if (m_session->state() != sync::Session::State::Ready) {
        emit createRoomFailed(tr("You are not signed in."));
        return;
    }
    matrix::requests::NewRoom room;
    room.name = name.trimmed();
    room.topic = topic.trimmed();
    room.isPublic = isPublic;
    room.encrypted = encrypted;
    if (room.name.isEmpty()) {
        emit createRoomFailed(tr("Give the room a name."));
        return;
    }
    onResult(this, m_session->call(matrix::requests::createRoom(room)),
             [this, name = room.name](const matrix::ApiResponse &response) {
                 if (response.error) {
                     emit createRoomFailed(
                         tr("Could not create the room: %1").arg(response.error->describe()));
                     return;
                 }
                 const QString roomId = response.json().value("room_id").toString();
                 whenListed(roomId, [this, roomId, name] { emit roomCreated(roomId, name); });
             });
}

QString SessionController::matrixIdOfLink(const QString &url) const
{
    return Pills::linkedId(url);
}

void SessionController::joinRoom(const QString &address)
{
    const QString target = address.trimmed();
    if (m_session->state() != sync::Session::State::Ready) {
        emit joinRoomFailed(tr("You are not signed in."));
        return;
    }
    const bool wellFormed = (target.startsWith(u'#') || target.startsWith(u'!')) &&
                            target.indexOf(u':') > 1 && !target.endsWith(u':') &&
                            !target.contains(u' ');
    if (!wellFormed) {
        emit joinRoomFailed(
            tr("Enter a room address like #room:example.org, or a room id like !id:example.org."));
        return;
    }
    onResult(this, m_session->call(matrix::requests::join(target)),
             [this, target](const matrix::ApiResponse &response) {
                 if (response.error) {
                     emit joinRoomFailed(
                         tr("Could not join %1: %2").arg(target, response.error->describe()));
                     return;
                 }
                 const QString roomId = response.json().value("room_id").toString();
                 whenListed(roomId, [this, roomId] {
                     const auto *room = m_roomList->room(roomId);
                     emit roomJoined(roomId, room ? room->displayName : roomId);
                 });
             });
}

void SessionController::leaveRoom(const QString &roomId)
{
    callForRoom(roomId, matrix::requests::leave(roomId), tr("Could not leave: %1"));
}

void SessionController::whenListed(const QString &roomId, std::function<void()> then)
{
    const auto listed = [this, roomId] {
        const auto *room = m_roomList->room(roomId);
        return room && room->membership == QLatin1String("join");
    };
    if (roomId.isEmpty() || listed()) {
        then();
        return;
    }
    // One watcher per call, gone with its first success.
    auto *watcher = new QObject(this);
    const auto check = [this, watcher, listed, then] {
        if (!listed())
            return;
        const auto run = then; // the connection owning this lambda goes next
        watcher->deleteLater();
        disconnect(m_roomList, nullptr, watcher, nullptr);
        run();
    };
    connect(m_roomList, &QAbstractItemModel::rowsInserted, watcher, check);
    connect(m_roomList, &QAbstractItemModel::modelReset, watcher, check);
    connect(m_roomList, &QAbstractItemModel::dataChanged, watcher, check);
}

void SessionController::setRoomTag(const QString &roomId, const QString &tag, bool on)
{
    const QString self = m_session->userId();
    if (!on) {
        callForRoom(roomId, matrix::requests::removeTag(self, roomId, tag),
                    tr("Could not change the room's tags: %1"));
        return;
    }
    const QString other = tag == QLatin1String("m.favourite")     ? QStringLiteral("m.lowpriority")
                          : tag == QLatin1String("m.lowpriority") ? QStringLiteral("m.favourite")
                                                                  : QString();
    const auto *room = m_roomList->room(roomId);
    if (!other.isEmpty() && room && room->tags.contains(other))
        callForRoom(roomId, matrix::requests::removeTag(self, roomId, other),
                    tr("Could not change the room's tags: %1"));
    callForRoom(roomId, matrix::requests::setTag(self, roomId, tag),
                tr("Could not change the room's tags: %1"));
}

void SessionController::openDirectChat(const QString &userId)
{
    const QString target = userId.trimmed();
    if (m_session->state() != sync::Session::State::Ready) {
        emit directChatFailed(tr("You are not signed in."));
        return;
    }
    if (!target.startsWith(u'@') || target.indexOf(u':') < 2 || target == m_session->userId()) {
        emit directChatFailed(tr("%1 is not someone you can message.").arg(target));
        return;
    }
    onResult(this, m_session->store()->run([](store::Database &db) {
        return store::RoomStore(db).accountData(QString(), QStringLiteral("m.direct"));
    }),
             [this, target](const QJsonObject &direct) {
                 // The newest joined one, as Element picks it.
                 const QJsonArray rooms = direct.value(target).toArray();
                 const store::RoomSummary *best = nullptr;
                 for (const QJsonValue &value : rooms) {
                     const auto *room = m_roomList->room(value.toString());
                     if (room && room->membership == QLatin1String("join") &&
                         (!best || room->lastEventTs > best->lastEventTs))
                         best = room;
                 }
                 if (best) {
                     emit directChatOpened(best->roomId, best->displayName);
                     return;
                 }
                 createDirectChat(target);
             });
}

void SessionController::createDirectChat(const QString &userId)
{
    matrix::requests::NewRoom room;
    room.isDirect = true;
    room.encrypted = true;
    room.invite = {userId};
    onResult(this, m_session->call(matrix::requests::createRoom(room)),
             [this, userId](const matrix::ApiResponse &response) {
                 if (response.error) {
                     emit directChatFailed(tr("Could not start a chat with %1: %2")
                                               .arg(userId, response.error->describe()));
                     return;
                 }
                 markDirect(userId, response.json().value("room_id").toString());
             });
}

void SessionController::markDirect(const QString &userId, const QString &roomId)
{
    // m.direct as the store has it now, plus the new room.
    onResult(this, m_session->store()->run([](store::Database &db) {
        return store::RoomStore(db).accountData(QString(), QStringLiteral("m.direct"));
    }),
             [this, userId, roomId](QJsonObject direct) {
                 QJsonArray rooms = direct.value(userId).toArray();
                 if (!rooms.contains(roomId))
                     rooms.append(roomId);
                 direct.insert(userId, rooms);
                 const auto request = matrix::requests::setAccountData(
                     m_session->userId(), QStringLiteral("m.direct"), direct);
                 onResult(this, m_session->call(request),
                          [this, userId, roomId](const matrix::ApiResponse &saved) {
                              if (saved.error) {
                                  emit directChatFailed(
                                      tr("The chat with %1 was created but could not be "
                                         "marked as direct: %2")
                                          .arg(userId, saved.error->describe()));
                                  return;
                              }
                              whenListed(roomId, [this, roomId, userId] {
                                  const auto *room = m_roomList->room(roomId);
                                  emit directChatOpened(roomId, room ? room->displayName : userId);
                              });
                          });
             });
}

void SessionController::callForRoom(const QString &roomId, const matrix::ApiRequest &request,
                                    const QString &failure)
{
    if (roomId.isEmpty() || m_session->state() != sync::Session::State::Ready)
        return;
    onResult(this, m_session->call(request),
             [this, roomId, failure](const matrix::ApiResponse &response) {
                 if (response.error)
                     emit roomActionFailed(roomId, failure.arg(response.error->describe()));
             });
}

void SessionController::refuseIfEmpty(const QString &roomId, QFuture<QString> queued)
{
    onResult(this, queued, [this, roomId](const QString &transactionId) {
        if (transactionId.isEmpty())
            emit messageRefused(roomId, tr("Not sent: you are signed out, or the message "
                                           "could not be saved for sending."));
    });
}

void SessionController::setErrorMessage(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace atrium::models
