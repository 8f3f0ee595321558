#pragma once

#include "CallController.h"
#include "DesktopNotifier.h"
#include "DevicesController.h"
#include "Drafts.h"
#include "EmojiCatalog.h"
#include "MediaController.h"
#include "NotificationPlanner.h"
#include "OwnProfile.h"
#include "PublicRoomsModel.h"
#include "RoomInfo.h"
#include "RoomListModel.h"
#include "SecurityController.h"
#include "TimelineModel.h"
#include "UserDirectoryModel.h"
#include "Verifications.h"
#include "sync/Session.h"

#include <QObject>
#include <functional>
#include <memory>

namespace atrium::calls {
class CallManager;
} // namespace atrium::calls
namespace atrium::store {
class SecretStore;
}

namespace atrium::models {

// What the views need of one account: sign-in state, the room list, the
// open room's timeline, and sending. Owns the Session and where its secrets
// live (the OS keychain, or a file in the data directory with
// --no-keychain or when the account was signed in that way).
class SessionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(atrium::models::RoomListModel *roomListModel READ roomListModel CONSTANT)
    Q_PROPERTY(atrium::models::TimelineModel *timelineModel READ timelineModel CONSTANT)
    Q_PROPERTY(atrium::models::MediaController *media READ media CONSTANT)
    // The room the settings, member list and invite views show (they set its roomId).
    Q_PROPERTY(atrium::models::RoomInfo *roomInfo READ roomInfo CONSTANT)
    Q_PROPERTY(atrium::models::UserDirectoryModel *userDirectory READ userDirectory CONSTANT)
    Q_PROPERTY(atrium::models::PublicRoomsModel *publicRooms READ publicRooms CONSTANT)
    // Our own display name and avatar.
    Q_PROPERTY(atrium::models::OwnProfile *profile READ profile CONSTANT)
    Q_PROPERTY(atrium::models::Drafts *drafts READ drafts CONSTANT)
    Q_PROPERTY(atrium::models::EmojiCatalog *emoji READ emoji CONSTANT)
    Q_PROPERTY(atrium::models::CallController *call READ calls CONSTANT)
    Q_PROPERTY(atrium::models::SecurityController *security READ security CONSTANT)
    Q_PROPERTY(atrium::models::DevicesController *devices READ devices CONSTANT)
    Q_PROPERTY(atrium::models::Verifications *verifications READ verifications CONSTANT)
public:
    SessionController(const QString &dataDir, bool noKeychain, QObject *parent = nullptr);
    ~SessionController() override;

    // "loggedOut", "signingIn", "restoring", "ready", "softLoggedOut", "failed"
    QString state() const;
    bool isBusy() const;
    QString userId() const;
    QString errorMessage() const { return m_errorMessage; }
    RoomListModel *roomListModel() const { return m_roomList; }
    TimelineModel *timelineModel() const { return m_timeline; }
    MediaController *media() const { return m_media; }
    RoomInfo *roomInfo() const { return m_roomInfo; }
    UserDirectoryModel *userDirectory() const { return m_userDirectory; }
    PublicRoomsModel *publicRooms() const { return m_publicRooms; }
    OwnProfile *profile() const { return m_profile; }
    Drafts *drafts() const { return m_drafts; }
    EmojiCatalog *emoji() const { return m_emoji; }
    DesktopNotifier *notifier() const { return m_notifier; }
    CallController *calls() const { return m_calls; }
    SecurityController *security() const { return m_security; }
    DevicesController *devices() const { return m_devices; }
    Verifications *verifications() const { return m_verifications; }
    sync::Session *session() const { return m_session.get(); }
    bool usesFileSecrets() const { return m_fileSecrets; }

