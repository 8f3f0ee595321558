// The VoIP signalling state machine, fed events by hand: what it sends,
// when it rings, how calls end. The media is a scripted stand-in.
#include "calls/CallManager.h"
#include "calls/CallMedia.h"
#include "store/TimelineEvent.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace atrium::calls;
using atrium::store::TimelineEvent;

namespace {

const QString Room = QStringLiteral("!dm:example.org");

class FakeMedia : public CallMedia
{
public:
    using CallMedia::CallMedia;
    void setIceServers(const IceServers &) override {}
    void createOffer(bool video) override
    {
        offeredVideo = video;
        setState(State::Negotiating);
        emit localDescription(QStringLiteral("offer"),
                              video ? QStringLiteral("v=0\r\nm=audio\r\nm=video\r\n")
                                    : QStringLiteral("v=0\r\nm=audio\r\n"));
    }
    void acceptOffer(const QString &sdp, bool video) override
    {
        remoteOffer = sdp;
        answeredVideo = video;
        setState(State::Connecting);
        emit localDescription(QStringLiteral("answer"),
                              QStringLiteral("v=0\r\nm=audio answer\r\n"));
    }
    void setRemoteAnswer(const QString &sdp) override
    {
        remoteAnswers.append(sdp);
        if (m_state == State::Negotiating)
            setState(State::Connecting);
    }
    void addRemoteCandidates(const QList<IceCandidate> &candidates) override
    {
        remoteCandidates.append(candidates);
    }
    void answerRenegotiation(const QString &sdp) override
    {
        renegotiations.append(sdp);
        emit localDescription(QStringLiteral("answer"),
                              QStringLiteral("v=0\r\nm=audio renegotiated\r\n"));
    }
    bool addVideo() override
    {
        emit localDescription(QStringLiteral("offer"),
                              QStringLiteral("v=0\r\nm=audio\r\nm=video camera\r\n"));
        return true;
    }
    bool setScreenSharing(bool sharing, const ScreenSource &) override
    {
        sharingScreen = sharing;
        emit localDescription(QStringLiteral("offer"),
                              sharing ? QStringLiteral("v=0\r\nm=video screen\r\n")
                                      : QStringLiteral("v=0\r\nm=video 0\r\n"));
        return true;
    }
    bool isScreenSharing() const override { return sharingScreen; }
    void abandonOffer() override { ++abandonedOffers; }
    QString screenStreamId() const override
    {
        return sharingScreen ? QStringLiteral("fake-screen") : QString();
    }
    void setRemoteStreamPurposes(const QHash<QString, QString> &purposes) override
    {
        remotePurposes = purposes;
    }
    bool setHolding(bool holding) override
    {
        if (refuseHold)
            return false;
        emit localDescription(QStringLiteral("offer"),
                              holding ? QStringLiteral("v=0\r\nm=audio 9\r\na=sendonly\r\n")
                                      : QStringLiteral("v=0\r\nm=audio 9\r\na=sendrecv\r\n"));
        return true;
    }
    void setMicrophoneMuted(bool m) override { muted = m; }
    bool isMicrophoneMuted() const override { return muted; }
    void setCameraEnabled(bool enabled) override { cameraEnabled = enabled; }
    bool isCameraEnabled() const override { return cameraEnabled; }
    void close() override { setState(State::Closed); }
    State state() const override { return m_state; }
    QString streamId() const override { return QStringLiteral("fake-stream"); }
    qint64 audioFramesReceived() const override { return 0; }
    qint64 videoFramesReceived() const override { return 0; }

    void setState(State state)
    {
        m_state = state;
        emit stateChanged(state);
    }
    void gather(const QStringList &candidates)
    {
        for (const QString &c : candidates)
            emit localCandidate(IceCandidate{c, QStringLiteral("0"), 0});
    }

    bool offeredVideo = false;
    bool answeredVideo = false;
    bool muted = false;
    bool cameraEnabled = true;
    QString remoteOffer;
    QStringList remoteAnswers;
    bool sharingScreen = false;
    int abandonedOffers = 0;
    QHash<QString, QString> remotePurposes;
    QList<IceCandidate> remoteCandidates;
    QStringList renegotiations;
    bool refuseHold = false;

private:
    State m_state = State::Idle;
};

struct Sent
{
    QString roomId;
    QString type;
    QJsonObject content;
};

// One user's device: a CallManager whose events are recorded, not sent.
struct Device
{
    QString userId;
    QString deviceId;
    QList<Sent> sent;
    QList<QPointer<FakeMedia>> media;
    qint64 now = 1'700'000'000'000;
    std::unique_ptr<CallManager> manager;

