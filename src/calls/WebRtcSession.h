#pragma once

#include "CallMedia.h"
#include "CaptureDevices.h"
#include "VideoFormat.h"

#include <QList>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <mutex>

// GStreamer types, kept out of the header: its users need no GStreamer includes.
typedef struct _GstElement GstElement;
typedef struct _GstObject GstObject;
typedef struct _GstPad GstPad;
typedef struct _GstPromise GstPromise;
typedef struct _GstWebRTCRTPTransceiver GstWebRTCRTPTransceiver;

namespace atrium::calls {

// One call's media: a GStreamer pipeline around webrtcbin sending Opus audio
// (and VP8 or H264 video) and decoding what the other side sends. webrtcbin answers
// on its own streaming threads; everything is handed to this object's
// thread (queued) before a signal is emitted, so users stay on the GUI thread.
//
// Sources are the test ones (audiotestsrc, videotestsrc) or the system's
// default devices; decoded frames are counted, and on request handed out as
// images (remote video, local preview) and the audio played.
class WebRtcSession : public CallMedia
{
    Q_OBJECT
public:
    enum class Sources
    {
        Test,   // a tone and a moving pattern: tests and atrium-cli
        Devices // the default microphone and camera
    };
    struct Options
    {
        Sources sources = Sources::Test;
        // Gather candidates on 127.0.0.1 only: libnice skips the loopback
        // interface otherwise, and tests must never leave the machine.
        bool loopbackOnly = false;
        int videoWidth = 320;
        int videoHeight = 240;
        int videoFramerate = 15;
        // Our screen, when shared: scaled into this size (bordered to keep
        // its shape) at this rate.
        int screenWidth = 1280;
        int screenHeight = 720;
        int screenFramerate = 10;
        // Test sources: videotestsrc's pattern ("ball", "smpte", …).
        QString testPattern = QStringLiteral("ball");
        // Devices only: no microphone, so send silence (the other side
        // still gets an audio stream and can be heard).
        bool silentMicrophone = false;
        // Emit remoteVideoFrame/localVideoFrame (RGBA images) for the views.
        bool deliverVideoFrames = false;
        // Play the decoded audio on the system's output (autoaudiosink).
        bool playAudio = false;
        // Capture devices to use (CaptureDevices ids); empty, or gone: the
        // default of `sources`.
        QString microphone;
        QString camera;
        // Once connected, the connection counts as lost when nothing (no
        // media, no RTCP report) has come from the other side for this long.
        // RTCP alone arrives every few seconds, also while both are muted.
        int peerSilenceMs = 15'000;
        // Video codecs by preference: we offer the first this system has,
        // and answer with the first of them the offer has.
        QList<VideoCodec> videoCodecs = {VideoCodec::VP8, VideoCodec::H264};
    };
    struct Devices
    {
        bool microphone = false;
        bool camera = false;
    };

    explicit WebRtcSession(const Options &options, QObject *parent = nullptr);
    ~WebRtcSession() override;

    // GStreamer elements a call needs that are not installed, with the
    // Debian package holding each ("opusenc (gstreamer1.0-plugins-base)");
    // empty when calls can work. Initialises GStreamer.
    static QStringList missingPlugins(bool video = true);
    // Those the system's own microphone, camera and speakers need besides
    // (Sources::Devices, playAudio), in the same form.
    static QStringList missingDevicePlugins();
    // Which capture devices the system has (GstDeviceMonitor). Initialises GStreamer.
    static Devices availableDevices();
    // How this system's screen is shared with device sources: read off the
    // X display, or (Wayland, where no application may read the screen)
    // from a PipeWire stream the desktop portal opens. ATRIUM_SCREEN_CAPTURE
    // ("x11" or "portal") overrides the choice.
    enum class ScreenCapture
    {
        X11,
        PipeWire,
        MissingXImageSrc,  // X11 without ximagesrc (gstreamer1.0-plugins-good)
        MissingPipeWireSrc // Wayland without pipewiresrc (gstreamer1.0-pipewire)
    };
    static ScreenCapture screenCapture();
    // The gst-launch description of ximagesrc reading the source's area or
    // window of the X display (its whole when neither).
    static QString x11ScreenDescription(const ScreenSource &source);

