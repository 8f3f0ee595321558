#pragma once

#include "Call.h"
#include "IceServers.h"
#include "VideoFormat.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace atrium::store {
struct TimelineEvent;
}
namespace atrium::sync {
class Session;
struct SyncChanges;
} // namespace atrium::sync

namespace atrium::calls {

class TurnServers;

// The calls of one Session (Matrix VoIP, call version "1"): places calls,
// turns m.call.* events from sync into Call objects and routes the rest to
// them, resolves glare, rejects a second call as busy, and keeps the
// homeserver's TURN servers. Events go out through the Session's send
// queue, so in an encrypted room they are encrypted like any other.
class CallManager : public QObject
{
    Q_OBJECT
public:
    // What a CallManager needs from its account; tests give their own.
    struct Environment
    {
        QString userId;
        QString partyId; // ours for every call: the device id
        std::function<void(const QString &roomId, const QString &type, const QJsonObject &content)>
            send;
        Call::MediaFactory createMedia;
        std::function<qint64()> nowMs; // wall clock, ms since the epoch
    };

    // Uses `session` once it is ready: its sync, send queue and HTTP client.
    // Media is a WebRtcSession; gathering stays on 127.0.0.1 when the
    // homeserver is on loopback (a test or demo on this machine).
    explicit CallManager(sync::Session *session, QObject *parent = nullptr);
    explicit CallManager(Environment environment, QObject *parent = nullptr);
    ~CallManager() override;

    // Calls `remoteUserId` (the invitee; empty for anyone in the room) in
    // `roomId`. Null when a call is already going on.
    Call *placeCall(const QString &roomId, const QString &remoteUserId, bool video);
    // The call not yet ended, if any (ringing, inviting or in progress).
    Call *activeCall() const;
    QList<Call *> calls() const;

    // One room's new timeline events from one sync batch, in order;
    // `receivedAtMs` is when they arrived (for the invites' age).
    void handleRoomEvents(const QString &roomId, const QList<store::TimelineEvent> &events,
                          qint64 receivedAtMs);
    void handleSync(const sync::SyncChanges &changes);

    // Replaces how media is made (e.g. another video size); calls placed
    // or answered later use it.
    void setMediaFactory(Call::MediaFactory factory) { m_env.createMedia = std::move(factory); }
    // The video codecs, by preference, of the media the session's factory
    // makes (WebRtcSession::Options::videoCodecs).
    void setVideoCodecs(const QList<VideoCodec> &codecs) { m_videoCodecs = codecs; }
    // Whether the homeserver is on this machine (then media stays on 127.0.0.1).
    bool isOnLoopback() const { return m_loopback; }
    IceServers iceServers() const { return m_iceServers; }
    void setIceServers(const IceServers &servers) { m_iceServers = servers; }
    // How long our invites are valid (the spec recommends at least 90 s).
    void setInviteLifetime(int ms) { m_inviteLifetimeMs = ms; }
    // How long gathered candidates wait to be sent together.
    void setCandidateBatchDelay(int ms) { m_candidateBatchMs = ms; }
    // How long a call may take to connect before it fails (ice_failed).
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    // How long mute and camera changes wait to be told together.
    void setMuteChangeDelay(int ms) { m_metadataBatchMs = ms; }
    // Don't ring for invites with less time than this left to answer.
    void setMinimumRingTime(int ms) { m_minimumRingMs = ms; }

    static QString newCallId();

signals:
    // An invite for us rings (after its sync batch was read to the end).
    void incomingCall(atrium::calls::Call *call);
    // Glare: `replaced` was dropped for `by`, which is answered at once.
    void callReplaced(atrium::calls::Call *replaced, atrium::calls::Call *by);
    void callEnded(atrium::calls::Call *call, const QString &reason);

private:
    void attach(sync::Session *session);
    Call *createCall(const QString &callId, const QString &roomId, const QString &remoteUserId,
                     Call::Direction direction);
    // Returns the call now ringing, if this invite rings.
    Call *handleInvite(const QString &roomId, const store::TimelineEvent &event,
                       qint64 receivedAtMs);
    Call *findCall(const QString &callId) const;

    Environment m_env;
    QList<QPointer<Call>> m_calls;
    IceServers m_iceServers;
    TurnServers *m_turn = nullptr;
    bool m_loopback = false;
    QList<VideoCodec> m_videoCodecs; // empty: WebRtcSession's default
    int m_inviteLifetimeMs = 90'000;
    int m_candidateBatchMs = 200;
    int m_connectTimeoutMs = 30'000;
    int m_metadataBatchMs = 300;
    int m_minimumRingMs = 5'000;
};

} // namespace atrium::calls
