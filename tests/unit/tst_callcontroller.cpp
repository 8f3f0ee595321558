// CallController, the calls as the views see them: a CallManager whose
// events are handed between two devices by the test, with scripted media
// (state transitions, words for the end) or real WebRtcSessions on
// loopback (the remote video reaches the controller's frame source).
#include "FakeCaptureDevices.h"
#include "FakeNotificationService.h"
#include "FakeScreenCastPortal.h"
#include "TestPipeWire.h"
#include "calls/CallManager.h"
#include "calls/CallMedia.h"
#include "calls/WebRtcSession.h"
#include "models/CallAlert.h"
#include "models/CallController.h"
#include "models/DesktopNotifier.h"
#include "models/ScreenCastPortal.h"
#include "store/TimelineEvent.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace atrium::calls;
using atrium::models::CallController;
using atrium::models::CallQuality;
using atrium::models::ScreenCastPortal;
using atrium::store::TimelineEvent;
using atrium::test::FakeScreenCastPortal;

namespace {

const QString Room = QStringLiteral("!dm:example.org");
const QString BigRoom = QStringLiteral("!team:example.org");

class FakeMedia : public CallMedia
{
public:
    using CallMedia::CallMedia;
    void setIceServers(const IceServers &) override {}
    void createOffer(bool video) override
    {
        if (failOffer) {
            emit failed(QStringLiteral("no pipeline"), Failure::Media);
            return;
        }
        sendsVideo = video;
        setState(State::Negotiating);
        emit localDescription(QStringLiteral("offer"),
                              video ? QStringLiteral("v=0\r\nm=audio\r\nm=video\r\n")
                                    : QStringLiteral("v=0\r\nm=audio\r\n"));
    }
    void acceptOffer(const QString &, bool video) override
    {
        sendsVideo = video;
        setState(State::Connecting);
        emit localDescription(QStringLiteral("answer"), QStringLiteral("v=0\r\nm=audio\r\n"));
    }
    void setRemoteAnswer(const QString &) override { setState(State::Connecting); }
    void answerRenegotiation(const QString &) override
    {
        emit localDescription(QStringLiteral("answer"), QStringLiteral("v=0\r\nm=audio\r\n"));
    }
    bool setHolding(bool holding) override
    {
        emit localDescription(QStringLiteral("offer"),
                              holding ? QStringLiteral("v=0\r\nm=audio\r\na=sendonly\r\n")
                                      : QStringLiteral("v=0\r\nm=audio\r\n"));
        return true;
    }
    void addRemoteCandidates(const QList<IceCandidate> &) override {}
    void setMicrophoneMuted(bool m) override { muted = m; }
    bool isMicrophoneMuted() const override { return muted; }
    void setCameraEnabled(bool enabled) override { camera = enabled; }
    bool isCameraEnabled() const override { return camera; }
    QString streamId() const override { return QStringLiteral("fake-stream"); }
    void close() override { setState(State::Closed); }
    void requestStats() override
    {
        ++statsRequests;
        emit statsUpdated(nextStats);
    }
    State state() const override { return m_state; }
    qint64 audioFramesReceived() const override { return 0; }
    qint64 videoFramesReceived() const override { return 0; }
    QString sentVideoCodec() const override { return sentCodec; }
    QString receivedVideoCodec() const override { return receivedCodec; }

    void setState(State state)
    {
        m_state = state;
        emit stateChanged(state);
    }

    bool failOffer = false; // the media fails as the call starts
    bool sendsVideo = false;
    bool muted = false;
    bool camera = true;
    int statsRequests = 0;
    CallStats nextStats;
    QString sentCodec;
    QString receivedCodec;

private:
    State m_state = State::Idle;
};

struct Sent
{
    QString roomId;
    QString type;
    QJsonObject content;
};

// One user's device: a CallManager whose events are recorded for the test to deliver.
struct Device
{
    QString userId;
    QList<Sent> sent;
    qsizetype delivered = 0;
    QList<QPointer<FakeMedia>> media;
    std::unique_ptr<CallManager> manager;
    bool failOffers = false; // the media of calls placed fails at once

