#include "CallController.h"

#include "ScreenCastPortal.h"
#include "calls/Call.h"
#include "calls/CallManager.h"
#include "calls/CallMedia.h"
#include "calls/WebRtcSession.h"

#include <QDateTime>
#include <QGuiApplication>
#include <algorithm>

namespace atrium::models {

namespace {

constexpr int DefaultLingerMs = 5'000;

bool useTestSources()
{
    return qEnvironmentVariableIntValue("ATRIUM_CALL_TEST_SOURCES") == 1;
}

} // namespace

CallController::CallController(RoomLookup rooms, QObject *parent)
    : QObject(parent), m_rooms(std::move(rooms)), m_remoteVideo(new VideoFrameSource(this)),
      m_localVideo(new VideoFrameSource(this)), m_remoteScreen(new VideoFrameSource(this)),
      m_localScreen(new VideoFrameSource(this)), m_quality(new CallQuality(this)),
      m_devices(new CallDevices(this))
{
    connect(m_devices, &CallDevices::inUseChanged, this,
            [this](CallDevices::Kind kind, const QString &device) {
                if (isActive() && m_call->media())
                    m_call->media()->useDevice(kind, device);
            });
    connect(
        m_devices, &CallDevices::unplugged, this,
        [this](CallDevices::Kind kind, const QString &device) { deviceGone(kind, device, true); });
    connect(this, &CallController::callChanged, this, &CallController::followDevices);
    m_durationTimer.setInterval(1'000);
    connect(&m_durationTimer, &QTimer::timeout, this, &CallController::durationChanged);
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(DefaultLingerMs);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this]() {
        if (m_call && m_call->isEnded())
            clearCall();
    });
}

CallController::~CallController() = default;

void CallController::setManager(calls::CallManager *manager)
{
    if (m_manager == manager)
        return;
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
    clearCall();
    m_manager = manager;
    if (manager) {
        connect(manager, &calls::CallManager::incomingCall, this, [this](calls::Call *call) {
            if (m_call && !m_call->isEnded())
                return; // the manager answers a second call as busy
            follow(call);
            emit incomingCall();
        });
        connect(manager, &calls::CallManager::callReplaced, this,
                [this](calls::Call *, calls::Call *by) { follow(by); });
        connect(manager, &QObject::destroyed, this, [this]() {
            clearCall();
            ++m_availability;
            emit availabilityChanged();
        });
        if (m_deviceMedia)
            useDeviceMedia(m_loopbackOnly);
    }
    ++m_availability;
    emit availabilityChanged();
}

void CallController::useDeviceMedia(bool loopbackOnly)
{
    m_deviceMedia = true;
    // Said at start, not first when a call comes in (the views say it too).
    if (const QString missing = missingElementsText(); !missing.isEmpty())
        qWarning("atrium: %s", qPrintable(missing));
    m_loopbackOnly = loopbackOnly;
    m_testSources = useTestSources();
    if (!m_probe) {
        m_probe = [this]() {
            if (m_testSources)
                return Devices{};
            const auto found = calls::WebRtcSession::availableDevices();
            return Devices{found.microphone, found.camera};
        };
    }
    if (!m_manager)
        return;
    m_manager->setMediaFactory([this](QObject *parent) -> calls::CallMedia * {
        calls::WebRtcSession::Options options;
        options.sources = m_testSources ? calls::WebRtcSession::Sources::Test
                                        : calls::WebRtcSession::Sources::Devices;
        options.loopbackOnly = m_loopbackOnly;
        options.silentMicrophone = m_silentMicrophone;
        options.deliverVideoFrames = true;
        options.playAudio = true;
        options.testPattern = QStringLiteral("smpte"); // reads as video in screenshots
        options.videoWidth = 640;
        options.videoHeight = 480;
        options.microphone = m_devices->chosen(CallDevices::Kind::Microphone);
        options.camera = m_devices->chosen(CallDevices::Kind::Camera);
        return new calls::WebRtcSession(options, parent);
    });
}