    // Resumes the saved account, if any (else the state stays loggedOut).
    Q_INVOKABLE void restore();
    Q_INVOKABLE void login(const QString &server, const QString &user, const QString &password);
    // Creates the account on the server (where it allows that) and signs in.
    Q_INVOKABLE void registerAccount(const QString &server, const QString &user,
                                     const QString &password);
    Q_INVOKABLE void logout();
    // Queues `text` (Markdown) for the room; false when there is nothing to send.
    // A reply when `replyTo` names the parent event.
    Q_INVOKABLE bool sendMessage(const QString &roomId, const QString &text,
                                 const QString &replyTo = {});
    // Message actions on the open room's timeline, sent through the outbox.
    Q_INVOKABLE bool editMessage(const QString &roomId, const QString &eventId,
                                 const QString &text);
    // Adds our reaction `key`, or removes it when we reacted so already.
    Q_INVOKABLE void toggleReaction(const QString &roomId, const QString &eventId,
                                    const QString &key);
    Q_INVOKABLE void deleteMessage(const QString &roomId, const QString &eventId);
    // Tells the room's members whether we are typing (best effort). The
    // server forgets it after 30 s: while typing, call again before then.
    Q_INVOKABLE void setTyping(const QString &roomId, bool typing);
    // A failed send: try again, or give it up.
    Q_INVOKABLE void retrySend(const QString &transactionId);
    Q_INVOKABLE void discardSend(const QString &transactionId);
    // Invitations: join the room, or leave it (declining). The room list
    // follows once sync has the new membership; failures come as roomActionFailed.
    Q_INVOKABLE void acceptInvite(const QString &roomId);
    Q_INVOKABLE void declineInvite(const QString &roomId);
    // Rooms from the "New room" dialog. A new or joined room is announced
    // (roomCreated / roomJoined) once it is in the room list, so the view can
    // open it; failures come as createRoomFailed / joinRoomFailed.
    Q_INVOKABLE void createRoom(const QString &name, const QString &topic, bool isPublic,
                                bool encrypted);
    // `address` is an alias (#room:server) or a room id (!id:server).
    Q_INVOKABLE void joinRoom(const QString &address);
    // The user or room a link in a message points to (matrix.to, matrix:), or empty.
    Q_INVOKABLE QString matrixIdOfLink(const QString &url) const;
    // The room leaves the list once sync has the new membership; failures
    // come as roomActionFailed.
    Q_INVOKABLE void leaveRoom(const QString &roomId);
    // Room tags: "m.favourite" and "m.lowpriority" exclude each other (a room
    // is in one section), so setting one removes the other.
    Q_INVOKABLE void setRoomTag(const QString &roomId, const QString &tag, bool on);
    // Opens our direct chat with `userId` (a joined room m.direct lists for
    // them), or creates one: a private, encrypted room that invites them,
    // marked is_direct and added to our m.direct account data. Announced as
    // directChatOpened once it is in the room list; failures as directChatFailed.
    Q_INVOKABLE void openDirectChat(const QString &userId);

signals:
    void stateChanged();
    void errorMessageChanged();
    // The session would not queue a message (signed out, or the store failed).
    void messageRefused(const QString &roomId, const QString &reason);
    void roomActionFailed(const QString &roomId, const QString &reason);
    void roomCreated(const QString &roomId, const QString &name);
    void createRoomFailed(const QString &reason);
    void roomJoined(const QString &roomId, const QString &name);
    void joinRoomFailed(const QString &reason);
    // The user clicked a desktop notification: open the room, raise the window.
    void roomActivated(const QString &roomId, const QString &name);
    void directChatOpened(const QString &roomId, const QString &name);
    void directChatFailed(const QString &reason);

private:
    // On each sign-in: the sync's changes reach the notifications and the profile.
    void followSync();
    // A CallManager for the signed-in account; none while signed out.
    void updateCalls();
    void notifyAbout(const sync::SyncChanges &changes);
    // Says what is missing (in errorMessage) unless a sign-in can be tried.
    bool checkCredentials(const QString &server, const QString &user, const QString &password);
    void setErrorMessage(const QString &message);
    void refuseIfEmpty(const QString &roomId, QFuture<QString> queued);
    // Calls `then` once `roomId` is in the room list (now, or after a sync).
    void whenListed(const QString &roomId, std::function<void()> then);
    void createDirectChat(const QString &userId);
    // Adds `roomId` to our m.direct for `userId`, then announces the chat.
    void markDirect(const QString &userId, const QString &roomId);
    void callForRoom(const QString &roomId, const matrix::ApiRequest &request,
                     const QString &failure);

    bool m_fileSecrets = false;
    std::unique_ptr<store::SecretStore> m_secrets;
    std::unique_ptr<sync::Session> m_session;
    RoomListModel *m_roomList;
    DesktopNotifier *m_notifier;
    std::unique_ptr<NotificationPlanner> m_notificationPlanner;
    TimelineModel *m_timeline;
    MediaController *m_media;
    RoomInfo *m_roomInfo;
    UserDirectoryModel *m_userDirectory;
    PublicRoomsModel *m_publicRooms;
    OwnProfile *m_profile;
    Drafts *m_drafts;
    EmojiCatalog *m_emoji;
    CallController *m_calls;
    SecurityController *m_security;
    DevicesController *m_devices;
    Verifications *m_verifications;
    calls::CallManager *m_callManager = nullptr;
    QString m_errorMessage;
};

} // namespace atrium::models
