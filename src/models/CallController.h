#pragma once

#include "CallDevices.h"
#include "CallQuality.h"
#include "ShareableScreens.h"
#include "VideoFrameSource.h"
#include "calls/Call.h"
#include "calls/CallManager.h"
#include "calls/CallMedia.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

namespace atrium::models {

class ScreenCastPortal;

// The call of one account as the views see it: who, where, its state and
// duration, mute and camera, why it ended (in words for people), the video
// of both sides, and the actions (call, accept, decline, hang up). Wraps the
// Session's CallManager; one per SessionController.
class CallController : public QObject
{
    Q_OBJECT
    // "idle", "ringing" (incoming, waiting for us), "calling" (outgoing,
    // waiting for them), "connecting", "connected", "ended" (for a moment,
    // with endMessage, then idle again)
    Q_PROPERTY(QString state READ state NOTIFY callChanged)
    // A call not yet ended (the call bar and the in-call view show).
    Q_PROPERTY(bool active READ isActive NOTIFY callChanged)
    Q_PROPERTY(bool incoming READ isIncoming NOTIFY callChanged)
    // A video call: video offered to us, or sent by us.
    Q_PROPERTY(bool video READ isVideo NOTIFY callChanged)
    Q_PROPERTY(QString roomId READ roomId NOTIFY callChanged)
    Q_PROPERTY(QString roomName READ roomName NOTIFY callChanged)
    Q_PROPERTY(QString peerName READ peerName NOTIFY callChanged)
    Q_PROPERTY(QString peerAvatarUrl READ peerAvatarUrl NOTIFY callChanged)
    // Seconds since the call connected; durationText as "3:12".
    Q_PROPERTY(int duration READ duration NOTIFY durationChanged)
    Q_PROPERTY(QString durationText READ durationText NOTIFY durationChanged)
    Q_PROPERTY(bool muted READ isMuted NOTIFY callChanged)
    Q_PROPERTY(bool cameraOn READ isCameraOn NOTIFY callChanged)
    // What the other side says: its microphone muted, its camera off (or
    // not sending video at all).
    Q_PROPERTY(bool remoteAudioMuted READ isRemoteAudioMuted NOTIFY remoteMuteChanged)
    Q_PROPERTY(bool remoteVideoMuted READ isRemoteVideoMuted NOTIFY remoteMuteChanged)
    // The other side shares its screen (remoteScreen has its frames).
    Q_PROPERTY(bool remoteSharing READ isRemoteSharing NOTIFY remoteSharingChanged)
    // The other side put the call on hold (it neither sends nor receives).
    Q_PROPERTY(bool onHold READ isOnHold NOTIFY callChanged)
    // We put the other side on hold (toggleHold); canHold: connected, and
    // no earlier hold or resume still waiting for its answer.
    Q_PROPERTY(bool holding READ isHolding NOTIFY callChanged)
    Q_PROPERTY(bool canHold READ canHold NOTIFY callChanged)
    // We share our screen (toggleScreenShare); canShareScreen: connected,
    // no hold nor other change waiting, and a screen to capture;
    // screenShareUnavailable says why this system cannot share at all.
    Q_PROPERTY(bool sharingScreen READ isSharingScreen NOTIFY callChanged)
    Q_PROPERTY(bool canShareScreen READ canShareScreen NOTIFY callChanged)
    Q_PROPERTY(QString screenShareUnavailable READ screenShareUnavailable NOTIFY callChanged)
    // The desktop portal's picker is open (Wayland): the user chooses what to share.
    Q_PROPERTY(bool choosingScreen READ isChoosingScreen NOTIFY callChanged)
    // Whether we send video in this call (the camera button works).
    Q_PROPERTY(bool canToggleCamera READ canToggleCamera NOTIFY callChanged)
    // A connected call without our video can add it (the camera button
    // turns it on, toggleCamera).
    Q_PROPERTY(bool canStartCamera READ canStartCamera NOTIFY callChanged)
    Q_PROPERTY(QString endMessage READ endMessage NOTIFY callChanged)
    // About our devices for this call, e.g. no camera: audio only.
    Q_PROPERTY(QString notice READ notice NOTIFY callChanged)
    // Why the ringing call cannot be answered here (GStreamer elements
    // missing); empty when it can.
    Q_PROPERTY(QString answerUnavailable READ answerUnavailable NOTIFY callChanged)
    Q_PROPERTY(atrium::models::VideoFrameSource *remoteVideo READ remoteVideo CONSTANT)
    Q_PROPERTY(atrium::models::VideoFrameSource *localVideo READ localVideo CONSTANT)
    Q_PROPERTY(atrium::models::VideoFrameSource *remoteScreen READ remoteScreen CONSTANT)
    // Our screen as we share it.
    Q_PROPERTY(atrium::models::VideoFrameSource *localScreen READ localScreen CONSTANT)
    Q_PROPERTY(atrium::models::CallQuality *quality READ quality CONSTANT)
    // The microphones and cameras to choose from, and the choice.
    Q_PROPERTY(atrium::models::CallDevices *devices READ devices CONSTANT)
    // Bumped when calls become possible or not (sign-in, a call starts).
    Q_PROPERTY(int availability READ availability NOTIFY availabilityChanged)
public:
    struct RoomInfo
    {
        QString name;
        QString avatarUrl; // mxc://
        int members = 0;   // joined and invited, us included
        bool direct = false;
    };
    using RoomLookup = std::function<std::optional<RoomInfo>(const QString &roomId)>;
    // What this machine can capture.
    struct Devices
    {
        bool microphone = true;
        bool camera = true;
    };
    using DeviceProbe = std::function<Devices()>;

    explicit CallController(RoomLookup rooms, QObject *parent = nullptr);
    ~CallController() override;