    void setIceServers(const IceServers &servers) override;
    void createOffer(bool video) override;
    void acceptOffer(const QString &sdp, bool video) override;
    void setRemoteAnswer(const QString &sdp) override;
    void answerRenegotiation(const QString &sdp) override;
    bool setHolding(bool holding) override;
    bool isHolding() const { return m_holding; }
    void addRemoteCandidates(const QList<IceCandidate> &candidates) override;
    void setMicrophoneMuted(bool muted) override;
    bool isMicrophoneMuted() const override { return m_muted; }
    void close() override;
    State state() const override { return m_state; }
    qint64 audioFramesReceived() const override { return m_audioFrames.load(); }
    qint64 videoFramesReceived() const override { return m_videoFrames.load(); }
    qint64 screenFramesReceived() const override { return m_screenFrames.load(); }
    bool isSendingVideo() const { return m_sendingVideo; }
    QString sentVideoCodec() const override
    {
        return m_sendingVideo ? m_videoFormat.name() : QString();
    }
    QString receivedVideoCodec() const override { return m_receivedVideoCodec; }
    // Takes its input from another microphone or camera (empty id: the
    // default), also during the call; false when that source cannot be made.
    bool useDevice(CaptureDevices::Kind kind, const QString &deviceId) override;
    // The device captured from now (empty: the default, or none yet).
    QString sourceDevice(CaptureDevices::Kind kind) const
    {
        return m_sourceDevices[kind == CaptureDevices::Kind::Camera ? 1 : 0];
    }
    void setCameraEnabled(bool enabled) override;
    bool addVideo() override;
    bool isCameraEnabled() const override { return m_sendingVideo && m_cameraEnabled; }
    void requestStats() override;
    QString streamId() const override { return m_streamId; }
    bool setScreenSharing(bool sharing, const ScreenSource &source = {}) override;
    void abandonOffer() override { m_awaitingAnswer = false; }
    bool isScreenSharing() const override { return m_screenTransceiver != nullptr; }
    QString screenStreamId() const override
    {
        return isScreenSharing() ? m_screenStreamId : QString();
    }
    void setRemoteStreamPurposes(const QHash<QString, QString> &purposes) override;

private:
    struct Callbacks;
    friend struct Callbacks;

    bool buildPipeline(bool video, int opusPayload, const VideoFormat &videoFormat);
    // A source for the device `device` of `kind` (empty: the default);
    // `device` is emptied when that device is gone and the default is made.
    GstElement *makeSource(CaptureDevices::Kind kind, QString &device) const;
    bool linkSource(CaptureDevices::Kind kind, const QString &device);
    void busError(GstObject *origin, const QString &text);
    // The screen's capture chain, linked to a new sendonly section; false
    // when the screen cannot be captured.
    bool startScreen(const ScreenSource &source);
    // Turns the screen's section inactive and takes its chain out.
    void stopScreen();
    // Stops an element of the pipeline and takes it out.
    void removeChain(GstElement *element);
    QString screenSourceDescription(const ScreenSource &source) const;
    // A gst-launch description from NAMEin (a converter) to NAMErtp (RTP
    // for webrtcbin), and the branch from its NAMEtee of RGBA frames for our
    // own view (NAMEpreview; empty when frames are not delivered).
    QString videoChain(const QString &name, int width, int height, int framerate,
                       quint32 ssrc) const;
    QString previewBranch(const QString &name) const;
    // The camera's chain, with a new ssrc; cameraChainAdded() once it is
    // in the pipeline (`container`: the pipeline or its bin).
    QString cameraChain();
    void cameraChainAdded(GstElement *container);
    // Links the `rtpElement` of `bin` (in the pipeline) to a new webrtcbin
    // sink pad (a new media section) whose stream is `streamId`; the
    // section's transceiver (a reference), or null.
    GstWebRTCRTPTransceiver *addSection(GstElement *bin, const char *rtpElement,
                                        const QString &streamId);
    void createRenegotiationOffer();
    // Whether a stream webrtcbin gives us (its pad) is the other side's
    // screen: by its stream's purpose, else by coming after its camera.
    bool isRemoteScreen(GstPad *pad) const;
    void nameStream();
    void configureIce();
    void setRemoteDescription(const QString &type, const QString &sdp);
    void remoteDescriptionSet();
    void localDescriptionCreated(const QString &type, const QString &sdp);
    void localCandidateFound(int mLineIndex, const QString &candidate);
    void iceConnectionStateChanged(int state);
    void iceGatheringComplete();
    void heardFromPeer();
    void checkPeerSilence();
    void fail(const QString &reason, Failure failure = Failure::Media);
    void stopPipeline();
    void setState(State state);
    void updateValves();
    // `screen`: the pad comes from a video section the other side added.
    void linkDecodedPad(GstPad *pad, bool screen);
    enum class Frame
    {
        Local,
        Remote,
        RemoteScreen,
        LocalScreen
    };
    // Hands the frames reaching `sink` (a fakesink) to the views as `kind`.
    void deliverFramesOf(GstElement *sink, Frame kind);
    void deliverFrame(Frame kind, const QImage &frame);
    void statsRead(CallStats stats);
    // Runs `f` on this object's thread unless the pipeline was closed meanwhile.
    template <typename F>
    void post(F &&f);