    Device(const QString &user, const QString &device) : userId(user), deviceId(device)
    {
        CallManager::Environment env;
        env.userId = user;
        env.partyId = device;
        env.send = [this](const QString &roomId, const QString &type, const QJsonObject &content) {
            sent.append({roomId, type, content});
        };
        env.createMedia = [this](QObject *parent) {
            auto *m = new FakeMedia(parent);
            media.append(m);
            return m;
        };
        env.nowMs = [this]() { return now; };
        manager = std::make_unique<CallManager>(env);
        manager->setCandidateBatchDelay(20);
        manager->setMuteChangeDelay(20);
        manager->setInviteLifetime(60'000);
        manager->setMinimumRingTime(1'000);
    }

    FakeMedia *lastMedia() const { return media.isEmpty() ? nullptr : media.last().data(); }
    QStringList sentTypes() const
    {
        QStringList types;
        for (const Sent &s : sent)
            types.append(s.type);
        return types;
    }
    qsizetype count(const QString &type) const { return sentTypes().count(type); }
    Sent lastSent(const QString &type) const
    {
        for (auto it = sent.crbegin(); it != sent.crend(); ++it) {
            if (it->type == type)
                return *it;
        }
        return {};
    }
};

TimelineEvent timelineEvent(const QString &sender, const QString &type, const QJsonObject &content,
                            qint64 ageMs = 0)
{
    static int counter = 0;
    TimelineEvent event;
    event.eventId = QStringLiteral("$e%1").arg(++counter);
    event.type = type;
    event.sender = sender;
    event.content = content;
    event.originServerTs = 1'700'000'000'000 - ageMs;
    event.json = QJsonObject{{"type", type},
                             {"sender", sender},
                             {"event_id", event.eventId},
                             {"content", content},
                             {"unsigned", QJsonObject{{"age", double(ageMs)}}}};
    return event;
}

// Hands `from`'s sent events (from index `first`, up to `end`) to `to` as one sync batch.
void deliver(const Device &from, Device &to, qsizetype first = 0, qsizetype end = -1,
             qint64 ageMs = 0)
{
    QList<TimelineEvent> events;
    const qsizetype last = end < 0 ? from.sent.size() : end;
    for (qsizetype i = first; i < last; ++i)
        events.append(
            timelineEvent(from.userId, from.sent.at(i).type, from.sent.at(i).content, ageMs));
    to.manager->handleRoomEvents(Room, events, to.now);
}

// The sdp_stream_metadata entry of the (one) stream in `content`.
QJsonObject streamOf(const QJsonObject &content)
{
    const QJsonObject metadata = content.value("sdp_stream_metadata").toObject();
    return metadata.isEmpty() ? QJsonObject{} : metadata.begin().value().toObject();
}

QJsonObject metadataChange(const QString &callId, const QString &party, bool audioMuted,
                           bool videoMuted)
{
    return {{"call_id", callId},
            {"party_id", party},
            {"version", "1"},
            {"sdp_stream_metadata",
             QJsonObject{{"stream1", QJsonObject{{"purpose", "m.usermedia"},
                                                 {"audio_muted", audioMuted},
                                                 {"video_muted", videoMuted}}}}}};
}

// A video (or voice) call from alice to bob, answered and connected on both sides.
std::pair<Call *, Call *> connectedCall(Device &alice, Device &bob, bool video = true)
{
    QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
    Call *outgoing = alice.manager->placeCall(Room, bob.userId, video);
    deliver(alice, bob);
    Call *incoming = rings.isEmpty() ? nullptr : rings.first().first().value<Call *>();
    if (!incoming)
        return {outgoing, nullptr};
    incoming->answer(video);
    deliver(bob, alice);
    alice.lastMedia()->setState(CallMedia::State::Connected);
    bob.lastMedia()->setState(CallMedia::State::Connected);
    return {outgoing, incoming};
}

QJsonObject invite(const QString &callId, const QString &party, int lifetime = 60'000,
                   const QString &invitee = {})
{
    QJsonObject content{
        {"call_id", callId},
        {"party_id", party},
        {"version", "1"},
        {"lifetime", lifetime},
        {"offer", QJsonObject{{"type", "offer"}, {"sdp", "v=0\r\nm=audio\r\nm=video\r\n"}}}};
    if (!invitee.isEmpty())
        content.insert("invitee", invitee);
    return content;
}

} // namespace

class TestCallManager : public QObject
{
    Q_OBJECT
private slots:
    void placingACallSendsAVersionOneInviteThenBatchedCandidates()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Call *call = alice.manager->placeCall(Room, QStringLiteral("@bob:example.org"), true);
        QVERIFY(call);
        QCOMPARE(call->state(), Call::State::Inviting);
        QVERIFY(alice.lastMedia()->offeredVideo);
        QCOMPARE(alice.sentTypes(), QStringList{"m.call.invite"});
        const QJsonObject content = alice.sent.first().content;
        QCOMPARE(alice.sent.first().roomId, Room);
        QCOMPARE(content.value("call_id").toString(), call->callId());
        QCOMPARE(content.value("party_id").toString(), QStringLiteral("ALICEDEV"));
        QCOMPARE(content.value("version").toString(), QStringLiteral("1"));
        QCOMPARE(content.value("lifetime").toInt(), 60'000);
        QCOMPARE(content.value("invitee").toString(), QStringLiteral("@bob:example.org"));
        QCOMPARE(content.value("offer").toObject().value("type").toString(),
                 QStringLiteral("offer"));
        QVERIFY(!content.value("offer").toObject().value("sdp").toString().isEmpty());

        alice.lastMedia()->gather({"candidate:1 1 UDP 1 127.0.0.1 5000 typ host",
                                   "candidate:2 1 UDP 1 127.0.0.1 5001 typ host"});
        QCOMPARE(alice.sent.size(), 1); // batched, not one event each
        QTRY_COMPARE(alice.sent.size(), 2);
        QCOMPARE(alice.sent.last().type, QStringLiteral("m.call.candidates"));
        QCOMPARE(alice.sent.last().content.value("candidates").toArray().size(), 2);
        QCOMPARE(alice.sent.last().content.value("call_id").toString(), call->callId());
        // The end of gathering goes out at once.
        alice.lastMedia()->gather({"candidate:3 1 UDP 1 127.0.0.1 5002 typ host", QString()});
        QCOMPARE(alice.sent.size(), 3);
        const QJsonArray last = alice.sent.last().content.value("candidates").toArray();
        QCOMPARE(last.size(), 2);
        QCOMPARE(last.at(1).toObject().value("candidate").toString(), QString());
    }

    void inviteAndAnswerDescribeTheirStream()
    {
        // sdp_stream_metadata: what the media's one stream carries (matrix-js-sdk keys
        // the remote feeds by it).
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        alice.manager->placeCall(Room, bob.userId, false);
        const QJsonObject offered = alice.lastSent("m.call.invite")
                                        .content.value("sdp_stream_metadata")
                                        .toObject()
                                        .value("fake-stream")
                                        .toObject();
        QCOMPARE(offered.value("purpose").toString(), QStringLiteral("m.usermedia"));
        QCOMPARE(offered.value("audio_muted"), QJsonValue(false));
        QCOMPARE(offered.value("video_muted"), QJsonValue(true)); // a voice call

        deliver(alice, bob);
        QCOMPARE(rings.size(), 1);
        rings.first().first().value<Call *>()->answer(false);
        const QJsonObject answered = bob.lastSent("m.call.answer")
                                         .content.value("sdp_stream_metadata")
                                         .toObject()
                                         .value("fake-stream")
                                         .toObject();
        QCOMPARE(answered.value("purpose").toString(), QStringLiteral("m.usermedia"));
        QCOMPARE(answered.value("video_muted"), QJsonValue(true));
    }

    void muteAndCameraChangesAreToldToTheOtherSide()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        QCOMPARE(outgoing->state(), Call::State::Connected);
        QVERIFY(!incoming->remoteAudioMuted());
        QVERIFY(!incoming->remoteVideoMuted());
        QSignalSpy changes(incoming, &Call::remoteMuteChanged);

