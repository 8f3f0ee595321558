// Two WebRtcSessions in one process, wired directly (no homeserver): the
// offer, the answer and trickled candidates go straight across, over loopback.
#include "FakeCaptureDevices.h"
#include "TestMedia.h"
#include "TestPipeWire.h"
#include "calls/GstSupport.h"
#include "calls/WebRtcSession.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <unistd.h>

using atrium::calls::CallMedia;
using atrium::calls::IceCandidate;
using atrium::calls::ScreenSource;
using atrium::calls::WebRtcSession;

namespace {

WebRtcSession::Options loopback()
{
    WebRtcSession::Options options;
    options.loopbackOnly = true;
    options.screenWidth = 320; // a test pattern: small is cheap
    options.screenHeight = 180;
    return options;
}

// Caller and callee with their signalling connected to each other.
struct Pair
{
    WebRtcSession caller;
    WebRtcSession callee{loopback()};
    QList<IceCandidate> calleeGot;
    QList<IceCandidate> callerGot;
    // The caller's renegotiation offers are lost on the way (never answered).
    bool losingOffers = false;

    explicit Pair(bool calleeSendsVideo = true,
                  const WebRtcSession::Options &callerOptions = loopback())
        : caller(callerOptions)
    {
        // The first offer starts the call; later ones (either side's) renegotiate it.
        // Answers to hold offers go across too: the media takes only those
        // to offers it made.
        QObject::connect(&caller, &CallMedia::localDescription,
                         [this, calleeSendsVideo](const QString &type, const QString &sdp) {
                             if (type == QLatin1String("answer"))
                                 callee.setRemoteAnswer(sdp);
                             else if (callee.state() == CallMedia::State::Idle)
                                 callee.acceptOffer(sdp, calleeSendsVideo);
                             else if (!losingOffers)
                                 callee.answerRenegotiation(sdp);
                         });
        QObject::connect(&callee, &CallMedia::localDescription,
                         [this](const QString &type, const QString &sdp) {
                             if (type == QLatin1String("offer"))
                                 caller.answerRenegotiation(sdp);
                             else
                                 caller.setRemoteAnswer(sdp);
                         });
        QObject::connect(&caller, &CallMedia::localCandidate, [this](const IceCandidate &c) {
            calleeGot.append(c);
            callee.addRemoteCandidates({c});
        });
        QObject::connect(&callee, &CallMedia::localCandidate, [this](const IceCandidate &c) {
            callerGot.append(c);
            caller.addRemoteCandidates({c});
        });
    }
};

// Shares the screen once the last change's answer is in (10 s at most).
// Not in a QTRY: it evaluates its expression again after it held.
bool shareOnceAnswered(WebRtcSession &media)
{
    return QTest::qWaitFor([&media]() { return media.setScreenSharing(true); }, 10'000);
}

// Starts a video call between the pair and waits (20 s at most) for video
// both ways (or only from the caller); returns the caller's offer, for tests to edit into
// renegotiations, or nothing when video did not flow.
QString connectedOffer(Pair &pair, bool bothWays = true)
{
    QString offer;
    const auto connection =
        QObject::connect(&pair.caller, &CallMedia::localDescription,
                         [&offer](const QString &, const QString &sdp) { offer = sdp; });
    pair.caller.createOffer(true);
    const bool flowing = QTest::qWaitFor(
        [&pair, bothWays]() {
            return (!bothWays || pair.caller.videoFramesReceived() > 5) &&
                   pair.callee.videoFramesReceived() > 5;
        },
        20'000);
    QObject::disconnect(connection);
    return flowing ? offer : QString();
}

// Waits until `count` has not moved for half a second (what was on its way
// has arrived), at most ten seconds; returns where it stopped.
qint64 settled(const std::function<qint64()> &count)
{
    qint64 last = count();
    QElapsedTimer still;
    still.start();
    QElapsedTimer total;
    total.start();
    while (still.elapsed() < 500 && total.elapsed() < 10'000) {
        QTest::qWait(50);
        if (count() != last) {
            last = count();
            still.restart();
        }
    }
    return last;
}

} // namespace

class TestWebRtcSession : public QObject
{
    Q_OBJECT
private slots:
    void everyPluginACallNeedsIsInstalled()
    {
        QCOMPARE(WebRtcSession::missingPlugins(true), QStringList());
        QCOMPARE(WebRtcSession::missingDevicePlugins(), QStringList());
    }

    void aMissingElementIsNamedWithItsPackage()
    {
        QCOMPARE(
            atrium::calls::missingGstElements(
                {{"queue", "libgstreamer1.0-0"}, {"atriumnosuchelement", "gstreamer1.0-atrium"}}),
            QStringList{QStringLiteral("atriumnosuchelement (gstreamer1.0-atrium)")});
    }

    void twoSessionsConnectAndDecodeAudioAndVideoBothWays()
    {
        Pair pair;
        pair.caller.createOffer(true);
        QTRY_COMPARE_WITH_TIMEOUT(pair.caller.state(), CallMedia::State::Connected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pair.callee.state(), CallMedia::State::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            pair.caller.audioFramesReceived() > 50 && pair.callee.audioFramesReceived() > 50 &&
                pair.caller.videoFramesReceived() > 10 && pair.callee.videoFramesReceived() > 10,
            20000);
        // Candidates went both ways, each list closed by the end marker.
        QVERIFY(pair.calleeGot.size() >= 2);
        QVERIFY(pair.callerGot.size() >= 2);
        QVERIFY(pair.calleeGot.last().isEndOfCandidates());
        QVERIFY(pair.callerGot.last().isEndOfCandidates());
        QVERIFY(pair.calleeGot.first().candidate.contains(QLatin1String("127.0.0.1")));
        QVERIFY(!pair.calleeGot.first().sdpMid.isEmpty());
    }

    void offerNamesOneStreamAndStereoOpus()
    {
        WebRtcSession session(loopback());
        QString offer;
        QObject::connect(&session, &CallMedia::localDescription,
                         [&offer](const QString &, const QString &sdp) { offer = sdp; });
        session.createOffer(true);
        QTRY_VERIFY_WITH_TIMEOUT(!offer.isEmpty(), 10'000);
        QVERIFY(session.streamId().startsWith("atrium-"));
        // Every m-section names the one stream (browsers group tracks by it).
        const QStringList sections = offer.split("m=").mid(1);
        QCOMPARE(sections.size(), 2);
        for (const QString &section : sections)
            QVERIFY2(section.contains("msid:" + session.streamId()), qPrintable(section));
        // Opus with its channel count: Chrome rejects the audio section without it.
        QVERIFY2(sections.first().contains(QRegularExpression(
                     "a=rtpmap:\\d+ OPUS/48000/2\r\n", QRegularExpression::CaseInsensitiveOption)),
                 qPrintable(sections.first()));
        session.close();
    }

    void aRenegotiationOfferIsAnsweredAndTheCallGoesOn()
    {
        // The other side's hold and resume (m.call.negotiate): a new offer with the
        // same transceivers, sendonly and then sendrecv again. Here the caller's
        // own offer, edited, stands in for it.
        Pair pair;
        const QString offer = connectedOffer(pair);
        QVERIFY2(!offer.isEmpty(), "no video both ways within 20 s");
        QSignalSpy answers(&pair.callee, &CallMedia::localDescription);
        QSignalSpy failed(&pair.callee, &CallMedia::failed);
        auto version = [&offer](int n) {
            QString sdp = offer;
            return sdp.replace(
                QRegularExpression("^o=(\\S+) (\\S+) \\d+ ", QRegularExpression::MultilineOption),
                QStringLiteral("o=\\1 \\2 %1 ").arg(n));
        };

        pair.callee.answerRenegotiation(version(2).replace("a=sendrecv", "a=sendonly"));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 10'000);
        QCOMPARE(answers.first().at(0).toString(), QStringLiteral("answer"));
        const QStringList held = answers.first().at(1).toString().split("m=").mid(1);
        QCOMPARE(held.size(), 2);
        for (const QString &section : held)
            QVERIFY2(section.contains("a=recvonly"), qPrintable(section));

        pair.callee.answerRenegotiation(version(3));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 10'000);
        for (const QString &section : answers.last().at(1).toString().split("m=").mid(1))
            QVERIFY2(section.contains("a=sendrecv"), qPrintable(section));
        QVERIFY(failed.isEmpty());
        QCOMPARE(pair.callee.state(), CallMedia::State::Connected);
        const qint64 before = pair.caller.videoFramesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(pair.caller.videoFramesReceived() > before + 10, 10'000);
    }

    void aVideoStreamTheOtherSideAddsLeavesOurCameraSending()
    {
        // matrix-js-sdk shares a screen as a third media section (sendonly)
        // in a renegotiation. Here the caller's offer, with its video
        // section copied as that third one, stands in for it.
        Pair pair;
        const QString offer = connectedOffer(pair);
        QVERIFY2(!offer.isEmpty(), "no video both ways within 20 s");
        const qsizetype videoAt = offer.indexOf(QLatin1String("m=video"));
        QVERIFY(videoAt > 0);
        QString added = offer.mid(videoAt);
        added.remove(QRegularExpression("a=ssrc[^\r\n]*\r\n"));
        added.replace(QRegularExpression("a=mid:\\S+"), QStringLiteral("a=mid:screen"));
        added.replace(QLatin1String("a=sendrecv"), QLatin1String("a=sendonly"));
        QString renegotiation = offer + added;
        renegotiation.replace(
            QRegularExpression("^o=(\\S+) (\\S+) \\d+ ", QRegularExpression::MultilineOption),
            QStringLiteral("o=\\1 \\2 2 "));
        renegotiation.replace(QRegularExpression("a=group:BUNDLE ([^\r\n]*)"),
                              QStringLiteral("a=group:BUNDLE \\1 screen"));
        QSignalSpy answers(&pair.callee, &CallMedia::localDescription);
        QSignalSpy failed(&pair.callee, &CallMedia::failed);

        pair.callee.answerRenegotiation(renegotiation);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 10'000);
        const QStringList sections = answers.first().at(1).toString().split("m=").mid(1);
        QCOMPARE(sections.size(), 3);
        QVERIFY2(sections.at(1).contains("a=sendrecv"), qPrintable(sections.at(1)));
        QVERIFY2(sections.at(2).contains("a=recvonly"), qPrintable(sections.at(2)));
        // Receiving only on the added section must not stop our camera.
        const qint64 before = pair.caller.videoFramesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(pair.caller.videoFramesReceived() > before + 10, 10'000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(pair.callee.screenFramesReceived(), qint64(0)); // nothing sent on it here
    }

    void ourScreenShareGoesOutAsAStreamOfItsOwnUntilStopped()
    {
        Pair pair;
        QVERIFY2(!connectedOffer(pair).isEmpty(), "no video both ways within 20 s");
        QTRY_COMPARE_WITH_TIMEOUT(pair.caller.state(), CallMedia::State::Connected, 10'000);
        QSignalSpy offers(&pair.caller, &CallMedia::localDescription);
        QSignalSpy failed(&pair.caller, &CallMedia::failed);
        QSignalSpy calleeFailed(&pair.callee, &CallMedia::failed);

        QVERIFY(pair.caller.setScreenSharing(true));
        QVERIFY(pair.caller.isScreenSharing());
        QVERIFY(pair.caller.screenStreamId().startsWith("atrium-screen-"));
        QVERIFY(!pair.caller.setScreenSharing(false)); // the offer awaits its answer
        QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 1, 10'000);
        QCOMPARE(offers.first().at(0).toString(), QStringLiteral("offer"));
        const QStringList sections = offers.first().at(1).toString().split("m=").mid(1);
        QCOMPARE(sections.size(), 3);
        QVERIFY2(sections.at(2).startsWith("video") && sections.at(2).contains("a=sendonly") &&
                     sections.at(2).contains("msid:" + pair.caller.screenStreamId()),
                 qPrintable(sections.at(2)));
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.screenFramesReceived() > 10, 10'000);
        // The camera goes on beside it, both ways.
        const qint64 calleeVideo = pair.callee.videoFramesReceived();
        const qint64 callerVideo = pair.caller.videoFramesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.videoFramesReceived() > calleeVideo + 10 &&
                                     pair.caller.videoFramesReceived() > callerVideo + 10,
                                 10'000);

        QVERIFY(pair.caller.setScreenSharing(false));
        QVERIFY(pair.caller.screenStreamId().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 2, 10'000);
        const QStringList stopped = offers.last().at(1).toString().split("m=").mid(1);
        QVERIFY2(stopped.at(2).contains("a=inactive"), qPrintable(stopped.at(2)));
        const auto screen = [&pair]() { return pair.callee.screenFramesReceived(); };
        const qint64 afterStop = settled(screen);
        QTest::qWait(1000);
        QCOMPARE(screen(), afterStop);

        // Sharing again takes a new section: webrtcbin cannot turn one on again.
        QVERIFY(shareOnceAnswered(pair.caller));
        QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 3, 10'000);
        QCOMPARE(offers.last().at(1).toString().split("m=").mid(1).size(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.screenFramesReceived() > afterStop + 10, 10'000);
        QVERIFY(failed.isEmpty());
        QVERIFY(calleeFailed.isEmpty());
    }

    void aVoiceCallGainsOurCameraInANewSection()
    {
        Pair pair(false);
        pair.caller.createOffer(false);
        QTRY_COMPARE_WITH_TIMEOUT(pair.caller.state(), CallMedia::State::Connected, 20'000);
        QVERIFY(!pair.caller.isSendingVideo());
        QSignalSpy offers(&pair.caller, &CallMedia::localDescription);

        QVERIFY(pair.caller.addVideo());
        QVERIFY(pair.caller.isSendingVideo());
        QVERIFY(pair.caller.isCameraEnabled());
        QVERIFY(!pair.caller.addVideo()); // once
        QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 1, 10'000);
        const QStringList sections = offers.first().at(1).toString().split("m=").mid(1);
        QCOMPARE(sections.size(), 2);
        QVERIFY2(sections.at(1).startsWith("video") &&
                     sections.at(1).contains("msid:" + pair.caller.streamId()),
                 qPrintable(sections.at(1)));
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.videoFramesReceived() > 10, 10'000);
        QCOMPARE(pair.callee.screenFramesReceived(), qint64(0));
    }

    void aCallAnsweredWithoutVideoGainsTheCalleesCamera()
    {
        // The first video section is the caller's camera, received only:
        // our camera must not be held back by its direction.
        Pair pair(false);
        QVERIFY2(!connectedOffer(pair, false).isEmpty(), "no video from the caller within 20 s");
        QVERIFY(pair.callee.addVideo());
        pair.caller.setRemoteStreamPurposes({{pair.callee.streamId(), "m.usermedia"}});
        QTRY_VERIFY_WITH_TIMEOUT(pair.caller.videoFramesReceived() > 10, 10'000);
        QCOMPARE(pair.caller.screenFramesReceived(), qint64(0));
        const qint64 calleeVideo = pair.callee.videoFramesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.videoFramesReceived() > calleeVideo + 10, 10'000);
    }

    void theScreenIsCapturedFromTheXDisplay()
    {
        // What the app shares: ximagesrc on the display (Xvfb under scripts/headless).
        if (WebRtcSession::screenCapture() != WebRtcSession::ScreenCapture::X11)
            QSKIP("no X11 display to capture");
        WebRtcSession::Options devices = loopback();
        devices.sources = WebRtcSession::Sources::Devices;
        devices.silentMicrophone = true; // no microphone needed for this
        Pair pair(false, devices);
        auto &caller = pair.caller;
        auto &callee = pair.callee;
        caller.createOffer(false);
        QTRY_COMPARE_WITH_TIMEOUT(caller.state(), CallMedia::State::Connected, 20'000);
        QVERIFY(caller.setScreenSharing(true));
        callee.setRemoteStreamPurposes({{caller.screenStreamId(), "m.screenshare"}});
        QTRY_VERIFY_WITH_TIMEOUT(callee.screenFramesReceived() > 5, 15'000);
    }

    void oneMonitorOfTheXDisplayIsCapturedByItsArea()
    {
        // The right half of the display's top (Xvfb is 1600x1000 under
        // scripts/headless), as sharing one of two monitors reads it.
        if (WebRtcSession::screenCapture() != WebRtcSession::ScreenCapture::X11)
            QSKIP("no X11 display to capture");
        QString error;
        const QSize captured = atrium::test::firstFrameSize(
            WebRtcSession::x11ScreenDescription(ScreenSource::x11Area(QRect(800, 0, 800, 600))),
            &error);
        QVERIFY2(captured.isValid(), qPrintable(error));
        QCOMPARE(captured, QSize(800, 600));
    }

    void anUnansweredOfferIsAbandonedAndTheNextOneIsAnswered()
    {
        // The other side's client never answers our first change (as one
        // that does not renegotiate): once the call gives up on it, the
        // next offer goes out and its answer is taken.
        Pair pair(false);
        pair.caller.createOffer(false);
        QTRY_COMPARE_WITH_TIMEOUT(pair.caller.state(), CallMedia::State::Connected, 20'000);
        QSignalSpy offers(&pair.caller, &CallMedia::localDescription);
        pair.losingOffers = true;
        QVERIFY(pair.caller.setScreenSharing(true));
        QTRY_COMPARE_WITH_TIMEOUT(offers.count(), 1, 5'000); // out, and lost
        QVERIFY(!pair.caller.setScreenSharing(false));       // still waiting
        pair.caller.abandonOffer();
        pair.losingOffers = false;
        QVERIFY(pair.caller.setScreenSharing(false));
        QTRY_COMPARE_WITH_TIMEOUT(offers.count(), 2, 5'000);
        QCOMPARE(offers.at(1).at(0).toString(), QStringLiteral("offer"));
        // Answered: the media takes changes again, and frames flow as before.
        QVERIFY(shareOnceAnswered(pair.caller));
        pair.callee.setRemoteStreamPurposes({{pair.caller.screenStreamId(), "m.screenshare"}});
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.screenFramesReceived() > 5, 15'000);
        QCOMPARE(pair.caller.state(), CallMedia::State::Connected);
    }

    void theScreenIsCapturedFromAPortalsPipeWireStream()
    {
        // What the app shares on Wayland: the stream the desktop portal
        // opened, read with pipewiresrc over the portal's connection.
        atrium::test::TestPipeWire pipeWire;
        QString error;
        QVERIFY2(pipeWire.start(&error), qPrintable(error));
        const int remote = pipeWire.connect();
        QVERIFY(remote >= 0);
        auto closeRemote = qScopeGuard([remote]() { ::close(remote); });
        WebRtcSession::Options options = loopback();
        options.deliverVideoFrames = true;
        Pair pair(false, options);
        QImage shared;
        QObject::connect(&pair.caller, &CallMedia::localScreenFrame,
                         [&shared](const QImage &frame) { shared = frame; });
        pair.caller.createOffer(false);
        QTRY_COMPARE_WITH_TIMEOUT(pair.caller.state(), CallMedia::State::Connected, 20'000);
        QVERIFY(pair.caller.setScreenSharing(
            true, ScreenSource::pipeWire(remote, pipeWire.screenNode())));
        pair.callee.setRemoteStreamPurposes({{pair.caller.screenStreamId(), "m.screenshare"}});
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.screenFramesReceived() > 5, 15'000);
        // PipeWire's picture (a ball on black), not the test sources' light page.
        QVERIFY(!shared.isNull());
        QCOMPARE(qGray(shared.pixel(shared.width() / 2, 2)), 0);
    }

    void theOtherSidesScreenIsToldFromItsCameraByItsStreamsPurpose()
    {
        // A voice call: the screen is the first video section there is, so
        // only the metadata can say it is not the camera.
        Pair pair(false);
        pair.caller.createOffer(false);
        QTRY_COMPARE_WITH_TIMEOUT(pair.caller.state(), CallMedia::State::Connected, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.audioFramesReceived() > 10, 10'000);
        QVERIFY(pair.caller.setScreenSharing(true));
        pair.callee.setRemoteStreamPurposes({{pair.caller.streamId(), "m.usermedia"},
                                             {pair.caller.screenStreamId(), "m.screenshare"}});
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.screenFramesReceived() > 10, 10'000);
        QCOMPARE(pair.callee.videoFramesReceived(), qint64(0));
    }

    void holdingTheOtherSideStopsMediaBothWaysUntilResumed()
    {
        Pair pair;
        pair.caller.createOffer(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            pair.caller.videoFramesReceived() > 5 && pair.callee.videoFramesReceived() > 5, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pair.caller.state(), CallMedia::State::Connected, 10'000);
        QSignalSpy offers(&pair.callee, &CallMedia::localDescription);
        QSignalSpy failed(&pair.caller, &CallMedia::failed);
        QSignalSpy calleeFailed(&pair.callee, &CallMedia::failed);

        QVERIFY(pair.callee.setHolding(true));
        QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 1, 10'000);
        QCOMPARE(offers.first().at(0).toString(), QStringLiteral("offer"));
        for (const QString &section : offers.first().at(1).toString().split("m=").mid(1))
            QVERIFY2(section.contains("a=sendonly") || section.contains("a=inactive"),
                     qPrintable(section));
        const auto total = [&pair]() {
            return pair.caller.audioFramesReceived() + pair.caller.videoFramesReceived() +
                   pair.callee.audioFramesReceived() + pair.callee.videoFramesReceived();
        };
        const qint64 held = settled(total);
        QTest::qWait(1000);
        QCOMPARE(total(), held); // nothing either way while on hold

        QVERIFY(pair.callee.setHolding(false));
        const qint64 callerAudio = pair.caller.audioFramesReceived();
        const qint64 calleeVideo = pair.callee.videoFramesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(pair.caller.audioFramesReceived() > callerAudio + 25 &&
                                     pair.callee.videoFramesReceived() > calleeVideo + 10,
                                 10'000);
        QVERIFY(failed.isEmpty());
        QVERIFY(calleeFailed.isEmpty());
        QCOMPARE(pair.caller.state(), CallMedia::State::Connected);
        QCOMPARE(pair.callee.state(), CallMedia::State::Connected);
    }

    void anotherMicrophoneAndCameraTakeOverDuringTheCall()
    {
        namespace fake = atrium::test::FakeCaptureDevices;
        using Kind = atrium::calls::CaptureDevices::Kind;
        fake::install();
        fake::plugMicrophone(QStringLiteral("Desk Mic"));
        fake::plugMicrophone(QStringLiteral("Headset"), 880);
        fake::plugCamera(QStringLiteral("USB Camera"));
        Pair pair;
        QVERIFY(pair.caller.useDevice(Kind::Microphone, QStringLiteral("Desk Mic")));
        pair.caller.createOffer(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            pair.callee.audioFramesReceived() > 25 && pair.callee.videoFramesReceived() > 5, 20000);
        QSignalSpy failed(&pair.caller, &CallMedia::failed);

        // Switched while media flows: the other side keeps hearing and seeing us.
        QVERIFY(pair.caller.useDevice(Kind::Microphone, QStringLiteral("Headset")));
        QVERIFY(pair.caller.useDevice(Kind::Camera, QStringLiteral("USB Camera")));
        qint64 audio = pair.callee.audioFramesReceived();
        qint64 video = pair.callee.videoFramesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.audioFramesReceived() > audio + 50 &&
                                     pair.callee.videoFramesReceived() > video + 10,
                                 10'000);

        // Pulled out while in use, the camera's source fails: the default
        // takes its place and the call goes on.
        QSignalSpy deviceFailed(&pair.caller, &CallMedia::deviceFailed);
        fake::unplug(QStringLiteral("USB Camera"));
        QTRY_COMPARE(deviceFailed.size(), 1);
        QCOMPARE(deviceFailed.at(0).at(0).value<Kind>(), Kind::Camera);
        QCOMPARE(deviceFailed.at(0).at(1).toString(), QStringLiteral("USB Camera"));
        video = pair.callee.videoFramesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.videoFramesReceived() > video + 10, 10'000);

        // A device that is gone when chosen: the default source is used.
        fake::unplug(QStringLiteral("Headset"));
        QTRY_COMPARE(deviceFailed.size(), 2);
        QVERIFY(pair.caller.useDevice(Kind::Microphone, QStringLiteral("Headset")));
        audio = pair.callee.audioFramesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.audioFramesReceived() > audio + 50, 10'000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(pair.caller.state(), CallMedia::State::Connected);
        fake::clear();
    }

    void audioOnlyOfferSendsNoVideo()
    {
        Pair pair;
        pair.caller.createOffer(false);
        QTRY_VERIFY_WITH_TIMEOUT(pair.caller.audioFramesReceived() > 25 &&
                                     pair.callee.audioFramesReceived() > 25,
                                 20000);
        QVERIFY(!pair.caller.isSendingVideo());
        QVERIFY(!pair.callee.isSendingVideo());
        QCOMPARE(pair.caller.videoFramesReceived(), qint64(0));
        QCOMPARE(pair.callee.videoFramesReceived(), qint64(0));
    }

    void muteStopsAudioFramesAndUnmuteResumesThem()
    {
        Pair pair;
        pair.caller.createOffer(true);
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.audioFramesReceived() > 25, 20000);
        pair.caller.setMicrophoneMuted(true);
        QVERIFY(pair.caller.isMicrophoneMuted());
        // Let what is already on its way drain, then watch for a while.
        const qint64 audioWhileMuted = settled([&]() { return pair.callee.audioFramesReceived(); });
        const qint64 videoWhileMuted = pair.callee.videoFramesReceived();
        const qint64 otherWay = pair.caller.audioFramesReceived();
        QTest::qWait(1000);
        QCOMPARE(pair.callee.audioFramesReceived(), audioWhileMuted);
        QVERIFY(pair.callee.videoFramesReceived() > videoWhileMuted); // video goes on
        QVERIFY(pair.caller.audioFramesReceived() > otherWay);        // so does the callee's audio
        pair.caller.setMicrophoneMuted(false);
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.audioFramesReceived() > audioWhileMuted + 25, 20000);
    }

    void hangUpStopsMediaAndSignalsNothingMore()
    {
        Pair pair;
        pair.caller.createOffer(true);
        QTRY_VERIFY_WITH_TIMEOUT(pair.callee.audioFramesReceived() > 10 &&
                                     pair.caller.audioFramesReceived() > 10,
                                 20000);
        QSignalSpy callerSignals(&pair.caller, &CallMedia::localCandidate);
        QSignalSpy callerStates(&pair.caller, &CallMedia::stateChanged);
        pair.caller.close();
        QCOMPARE(pair.caller.state(), CallMedia::State::Closed);
        QCOMPARE(callerStates.size(), 1);
        const qint64 callerHeard = pair.caller.audioFramesReceived();
        // The callee stops hearing anything once what was on its way is in.
        const qint64 calleeHeard = settled([&]() { return pair.callee.audioFramesReceived(); });
        QTest::qWait(500);
        QCOMPARE(pair.caller.audioFramesReceived(), callerHeard);
        QCOMPARE(pair.callee.audioFramesReceived(), calleeHeard);
        QCOMPARE(callerSignals.size(), 0);
        QCOMPARE(callerStates.size(), 1);
        pair.callee.close();
        QCOMPARE(pair.callee.state(), CallMedia::State::Closed);
    }

    void unusableRemoteOfferFails()
    {
        WebRtcSession session(loopback());
        QSignalSpy failed(&session, &CallMedia::failed);
        session.acceptOffer(QStringLiteral("not an offer"), true);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(session.state(), CallMedia::State::Failed);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("Opus")));
    }

    void destroyingAConnectedSessionIsClean()
    {
        auto pair = std::make_unique<Pair>();
        pair->caller.createOffer(true);
        QTRY_VERIFY_WITH_TIMEOUT(pair->callee.videoFramesReceived() > 5, 20000);
        pair.reset();      // both pipelines torn down while media flows
        QTest::qWait(100); // queued callbacks of the dead sessions must not run
    }
};

QTEST_GUILESS_MAIN(TestWebRtcSession)
#include "tst_webrtcsession.moc"
