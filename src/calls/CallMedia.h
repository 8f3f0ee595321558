#pragma once

#include "CallStats.h"
#include "CaptureDevices.h"
#include "IceCandidate.h"
#include "IceServers.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QRect>

namespace atrium::calls {

// Where our shared screen comes from: the X display (ximagesrc), all of it,
// the area of one monitor or one window, unless the desktop portal opened a
// PipeWire stream for it (Wayland; the portal's own picker chose a monitor
// or window). The fd is the portal's connection to PipeWire: it stays the
// portal's, valid while its session is open.
struct ScreenSource
{
    int pipeWireFd = -1;
    quint32 pipeWireNode = 0;
    QRect area;         // in the X display's pixels; empty for the whole display
    quint64 window = 0; // an X window's id: that window, wherever it is

    static ScreenSource pipeWire(int fd, quint32 node)
    {
        ScreenSource source;
        source.pipeWireFd = fd;
        source.pipeWireNode = node;
        return source;
    }
    static ScreenSource x11Area(const QRect &area)
    {
        ScreenSource source;
        source.area = area;
        return source;
    }
    static ScreenSource x11Window(quint64 window)
    {
        ScreenSource source;
        source.window = window;
        return source;
    }
    bool isPipeWire() const { return pipeWireFd >= 0; }
};

// The media half of a call as the signalling sees it: session descriptions
// and ICE candidates out, the remote ones in. WebRtcSession is the real one;
// the state machine's tests use a scripted stand-in.
class CallMedia : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Negotiating, // descriptions being exchanged
        Connecting,  // both descriptions set, ICE checking
        Connected,   // media can flow
        Failed,      // see failed()
        Closed
    };
    Q_ENUM(State)
    // What failed: the media itself (a device, a codec, a description), or
    // the connection to the other side (ICE, or nothing heard any more).
    enum class Failure
    {
        Media,
        Connection
    };
    Q_ENUM(Failure)

    using QObject::QObject;

    virtual void setIceServers(const IceServers &servers) = 0;
    // Starts sending (audio, and video if asked) and emits the offer.
    virtual void createOffer(bool video) = 0;
    // Takes the remote offer and emits the answer; sends video only when
    // `video` is set and the offer has a video stream.
    virtual void acceptOffer(const QString &sdp, bool video) = 0;
    // The answer to our offer: the first one, or to a renegotiation offer
    // the media made (a screen share); any other answer is ignored.
    virtual void setRemoteAnswer(const QString &sdp) = 0;
    // A new offer from the other side once connected (m.call.negotiate, e.g.
    // hold): emits localDescription("answer", …). Media that cannot
    // renegotiate ignores it.
    virtual void answerRenegotiation(const QString &sdp) { Q_UNUSED(sdp); }
    // Puts the other side on hold (or takes it off) once connected: emits a
    // new offer (localDescription("offer", …)) in which we receive nothing,
    // and nothing of ours goes out meanwhile. The other side's answer needs
    // nothing from the media. Returns false when the media cannot do it now.
    virtual bool setHolding(bool holding)
    {
        Q_UNUSED(holding);
        return false;
    }
    // Candidates may arrive before the remote description: they are kept until then.
    virtual void addRemoteCandidates(const QList<IceCandidate> &candidates) = 0;
    virtual void setMicrophoneMuted(bool muted) = 0;
    virtual bool isMicrophoneMuted() const = 0;
    // Stops (or resumes) sending video; media without a camera ignores it.
    virtual void setCameraEnabled(bool enabled) { Q_UNUSED(enabled); }
    virtual bool isCameraEnabled() const { return false; }
    // Starts sending our camera in a call that sent none (a voice call),
    // once connected: emits a new offer adding it (localDescription("offer",
    // …)), whose answer goes to setRemoteAnswer(). False when it cannot now.
    virtual bool addVideo() { return false; }
    // Another microphone or camera (CaptureDevices id, empty: the default),
    // now and for the rest of the call; false when the media cannot.
    virtual bool useDevice(CaptureDevices::Kind kind, const QString &deviceId)
    {
        Q_UNUSED(kind);
        Q_UNUSED(deviceId);
        return false;
    }
    // Starts (or stops) sending our screen as a stream of its own, once
    // connected: emits a new offer (localDescription("offer", …)) that adds
    // it, or turns it off; setRemoteAnswer() then takes the answer. Returns
    // false when the media cannot now (or at all, or nothing to capture).
    virtual bool setScreenSharing(bool sharing, const ScreenSource &source = {})
    {
        Q_UNUSED(sharing);
        Q_UNUSED(source);
        return false;
    }
    // Our last renegotiation offer went unanswered for its lifetime: the
    // media takes changes again (a new offer may follow an unanswered one),
    // and a late answer to it is ignored.
    virtual void abandonOffer() {}
    virtual bool isScreenSharing() const { return false; }
    // The MediaStream id our screen goes out under while sharing, else empty.
    virtual QString screenStreamId() const { return {}; }
    // What each stream of the other side is for (its sdp_stream_metadata:
    // stream id → "m.usermedia" or "m.screenshare"), to tell its screen
    // from its camera.
    virtual void setRemoteStreamPurposes(const QHash<QString, QString> &purposes)
    {
        Q_UNUSED(purposes);
    }
    // Asks how the media is doing: statsUpdated() answers (media without
    // statistics never does).
    virtual void requestStats() {}
    // Stops all media; no signal of the media arrives after it but stateChanged(Closed).
    virtual void close() = 0;
    virtual State state() const = 0;
    // Decoded from the other side: audio frames (20 ms each with Opus) and video frames.
    // The MediaStream id (msid) our audio and video go out under, for the
    // call's sdp_stream_metadata; empty when the media names no stream.
    virtual QString streamId() const { return {}; }
    virtual qint64 audioFramesReceived() const = 0;
    virtual qint64 videoFramesReceived() const = 0;
    // Decoded video of a stream the other side added during the call (its
    // screen share: matrix-js-sdk adds it as a second video stream).
    virtual qint64 screenFramesReceived() const { return 0; }
    // The codec our camera's video goes out in ("VP8", "H264"); empty while
    // we send none.
    virtual QString sentVideoCodec() const { return {}; }
    // The codec of the other side's camera video; empty until it comes.
    virtual QString receivedVideoCodec() const { return {}; }

signals:
    void localDescription(const QString &type, const QString &sdp);
    // An empty candidate ends the list (gathering is complete).
    void localCandidate(const atrium::calls::IceCandidate &candidate);
    void stateChanged(atrium::calls::CallMedia::State state);
    // Negotiation or the connection failed: a reason for people.
    void failed(const QString &reason, atrium::calls::CallMedia::Failure failure);
    // Video for the views, when the media was asked to deliver frames: what
    // the other side sends, decoded, and the preview of our own camera.
    void remoteVideoFrame(const QImage &frame);
    void localVideoFrame(const QImage &frame);
    void remoteScreenFrame(const QImage &frame);
    // Our screen as we share it.
    void localScreenFrame(const QImage &frame);
    void statsUpdated(const atrium::calls::CallStats &stats);
    // The chosen microphone or camera stopped working (unplugged, taken by
    // another program): the default device took its place. `reason` is the
    // device's own error.
    void deviceFailed(atrium::calls::CaptureDevices::Kind kind, const QString &device,
                      const QString &reason);
    // Our screen could not be captured any more (the display went away):
    // nothing of it goes out; the share should be stopped.
    void screenSharingFailed(const QString &reason);
};

} // namespace atrium::calls