        const qsizetype before = alice.sent.size();
        outgoing->setMicrophoneMuted(true);
        QVERIFY(alice.lastMedia()->muted);
        QTRY_COMPARE(alice.count("m.call.sdp_stream_metadata_changed"), 1);
        const QJsonObject content = alice.lastSent("m.call.sdp_stream_metadata_changed").content;
        QCOMPARE(content.value("call_id").toString(), outgoing->callId());
        QCOMPARE(content.value("party_id").toString(), QStringLiteral("ALICEDEV"));
        QCOMPARE(content.value("version").toString(), QStringLiteral("1"));
        QCOMPARE(content.value("sdp_stream_metadata").toObject().keys(),
                 QStringList{"fake-stream"});
        QCOMPARE(streamOf(content).value("purpose").toString(), QStringLiteral("m.usermedia"));
        QCOMPARE(streamOf(content).value("audio_muted"), QJsonValue(true));
        QCOMPARE(streamOf(content).value("video_muted"), QJsonValue(false));
        deliver(alice, bob, before);
        QCOMPARE(changes.size(), 1);
        QVERIFY(incoming->remoteAudioMuted());
        QVERIFY(!incoming->remoteVideoMuted());

        // The other way: bob turns his camera off.
        const qsizetype bobBefore = bob.sent.size();
        incoming->setCameraEnabled(false);
        QVERIFY(!bob.lastMedia()->cameraEnabled);
        QVERIFY(!incoming->isCameraEnabled());
        QTRY_COMPARE(bob.count("m.call.sdp_stream_metadata_changed"), 1);
        const QJsonObject bobs = bob.lastSent("m.call.sdp_stream_metadata_changed").content;
        QCOMPARE(streamOf(bobs).value("audio_muted"), QJsonValue(false));
        QCOMPARE(streamOf(bobs).value("video_muted"), QJsonValue(true));
        deliver(bob, alice, bobBefore);
        QVERIFY(outgoing->remoteVideoMuted());
        QVERIFY(!outgoing->remoteAudioMuted());
    }

    void quickTogglesGoOutAsOneChangeOrNone()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        outgoing->setMicrophoneMuted(true);
        outgoing->setMicrophoneMuted(false); // back before anything went out
        QTest::qWait(100);
        QCOMPARE(alice.count("m.call.sdp_stream_metadata_changed"), 0);

        outgoing->setMicrophoneMuted(true);
        outgoing->setCameraEnabled(false);
        outgoing->setMicrophoneMuted(false);
        outgoing->setMicrophoneMuted(true);
        QTRY_COMPARE(alice.count("m.call.sdp_stream_metadata_changed"), 1);
        QTest::qWait(100);
        QCOMPARE(alice.count("m.call.sdp_stream_metadata_changed"), 1);
        const QJsonObject stream =
            streamOf(alice.lastSent("m.call.sdp_stream_metadata_changed").content);
        QCOMPARE(stream.value("audio_muted"), QJsonValue(true));
        QCOMPARE(stream.value("video_muted"), QJsonValue(true));
    }

    void muteStateOfInviteAndAnswerIsRead()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        QJsonObject content = invite("c1", "ALICEDEV");
        content.insert("sdp_stream_metadata",
                       metadataChange("c1", "ALICEDEV", true, false).value("sdp_stream_metadata"));
        bob.manager->handleRoomEvents(Room, {timelineEvent(alice.userId, "m.call.invite", content)},
                                      bob.now);
        QCOMPARE(rings.size(), 1);
        Call *incoming = rings.first().first().value<Call *>();
        QVERIFY(incoming->remoteAudioMuted());
        QVERIFY(!incoming->remoteVideoMuted());