    Options m_options;
    IceServers m_iceServers;
    GstElement *m_pipeline = nullptr;
    GstElement *m_webrtc = nullptr;
    GstElement *m_audioValve = nullptr;
    GstElement *m_videoValve = nullptr;
    // Our screen share's transceiver (sharing: not null) and its chain from
    // the source to RTP (in the pipeline; null once the capture failed).
    // Each share gets a section of its own: webrtcbin cannot turn an
    // inactive one on again.
    GstElement *m_screenBin = nullptr;
    GstWebRTCRTPTransceiver *m_screenTransceiver = nullptr;
    QString m_screenStreamId;
    VideoFormat m_videoFormat;    // what our video sections send
    QString m_receivedVideoCodec; // of the other side's camera, once it came
    // The capture sources linked in (owned by the pipeline), by kind, and
    // the device each captures from (empty: the default).
    GstElement *m_sources[2] = {nullptr, nullptr};
    QString m_sourceDevices[2];
    State m_state = State::Idle;
    bool m_muted = false;
    bool m_sendingVideo = false;
    bool m_cameraEnabled = true;
    bool m_remoteDescriptionSet = false;
    bool m_remoteIsOffer = false; // the remote description being set
    // Our renegotiation offer was applied to webrtcbin and awaits its answer.
    bool m_awaitingAnswer = false;
    bool m_holding = false;
    // Whether our last description lets us send each kind (not recvonly or
    // inactive, as when the other side holds us): webrtcbin does not stop
    // what its sink pads are fed, the valves must.
    bool m_audioAllowed = true;
    bool m_videoAllowed = true;
    quint64 m_sessionVersion = 0; // of the last description we sent (o= line)
    // Our microphone's and camera's RTP ssrc: the sections carrying them
    // are ours to send on (others are the other side's added streams).
    quint32 m_audioSsrc = 0;
    quint32 m_videoSsrc = 0;
    // The first video section, usually both cameras': without metadata
    // naming the other side's streams, a later one carries its screen.
    std::atomic<int> m_firstVideoMLine{-1};
    bool m_gatheringDone = false;
    QList<IceCandidate> m_pendingRemote;
    QStringList m_localMids; // by m-line index
    // The other side's stream id (msid) of each media section, and what its
    // metadata says each stream is for; read on streaming threads.
    mutable std::mutex m_remoteStreamsLock;
    QHash<int, QString> m_remoteStreamByMLine;
    QHash<QString, QString> m_remotePurposes;
    std::optional<CallStats> m_lastStats; // for the bitrate of the next reading
    QString m_streamId;
    std::atomic<quint64> m_generation{0}; // bumped by close(): late posts are dropped
    std::atomic<qint64> m_audioFrames{0};
    std::atomic<qint64> m_videoFrames{0};
    std::atomic<qint64> m_screenFrames{0}; // video of a section the other side added
    // When the other side was last heard (steady clock ms): RTCP reports
    // arrive on a streaming thread, media is seen by the frame counters.
    std::atomic<qint64> m_peerHeardAt{0};
    qint64 m_framesSeen = 0;
    QTimer m_silenceTimer;
    // A frame on its way to the GUI thread: later ones are dropped meanwhile.
    std::atomic<bool> m_framePending[4] = {false, false, false, false}; // by Frame
};

} // namespace atrium::calls