    Device(const QString &user, const QString &device, bool realMedia = false) : userId(user)
    {
        CallManager::Environment env;
        env.userId = user;
        env.partyId = device;
        env.send = [this](const QString &roomId, const QString &type, const QJsonObject &content) {
            sent.append({roomId, type, content});
        };
        if (realMedia) {
            env.createMedia = [](QObject *parent) -> CallMedia * {
                WebRtcSession::Options options;
                options.loopbackOnly = true;
                options.deliverVideoFrames = true;
                options.screenWidth = 320;
                options.screenHeight = 180;
                return new WebRtcSession(options, parent);
            };
        } else {
            env.createMedia = [this](QObject *parent) {
                auto *m = new FakeMedia(parent);
                m->failOffer = failOffers;
                media.append(m);
                return m;
            };
        }
        manager = std::make_unique<CallManager>(env);
        manager->setCandidateBatchDelay(20);
        manager->setMuteChangeDelay(20);
        manager->setMinimumRingTime(1'000);
    }

    FakeMedia *lastMedia() const { return media.isEmpty() ? nullptr : media.last().data(); }
};

// Hands what `from` sent since the last delivery to `to` as one sync batch.
void deliver(Device &from, Device &to)
{
    QList<TimelineEvent> events;
    for (; from.delivered < from.sent.size(); ++from.delivered) {
        const Sent &s = from.sent.at(from.delivered);
        static int counter = 0;
        TimelineEvent event;
        event.eventId = QStringLiteral("$c%1").arg(++counter);
        event.type = s.type;
        event.sender = from.userId;
        event.content = s.content;
        event.originServerTs = QDateTime::currentMSecsSinceEpoch();
        event.json = QJsonObject{{"type", s.type},
                                 {"sender", from.userId},
                                 {"event_id", event.eventId},
                                 {"content", s.content},
                                 {"unsigned", QJsonObject{{"age", 0}}}};
        events.append(event);
    }
    if (!events.isEmpty())
        to.manager->handleRoomEvents(Room, events, QDateTime::currentMSecsSinceEpoch());
}

CallController::RoomLookup rooms()
{
    return [](const QString &roomId) -> std::optional<CallController::RoomInfo> {
        if (roomId == Room)
            return CallController::RoomInfo{QStringLiteral("Bob"), {}, 2, true};
        if (roomId == BigRoom)
            return CallController::RoomInfo{QStringLiteral("Team"), {}, 5, false};
        return std::nullopt;
    };
}

// A voice call placed through `controller` by alice and answered by bob
// (connecting: the media is not connected yet).
bool placeAnsweredCall(CallController &controller, Device &alice, Device &bob)
{
    if (!controller.startCall(Room, false))
        return false;
    deliver(alice, bob);
    if (!bob.manager->activeCall())
        return false;
    bob.manager->activeCall()->answer(false);
    deliver(bob, alice);
    return true;
}

// Hands the events both ways every 20 ms, and bob answers when it rings,
// with video unless told otherwise.
void answerWithVideo(QTimer &pump, Device &alice, Device &bob, bool video = true)
{
    QObject::connect(&pump, &QTimer::timeout, [&alice, &bob, video]() {
        deliver(alice, bob);
        if (Call *call = bob.manager->activeCall(); call && call->state() == Call::State::Ringing)
            call->answer(video);
        deliver(bob, alice);
    });
    pump.start(20);
}

// Two real sessions on loopback with a controller each: ours (alice) calls
// theirs (bob), who answers; the events go across every 20 ms.
// The mean lightness (0–255) of `area` of `image`.
double meanGray(const QImage &image, const QRect &area)
{
    double sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            sum += qGray(image.pixel(x, y));
    return sum / double(area.width() * area.height());
}

struct RealCall
{
    Device alice{QStringLiteral("@alice:x"), QStringLiteral("ALICE"), true};
    Device bob{QStringLiteral("@bob:x"), QStringLiteral("BOB"), true};
    CallController ours{rooms()};
    CallController theirs{rooms()};
    QTimer pump;

    RealCall()
    {
        ours.setManager(alice.manager.get());
        theirs.setManager(bob.manager.get());
    }
    ~RealCall()
    {
        ours.hangUp();
        pump.stop();
        deliver(alice, bob);
    }
    // Whether the call (answered with video in a video call) connected within 15 s.
    bool connect(bool video)
    {
        if (!ours.startCall(Room, video))
            return false;
        answerWithVideo(pump, alice, bob, video);
        return QTest::qWaitFor([this]() { return ours.state() == QLatin1String("connected"); },
                               15'000);
    }
};

} // namespace

class TestCallController : public QObject
{
    Q_OBJECT
private slots:
    void onlyRoomsOfTwoCanBeCalled()
    {
        CallController controller(rooms());
        QVERIFY(!controller.unavailableReason(Room).isEmpty()); // no account yet
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        controller.setManager(alice.manager.get());
        QCOMPARE(controller.unavailableReason(Room), QString());
        QVERIFY(!controller.unavailableReason(BigRoom).isEmpty());
        QVERIFY(!controller.unavailableReason(QStringLiteral("!unknown:x")).isEmpty());
        QVERIFY(!controller.startCall(BigRoom, false));
        QCOMPARE(controller.state(), QStringLiteral("idle"));
    }

    void outgoingCallGoesFromCallingToConnectedAndEndsWithItsDuration()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"));
        CallController controller(rooms());
        controller.setManager(alice.manager.get());
        QSignalSpy changed(&controller, &CallController::callChanged);