QString CallController::state() const
{
    if (!m_call)
        return QStringLiteral("idle");
    switch (m_call->state()) {
    case calls::Call::State::Preparing:
    case calls::Call::State::Inviting:
        return QStringLiteral("calling");
    case calls::Call::State::Ringing:
        return QStringLiteral("ringing");
    case calls::Call::State::Connecting:
        return QStringLiteral("connecting");
    case calls::Call::State::Connected:
        return QStringLiteral("connected");
    case calls::Call::State::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

bool CallController::isActive() const
{
    return m_call && !m_call->isEnded();
}

bool CallController::isIncoming() const
{
    return m_call && m_call->direction() == calls::Call::Direction::Incoming;
}

bool CallController::isVideo() const
{
    return m_call && (m_call->offersVideo() || m_call->sendsVideo());
}

QString CallController::roomId() const
{
    return m_call ? m_call->roomId() : QString();
}

std::optional<CallController::RoomInfo> CallController::room() const
{
    if (!m_call || !m_rooms)
        return std::nullopt;
    return m_rooms(m_call->roomId());
}

QString CallController::roomName() const
{
    const auto info = room();
    return info ? info->name : roomId();
}

QString CallController::peerName() const
{
    if (!m_call)
        return {};
    const auto info = room();
    // A direct chat or a room of two is named after the other person.
    if (info && !info->name.isEmpty() && (info->direct || info->members <= 2))
        return info->name;
    return m_call->remoteUserId().isEmpty() ? roomName() : m_call->remoteUserId();
}

QString CallController::peerAvatarUrl() const
{
    const auto info = room();
    return info ? info->avatarUrl : QString();
}

int CallController::duration() const
{
    if (!m_call || !m_call->connectedAt().isValid())
        return 0;
    if (m_call->isEnded())
        return m_endedSeconds;
    return int(m_call->connectedAt().secsTo(QDateTime::currentDateTimeUtc()));
}

QString CallController::durationText() const
{
    return formatDuration(duration());
}

QString CallController::formatDuration(int seconds)
{
    const int h = seconds / 3600;
    const int m = (seconds / 60) % 60;
    const int s = seconds % 60;
    const QString ss = QStringLiteral("%1").arg(s, 2, 10, QLatin1Char('0'));
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(ss);
    return QStringLiteral("%1:%2").arg(m).arg(ss);
}

bool CallController::isMuted() const
{
    return m_call && m_call->isMicrophoneMuted();
}

bool CallController::isCameraOn() const
{
    return canToggleCamera() && m_call->isCameraEnabled();
}

bool CallController::isRemoteAudioMuted() const
{
    return m_call && !m_call->isEnded() && m_call->remoteAudioMuted();
}

bool CallController::isRemoteVideoMuted() const
{
    return m_call && !m_call->isEnded() && m_call->remoteVideoMuted();
}

bool CallController::isRemoteSharing() const
{
    return m_call && !m_call->isEnded() && m_call->isRemoteSharing();
}

bool CallController::isOnHold() const
{
    return m_call && !m_call->isEnded() && m_call->isOnHold();
}

bool CallController::isHolding() const
{
    return m_call && !m_call->isEnded() && m_call->isHolding();
}

bool CallController::canHold() const
{
    return m_call && m_call->state() == calls::Call::State::Connected && m_call->canChangeHold();
}

bool CallController::canStartCamera() const
{
    return m_call && m_call->state() == calls::Call::State::Connected && m_call->canStartVideo();
}

void CallController::startCamera()
{
    if (m_probe && !m_probe().camera)
        m_notice = tr("No camera found: the other side cannot see you.");
    else if (!m_call->startVideo())
        m_notice = tr("The camera could not be turned on.");
    emit callChanged();
}

bool CallController::isSharingScreen() const
{
    return m_call && !m_call->isEnded() && m_call->isScreenSharing();
}

bool CallController::canShareScreen() const
{
    return m_call && m_call->state() == calls::Call::State::Connected &&
           m_call->canChangeScreenSharing() && !isChoosingScreen() &&
           screenShareUnavailable().isEmpty();
}

QString CallController::screenShareUnavailable() const
{
    if (m_portalChosen || !m_deviceMedia || m_testSources)
        return {};
    using Capture = calls::WebRtcSession::ScreenCapture;
    switch (calls::WebRtcSession::screenCapture()) {
    case Capture::X11:
        return {};
    case Capture::PipeWire: {
        // Asked of the bus once: the views ask on every change of the call.
        static const bool portalRuns = ScreenCastPortal::isAvailable();
        if (portalRuns)
            return {};
        return tr("Screen sharing on Wayland needs the desktop portal "
                  "(xdg-desktop-portal, with the backend for your desktop).");
    }
    case Capture::MissingXImageSrc:
        return tr("Screen sharing needs the GStreamer element ximagesrc "
                  "(gstreamer1.0-plugins-good).");
    case Capture::MissingPipeWireSrc:
        return tr("Screen sharing on Wayland needs the GStreamer element pipewiresrc "
                  "(gstreamer1.0-pipewire).");
    }
    return {};
}

bool CallController::isChoosingScreen() const
{
    return m_portal && m_portal->isChoosing();
}

void CallController::shareScreensThrough(ScreenCastPortal *portal)
{
    if (m_portal && m_portal->parent() == this)
        delete m_portal;
    m_portal = portal;
    m_portalChosen = true;
    watchPortal();
}

bool CallController::sharesThroughPortal() const
{
    return m_portalChosen ||
           (m_deviceMedia && !m_testSources &&
            calls::WebRtcSession::screenCapture() == calls::WebRtcSession::ScreenCapture::PipeWire);
}

ScreenCastPortal *CallController::portal()
{
    if (!m_portal) {
        m_portal = new ScreenCastPortal(QDBusConnection::sessionBus(),
                                        ScreenCastPortal::DesktopService, this);
        watchPortal();
    }
    return m_portal;
}

void CallController::watchPortal()
{
    connect(m_portal, &ScreenCastPortal::ready, this, &CallController::shareScreen);
    connect(m_portal, &ScreenCastPortal::cancelled, this, &CallController::callChanged);
    connect(m_portal, &ScreenCastPortal::failed, this, [this](const QString &reason) {
        m_notice = tr("Screen sharing could not start: %1").arg(reason);
        emit callChanged();
    });
    // The desktop ended the share (its own "stop sharing").
    connect(m_portal, &ScreenCastPortal::closed, this, [this]() {
        if (m_call && m_call->isScreenSharing())
            m_call->stopScreenSharing();
        emit callChanged();
    });
}

void CallController::shareScreen(const calls::ScreenSource &source)
{
    if (m_call && m_call->setScreenSharing(true, source)) {
        emit callChanged();
        return;
    }
    if (m_portal)
        m_portal->close();
    m_notice = tr("Your screen could not be captured.");
    emit callChanged();
}

void CallController::releasePortal()
{
    if (m_portal && !m_portal->isChoosing() && !isSharingScreen())
        m_portal->close();
}

bool CallController::canToggleCamera() const
{
    return m_call && m_call->sendsVideo() && !m_call->isEnded();
}

QString CallController::unavailableReason(const QString &roomId) const
{
    if (!m_manager)
        return tr("Calls are possible once you are signed in.");
    if (isActive())
        return tr("You are already in a call.");
    if (roomId.isEmpty())
        return tr("Open a room to call.");
    const auto info = m_rooms ? m_rooms(roomId) : std::nullopt;
    if (!info)
        return tr("Open a room to call.");
    if (info->members < 2)
        return tr("There is nobody else in this room to call.");
    if (info->members > 2)
        return tr("Calls work in direct chats and rooms of two people.");
    return missingElementsText();
}

QString CallController::missingElementsText() const
{
    if (!m_deviceMedia)
        return {};
    static const QStringList missing =
        calls::WebRtcSession::missingPlugins(true) + calls::WebRtcSession::missingDevicePlugins();
    if (missing.isEmpty())
        return {};
    return tr("Calls need GStreamer elements that are missing: %1")
        .arg(missing.join(QLatin1String(", ")));
}

QString CallController::answerUnavailable() const
{
    return state() == QLatin1String("ringing") ? missingElementsText() : QString();
}

bool CallController::startCall(const QString &roomId, bool video)
{
    if (!unavailableReason(roomId).isEmpty())
        return false;
    const bool sendVideo = prepareMedia(video);
    calls::Call *call = m_manager->placeCall(roomId, {}, sendVideo);
    if (!call)
        return false;
    const QString notice = m_notice;
    follow(call);
    m_notice = notice;
    emit callChanged();
    return true;
}

bool CallController::prepareMedia(bool video)
{
    const Devices devices = m_probe ? m_probe() : Devices{};
    m_silentMicrophone = !devices.microphone;
    m_mediaError.clear();
    if (!devices.microphone && video && !devices.camera)
        m_notice = tr("No microphone or camera found: the other side can neither hear nor "
                      "see you.");
    else if (!devices.microphone)
        m_notice = tr("No microphone found: the other side cannot hear you.");
    else if (video && !devices.camera)
        m_notice = tr("No camera found: the other side cannot see you.");
    else
        m_notice.clear();
    return video && devices.camera;
}

void CallController::accept(bool video)
{
    if (!m_call || m_call->state() != calls::Call::State::Ringing)
        return;
    const bool sendVideo = prepareMedia(video);
    m_call->answer(sendVideo);
    watchMedia();
    emit callChanged();
}

void CallController::decline()
{
    if (m_call && m_call->state() == calls::Call::State::Ringing)
        m_call->reject();
}

void CallController::hangUp()
{
    if (m_call && !m_call->isEnded())
        m_call->hangUp();
}

void CallController::toggleMute()
{
    if (!isActive())
        return;
    m_call->setMicrophoneMuted(!m_call->isMicrophoneMuted());
    emit callChanged();
}

void CallController::toggleHold()
{
    if (canHold())
        m_call->setHolding(!m_call->isHolding());
}

void CallController::toggleScreenShare()
{
    if (!canShareScreen())
        return;
    if (m_call->isScreenSharing())
        m_call->setScreenSharing(false);
    else if (sharesThroughPortal())
        // Its picker first, over our window; ready() shares what was picked.
        portal()->start(ScreenCastPortal::parentWindowOf(QGuiApplication::focusWindow()));
    else
        shareScreen({});
    emit callChanged();
}

QVariantList CallController::screenChoices()
{
    m_screenChoices.clear();
    if (!sharesThroughPortal())
        m_screenChoices = ShareableScreens::list();
    // One screen and no window to choose instead: nothing to ask.
    if (m_screenChoices.size() < 2)
        return {};
    QVariantList choices;
    for (const ShareableScreen &choice : std::as_const(m_screenChoices))
        choices.append(
            QVariantMap{{QStringLiteral("label"), choice.label},
                        {QStringLiteral("window"), choice.kind == ShareableScreen::Kind::Window}});
    return choices;
}

void CallController::shareScreenChoice(int index)
{
    if (!canShareScreen() || m_call->isScreenSharing() || index < 0 ||
        index >= m_screenChoices.size())
        return;
    shareScreen(m_screenChoices.at(index).source);
}

void CallController::toggleCamera()
{
    if (canStartCamera()) {
        startCamera();
        return;
    }
    if (!canToggleCamera())
        return;
    m_call->setCameraEnabled(!m_call->isCameraEnabled());
    if (!m_call->isCameraEnabled())
        m_localVideo->clear();
    emit callChanged();
}

void CallController::follow(calls::Call *call)
{
    clearCall();
    m_call = call;
    connect(call, &calls::Call::stateChanged, this, &CallController::callStateChanged);
    connect(call, &calls::Call::holdChanged, this, &CallController::callChanged);
    connect(call, &calls::Call::screenSharingChanged, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_notice = tr("Screen sharing stopped: your screen could not be captured.");
        if (!isSharingScreen()) {
            m_localScreen->clear();
            releasePortal();
        }
        emit callChanged();
    });
    connect(call, &calls::Call::offerUnanswered, this, [this]() {
        m_notice =
            tr("%1's app did not answer in time: they may not see your change.").arg(peerName());
        emit callChanged();
    });
    connect(call, &calls::Call::remoteMuteChanged, this, [this]() {
        // Their last frame would stay up frozen: the view shows who it is instead.
        if (m_call && m_call->remoteVideoMuted())
            m_remoteVideo->clear();
        emit remoteMuteChanged();
    });
    connect(call, &calls::Call::remoteSharingChanged, this, [this]() {
        if (!isRemoteSharing())
            m_remoteScreen->clear(); // not its last frame, frozen
        emit remoteSharingChanged();
    });
    connect(call, &calls::Call::ended, this, &CallController::callEnded);
    connect(call, &QObject::destroyed, this, &CallController::clearCall);
    watchMedia();
    if (call->isEnded()) {
        // It failed as it started (no media could be made): say so all the same.
        callEnded(call->endReason());
        return;
    }
    if (call->state() == calls::Call::State::Connected)
        m_durationTimer.start();
    emit callChanged();
    emit durationChanged();
    emit remoteMuteChanged();
    emit remoteSharingChanged();
    ++m_availability;
    emit availabilityChanged();
}

void CallController::watchMedia()
{
    calls::CallMedia *media = m_call ? m_call->media() : nullptr;
    if (!media || media == m_watchedMedia)
        return;
    m_watchedMedia = media;
    m_quality->setMedia(media);
    connect(media, &calls::CallMedia::remoteVideoFrame, m_remoteVideo, &VideoFrameSource::setFrame);
    connect(media, &calls::CallMedia::localVideoFrame, m_localVideo, &VideoFrameSource::setFrame);
    connect(media, &calls::CallMedia::remoteScreenFrame, m_remoteScreen,
            &VideoFrameSource::setFrame);
    connect(media, &calls::CallMedia::localScreenFrame, m_localScreen, &VideoFrameSource::setFrame);
    connect(media, &calls::CallMedia::failed, this,
            [this](const QString &reason) { m_mediaError = reason; });
    connect(
        media, &calls::CallMedia::deviceFailed, this,
        [this](CallDevices::Kind kind, const QString &device) { deviceGone(kind, device, false); });
}

void CallController::followDevices()
{
    m_devices->setWatching(m_deviceMedia && isActive());
}

void CallController::deviceGone(CallDevices::Kind kind, const QString &device, bool unplugged)
{
    if (!isActive())
        return;
    const bool camera = kind == CallDevices::Kind::Camera;
    if (unplugged)
        m_notice =
            camera ? tr("%1 was unplugged: the default camera takes its place.").arg(device)
                   : tr("%1 was unplugged: the default microphone takes its place.").arg(device);
    else
        m_notice =
            camera ? tr("%1 stopped working: the default camera takes its place.").arg(device)
                   : tr("%1 stopped working: the default microphone takes its place.").arg(device);
    emit callChanged();
}

void CallController::callStateChanged()
{
    watchMedia();
    if (m_call && m_call->state() == calls::Call::State::Connected)
        m_durationTimer.start();
    emit callChanged();
    emit durationChanged();
}

void CallController::callEnded(const QString &reason)
{
    m_durationTimer.stop();
    if (reason == QLatin1String("replaced"))
        return; // glare: the call that replaced it is followed instead
    if (m_call && m_call->connectedAt().isValid())
        m_endedSeconds = int(m_call->connectedAt().secsTo(QDateTime::currentDateTimeUtc()));
    m_endMessage = endText(reason);
    if (m_portal)
        m_portal->close();
    m_remoteVideo->clear();
    m_remoteScreen->clear();
    m_localScreen->clear();
    m_localVideo->clear();
    m_lingerTimer.start();
    emit callChanged();
    emit durationChanged();
    emit remoteMuteChanged();
    emit remoteSharingChanged();
    ++m_availability;
    emit availabilityChanged();
}

void CallController::clearCall()
{
    m_lingerTimer.stop();
    m_durationTimer.stop();
    if (m_portal)
        m_portal->close(); // its share, or its picker, went with the call
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
    const bool had = !m_call.isNull();
    m_call = nullptr;
    m_watchedMedia = nullptr;
    m_quality->setMedia(nullptr);
    m_endMessage.clear();
    m_notice.clear();
    m_endedSeconds = 0;
    m_remoteVideo->clear();
    m_remoteScreen->clear();
    m_localScreen->clear();
    m_localVideo->clear();
    if (had) {
        emit callChanged();
        emit durationChanged();
        emit remoteMuteChanged();
        emit remoteSharingChanged();
        ++m_availability;
        emit availabilityChanged();
    }
}

QString CallController::iceFailureReason() const
{
    // Without a relay, two networks behind strict NATs or firewalls have no
    // path to each other; with one, even the relay could not be used.
    const QStringList uris = m_manager ? m_manager->iceServers().uris : QStringList();
    const bool relay = std::any_of(uris.cbegin(), uris.cend(), [](const QString &uri) {
        return uri.startsWith(QLatin1String("turn:")) || uri.startsWith(QLatin1String("turns:"));
    });
    return relay ? tr("not even through your server's relay (TURN)")
                 : tr("no direct path, and your server offers no relay (TURN)");
}

QString CallController::endText(const QString &reason) const
{
    if (!m_call)
        return {};
    const bool incoming = isIncoming();
    const bool remote = m_call->endedRemotely();
    const bool connected = m_call->connectedAt().isValid();
    const QString peer = peerName();
    if (reason == QLatin1String("ice_failed"))
        return tr("Call failed: could not connect (%1)").arg(iceFailureReason());
    if (reason == QLatin1String("ice_timeout"))
        return tr("Connection lost · %1").arg(formatDuration(m_endedSeconds));
    if (reason == QLatin1String("user_media_failed"))
        return tr("Call failed: %1")
            .arg(m_mediaError.isEmpty() ? tr("the microphone or camera could not be used")
                                        : m_mediaError);
    if (reason == QLatin1String("answered_elsewhere"))
        return tr("Answered on another device");
    if (reason == QLatin1String("user_busy"))
        return tr("%1 is busy").arg(peer);
    if (reason == QLatin1String("rejected"))
        return remote && !incoming ? tr("%1 declined the call").arg(peer) : tr("Call declined");
    if (reason == QLatin1String("invite_timeout"))
        return incoming ? tr("Missed call") : tr("No answer");
    if (connected)
        return tr("Call ended · %1").arg(formatDuration(m_endedSeconds));
    if (incoming && remote)
        return tr("Missed call");
    if (!incoming && !remote)
        return tr("Call cancelled");
    return tr("Call ended");
}

} // namespace atrium::models
