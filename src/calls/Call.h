#pragma once

#include "CallMedia.h"
#include "IceCandidate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace atrium::calls {

// One 1:1 call of the Matrix VoIP module (call version "1"): its signalling
// state machine on top of a CallMedia. It sends its events through the
// function CallManager gives it and is fed the events of its call_id.
class Call : public QObject
{
    Q_OBJECT
public:
    enum class Direction
    {
        Outgoing,
        Incoming
    };
    Q_ENUM(Direction)
    enum class State
    {
        Preparing,  // outgoing: creating the offer
        Inviting,   // outgoing: invite sent, waiting for an answer
        Ringing,    // incoming: waiting for the user
        Connecting, // answer given or taken; media connecting
        Connected,
        Ended // see endReason()
    };
    Q_ENUM(State)

    using Send = std::function<void(const QString &type, const QJsonObject &content)>;
    using MediaFactory = std::function<CallMedia *(QObject *parent)>;

    struct Setup
    {
        QString callId;
        QString roomId;
        QString ownUserId;
        QString partyId; // ours
        QString remoteUserId;
        Direction direction = Direction::Outgoing;
        int lifetimeMs = 60'000;
        int candidateBatchMs = 200;
        // Mute and camera changes within this time go out as one
        // m.call.sdp_stream_metadata_changed (or none, when they cancel out).
        int metadataBatchMs = 300;
        // Connecting for longer fails the call as ice_failed: no path was
        // found, or the other side's candidates never came (ICE alone would
        // wait for them for ever).
        int connectTimeoutMs = 30'000;
        Send send;
        MediaFactory createMedia;
    };

    explicit Call(const Setup &setup, QObject *parent = nullptr);
    ~Call() override;

    // Outgoing: builds the media and sends the invite once the offer is made.
    void start(bool video);
    // Incoming, from the invite's content; ringing for `remainingMs` more.
    void ring(const QJsonObject &invite, qint64 remainingMs);
    // Incoming and ringing: answers, sending video if asked and offered.
    void answer(bool video);
    // Incoming and ringing: declines it on every device of ours (m.call.reject).
    void reject();
    // Ends the call (m.call.hangup) whatever its state; an incoming call
    // still ringing is rejected instead.
    void hangUp(const QString &reason = QStringLiteral("user_hangup"));
    // Ends it here without telling anyone (glare: the other call wins).
    void abandon(const QString &reason);
    // Both tell the other side (m.call.sdp_stream_metadata_changed) once the
    // invite or answer, which carries the state at its time, has gone out.
    void setMicrophoneMuted(bool muted);
    bool isMicrophoneMuted() const;
    // Stops (or resumes) sending our camera; only for a call that sends video.
    void setCameraEnabled(bool enabled);
    // A voice call (or one answered without video) starts sending our
    // camera: an m.call.negotiate offer adding it. Like a hold, only while
    // connected and one change at a time; returns whether it was started.
    bool startVideo();
    bool canStartVideo() const { return !m_video && canChangeScreenSharing(); }
    // Whether our camera is seen: we send video and it is not turned off.
    bool isCameraEnabled() const { return m_video && m_cameraEnabled; }
    // What the other side says of its stream (sdp_stream_metadata of its
    // invite, answer or later changes): microphone muted, camera off or absent.
    bool remoteAudioMuted() const { return m_remoteAudioMuted; }
    bool remoteVideoMuted() const { return m_remoteVideoMuted; }
    // The other side shares its screen: its metadata names a stream with
    // the m.screenshare purpose (the media delivers it apart, as its screen).
    bool isRemoteSharing() const { return m_remoteSharing; }
    // The other side put us on hold: its last offer (m.call.negotiate) sends
    // nothing (every media section sendonly or inactive).
    bool isOnHold() const { return m_onHold; }
    // We put the other side on hold (or take it off): an m.call.negotiate
    // offer in which we neither receive nor send. Only while connected, one
    // change at a time; returns whether it was started.
    bool setHolding(bool holding);
    bool isHolding() const { return m_holding; }
    // Whether setHolding() can start a change now (none awaits its answer):
    // holdChanged() says when this (or the hold) changed.
    bool canChangeHold() const { return m_state == State::Connected && !m_offerOpen; }
    // Shares our screen as a second video stream (m.screenshare in our
    // sdp_stream_metadata), or stops: an m.call.negotiate offer. Like a hold,
    // only while connected and one change at a time, and not while holding;
    // returns whether it was started (false too when the media cannot).
    bool setScreenSharing(bool sharing, const ScreenSource &source = {});
    // Stops the share now, or once the change under way is settled (what
    // is shared went away: the desktop ended it).
    void stopScreenSharing();
    bool isScreenSharing() const { return m_media && m_media->isScreenSharing(); }
    bool canChangeScreenSharing() const { return canChangeHold() && !m_holding; }