        QVERIFY(controller.startCall(Room, true));
        QCOMPARE(controller.state(), QStringLiteral("calling"));
        QVERIFY(controller.isActive());
        QVERIFY(!controller.isIncoming());
        QVERIFY(controller.isVideo());
        QCOMPARE(controller.peerName(), QStringLiteral("Bob"));
        QCOMPARE(controller.roomId(), Room);
        QVERIFY(controller.canToggleCamera());
        QVERIFY(controller.isCameraOn());
        QVERIFY(!controller.unavailableReason(Room).isEmpty()); // one call at a time
        QVERIFY(!changed.isEmpty());

        deliver(alice, bob);
        Call *bobsCall = bob.manager->activeCall();
        QVERIFY(bobsCall);
        bobsCall->answer(false);
        deliver(bob, alice);
        QCOMPARE(controller.state(), QStringLiteral("connecting"));
        alice.lastMedia()->setState(CallMedia::State::Connected);
        QCOMPARE(controller.state(), QStringLiteral("connected"));
        QCOMPARE(controller.durationText(), QStringLiteral("0:00"));

        controller.toggleMute();
        QVERIFY(controller.isMuted());
        QVERIFY(alice.lastMedia()->muted);
        controller.toggleCamera();
        QVERIFY(!controller.isCameraOn());
        QVERIFY(!alice.lastMedia()->camera);

        controller.hangUp();
        QCOMPARE(controller.state(), QStringLiteral("ended"));
        QVERIFY(!controller.isActive());
        QCOMPARE(controller.endMessage(), QStringLiteral("Call ended · 0:00"));
        QCOMPARE(alice.sent.last().type, QStringLiteral("m.call.hangup"));
    }

    void theOtherSidesMuteAndCameraReachTheView()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"));
        CallController controller(rooms());
        controller.setManager(alice.manager.get());
        QSignalSpy remoteMute(&controller, &CallController::remoteMuteChanged);
        QVERIFY(controller.startCall(Room, true));
        deliver(alice, bob);
        Call *bobsCall = bob.manager->activeCall();
        QVERIFY(bobsCall);
        bobsCall->answer(true);
        deliver(bob, alice);
        alice.lastMedia()->setState(CallMedia::State::Connected);
        bob.lastMedia()->setState(CallMedia::State::Connected);
        QVERIFY(!controller.isRemoteAudioMuted());
        QVERIFY(!controller.isRemoteVideoMuted());
        controller.remoteVideo()->setFrame(QImage(4, 4, QImage::Format_RGB32));

        remoteMute.clear();
        bobsCall->setMicrophoneMuted(true);
        QTRY_VERIFY(bob.sent.last().type == QStringLiteral("m.call.sdp_stream_metadata_changed"));
        deliver(bob, alice);
        QVERIFY(controller.isRemoteAudioMuted());
        QCOMPARE(remoteMute.size(), 1);
        QVERIFY(controller.remoteVideo()->hasFrame()); // their camera is still on

        bobsCall->setCameraEnabled(false);
        bobsCall->setMicrophoneMuted(false);
        const qsizetype sent = bob.sent.size();
        QTRY_VERIFY(bob.sent.size() > sent);
        deliver(bob, alice);
        QVERIFY(!controller.isRemoteAudioMuted());
        QVERIFY(controller.isRemoteVideoMuted());
        QVERIFY(!controller.remoteVideo()->hasFrame()); // no frozen last frame

        // Our own camera button tells bob too.
        controller.toggleCamera();
        QVERIFY(!controller.isCameraOn());
        QTRY_VERIFY(alice.sent.last().type == QStringLiteral("m.call.sdp_stream_metadata_changed"));
        deliver(alice, bob);
        QVERIFY(bobsCall->remoteVideoMuted());

        controller.hangUp();
        QVERIFY(!controller.isRemoteVideoMuted()); // nothing to show once it ended
    }