    // The account's calls (not owned); null while signed out.
    void setManager(calls::CallManager *manager);
    calls::CallManager *manager() const { return m_manager; }
    // Calls placed or answered from now on use WebRtcSession: the system's
    // microphone and camera (test sources with ATRIUM_CALL_TEST_SOURCES=1),
    // sending silence without a microphone and no video without a camera,
    // playing the other side's audio and showing the video of both sides.
    void useDeviceMedia(bool loopbackOnly);
    // Which devices exist, asked before each call; the default says all do.
    void setDeviceProbe(DeviceProbe probe) { m_probe = std::move(probe); }
    // Screens are shared through `portal` (not owned) from now on, whatever
    // the system; by default through the desktop's portal on Wayland only.
    void shareScreensThrough(ScreenCastPortal *portal);
    // How long an ended call stays shown with its message.
    void setEndedLinger(int ms) { m_lingerTimer.setInterval(ms); }

    QString state() const;
    bool isActive() const;
    bool isIncoming() const;
    bool isVideo() const;
    QString roomId() const;
    QString roomName() const;
    QString peerName() const;
    QString peerAvatarUrl() const;
    int duration() const;
    QString durationText() const;
    bool isMuted() const;
    bool isCameraOn() const;
    bool isRemoteAudioMuted() const;
    bool isRemoteVideoMuted() const;
    bool isRemoteSharing() const;
    bool isOnHold() const;
    bool isHolding() const;
    bool canHold() const;
    bool canToggleCamera() const;
    bool canStartCamera() const;
    bool isSharingScreen() const;
    bool canShareScreen() const;
    QString screenShareUnavailable() const;
    bool isChoosingScreen() const;
    QString endMessage() const { return m_endMessage; }
    QString notice() const { return m_notice; }
    QString answerUnavailable() const;
    VideoFrameSource *remoteVideo() const { return m_remoteVideo; }
    VideoFrameSource *localVideo() const { return m_localVideo; }
    VideoFrameSource *remoteScreen() const { return m_remoteScreen; }
    VideoFrameSource *localScreen() const { return m_localScreen; }
    CallQuality *quality() const { return m_quality; }
    CallDevices *devices() const { return m_devices; }
    int availability() const { return m_availability; }
    calls::Call *call() const { return m_call; }

    // Empty when `roomId` can be called now, else why not (for the disabled button).
    Q_INVOKABLE QString unavailableReason(const QString &roomId) const;
    Q_INVOKABLE bool startCall(const QString &roomId, bool video);
    Q_INVOKABLE void accept(bool video);
    Q_INVOKABLE void decline();
    Q_INVOKABLE void hangUp();
    Q_INVOKABLE void toggleMute();
    // Turns our camera off or on; in a call without our video, adds it.
    Q_INVOKABLE void toggleCamera();
    Q_INVOKABLE void toggleHold();
    Q_INVOKABLE void toggleScreenShare();
    // What the user may choose to share ({label, window} each, monitors
    // first) when this system leaves the choice to us: X11, with several
    // monitors or windows listed by the window manager. Empty otherwise:
    // toggleScreenShare() then shares the one screen, or asks the portal.
    Q_INVOKABLE QVariantList screenChoices();
    // Shares the choice at `index` of what screenChoices() last offered.
    Q_INVOKABLE void shareScreenChoice(int index);

    // "3:12", "1:02:03"
    static QString formatDuration(int seconds);

signals:
    void callChanged();
    void durationChanged();
    void availabilityChanged();
    void remoteMuteChanged();
    void remoteSharingChanged();
    // A call for us rings (the window may want to come forward).
    void incomingCall();

private:
    void follow(calls::Call *call);
    void callStateChanged();
    void callEnded(const QString &reason);
    void watchMedia();
    // Watches the devices while a call with device media runs, and moves
    // the media to the device in use when it changes.
    void followDevices();
    void deviceGone(CallDevices::Kind kind, const QString &device, bool unplugged);
    // Probes the devices and words what is missing; whether to send video.
    bool prepareMedia(bool video);
    bool sharesThroughPortal() const;
    ScreenCastPortal *portal();
    void shareScreen(const calls::ScreenSource &source);
    // Closes the portal's session unless a share or a choice needs it.
    void releasePortal();
    void watchPortal();
    // Adds our camera to a call without it, unless there is none.
    void startCamera();
    void clearCall();
    // Why ICE found no way to the other side, as far as we can tell.
    QString iceFailureReason() const;
    // Which GStreamer elements calls need that are missing, worded for the views.
    QString missingElementsText() const;
    QString endText(const QString &reason) const;
    std::optional<RoomInfo> room() const;

    RoomLookup m_rooms;
    DeviceProbe m_probe;
    QPointer<calls::CallManager> m_manager;
    QPointer<calls::Call> m_call;
    bool m_watchingMedia = false;
    bool m_deviceMedia = false;
    bool m_loopbackOnly = false;
    bool m_testSources = false;
    bool m_silentMicrophone = false;
    QString m_mediaError; // the media's own words when it failed
    QString m_endMessage;
    QString m_notice;
    int m_endedSeconds = 0;
    QPointer<QObject> m_watchedMedia;
    int m_availability = 0;
    VideoFrameSource *m_remoteVideo;
    VideoFrameSource *m_localVideo;
    VideoFrameSource *m_remoteScreen;
    VideoFrameSource *m_localScreen;
    CallQuality *m_quality;
    CallDevices *m_devices;
    QList<ShareableScreen> m_screenChoices; // as last offered
    QPointer<ScreenCastPortal> m_portal;
    bool m_portalChosen = false; // by shareScreensThrough()
    QTimer m_durationTimer;
    QTimer m_lingerTimer;
};

} // namespace atrium::models
