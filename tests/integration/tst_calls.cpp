// Two Atrium sessions call each other through the test homeserver: the
// m.call.* events go through their send queues and come back by sync, the
// media flows over loopback between two WebRtcSessions in this process.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "calls/CallManager.h"
#include "calls/CallMedia.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using atrium::calls::Call;
using atrium::calls::CallManager;

namespace {

qint64 audioFrom(Call *call)
{
    return call && call->media() ? call->media()->audioFramesReceived() : 0;
}

qint64 videoFrom(Call *call)
{
    return call && call->media() ? call->media()->videoFramesReceived() : 0;
}

// The SDP of the first `type` event (m.call.invite: the offer; m.call.answer) on the server.
QString sdpOnServer(const test::TestHomeserver &server, const QString &roomId, const QString &type)
{
    for (const QJsonObject &event : server.roomEvents(roomId)) {
        if (event.value("type").toString() == type) {
            const QJsonObject content = event.value("content").toObject();
            const QString key = type == QLatin1String("m.call.invite") ? "offer" : "answer";
            return content.value(key).toObject().value("sdp").toString();
        }
    }
    return {};
}

QStringList eventTypesOnServer(const test::TestHomeserver &server, const QString &roomId)
{
    QStringList types;
    for (const QJsonObject &event : server.roomEvents(roomId))
        types.append(event.value("type").toString());
    return types;
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

class CallsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void answeredCallCarriesAudioAndVideoBothWaysUntilHangUp()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "call-alice"));
        QVERIFY(bob.signUp(m_server.url(), "call-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        QVERIFY(!roomId.isEmpty());
        CallManager aliceCalls(&alice.session());
        CallManager bobCalls(&bob.session());
        QSignalSpy rings(&bobCalls, &CallManager::incomingCall);

        Call *outgoing = aliceCalls.placeCall(roomId, bob->userId(), true);
        QVERIFY(outgoing);
        QTRY_COMPARE_WITH_TIMEOUT(rings.size(), 1, 15'000);
        Call *incoming = rings.first().first().value<Call *>();
        QCOMPARE(incoming->callId(), outgoing->callId());
        QCOMPARE(incoming->remoteUserId(), alice->userId());
        QCOMPARE(incoming->remotePartyId(), alice->deviceId());
        QVERIFY(incoming->offersVideo());
        QCOMPARE(outgoing->state(), Call::State::Inviting);

        incoming->answer(true);
        QTRY_COMPARE_WITH_TIMEOUT(outgoing->state(), Call::State::Connected, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(incoming->state(), Call::State::Connected, 20'000);
        QCOMPARE(outgoing->remotePartyId(), bob->deviceId());
        // Several seconds of media each way: 50 Opus frames a second.
        QTRY_VERIFY_WITH_TIMEOUT(audioFrom(outgoing) > 150 && audioFrom(incoming) > 150 &&
                                     videoFrom(outgoing) > 30 && videoFrom(incoming) > 30,
                                 30'000);

        // Bob mutes: Alice hears nothing more, but still sees him.
        incoming->setMicrophoneMuted(true);
        const qint64 heardWhileMuted = settled([&]() { return audioFrom(outgoing); });
        const qint64 seenWhileMuted = videoFrom(outgoing);
        QTest::qWait(1000);
        QCOMPARE(audioFrom(outgoing), heardWhileMuted);
        QVERIFY(videoFrom(outgoing) > seenWhileMuted);

        QSignalSpy bobEnded(&bobCalls, &CallManager::callEnded);
        outgoing->hangUp();
        QCOMPARE(outgoing->state(), Call::State::Ended);
        QTRY_COMPARE_WITH_TIMEOUT(bobEnded.size(), 1, 15'000);
        QCOMPARE(incoming->endReason(), QStringLiteral("user_hangup"));
        QVERIFY(incoming->endedRemotely());
        QVERIFY(!aliceCalls.activeCall());
        QVERIFY(!bobCalls.activeCall());

        const QStringList types = eventTypesOnServer(m_server, roomId);
        for (const char *type : {"m.call.invite", "m.call.candidates", "m.call.answer",
                                 "m.call.select_answer", "m.call.hangup"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
    }

    void aCallOfferedInH264IsAnsweredAndCarriedInH264()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "h264-alice"));
        QVERIFY(bob.signUp(m_server.url(), "h264-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        QVERIFY(!roomId.isEmpty());
        CallManager aliceCalls(&alice.session());
        CallManager bobCalls(&bob.session()); // VP8 first, H264 next: the default
        aliceCalls.setVideoCodecs({calls::VideoCodec::H264});
        QSignalSpy rings(&bobCalls, &CallManager::incomingCall);

        Call *outgoing = aliceCalls.placeCall(roomId, bob->userId(), true);
        QTRY_COMPARE_WITH_TIMEOUT(rings.size(), 1, 15'000);
        Call *incoming = rings.first().first().value<Call *>();
        QVERIFY(incoming->offersVideo());
        incoming->answer(true);
        QTRY_VERIFY_WITH_TIMEOUT(videoFrom(outgoing) > 30 && videoFrom(incoming) > 30, 30'000);
        QCOMPARE(outgoing->media()->sentVideoCodec(), QStringLiteral("H264"));
        QCOMPARE(incoming->media()->sentVideoCodec(), QStringLiteral("H264"));
        QCOMPARE(outgoing->media()->receivedVideoCodec(), QStringLiteral("H264"));
        QCOMPARE(incoming->media()->receivedVideoCodec(), QStringLiteral("H264"));

        const QString offer = sdpOnServer(m_server, roomId, "m.call.invite");
        const QString answer = sdpOnServer(m_server, roomId, "m.call.answer");
        QVERIFY2(offer.contains("H264/90000") && !offer.contains("VP8"), qPrintable(offer));
        QVERIFY2(answer.contains("H264/90000") && !answer.contains("VP8"), qPrintable(answer));
        QVERIFY2(offer.contains("profile-level-id=42e01f"), qPrintable(offer));
        outgoing->hangUp();
        QTRY_COMPARE_WITH_TIMEOUT(incoming->state(), Call::State::Ended, 15'000);
    }

    void callEventsInAnEncryptedRoomAreEncrypted()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "ecall-alice"));
        QVERIFY(bob.signUp(m_server.url(), "ecall-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        CallManager aliceCalls(&alice.session());
        CallManager bobCalls(&bob.session());
        QSignalSpy rings(&bobCalls, &CallManager::incomingCall);

        Call *outgoing = aliceCalls.placeCall(roomId, bob->userId(), false);
        QTRY_COMPARE_WITH_TIMEOUT(rings.size(), 1, 20'000);
        Call *incoming = rings.first().first().value<Call *>();
        incoming->answer(false);
        QTRY_VERIFY_WITH_TIMEOUT(audioFrom(outgoing) > 50 && audioFrom(incoming) > 50, 30'000);
        QCOMPARE(videoFrom(outgoing), qint64(0));
        incoming->hangUp();
        QTRY_COMPARE_WITH_TIMEOUT(outgoing->state(), Call::State::Ended, 15'000);

        for (const QString &type : eventTypesOnServer(m_server, roomId))
            QVERIFY2(!type.startsWith(QLatin1String("m.call.")), qPrintable(type));
        QVERIFY(eventTypesOnServer(m_server, roomId).count("m.room.encrypted") >= 4);
    }

    void rejectedCallEndsForTheCaller()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "reject-alice"));
        QVERIFY(bob.signUp(m_server.url(), "reject-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        CallManager aliceCalls(&alice.session());
        CallManager bobCalls(&bob.session());
        QSignalSpy rings(&bobCalls, &CallManager::incomingCall);

        Call *outgoing = aliceCalls.placeCall(roomId, bob->userId(), true);
        QTRY_COMPARE_WITH_TIMEOUT(rings.size(), 1, 15'000);
        rings.first().first().value<Call *>()->reject();
        QTRY_COMPARE_WITH_TIMEOUT(outgoing->state(), Call::State::Ended, 15'000);
        QCOMPARE(outgoing->endReason(), QStringLiteral("rejected"));
        QVERIFY(outgoing->endedRemotely());
        QVERIFY(eventTypesOnServer(m_server, roomId).contains("m.call.reject"));
    }

    void glareEndsInOneConnectedCall()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "glare-alice"));
        QVERIFY(bob.signUp(m_server.url(), "glare-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        CallManager aliceCalls(&alice.session());
        CallManager bobCalls(&bob.session());
        QSignalSpy aliceRings(&aliceCalls, &CallManager::incomingCall);
        QSignalSpy bobRings(&bobCalls, &CallManager::incomingCall);
        QSignalSpy aliceReplaced(&aliceCalls, &CallManager::callReplaced);
        QSignalSpy bobReplaced(&bobCalls, &CallManager::callReplaced);

        Call *fromAlice = aliceCalls.placeCall(roomId, bob->userId(), false);
        Call *fromBob = bobCalls.placeCall(roomId, alice->userId(), false);
        QVERIFY(fromAlice && fromBob);
        const bool aliceWins = fromAlice->callId() < fromBob->callId();
        Call *winner = aliceWins ? fromAlice : fromBob;
        Call *loser = aliceWins ? fromBob : fromAlice;
        QTRY_COMPARE_WITH_TIMEOUT(winner->state(), Call::State::Connected, 20'000);
        QCOMPARE(loser->state(), Call::State::Ended);
        QCOMPARE(loser->endReason(), QStringLiteral("replaced"));
        CallManager &answering = aliceWins ? bobCalls : aliceCalls;
        Call *answered = answering.activeCall();
        QVERIFY(answered);
        QCOMPARE(answered->callId(), winner->callId());
        QTRY_VERIFY_WITH_TIMEOUT(audioFrom(winner) > 50 && audioFrom(answered) > 50, 30'000);
        QCOMPARE(aliceRings.size() + bobRings.size(), 0); // nobody had to pick up
        QCOMPARE((aliceWins ? bobReplaced : aliceReplaced).size(), 1);
        winner->hangUp();
        QTRY_COMPARE_WITH_TIMEOUT(answered->state(), Call::State::Ended, 15'000);
    }

    // A call with nothing to send (both muted) lives on RTCP reports; once the
    // other side is gone without a word, the call ends as the spec says
    // (ice_timeout: lost after media flowed) and the room is told.
    void aPeerThatVanishesEndsTheCallButSilenceDoesNot()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "vanish-alice"));
        QVERIFY(bob.signUp(m_server.url(), "vanish-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        CallManager aliceCalls(&alice.session());
        CallManager bobCalls(&bob.session());
        QSignalSpy rings(&bobCalls, &CallManager::incomingCall);
        Call *outgoing = aliceCalls.placeCall(roomId, bob->userId(), false);
        QTRY_COMPARE_WITH_TIMEOUT(rings.size(), 1, 15'000);
        Call *incoming = rings.first().first().value<Call *>();
        incoming->answer(false);
        QTRY_VERIFY_WITH_TIMEOUT(audioFrom(outgoing) > 50 && audioFrom(incoming) > 50, 30'000);

        outgoing->setMicrophoneMuted(true);
        incoming->setMicrophoneMuted(true);
        QTest::qWait(20'000); // longer than the 15 s a silent peer is given
        QCOMPARE(outgoing->state(), Call::State::Connected);
        QCOMPARE(incoming->state(), Call::State::Connected);

        incoming->abandon(QStringLiteral("vanished")); // its media stops, nobody is told
        QTRY_COMPARE_WITH_TIMEOUT(outgoing->state(), Call::State::Ended, 30'000);
        QCOMPARE(outgoing->endReason(), QStringLiteral("ice_timeout"));
        QVERIFY(!outgoing->endedRemotely());
        QTRY_VERIFY_WITH_TIMEOUT(eventTypesOnServer(m_server, roomId).contains("m.call.hangup"),
                                 15'000);
    }

    void unansweredInviteExpiresOnBothSides()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "expiry-alice"));
        QVERIFY(bob.signUp(m_server.url(), "expiry-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        CallManager aliceCalls(&alice.session());
        CallManager bobCalls(&bob.session());
        aliceCalls.setInviteLifetime(3'000);
        bobCalls.setMinimumRingTime(500);
        QSignalSpy rings(&bobCalls, &CallManager::incomingCall);

        Call *outgoing = aliceCalls.placeCall(roomId, bob->userId(), false);
        QTRY_COMPARE_WITH_TIMEOUT(rings.size(), 1, 15'000);
        Call *incoming = rings.first().first().value<Call *>();
        QTRY_COMPARE_WITH_TIMEOUT(outgoing->state(), Call::State::Ended, 15'000);
        QCOMPARE(outgoing->endReason(), QStringLiteral("invite_timeout"));
        QTRY_COMPARE_WITH_TIMEOUT(incoming->state(), Call::State::Ended, 15'000);
        QCOMPARE(incoming->endReason(), QStringLiteral("invite_timeout"));
        incoming->answer(false); // too late: nothing happens
        QCOMPARE(incoming->state(), Call::State::Ended);
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(CallsTest)
#include "tst_calls.moc"