    void endedCallIsShownForAMomentThenIdle()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        CallController controller(rooms());
        controller.setEndedLinger(50);
        controller.setManager(alice.manager.get());
        QVERIFY(controller.startCall(Room, false));
        controller.hangUp();
        QCOMPARE(controller.state(), QStringLiteral("ended"));
        QCOMPARE(controller.endMessage(), QStringLiteral("Call cancelled"));
        QTRY_COMPARE(controller.state(), QStringLiteral("idle"));
        QCOMPARE(controller.endMessage(), QString());
        QCOMPARE(controller.unavailableReason(Room), QString());
    }

    void incomingCallRingsAndIsAcceptedWithVideo()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"));
        CallController controller(rooms());
        controller.setManager(alice.manager.get());
        QSignalSpy rings(&controller, &CallController::incomingCall);

        QVERIFY(bob.manager->placeCall(Room, QStringLiteral("@alice:x"), true));
        deliver(bob, alice);
        QCOMPARE(rings.size(), 1);
        QCOMPARE(controller.state(), QStringLiteral("ringing"));
        QVERIFY(controller.isIncoming());
        QVERIFY(controller.isVideo());
        QCOMPARE(controller.peerName(), QStringLiteral("Bob"));

        controller.accept(true);
        QCOMPARE(controller.state(), QStringLiteral("connecting"));
        QVERIFY(alice.lastMedia()->sendsVideo);
        QCOMPARE(alice.sent.first().type, QStringLiteral("m.call.answer"));
    }

    // With the app not in front, a ringing call shows a desktop notification
    // whose Decline declines it; it goes when the call stops ringing.
    void aCallRingingWhileTheUserIsAwayIsNotified()
    {
        atrium::test::FakeNotificationService service;
        QVERIFY(service.isServing());
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"));
        CallController controller(rooms());
        controller.setManager(alice.manager.get());
        atrium::models::DesktopNotifier notifier;
        atrium::models::CallAlert alert(&controller, &notifier, nullptr);
        bool looking = true;
        alert.setUserIsLooking([&looking]() { return looking; });

        // In front: the popup says it, no notification.
        QVERIFY(bob.manager->placeCall(Room, QStringLiteral("@alice:x"), true));
        deliver(bob, alice);
        QCOMPARE(controller.state(), QStringLiteral("ringing"));
        QTest::qWait(100);
        QVERIFY(service.shown.isEmpty());
        controller.decline();
        deliver(alice, bob);

        looking = false;
        QVERIFY(bob.manager->placeCall(Room, QStringLiteral("@alice:x"), true));
        deliver(bob, alice);
        QTRY_COMPARE(service.shown.size(), 1);
        QCOMPARE(service.shown.first().summary, QStringLiteral("Incoming video call"));
        QCOMPARE(service.shown.first().body, QStringLiteral("Bob is calling"));
        QTRY_VERIFY(notifier.isShowing(Room));
        service.click(service.lastId(), QStringLiteral("decline"));
        QTRY_COMPARE(controller.state(), QStringLiteral("ended"));
        QCOMPARE(alice.sent.last().type, QStringLiteral("m.call.reject"));
        QTRY_COMPARE(service.closed.size(), 1);
        deliver(alice, bob);

        // The caller gives up: the bubble goes.
        QVERIFY(bob.manager->placeCall(Room, QStringLiteral("@alice:x"), false));
        deliver(bob, alice);
        QTRY_COMPARE(service.shown.size(), 2);
        QCOMPARE(service.shown.last().summary, QStringLiteral("Incoming voice call"));
        bob.manager->activeCall()->hangUp();
        deliver(bob, alice);
        QTRY_COMPARE(service.closed.size(), 2);
    }

    void declinedAndMissedCallsSaySo()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"));
        CallController controller(rooms());
        controller.setManager(alice.manager.get());

        QVERIFY(bob.manager->placeCall(Room, QStringLiteral("@alice:x"), false));
        deliver(bob, alice);
        controller.decline();
        QCOMPARE(controller.state(), QStringLiteral("ended"));
        QCOMPARE(controller.endMessage(), QStringLiteral("Call declined"));
        QCOMPARE(alice.sent.last().type, QStringLiteral("m.call.reject"));

        // The caller gives up before we answer: a missed call.
        deliver(alice, bob);
        QVERIFY(!bob.manager->activeCall());
        QVERIFY(bob.manager->placeCall(Room, QStringLiteral("@alice:x"), false));
        deliver(bob, alice);
        QCOMPARE(controller.state(), QStringLiteral("ringing"));
        bob.manager->activeCall()->hangUp();
        deliver(bob, alice);
        QCOMPARE(controller.state(), QStringLiteral("ended"));
        QCOMPARE(controller.endMessage(), QStringLiteral("Missed call"));
    }

    void theirDeclineAndIceFailureAreWordedForPeople()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"));
        CallController controller(rooms());
        controller.setManager(alice.manager.get());

        QVERIFY(controller.startCall(Room, false));
        deliver(alice, bob);
        bob.manager->activeCall()->reject();
        deliver(bob, alice);
        QCOMPARE(controller.endMessage(), QStringLiteral("Bob declined the call"));

        QVERIFY(placeAnsweredCall(controller, alice, bob));
        emit alice.lastMedia()->failed(QStringLiteral("could not connect (ICE failed)"),
                                       CallMedia::Failure::Connection);
        QCOMPARE(controller.state(), QStringLiteral("ended"));
        QCOMPARE(controller.endMessage(),
                 QStringLiteral("Call failed: could not connect (no direct path, and your "
                                "server offers no relay (TURN))"));
        QCOMPARE(alice.sent.last().content.value("reason").toString(),
                 QStringLiteral("ice_failed"));
        // With the homeserver's TURN servers, the relay failed too.
        alice.manager->setIceServers({{"turn:turn.x:3478?transport=udp"}, "u", "p"});
        QVERIFY(placeAnsweredCall(controller, alice, bob));
        emit alice.lastMedia()->failed(QStringLiteral("could not connect (ICE failed)"),
                                       CallMedia::Failure::Connection);
        QCOMPARE(controller.endMessage(),
                 QStringLiteral("Call failed: could not connect (not even through your "
                                "server's relay (TURN))"));

        // Connected first, then nothing more from Bob: the connection was lost.
        QVERIFY(placeAnsweredCall(controller, alice, bob));
        alice.lastMedia()->setState(CallMedia::State::Connected);
        QCOMPARE(controller.state(), QStringLiteral("connected"));
        emit alice.lastMedia()->failed(QStringLiteral("the connection was lost"),
                                       CallMedia::Failure::Connection);
        QCOMPARE(controller.endMessage(), QStringLiteral("Connection lost · 0:00"));
        QCOMPARE(alice.sent.last().content.value("reason").toString(),
                 QStringLiteral("ice_timeout"));
    }

    void holdIsOfferedOnceConnectedAndOneChangeAtATime()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"));
        CallController controller(rooms());
        controller.setManager(alice.manager.get());
        QVERIFY(placeAnsweredCall(controller, alice, bob));
        QVERIFY(!controller.canHold()); // connecting
        alice.lastMedia()->setState(CallMedia::State::Connected);
        QVERIFY(controller.canHold());

        QSignalSpy changed(&controller, &CallController::callChanged);
        controller.toggleHold();
        QVERIFY(controller.isHolding());
        QVERIFY(!controller.canHold()); // until Bob's side answers
        QVERIFY(changed.size() >= 1);
        controller.toggleHold(); // ignored meanwhile
        QVERIFY(controller.isHolding());
        deliver(alice, bob);
        QVERIFY(bob.manager->activeCall()->isOnHold());
        deliver(bob, alice);
        QVERIFY(controller.canHold());
        controller.toggleHold();
        QVERIFY(!controller.isHolding());
        controller.hangUp();
    }

    void aChangeTheOtherSideNeverAnswersIsSaid()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"));
        alice.manager->setInviteLifetime(1'500); // our offers' lifetime too
        CallController controller(rooms());
        controller.setManager(alice.manager.get());
        QVERIFY(placeAnsweredCall(controller, alice, bob));
        alice.lastMedia()->setState(CallMedia::State::Connected);
        controller.toggleHold(); // never delivered to Bob
        QVERIFY(!controller.canHold());
        QTRY_VERIFY(controller.canHold());
        QCOMPARE(controller.notice(),
                 QStringLiteral("Bob's app did not answer in time: they may not see your change."));
        controller.hangUp();
    }

    void aCallWhoseMediaFailsAtOnceSaysSoAndGoesAway()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        alice.failOffers = true;
        CallController controller(rooms());
        controller.setEndedLinger(50);
        controller.setManager(alice.manager.get());
        controller.startCall(Room, false);
        QCOMPARE(controller.state(), QStringLiteral("ended"));
        QCOMPARE(controller.endMessage(),
                 QStringLiteral("Call failed: the microphone or camera could not be used"));
        QTRY_COMPARE(controller.state(), QStringLiteral("idle")); // not stuck
    }

    void missingCameraMakesTheCallAudioOnlyWithANotice()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        CallController controller(rooms());
        controller.setManager(alice.manager.get());
        controller.setDeviceProbe([]() { return CallController::Devices{true, false}; });
        QVERIFY(controller.startCall(Room, true));
        QVERIFY(!alice.lastMedia()->sendsVideo);
        QVERIFY(!controller.canToggleCamera());
        QCOMPARE(controller.notice(),
                 QStringLiteral("No camera found: the other side cannot see you."));
    }

    void durationIsFormattedAsMinutesAndHours()
    {
        QCOMPARE(CallController::formatDuration(0), QStringLiteral("0:00"));
        QCOMPARE(CallController::formatDuration(192), QStringLiteral("3:12"));
        QCOMPARE(CallController::formatDuration(3723), QStringLiteral("1:02:03"));
    }

    void callQualityIsReadOnlyWhileWatched()
    {
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"));
        CallController controller(rooms());
        controller.setManager(alice.manager.get());
        QVERIFY(controller.startCall(Room, false));
        FakeMedia *media = alice.lastMedia();
        QVERIFY(media);
        CallQuality *quality = controller.quality();
        quality->setInterval(10);
        QTest::qWait(50);
        QCOMPARE(media->statsRequests, 0); // nobody looks: nothing asked

        media->nextStats.roundTripMs = 42.4;
        media->nextStats.packetLossPercent = 1.25;
        media->nextStats.receiveKbps = 512.2;
        quality->setWatching(true);
        QVERIFY(media->statsRequests >= 1);
        QVERIFY(quality->isKnown());
        QCOMPARE(quality->roundTrip(), QStringLiteral("42 ms"));
        QCOMPARE(quality->packetLoss(), QStringLiteral("1.3 %"));
        QCOMPARE(quality->receiveRate(), QStringLiteral("512 kbit/s"));
        QCOMPARE(quality->sendRate(), QStringLiteral("…")); // not measured yet
        QCOMPARE(quality->videoCodecs(), QStringLiteral("none"));
        media->receivedCodec = QStringLiteral("H264");
        QCOMPARE(quality->videoCodecs(), QStringLiteral("H264"));
        media->sentCodec = QStringLiteral("VP8");
        QCOMPARE(quality->videoCodecs(), QStringLiteral("VP8 sent, H264 received"));
        QTRY_VERIFY(media->statsRequests >= 3);

        quality->setWatching(false);
        const int asked = media->statsRequests;
        QTest::qWait(50);
        QCOMPARE(media->statsRequests, asked);
        controller.hangUp();
    }

    void remoteVideoReachesTheControllersFrameSource()
    {
        if (!WebRtcSession::missingPlugins(true).isEmpty())
            QSKIP("GStreamer elements missing");
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"), true);
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"), true);
        CallController controller(rooms());
        controller.setManager(alice.manager.get());

        QVERIFY(controller.startCall(Room, true));
        QTimer pump;
        answerWithVideo(pump, alice, bob);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QStringLiteral("connected"), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(controller.remoteVideo()->framesShown() >= 10, 15'000);
        QVERIFY(controller.localVideo()->framesShown() > 0);
        QCOMPARE(controller.remoteVideo()->frameSize(), QSize(320, 240));

        // The quality panel reads webrtcbin's statistics: media flows both ways.
        auto kbps = [](const QString &text) { return text.section(' ', 0, 0).toDouble(); };
        controller.quality()->setInterval(200);
        controller.quality()->setWatching(true);
        QTRY_VERIFY_WITH_TIMEOUT(kbps(controller.quality()->receiveRate()) > 0, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(kbps(controller.quality()->sendRate()) > 0, 10'000);
        QVERIFY(controller.quality()->packetLoss() != QStringLiteral("…"));
        // The round trip needs the other side's first RTCP report.
        QTRY_VERIFY_WITH_TIMEOUT(controller.quality()->roundTrip() != QStringLiteral("…"), 15'000);
        QCOMPARE(controller.quality()->videoCodecs(), QStringLiteral("VP8"));
        controller.hangUp();
        pump.stop();
        deliver(alice, bob);
        QVERIFY(!controller.remoteVideo()->hasFrame());
    }

    void ourScreenShareReachesTheOtherSidesView()
    {
        if (!WebRtcSession::missingPlugins(true).isEmpty())
            QSKIP("GStreamer elements missing");
        RealCall call;
        QVERIFY(call.connect(true));
        auto &ours = call.ours;
        auto &theirs = call.theirs;
        QTRY_VERIFY_WITH_TIMEOUT(ours.canShareScreen(), 10'000);
        QVERIFY(ours.screenShareUnavailable().isEmpty()); // test sources share a pattern
        ours.toggleScreenShare();
        QVERIFY(ours.isSharingScreen());
        QVERIFY(!ours.canShareScreen()); // until the other side answers
        QVERIFY(!ours.canHold());
        QTRY_VERIFY_WITH_TIMEOUT(theirs.isRemoteSharing(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(theirs.remoteScreen()->framesShown() >= 10, 15'000);
        QCOMPARE(theirs.remoteScreen()->frameSize(), QSize(320, 180));
        QVERIFY(theirs.remoteVideo()->hasFrame()); // the camera goes on beside it
        QTRY_VERIFY_WITH_TIMEOUT(ours.localScreen()->framesShown() >= 5, 10'000);
        QCOMPARE(ours.localScreen()->frameSize(), QSize(320, 180));

        QTRY_VERIFY_WITH_TIMEOUT(ours.canShareScreen(), 10'000);
        ours.toggleScreenShare();
        QVERIFY(!ours.isSharingScreen());
        QVERIFY(!ours.localScreen()->hasFrame());
        QTRY_VERIFY_WITH_TIMEOUT(!theirs.isRemoteSharing(), 10'000);
        QVERIFY(!theirs.remoteScreen()->hasFrame());
    }

    void withSeveralMonitorsTheOneChosenIsShared()
    {
        // The test's platform has two monitors (tests/data/two-screens.json):
        // 1280x720, and 1280x1024 pixels at twice the scale beside it.
        if (!WebRtcSession::missingPlugins(true).isEmpty())
            QSKIP("GStreamer elements missing");
        RealCall call;
        QVERIFY(call.connect(true));
        auto &ours = call.ours;
        auto &theirs = call.theirs;
        QStringList labels;
        for (const QVariant &choice : ours.screenChoices())
            labels << choice.toMap().value(QStringLiteral("label")).toString();
        QCOMPARE(labels, QStringList({QStringLiteral("DP-1 · 1280 × 720"),
                                      QStringLiteral("HDMI-1 · 1280 × 1024"),
                                      QStringLiteral("All screens · 2560 × 1024")}));

        // The test source has the chosen area's size, so its shape shows in
        // the 16:9 picture the other side gets: bars left and right of a 5:4
        // monitor, above and below all of them side by side.
        QTRY_VERIFY_WITH_TIMEOUT(ours.canShareScreen(), 10'000);
        ours.shareScreenChoice(1);
        QVERIFY(ours.isSharingScreen());
        QTRY_VERIFY_WITH_TIMEOUT(theirs.remoteScreen()->framesShown() >= 5, 15'000);
        QImage frame = theirs.remoteScreen()->frame();
        QCOMPARE(frame.size(), QSize(320, 180));
        QVERIFY2(meanGray(frame, {0, 0, 36, 180}) < 40, "no bar at the left");
        QVERIFY2(meanGray(frame, {284, 0, 36, 180}) < 40, "no bar at the right");
        QVERIFY2(meanGray(frame, {60, 0, 200, 20}) > 150, "the monitor's top is not shown");

        QTRY_VERIFY_WITH_TIMEOUT(ours.canShareScreen(), 10'000);
        ours.toggleScreenShare();
        QTRY_VERIFY_WITH_TIMEOUT(!theirs.isRemoteSharing(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(ours.canShareScreen(), 10'000);
        ours.shareScreenChoice(2);
        const qint64 shown = theirs.remoteScreen()->framesShown();
        QTRY_VERIFY_WITH_TIMEOUT(theirs.remoteScreen()->framesShown() >= shown + 5, 15'000);
        frame = theirs.remoteScreen()->frame();
        QVERIFY2(meanGray(frame, {0, 0, 320, 18}) < 40, "no bar at the top");
        QVERIFY2(meanGray(frame, {0, 162, 320, 18}) < 40, "no bar at the bottom");
        QVERIFY2(meanGray(frame, {0, 40, 40, 100}) > 150, "the screens' left is not shown");

        // A choice out of range, or one while sharing, shares nothing more.
        ours.shareScreenChoice(7);
        QVERIFY(ours.isSharingScreen());
    }

    void onWaylandTheScreenIsPickedThroughTheDesktopPortal()
    {
        // The portal's picker, then the PipeWire stream of what was picked.
        atrium::test::TestPipeWire pipeWire;
        QString error;
        QVERIFY2(pipeWire.start(&error), qPrintable(error));
        const QString service =
            QStringLiteral("org.atrium.test.Portal%1").arg(QCoreApplication::applicationPid());
        FakeScreenCastPortal desktop(service);
        QVERIFY(desktop.isServing());
        desktop.node = pipeWire.screenNode();
        desktop.pipeWireRemote = [&pipeWire]() { return pipeWire.connect(); };
        ScreenCastPortal portal(QDBusConnection::sessionBus(), service);
        RealCall call;
        auto &ours = call.ours;
        ours.shareScreensThrough(&portal);
        QVERIFY(call.connect(false));
        QTRY_VERIFY_WITH_TIMEOUT(ours.canShareScreen(), 10'000);

        // Closing the picker shares nothing and says nothing.
        desktop.choice = FakeScreenCastPortal::Choice::Cancel;
        ours.toggleScreenShare();
        QVERIFY(ours.isChoosingScreen());
        QVERIFY(!ours.canShareScreen());
        QTRY_VERIFY(!ours.isChoosingScreen());
        QVERIFY(!ours.isSharingScreen());
        QVERIFY(ours.notice().isEmpty());

        desktop.choice = FakeScreenCastPortal::Choice::Pick;
        ours.toggleScreenShare();
        QTRY_VERIFY_WITH_TIMEOUT(ours.isSharingScreen(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(call.theirs.remoteScreen()->framesShown() >= 5, 15'000);

        // The desktop ends the share from its panel: the call stops sharing.
        desktop.endSession();
        QTRY_VERIFY_WITH_TIMEOUT(!ours.isSharingScreen(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!call.theirs.isRemoteSharing(), 10'000);

        // Stopping it here closes the portal's session (the desktop's
        // "sharing" indicator goes away).
        QTRY_VERIFY_WITH_TIMEOUT(ours.canShareScreen(), 10'000);
        ours.toggleScreenShare();
        QTRY_VERIFY_WITH_TIMEOUT(ours.isSharingScreen(), 10'000);
        QVERIFY(desktop.sessionOpen());
        QTRY_VERIFY_WITH_TIMEOUT(ours.canShareScreen(), 10'000);
        ours.toggleScreenShare();
        QVERIFY(!ours.isSharingScreen());
        QTRY_VERIFY(!desktop.sessionOpen());

        // A desktop that refuses: the notice says so.
        desktop.choice = FakeScreenCastPortal::Choice::Refuse;
        QTRY_VERIFY_WITH_TIMEOUT(ours.canShareScreen(), 10'000);
        ours.toggleScreenShare();
        QTRY_VERIFY(!ours.isChoosingScreen());
        QVERIFY(!ours.isSharingScreen());
        QVERIFY(ours.notice().contains(QLatin1String("could not start")));
    }

    void theCameraTurnedOnInAVoiceCallReachesTheOtherSide()
    {
        if (!WebRtcSession::missingPlugins(true).isEmpty())
            QSKIP("GStreamer elements missing");
        RealCall call;
        QVERIFY(call.connect(false));
        auto &ours = call.ours;
        auto &theirs = call.theirs;
        QVERIFY(!ours.canToggleCamera());
        QTRY_VERIFY_WITH_TIMEOUT(ours.canStartCamera(), 10'000);
        QVERIFY(theirs.isRemoteVideoMuted());
        ours.toggleCamera();
        QVERIFY(ours.isCameraOn());
        QVERIFY(ours.canToggleCamera());
        QVERIFY(!ours.canStartCamera());
        QTRY_VERIFY_WITH_TIMEOUT(!theirs.isRemoteVideoMuted(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(theirs.remoteVideo()->framesShown() >= 10, 15'000);
        QVERIFY(ours.localVideo()->hasFrame());
        QVERIFY(!theirs.remoteScreen()->hasFrame()); // a camera, not a screen
    }

    void theChosenDevicesAreUsedAndAnUnpluggedOneIsReplaced()
    {
        if (!WebRtcSession::missingPlugins(true).isEmpty())
            QSKIP("GStreamer elements missing");
        namespace fake = atrium::test::FakeCaptureDevices;
        using Kind = atrium::models::CallDevices::Kind;
        fake::install();
        fake::plugMicrophone(QStringLiteral("Headset"));
        fake::plugCamera(QStringLiteral("USB Camera"));
        qputenv("ATRIUM_CALL_TEST_SOURCES", "1"); // the defaults: test sources
        Device alice(QStringLiteral("@alice:x"), QStringLiteral("ALICE"), true);
        Device bob(QStringLiteral("@bob:x"), QStringLiteral("BOB"), true);
        CallController controller(rooms());
        QTemporaryDir dir;
        controller.devices()->setSettingsFile(dir.filePath(QStringLiteral("settings.ini")));
        controller.devices()->setCamera(QStringLiteral("USB Camera"));
        controller.setManager(alice.manager.get());
        controller.useDeviceMedia(true);
        qunsetenv("ATRIUM_CALL_TEST_SOURCES");
        QVERIFY(!controller.devices()->isWatching());

        QVERIFY(controller.startCall(Room, true));
        QTimer pump;
        answerWithVideo(pump, alice, bob);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QStringLiteral("connected"), 15'000);
        auto *media = qobject_cast<WebRtcSession *>(controller.call()->media());
        QVERIFY(media);
        QVERIFY(controller.devices()->isWatching());
        QVERIFY(controller.devices()->cameras().contains(QStringLiteral("USB Camera")));
        QCOMPARE(media->sourceDevice(Kind::Camera), QStringLiteral("USB Camera"));
        QCOMPARE(media->sourceDevice(Kind::Microphone), QString());

        // Chosen during the call: the media takes it at once.
        controller.devices()->setMicrophone(QStringLiteral("Headset"));
        QCOMPARE(media->sourceDevice(Kind::Microphone), QStringLiteral("Headset"));

        // Pulled out: the default camera, a notice that names the device,
        // and the other side keeps seeing us.
        fake::unplug(QStringLiteral("USB Camera"));
        QTRY_VERIFY(controller.notice().contains(QStringLiteral("USB Camera")));
        QCOMPARE(media->sourceDevice(Kind::Camera), QString());
        Call *theirs = bob.manager->activeCall();
        QVERIFY(theirs && theirs->media());
        const qint64 seen = theirs->media()->videoFramesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(theirs->media()->videoFramesReceived() > seen + 10, 10'000);
        QCOMPARE(controller.state(), QStringLiteral("connected"));

        // Plugged back in: the chosen camera is used again.
        fake::plugCamera(QStringLiteral("USB Camera"));
        QTRY_COMPARE(media->sourceDevice(Kind::Camera), QStringLiteral("USB Camera"));

        controller.hangUp();
        pump.stop();
        deliver(alice, bob);
        QVERIFY(!controller.devices()->isWatching());
        fake::clear();
    }
};

QTEST_MAIN(TestCallController)
#include "tst_callcontroller.moc"