        // The caller's side: the answer says bob's camera is off.
        Call *outgoing = alice.manager->placeCall(Room, bob.userId, true);
        QSignalSpy changes(outgoing, &Call::remoteMuteChanged);
        QJsonObject answer{{"call_id", outgoing->callId()},
                           {"party_id", "BOBDEV"},
                           {"version", "1"},
                           {"answer", QJsonObject{{"type", "answer"}, {"sdp", "v=0\r\n"}}}};
        answer.insert(
            "sdp_stream_metadata",
            metadataChange(outgoing->callId(), "BOBDEV", false, true).value("sdp_stream_metadata"));
        alice.manager->handleRoomEvents(Room, {timelineEvent(bob.userId, "m.call.answer", answer)},
                                        alice.now);
        QCOMPARE(outgoing->state(), Call::State::Connecting);
        QCOMPARE(changes.size(), 1);
        QVERIFY(outgoing->remoteVideoMuted());
        QVERIFY(!outgoing->remoteAudioMuted());
    }

    void aScreenShareInTheirMetadataIsSeenAndItsEnd()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        QSignalSpy sharing(outgoing, &Call::remoteSharingChanged);
        QSignalSpy mutes(outgoing, &Call::remoteMuteChanged);
        // matrix-js-sdk's renegotiation for a screen share names both streams.
        QJsonObject change = metadataChange(outgoing->callId(), "BOBDEV", false, false);
        QJsonObject streams = change.value("sdp_stream_metadata").toObject();
        streams.insert("screen1", QJsonObject{{"purpose", "m.screenshare"}});
        change.insert("sdp_stream_metadata", streams);
        alice.manager->handleRoomEvents(
            Room, {timelineEvent(bob.userId, "m.call.sdp_stream_metadata_changed", change)},
            alice.now);
        QVERIFY(outgoing->isRemoteSharing());
        QCOMPARE(sharing.size(), 1);
        QVERIFY(mutes.isEmpty()); // their microphone and camera did not change

        // An event without metadata says nothing of it; one without the screen ends it.
        QJsonObject bare = change;
        bare.remove("sdp_stream_metadata");
        alice.manager->handleRoomEvents(
            Room, {timelineEvent(bob.userId, "m.call.sdp_stream_metadata_changed", bare)},
            alice.now);
        QVERIFY(outgoing->isRemoteSharing());
        alice.manager->handleRoomEvents(
            Room,
            {timelineEvent(bob.userId, "m.call.sdp_stream_metadata_changed",
                           metadataChange(outgoing->callId(), "BOBDEV", false, false))},
            alice.now);
        QVERIFY(!outgoing->isRemoteSharing());
        QCOMPARE(sharing.size(), 2);
    }

    void muteChangesOfOtherPartiesAndCallsAreIgnored()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        QSignalSpy changes(outgoing, &Call::remoteMuteChanged);
        const QString callId = outgoing->callId();
        alice.manager->handleRoomEvents(
            Room,
            {// another device of bob's, not in this call
             timelineEvent(bob.userId, "m.call.sdp_stream_metadata_changed",
                           metadataChange(callId, "BOBOTHER", true, true)),
             // another call
             timelineEvent(bob.userId, "m.call.sdp_stream_metadata_changed",
                           metadataChange("other-call", "BOBDEV", true, true)),
             // someone else with bob's party id
             timelineEvent("@carol:example.org", "m.call.sdp_stream_metadata_changed",
                           metadataChange(callId, "BOBDEV", true, true))},
            alice.now);
        QCOMPARE(changes.size(), 0);
        QVERIFY(!outgoing->remoteAudioMuted());
        QVERIFY(!outgoing->remoteVideoMuted());

        // The unstable name matrix-js-sdk used before the spec counts too.
        alice.manager->handleRoomEvents(
            Room,
            {timelineEvent(bob.userId, "org.matrix.call.sdp_stream_metadata_changed",
                           metadataChange(callId, "BOBDEV", true, false))},
            alice.now);
        QCOMPARE(changes.size(), 1);
        QVERIFY(outgoing->remoteAudioMuted());
    }

    void aRenegotiationOfferIsAnsweredAndItsHoldShown()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        QSignalSpy hold(outgoing, &Call::holdChanged);
        const QString callId = outgoing->callId();
        auto negotiate = [&](const QString &party, const QString &type, const QString &sdp) {
            QJsonObject content = metadataChange(callId, party, true, true);
            content.insert("lifetime", 10'000);
            content.insert("description", QJsonObject{{"type", type}, {"sdp", sdp}});
            alice.manager->handleRoomEvents(
                Room, {timelineEvent(bob.userId, "m.call.negotiate", content)}, alice.now);
        };
        const QString holdOffer =
            QStringLiteral("v=0\r\nm=audio 9\r\na=sendonly\r\nm=video 9\r\na=inactive\r\n");

        // Not from the party in this call, or not an offer: nothing happens.
        negotiate(QStringLiteral("BOBOTHER"), QStringLiteral("offer"), holdOffer);
        negotiate(QStringLiteral("BOBDEV"), QStringLiteral("answer"), holdOffer);
        QVERIFY(alice.lastMedia()->renegotiations.isEmpty());
        QCOMPARE(alice.count("m.call.negotiate"), 0);
        QCOMPARE(hold.size(), 0);

        negotiate(QStringLiteral("BOBDEV"), QStringLiteral("offer"), holdOffer);
        QCOMPARE(alice.lastMedia()->renegotiations, QStringList{holdOffer});
        QCOMPARE(alice.count("m.call.negotiate"), 1);
        const QJsonObject answer = alice.lastSent("m.call.negotiate").content;
        QCOMPARE(answer.value("call_id").toString(), callId);
        QCOMPARE(answer.value("party_id").toString(), QStringLiteral("ALICEDEV"));
        QCOMPARE(answer.value("version").toString(), QStringLiteral("1"));
        QVERIFY(answer.value("lifetime").toInt() > 0);
        QCOMPARE(answer.value("description").toObject().value("type").toString(),
                 QStringLiteral("answer"));
        QVERIFY(answer.value("description")
                    .toObject()
                    .value("sdp")
                    .toString()
                    .contains("renegotiated"));
        QCOMPARE(streamOf(answer).value("purpose").toString(), QStringLiteral("m.usermedia"));
        QCOMPARE(alice.count("m.call.answer"), 0);
        QVERIFY(outgoing->isOnHold());
        QCOMPARE(hold.size(), 1);
        QVERIFY(outgoing->remoteAudioMuted()); // its metadata is read too
        QCOMPARE(outgoing->state(), Call::State::Connected);

        negotiate(QStringLiteral("BOBDEV"), QStringLiteral("offer"),
                  QStringLiteral("v=0\r\nm=audio 9\r\na=sendrecv\r\nm=video 9\r\na=sendrecv\r\n"));
        QVERIFY(!outgoing->isOnHold());
        QCOMPARE(hold.size(), 2);
        QCOMPARE(alice.count("m.call.negotiate"), 2);
    }

    void noMuteChangeGoesOutBeforeTheCallIsSetUpOrAfterItEnds()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        Call *outgoing = alice.manager->placeCall(Room, bob.userId, false);
        deliver(alice, bob);
        Call *incoming = rings.first().first().value<Call *>();
        incoming->setMicrophoneMuted(true); // ringing: no media, nothing to mute
        QVERIFY(!incoming->isMicrophoneMuted());
        incoming->answer(false);
        QCOMPARE(streamOf(bob.lastSent("m.call.answer").content).value("audio_muted"),
                 QJsonValue(false));
        incoming->setMicrophoneMuted(true);
        incoming->hangUp(); // before the change went out
        QTest::qWait(100);
        QCOMPARE(bob.count("m.call.sdp_stream_metadata_changed"), 0);
        QCOMPARE(outgoing->state(), Call::State::Inviting);
    }

    void aSecondCallIsNotPlacedWhileOneIsGoingOn()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        QVERIFY(alice.manager->placeCall(Room, QStringLiteral("@bob:example.org"), false));
        QVERIFY(!alice.manager->placeCall(Room, QStringLiteral("@bob:example.org"), false));
    }

    void inviteRingsAndAnswerConnectsBothSides()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        Call *outgoing = alice.manager->placeCall(Room, bob.userId, true);
        alice.lastMedia()->gather({"candidate:1 1 UDP 1 127.0.0.1 5000 typ host", QString()});
        deliver(alice, bob); // invite and candidates in one batch
        QCOMPARE(rings.size(), 1);
        Call *incoming = rings.first().first().value<Call *>();
        QCOMPARE(incoming->state(), Call::State::Ringing);
        QCOMPARE(incoming->callId(), outgoing->callId());
        QCOMPARE(incoming->remoteUserId(), alice.userId);
        QCOMPARE(incoming->remotePartyId(), QStringLiteral("ALICEDEV"));
        QVERIFY(incoming->offersVideo());
        QVERIFY(bob.media.isEmpty()); // no media until answered

        incoming->answer(true);
        QCOMPARE(incoming->state(), Call::State::Connecting);
        QVERIFY(bob.lastMedia()->remoteOffer.contains("m=video"));
        QVERIFY(bob.lastMedia()->answeredVideo);
        QCOMPARE(bob.lastMedia()->remoteCandidates.size(), 2); // the ones that came early
        QCOMPARE(bob.sentTypes(), QStringList{"m.call.answer"});
        QCOMPARE(bob.sent.first().content.value("answer").toObject().value("type").toString(),
                 QStringLiteral("answer"));
        QCOMPARE(bob.sent.first().content.value("party_id").toString(), QStringLiteral("BOBDEV"));

        const qsizetype aliceSent = alice.sent.size();
        deliver(bob, alice);
        QCOMPARE(outgoing->state(), Call::State::Connecting);
        QCOMPARE(outgoing->remotePartyId(), QStringLiteral("BOBDEV"));
        QVERIFY(alice.lastMedia()->remoteAnswers.value(0).contains("answer"));
        QCOMPARE(alice.sent.size(), aliceSent + 1);
        QCOMPARE(alice.sent.last().type, QStringLiteral("m.call.select_answer"));
        QCOMPARE(alice.sent.last().content.value("selected_party_id").toString(),
                 QStringLiteral("BOBDEV"));
        deliver(alice, bob, aliceSent); // bob was selected: nothing changes
        QCOMPARE(incoming->state(), Call::State::Connecting);

        alice.lastMedia()->setState(CallMedia::State::Connected);
        bob.lastMedia()->setState(CallMedia::State::Connected);
        QCOMPARE(outgoing->state(), Call::State::Connected);
        QCOMPARE(incoming->state(), Call::State::Connected);
        QVERIFY(outgoing->connectedAt().isValid());

        incoming->setMicrophoneMuted(true);
        QVERIFY(bob.lastMedia()->muted);
    }

    void aCallToAnyoneInTheRoomIsTakenByWhoeverAnswers()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        Call *outgoing = alice.manager->placeCall(Room, QString(), false);
        QVERIFY(!alice.sent.first().content.contains("invitee"));
        deliver(alice, bob);
        QCOMPARE(rings.size(), 1);
        rings.first().first().value<Call *>()->answer(false);
        bob.lastMedia()->gather({"candidate:1 1 UDP 1 127.0.0.1 5000 typ host", QString()});
        deliver(bob, alice);
        QCOMPARE(outgoing->state(), Call::State::Connecting);
        QCOMPARE(outgoing->remoteUserId(), bob.userId);
        QCOMPARE(alice.lastMedia()->remoteCandidates.size(), 2);
    }

    void hangUpEndsBothSidesWithTheReason()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        Call *outgoing = alice.manager->placeCall(Room, bob.userId, false);
        deliver(alice, bob);
        Call *incoming = rings.first().first().value<Call *>();
        incoming->answer(false);
        deliver(bob, alice);
        QSignalSpy aliceEnded(alice.manager.get(), &CallManager::callEnded);
        const qsizetype bobSent = bob.sent.size();
        incoming->hangUp();
        QCOMPARE(incoming->state(), Call::State::Ended);
        QCOMPARE(incoming->endReason(), QStringLiteral("user_hangup"));
        QCOMPARE(bob.lastMedia()->state(), CallMedia::State::Closed);
        QCOMPARE(bob.sent.last().type, QStringLiteral("m.call.hangup"));
        QCOMPARE(bob.sent.last().content.value("reason").toString(), QStringLiteral("user_hangup"));
        deliver(bob, alice, bobSent);
        QCOMPARE(outgoing->state(), Call::State::Ended);
        QVERIFY(outgoing->endedRemotely());
        QCOMPARE(aliceEnded.size(), 1);
        QCOMPARE(alice.lastMedia()->state(), CallMedia::State::Closed);
        QVERIFY(!alice.manager->activeCall());
    }

    void rejectEndsTheCallersCall()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        Call *outgoing = alice.manager->placeCall(Room, bob.userId, false);
        deliver(alice, bob);
        Call *incoming = rings.first().first().value<Call *>();
        incoming->reject();
        QCOMPARE(incoming->endReason(), QStringLiteral("rejected"));
        QCOMPARE(bob.sentTypes(), QStringList{"m.call.reject"});
        QVERIFY(bob.media.isEmpty());
        deliver(bob, alice);
        QCOMPARE(outgoing->state(), Call::State::Ended);
        QCOMPARE(outgoing->endReason(), QStringLiteral("rejected"));
        QCOMPARE(alice.sent.last().type, QStringLiteral("m.call.select_answer"));
        QCOMPARE(alice.sent.last().content.value("selected_party_id").toString(), bob.deviceId);
    }

    void anInviteHungUpInTheSameBatchNeverRings()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        Call *outgoing = alice.manager->placeCall(Room, bob.userId, false);
        outgoing->hangUp();
        QCOMPARE(alice.sentTypes(), (QStringList{"m.call.invite", "m.call.hangup"}));
        deliver(alice, bob);
        QCOMPARE(rings.size(), 0);
        QVERIFY(!bob.manager->activeCall());
    }

    void expiredInvitesAreIgnored()
    {
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        const QString alice = QStringLiteral("@alice:example.org");
        bob.manager->handleRoomEvents(
            Room, {timelineEvent(alice, "m.call.invite", invite("c1", "A", 60'000), 61'000)},
            bob.now);
        // Valid by the lifetime, but too little left to pick up.
        bob.manager->handleRoomEvents(
            Room, {timelineEvent(alice, "m.call.invite", invite("c2", "A", 60'000), 59'500)},
            bob.now);
        // Received a while ago and only looked at now: that time counts too.
        const qint64 receivedAt = bob.now - 58'500;
        bob.manager->handleRoomEvents(
            Room, {timelineEvent(alice, "m.call.invite", invite("c3", "A", 60'000), 1'000)},
            receivedAt);
        QCOMPARE(rings.size(), 0);
        bob.manager->handleRoomEvents(
            Room, {timelineEvent(alice, "m.call.invite", invite("c4", "A", 60'000), 30'000)},
            bob.now);
        QCOMPARE(rings.size(), 1);
    }

    void ringingStopsWhenTheInviteExpires()
    {
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        bob.manager->setMinimumRingTime(0);
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        bob.manager->handleRoomEvents(Room,
                                      {timelineEvent("@alice:example.org", "m.call.invite",
                                                     invite("c1", "A", 60'000), 59'800)},
                                      bob.now);
        QCOMPARE(rings.size(), 1);
        Call *call = rings.first().first().value<Call *>();
        QTRY_COMPARE(call->state(), Call::State::Ended);
        QCOMPARE(call->endReason(), QStringLiteral("invite_timeout"));
        QVERIFY(bob.sent.isEmpty()); // the callee sends nothing for it
    }

    void theCallerHangsUpAnUnansweredInviteAtItsLifetime()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        alice.manager->setInviteLifetime(100);
        Call *call = alice.manager->placeCall(Room, QStringLiteral("@bob:example.org"), false);
        QTRY_COMPARE(call->state(), Call::State::Ended);
        QCOMPARE(call->endReason(), QStringLiteral("invite_timeout"));
        QCOMPARE(alice.sent.last().type, QStringLiteral("m.call.hangup"));
        QCOMPARE(alice.sent.last().content.value("reason").toString(),
                 QStringLiteral("invite_timeout"));
    }

    void anAnswerFromAnotherOfMyDevicesStopsRinging()
    {
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        bob.manager->handleRoomEvents(
            Room, {timelineEvent("@alice:example.org", "m.call.invite", invite("c1", "A"))},
            bob.now);
        Call *call = rings.first().first().value<Call *>();
        bob.manager->handleRoomEvents(
            Room,
            {timelineEvent(bob.userId, "m.call.answer",
                           {{"call_id", "c1"},
                            {"party_id", "BOBPHONE"},
                            {"version", "1"},
                            {"answer", QJsonObject{{"type", "answer"}, {"sdp", "v=0"}}}})},
            bob.now);
        QCOMPARE(call->state(), Call::State::Ended);
        QCOMPARE(call->endReason(), QStringLiteral("answered_elsewhere"));
        QVERIFY(bob.sent.isEmpty());
    }

    void aRejectFromAnotherOfMyDevicesStopsRinging()
    {
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        bob.manager->handleRoomEvents(
            Room, {timelineEvent("@alice:example.org", "m.call.invite", invite("c1", "A"))},
            bob.now);
        Call *call = rings.first().first().value<Call *>();
        bob.manager->handleRoomEvents(
            Room,
            {timelineEvent(bob.userId, "m.call.reject",
                           {{"call_id", "c1"}, {"party_id", "BOBPHONE"}, {"version", "1"}})},
            bob.now);
        QCOMPARE(call->state(), Call::State::Ended);
        QCOMPARE(call->endReason(), QStringLiteral("rejected"));
    }

    void selectAnswerOfAnotherPartyEndsOurAnsweredCall()
    {
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        const QString alice = QStringLiteral("@alice:example.org");
        bob.manager->handleRoomEvents(
            Room, {timelineEvent(alice, "m.call.invite", invite("c1", "A"))}, bob.now);
        Call *call = rings.first().first().value<Call *>();
        call->answer(false);
        bob.manager->handleRoomEvents(Room,
                                      {timelineEvent(alice, "m.call.select_answer",
                                                     {{"call_id", "c1"},
                                                      {"party_id", "A"},
                                                      {"version", "1"},
                                                      {"selected_party_id", "BOBPHONE"}})},
                                      bob.now);
        QCOMPARE(call->state(), Call::State::Ended);
        QCOMPARE(call->endReason(), QStringLiteral("answered_elsewhere"));
        QCOMPARE(bob.lastMedia()->state(), CallMedia::State::Closed);
    }

    void onlyTheFirstAnswerIsTakenAndOnlyItsCandidatesUsed()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        const QString bob = QStringLiteral("@bob:example.org");
        Call *call = alice.manager->placeCall(Room, bob, false);
        const auto candidates = [&](const QString &party, const QString &c) {
            return timelineEvent(bob, "m.call.candidates",
                                 {{"call_id", call->callId()},
                                  {"party_id", party},
                                  {"version", "1"},
                                  {"candidates", QJsonArray{IceCandidate{c, "0", 0}.toJson()}}});
        };
        const auto answer = [&](const QString &party) {
            return timelineEvent(bob, "m.call.answer",
                                 {{"call_id", call->callId()},
                                  {"party_id", party},
                                  {"version", "1"},
                                  {"answer", QJsonObject{{"type", "answer"}, {"sdp", party}}}});
        };
        alice.manager->handleRoomEvents(Room,
                                        {candidates("PHONE", "candidate:phone"),
                                         candidates("LAPTOP", "candidate:laptop"), answer("LAPTOP"),
                                         answer("PHONE"), candidates("PHONE", "candidate:phone2")},
                                        alice.now);
        QCOMPARE(call->remotePartyId(), QStringLiteral("LAPTOP"));
        QCOMPARE(alice.lastMedia()->remoteAnswers.value(0), QStringLiteral("LAPTOP"));
        QCOMPARE(alice.lastMedia()->remoteCandidates.size(), 1);
        QCOMPARE(alice.lastMedia()->remoteCandidates.first().candidate,
                 QStringLiteral("candidate:laptop"));
        QCOMPARE(
            alice.lastSent("m.call.select_answer").content.value("selected_party_id").toString(),
            QStringLiteral("LAPTOP"));
    }

    void aSecondInviteDuringACallIsAnsweredBusy()
    {
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        bob.manager->handleRoomEvents(
            Room, {timelineEvent("@alice:example.org", "m.call.invite", invite("c1", "A"))},
            bob.now);
        rings.first().first().value<Call *>()->answer(false);
        bob.manager->handleRoomEvents(
            Room, {timelineEvent("@carol:example.org", "m.call.invite", invite("c2", "C"))},
            bob.now);
        QCOMPARE(rings.size(), 1);
        const Sent busy = bob.sent.last();
        QCOMPARE(busy.type, QStringLiteral("m.call.hangup"));
        QCOMPARE(busy.content.value("call_id").toString(), QStringLiteral("c2"));
        QCOMPARE(busy.content.value("reason").toString(), QStringLiteral("user_busy"));
        QCOMPARE(bob.manager->activeCall()->callId(), QStringLiteral("c1"));
    }

    void glareKeepsTheCallWithTheLesserIdOnBothSides()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        QSignalSpy aliceRings(alice.manager.get(), &CallManager::incomingCall);
        QSignalSpy bobRings(bob.manager.get(), &CallManager::incomingCall);
        QSignalSpy aliceReplaced(alice.manager.get(), &CallManager::callReplaced);
        QSignalSpy bobReplaced(bob.manager.get(), &CallManager::callReplaced);
        Call *fromAlice = alice.manager->placeCall(Room, bob.userId, true);
        Call *fromBob = bob.manager->placeCall(Room, alice.userId, true);
        QCOMPARE(alice.sent.size(), 1);
        QCOMPARE(bob.sent.size(), 1);
        deliver(alice, bob, 0, 1); // the invites cross
        deliver(bob, alice, 0, 1);
        QCOMPARE(aliceRings.size(), 0);
        QCOMPARE(bobRings.size(), 0);
        const bool aliceWins = fromAlice->callId() < fromBob->callId();
        Call *winnerOut = aliceWins ? fromAlice : fromBob;
        Call *loserOut = aliceWins ? fromBob : fromAlice;
        Device &callee = aliceWins ? bob : alice;
        QCOMPARE(loserOut->state(), Call::State::Ended);
        QCOMPARE(loserOut->endReason(), QStringLiteral("replaced"));
        QCOMPARE(winnerOut->state(), Call::State::Inviting); // its answer is on the way
        QCOMPARE((aliceWins ? bobReplaced : aliceReplaced).size(), 1);
        QCOMPARE((aliceWins ? aliceReplaced : bobReplaced).size(), 0);
        Call *answered = callee.manager->activeCall();
        QVERIFY(answered);
        QCOMPARE(answered->callId(), winnerOut->callId());
        QCOMPARE(answered->state(), Call::State::Connecting);
        QVERIFY(answered->sendsVideo());
        QCOMPARE(callee.sent.last().type, QStringLiteral("m.call.answer"));
        // Nothing was sent for the dropped call: the other side dropped it too.
        QCOMPARE(alice.sentTypes().count("m.call.hangup") + bob.sentTypes().count("m.call.hangup"),
                 0);
        deliver(callee, aliceWins ? alice : bob, 1); // then the answer
        QCOMPARE(winnerOut->state(), Call::State::Connecting);
        QCOMPARE(winnerOut->remotePartyId(), callee.deviceId);
    }

    void ourOwnEchoAndInvitesForOthersAreIgnored()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        QSignalSpy rings(alice.manager.get(), &CallManager::incomingCall);
        Call *call = alice.manager->placeCall(Room, QStringLiteral("@bob:example.org"), false);
        deliver(alice, alice); // the remote echo of our invite
        QCOMPARE(rings.size(), 0);
        QCOMPARE(call->state(), Call::State::Inviting);
        call->hangUp();
        alice.manager->handleRoomEvents(
            Room,
            {timelineEvent("@bob:example.org", "m.call.invite",
                           invite("c9", "B", 60'000, QStringLiteral("@carol:example.org")))},
            alice.now);
        QCOMPARE(rings.size(), 0);
    }

    void anIceFailureHangsUpWithIceFailed()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Call *call = alice.manager->placeCall(Room, QStringLiteral("@bob:example.org"), false);
        emit alice.lastMedia()->failed(QStringLiteral("could not connect (ICE failed)"),
                                       CallMedia::Failure::Connection);
        QCOMPARE(call->state(), Call::State::Ended);
        QCOMPARE(call->endReason(), QStringLiteral("ice_failed"));
        QCOMPARE(alice.sent.last().content.value("reason").toString(),
                 QStringLiteral("ice_failed"));
    }

    void aCallThatNeverConnectsFailsWithIceFailed()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        alice.manager->setConnectTimeout(300);
        QSignalSpy rings(bob.manager.get(), &CallManager::incomingCall);
        Call *outgoing = alice.manager->placeCall(Room, bob.userId, false);
        deliver(alice, bob);
        QCOMPARE(rings.size(), 1);
        Call *incoming = rings.first().first().value<Call *>();
        incoming->answer(false);
        deliver(bob, alice);
        QCOMPARE(outgoing->state(), Call::State::Connecting);
        // ICE never says anything: no candidates came.
        QTRY_COMPARE_WITH_TIMEOUT(outgoing->state(), Call::State::Ended, 5'000);
        QCOMPARE(outgoing->endReason(), QStringLiteral("ice_failed"));
        QCOMPARE(alice.sent.last().content.value("reason").toString(),
                 QStringLiteral("ice_failed"));
        // A call that connects in time is not ended by it.
        Device carol(QStringLiteral("@carol:example.org"), QStringLiteral("CAROLDEV"));
        Device dave(QStringLiteral("@dave:example.org"), QStringLiteral("DAVEDEV"));
        carol.manager->setConnectTimeout(300);
        auto [connected, answered] = connectedCall(carol, dave);
        QVERIFY(answered);
        QTest::qWait(600);
        QCOMPARE(connected->state(), Call::State::Connected);
    }

    void weHoldAndResumeTheOtherSideByNegotiating()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        QSignalSpy aliceHold(outgoing, &Call::holdChanged);
        QSignalSpy bobHeld(incoming, &Call::holdChanged);
        const qsizetype aliceSentBefore = alice.sent.size();
        const qsizetype bobSentBefore = bob.sent.size();

        QVERIFY(outgoing->setHolding(true));
        QVERIFY(outgoing->isHolding());
        QCOMPARE(aliceHold.size(), 1);
        const QJsonObject offer = alice.lastSent("m.call.negotiate").content;
        QCOMPARE(offer.value("description").toObject().value("type").toString(),
                 QStringLiteral("offer"));
        QCOMPARE(offer.value("party_id").toString(), QStringLiteral("ALICEDEV"));
        QVERIFY(offer.value("lifetime").toInt() > 0);
        QCOMPARE(streamOf(offer).value("purpose").toString(), QStringLiteral("m.usermedia"));
        QCOMPARE(alice.count("m.call.invite"), 1); // a renegotiation, not a new call
        QVERIFY(!outgoing->canChangeHold());
        QVERIFY(!outgoing->setHolding(false)); // one change at a time: the answer is awaited

        // Bob's side answers it and shows the hold; Alice takes the answer.
        deliver(alice, bob, aliceSentBefore);
        QVERIFY(incoming->isOnHold());
        QCOMPARE(bobHeld.size(), 1);
        QCOMPARE(bob.lastMedia()->renegotiations.size(), 1);
        deliver(bob, alice, bobSentBefore);
        QVERIFY(outgoing->canChangeHold()); // answered
        QCOMPARE(aliceHold.size(), 2);

        const qsizetype aliceResumeFrom = alice.sent.size();
        QVERIFY(outgoing->setHolding(false));
        QVERIFY(!outgoing->isHolding());
        QCOMPARE(aliceHold.size(), 3);
        deliver(alice, bob, aliceResumeFrom);
        QVERIFY(!incoming->isOnHold());
        QCOMPARE(outgoing->state(), Call::State::Connected);
        QCOMPARE(incoming->state(), Call::State::Connected);
    }

    void aChangeLeftUnansweredIsGivenUpAfterItsLifetime()
    {
        // Their client never answers m.call.negotiate (one that does not renegotiate).
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        alice.manager->setInviteLifetime(1'500); // our offers' lifetime too
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        QSignalSpy unanswered(outgoing, &Call::offerUnanswered);
        QVERIFY(outgoing->setScreenSharing(true));
        QVERIFY(!outgoing->canChangeScreenSharing());
        QTRY_COMPARE(unanswered.size(), 1);
        // The media may make a new offer; the call takes changes again.
        QCOMPARE(alice.lastMedia()->abandonedOffers, 1);
        QVERIFY(outgoing->canChangeScreenSharing());
        QVERIFY(outgoing->setScreenSharing(false));
        QCOMPARE(outgoing->state(), Call::State::Connected);
    }

    void weShareOurScreenAsAStreamNamedInOurMetadata()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        QSignalSpy changes(outgoing, &Call::screenSharingChanged);
        const qsizetype aliceFrom = alice.sent.size();
        const qsizetype bobFrom = bob.sent.size();

        QVERIFY(outgoing->setScreenSharing(true));
        QVERIFY(outgoing->isScreenSharing());
        QCOMPARE(changes.size(), 1);
        const QJsonObject offer = alice.lastSent("m.call.negotiate").content;
        QCOMPARE(offer.value("description").toObject().value("type").toString(),
                 QStringLiteral("offer"));
        const QJsonObject streams = offer.value("sdp_stream_metadata").toObject();
        QCOMPARE(streams.value("fake-screen").toObject().value("purpose").toString(),
                 QStringLiteral("m.screenshare"));
        QCOMPARE(streams.value("fake-stream").toObject().value("purpose").toString(),
                 QStringLiteral("m.usermedia"));
        // One change at a time, hold included, until it is answered.
        QVERIFY(!outgoing->canChangeScreenSharing());
        QVERIFY(!outgoing->setHolding(true));

        // Bob's media learns which stream is the screen before it sees the offer.
        deliver(alice, bob, aliceFrom);
        QVERIFY(incoming->isRemoteSharing());
        QCOMPARE(bob.lastMedia()->remotePurposes.value("fake-screen"),
                 QStringLiteral("m.screenshare"));
        QCOMPARE(bob.lastMedia()->renegotiations.size(), 1);
        deliver(bob, alice, bobFrom);
        QCOMPARE(alice.lastMedia()->remoteAnswers.size(), 2); // the call's answer, then this one
        QVERIFY(alice.lastMedia()->remoteAnswers.last().contains("renegotiated"));
        QVERIFY(outgoing->canChangeScreenSharing());

        const qsizetype stopFrom = alice.sent.size();
        QVERIFY(outgoing->setScreenSharing(false));
        QVERIFY(!outgoing->isScreenSharing());
        QVERIFY(!alice.lastSent("m.call.negotiate")
                     .content.value("sdp_stream_metadata")
                     .toObject()
                     .contains("fake-screen"));
        deliver(alice, bob, stopFrom);
        QVERIFY(!incoming->isRemoteSharing());
    }

    void aVoiceCallTurnsIntoAVideoCallByNegotiating()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob, false);
        QVERIFY(incoming);
        QVERIFY(incoming->remoteVideoMuted()); // a voice call: no camera
        QVERIFY(!outgoing->sendsVideo());
        QVERIFY(outgoing->canStartVideo());
        const qsizetype aliceFrom = alice.sent.size();
        const qsizetype bobFrom = bob.sent.size();

        QVERIFY(outgoing->startVideo());
        QVERIFY(outgoing->sendsVideo());
        QVERIFY(outgoing->isCameraEnabled());
        QVERIFY(!outgoing->canStartVideo());
        QVERIFY(!outgoing->canChangeHold()); // one change at a time
        const QJsonObject offer = alice.lastSent("m.call.negotiate").content;
        QCOMPARE(offer.value("description").toObject().value("type").toString(),
                 QStringLiteral("offer"));
        QCOMPARE(streamOf(offer).value("video_muted").toBool(true), false);
        deliver(alice, bob, aliceFrom);
        QVERIFY(!incoming->remoteVideoMuted());
        deliver(bob, alice, bobFrom);
        QCOMPARE(alice.lastMedia()->remoteAnswers.size(), 2);
        QVERIFY(outgoing->canChangeHold());
    }

    void aScreenThatCannotBeCapturedStopsTheShare()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        const qsizetype aliceFrom = alice.sent.size();
        QVERIFY(outgoing->setScreenSharing(true));
        QSignalSpy changes(outgoing, &Call::screenSharingChanged);

        // While its offer is open the share stays; the answer lets it stop.
        emit alice.lastMedia()->screenSharingFailed(QStringLiteral("display gone"));
        QVERIFY(outgoing->isScreenSharing());
        QCOMPARE(changes.last().first().toString(), QStringLiteral("display gone"));
        deliver(alice, bob, aliceFrom);
        deliver(bob, alice, bob.sent.size() - 1);
        QVERIFY(!outgoing->isScreenSharing());
        QCOMPARE(alice.count("m.call.negotiate"), 2);
    }

    void holdNeedsAConnectedCallAndMediaThatCanRenegotiate()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Call *call = alice.manager->placeCall(Room, QStringLiteral("@bob:example.org"), false);
        QVERIFY(!call->setHolding(true)); // still inviting
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        call->hangUp();
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        alice.lastMedia()->refuseHold = true;
        QVERIFY(!outgoing->setHolding(true));
        QVERIFY(!outgoing->isHolding());
        QCOMPARE(alice.count("m.call.negotiate"), 0);
    }

    void anOfferCrossingOursIsDropped()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        QVERIFY(outgoing->setHolding(true));
        const qsizetype bobFrom = bob.sent.size();
        QVERIFY(incoming->setHolding(true));
        deliver(bob, alice, bobFrom);
        QVERIFY(alice.lastMedia()->renegotiations.isEmpty());
        QVERIFY(!outgoing->isOnHold());
    }

    void aConnectionLostAfterMediaFlowedHangsUpWithIceTimeout()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        emit alice.lastMedia()->failed(QStringLiteral("the connection was lost"),
                                       CallMedia::Failure::Connection);
        QCOMPARE(outgoing->endReason(), QStringLiteral("ice_timeout"));
        QCOMPARE(alice.lastSent("m.call.hangup").content.value("reason").toString(),
                 QStringLiteral("ice_timeout"));
    }

    void aMediaFailureHangsUpWithUserMediaFailed()
    {
        Device alice(QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"));
        Device bob(QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"));
        auto [outgoing, incoming] = connectedCall(alice, bob);
        QVERIFY(incoming);
        emit bob.lastMedia()->failed(QStringLiteral("v4l2src0: device unplugged"),
                                     CallMedia::Failure::Media);
        QCOMPARE(incoming->endReason(), QStringLiteral("user_media_failed"));
        QCOMPARE(bob.lastSent("m.call.hangup").content.value("reason").toString(),
                 QStringLiteral("user_media_failed"));
    }
};

QTEST_GUILESS_MAIN(TestCallManager)
#include "tst_callmanager.moc"