    // One m.call.* event of this call from the room (not our own echo).
    void handleEvent(const QString &type, const QString &sender, const QJsonObject &content);

    QString callId() const { return m_setup.callId; }
    QString roomId() const { return m_setup.roomId; }
    // Empty for an outgoing call to anyone in the room until someone answers.
    QString remoteUserId() const { return m_setup.remoteUserId; }
    QString remotePartyId() const { return m_remotePartyId; }
    QString partyId() const { return m_setup.partyId; }
    Direction direction() const { return m_setup.direction; }
    State state() const { return m_state; }
    bool isEnded() const { return m_state == State::Ended; }
    bool offersVideo() const { return m_remoteOfferHasVideo; }
    // Whether we send video (asked for in start() or answer()).
    bool sendsVideo() const { return m_video; }
    // Why it ended: a hangup reason of the spec (user_hangup, invite_timeout,
    // ice_failed, user_busy, …) or rejected, answered_elsewhere, replaced.
    QString endReason() const { return m_endReason; }
    // Whether the other side ended it (their hangup or reject).
    bool endedRemotely() const { return m_endedRemotely; }
    QDateTime connectedAt() const { return m_connectedAt; }
    CallMedia *media() const { return m_media; }

signals:
    void stateChanged(atrium::calls::Call::State state);
    void ended(const QString &reason);
    void remoteMuteChanged();
    void remoteSharingChanged();
    // isOnHold(), isHolding() or canChangeHold() changed.
    void holdChanged();
    // isScreenSharing() or canChangeScreenSharing() changed; `error` says
    // why a share stopped on its own (the screen could not be captured).
    void screenSharingChanged(const QString &error = {});
    // Our change (hold, screen share, camera) went unanswered for its
    // lifetime: the other side may not have taken it (its client may not
    // renegotiate). Further changes can be made.
    void offerUnanswered();

private:
    void createMedia();
    void localDescription(const QString &type, const QString &sdp);
    void addStreamMetadata(QJsonObject &content);
    QJsonObject streamMetadata() const;
    void scheduleMetadataUpdate();
    void sendMetadataUpdate();
    void readStreamMetadata(const QJsonObject &content);
    void screenCaptureFailed(const QString &reason);
    void localCandidate(const IceCandidate &candidate);
    void flushCandidates();
    void mediaStateChanged();
    void mediaFailed(const QString &reason, CallMedia::Failure failure);
    void handleAnswer(const QString &sender, const QJsonObject &content);
    void handleCandidates(const QString &sender, const QJsonObject &content);
    void handleSelectAnswer(const QJsonObject &content);
    void handleNegotiate(const QJsonObject &content);
    // A renegotiation offer of ours (hold, screen share, video) went out:
    // the next change waits for its answer (or its lifetime).
    void offerStarted();
    void offerSettled();
    void send(const QString &type, QJsonObject content);
    void end(const QString &reason, bool remote);
    void setState(State state);
    bool isRemoteUser(const QString &sender) const;
    bool fromOpponent(const QString &sender, const QString &partyId) const;

    Setup m_setup;
    State m_state;
    QPointer<CallMedia> m_media;
    QString m_remotePartyId; // empty until an answer is chosen (outgoing)
    QString m_remoteOffer;
    bool m_remoteOfferHasVideo = false;
    bool m_video = false;
    bool m_descriptionSent = false;
    QList<IceCandidate> m_localCandidates;                  // gathered, not yet sent
    QHash<QString, QList<IceCandidate>> m_remoteCandidates; // by party, before one is chosen
    QTimer m_lifetimeTimer;
    QTimer m_connectTimer;
    QTimer m_candidateTimer;
    QTimer m_metadataTimer;
    bool m_cameraEnabled = true;
    // The mute state the other side was last told (invite, answer or change).
    bool m_toldAudioMuted = false;
    bool m_toldVideoMuted = false;
    bool m_remoteAudioMuted = false;
    bool m_remoteVideoMuted = false;
    bool m_remoteSharing = false;
    QHash<QString, QString> m_remotePurposes; // their stream id → purpose
    // The share stopped on its own while an offer was open: it stops once
    // that is settled.
    bool m_stopSharingWhenSettled = false;
    bool m_onHold = false;
    bool m_holding = false;
    // Our m.call.negotiate offer awaits its answer (for its lifetime at most).
    bool m_offerOpen = false;
    QTimer m_offerTimer;
    QString m_endReason;
    bool m_endedRemotely = false;
    QDateTime m_connectedAt;
};

} // namespace atrium::calls
