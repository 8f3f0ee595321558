#include "Call.h"

#include "CallMedia.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>
#include <limits>
#include <utility>

namespace atrium::calls {

namespace {

Q_LOGGING_CATEGORY(lcCall, "atrium.calls")

constexpr auto Version = "1";
constexpr auto MetadataChanged = "m.call.sdp_stream_metadata_changed";
// What matrix-js-sdk sent before the spec had the event (MSC3291).
constexpr auto MetadataChangedUnstable = "org.matrix.call.sdp_stream_metadata_changed";

// Whether an offer holds the call: no media section asks to receive from us.
bool holdsCall(const QString &sdp)
{
    const QStringList sections = sdp.split(QLatin1String("m="));
    if (sections.size() < 2)
        return false;
    for (qsizetype i = 1; i < sections.size(); ++i) {
        const QString &section = sections.at(i);
        if (!section.contains(QLatin1String("a=sendonly")) &&
            !section.contains(QLatin1String("a=inactive")))
            return false;
    }
    return true;
}

} // namespace

Call::Call(const Setup &setup, QObject *parent)
    : QObject(parent), m_setup(setup),
      m_state(setup.direction == Direction::Outgoing ? State::Preparing : State::Ringing)
{
    m_lifetimeTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this]() {
        qCWarning(lcCall) << "no connection after" << m_setup.connectTimeoutMs << "ms" << callId();
        hangUp(QStringLiteral("ice_failed"));
    });
    m_candidateTimer.setSingleShot(true);
    connect(&m_candidateTimer, &QTimer::timeout, this, &Call::flushCandidates);
    m_metadataTimer.setSingleShot(true);
    m_offerTimer.setSingleShot(true);
    connect(&m_offerTimer, &QTimer::timeout, this, [this]() {
        qCWarning(lcCall) << "our renegotiation offer went unanswered" << callId();
        if (m_media)
            m_media->abandonOffer();
        offerSettled();
        emit offerUnanswered();
    });
    connect(&m_metadataTimer, &QTimer::timeout, this, &Call::sendMetadataUpdate);
    connect(&m_lifetimeTimer, &QTimer::timeout, this, [this]() {
        if (m_state == State::Inviting || m_state == State::Preparing) {
            // Nobody answered in time: the caller says so, as the spec asks.
            send(QStringLiteral("m.call.hangup"), {{"reason", "invite_timeout"}});
            end(QStringLiteral("invite_timeout"), false);
        } else if (m_state == State::Ringing) {
            end(QStringLiteral("invite_timeout"), true); // the invite expired unanswered
        }
    });
}

Call::~Call()
{
    if (m_media)
        m_media->close();
}

void Call::createMedia()
{
    m_media = m_setup.createMedia(this);
    connect(m_media, &CallMedia::localDescription, this, &Call::localDescription);
    connect(m_media, &CallMedia::localCandidate, this, &Call::localCandidate);
    connect(m_media, &CallMedia::stateChanged, this, &Call::mediaStateChanged);
    connect(m_media, &CallMedia::failed, this, &Call::mediaFailed);
    connect(m_media, &CallMedia::screenSharingFailed, this, &Call::screenCaptureFailed);
    m_media->setRemoteStreamPurposes(m_remotePurposes);
}

void Call::start(bool video)
{
    if (m_setup.direction != Direction::Outgoing || m_media || isEnded())
        return;
    m_video = video;
    createMedia();
    // The invite's lifetime runs from now: an offer that never comes ends it too.
    m_lifetimeTimer.start(m_setup.lifetimeMs);
    m_media->createOffer(video);
}

void Call::ring(const QJsonObject &invite, qint64 remainingMs)
{
    m_remotePartyId = invite.value("party_id").toString();
    m_remoteOffer = invite.value("offer").toObject().value("sdp").toString();
    m_remoteOfferHasVideo = m_remoteOffer.contains(QLatin1String("m=video"));
    readStreamMetadata(invite);
    m_lifetimeTimer.start(int(std::clamp<qint64>(remainingMs, 0, std::numeric_limits<int>::max())));
}

void Call::answer(bool video)
{
    if (m_state != State::Ringing)
        return;
    m_lifetimeTimer.stop();
    m_video = video && m_remoteOfferHasVideo;
    setState(State::Connecting);
    createMedia();
    m_media->acceptOffer(m_remoteOffer, video);
    if (m_media && !isEnded())
        m_media->addRemoteCandidates(m_remoteCandidates.take(m_remotePartyId));
}

void Call::reject()
{
    if (m_state != State::Ringing)
        return;
    send(QStringLiteral("m.call.reject"), {});
    end(QStringLiteral("rejected"), false);
}

void Call::hangUp(const QString &reason)
{
    if (isEnded())
        return;
    if (m_state == State::Ringing) {
        reject();
        return;
    }
    // Before the invite went out there is nothing to hang up on the other side.
    if (m_state != State::Preparing || m_descriptionSent)
        send(QStringLiteral("m.call.hangup"), {{"reason", reason}});
    end(reason, false);
}

void Call::abandon(const QString &reason)
{
    end(reason, false);
}

bool Call::setHolding(bool holding)
{
    if (m_state != State::Connected || !m_media || m_offerOpen)
        return false;
    if (holding == m_holding)
        return true;
    if (!m_media->setHolding(holding))
        return false;
    m_holding = holding;
    offerStarted();
    return true;
}

bool Call::setScreenSharing(bool sharing, const ScreenSource &source)
{
    if (!canChangeScreenSharing() || !m_media)
        return false;
    if (sharing == isScreenSharing())
        return true;
    if (!m_media->setScreenSharing(sharing, source))
        return false;
    offerStarted();
    return true;
}

bool Call::startVideo()
{
    if (!canStartVideo() || !m_media)
        return false;
    // Set first: the offer's metadata says the camera is on.
    m_video = true;
    m_cameraEnabled = true;
    if (!m_media->addVideo()) {
        m_video = false;
        return false;
    }
    offerStarted();
    return true;
}

void Call::offerStarted()
{
    m_offerOpen = true;
    m_offerTimer.start(m_setup.lifetimeMs);
    emit holdChanged();
    emit screenSharingChanged();
}

void Call::stopScreenSharing()
{
    if (m_offerOpen)
        m_stopSharingWhenSettled = true;
    else
        setScreenSharing(false);
}

void Call::screenCaptureFailed(const QString &reason)
{
    qCWarning(lcCall) << "our screen could not be captured:" << reason << callId();
    stopScreenSharing();
    emit screenSharingChanged(reason);
}

void Call::offerSettled()
{
    // Answered, or unanswered for its lifetime: the hold can change again.
    m_offerTimer.stop();
    m_offerOpen = false;
    if (std::exchange(m_stopSharingWhenSettled, false))
        setScreenSharing(false);
    emit holdChanged();
    emit screenSharingChanged();
}

void Call::setMicrophoneMuted(bool muted)
{
    if (!m_media || isEnded())
        return;
    m_media->setMicrophoneMuted(muted);
    scheduleMetadataUpdate();
}

void Call::setCameraEnabled(bool enabled)
{
    if (!m_video || isEnded())
        return;
    m_cameraEnabled = enabled;
    if (m_media)
        m_media->setCameraEnabled(enabled);
    scheduleMetadataUpdate();
}

bool Call::isMicrophoneMuted() const
{
    return m_media && m_media->isMicrophoneMuted();
}

bool Call::isRemoteUser(const QString &sender) const
{
    // An invite without invitee is for anyone else in the room, until one answers.
    return m_setup.remoteUserId.isEmpty() ? sender != m_setup.ownUserId
                                          : sender == m_setup.remoteUserId;
}

bool Call::fromOpponent(const QString &sender, const QString &partyId) const
{
    if (!isRemoteUser(sender))
        return false;
    // Until an answer is chosen, any device of the other user may speak.
    return m_remotePartyId.isEmpty() || partyId == m_remotePartyId;
}

void Call::handleEvent(const QString &type, const QString &sender, const QJsonObject &content)
{
    if (isEnded())
        return;
    const QString partyId = content.value("party_id").toString();
    if (type == QLatin1String("m.call.answer")) {
        handleAnswer(sender, content);
    } else if (type == QLatin1String("m.call.candidates")) {
        handleCandidates(sender, content);
    } else if (type == QLatin1String("m.call.select_answer")) {
        if (fromOpponent(sender, partyId))
            handleSelectAnswer(content);
    } else if (type == QLatin1String("m.call.hangup")) {
        if (fromOpponent(sender, partyId)) {
            const QString reason = content.value("reason").toString();
            end(reason.isEmpty() ? QStringLiteral("user_hangup") : reason, true);
        } else if (sender == m_setup.ownUserId && m_state == State::Ringing) {
            end(QStringLiteral("answered_elsewhere"), true); // declined on another device
        }
    } else if (type == QLatin1String(MetadataChanged) ||
               type == QLatin1String(MetadataChangedUnstable)) {
        // Only from the party we talk to: another device of theirs is not in this call.
        if (!m_remotePartyId.isEmpty() && fromOpponent(sender, partyId))
            readStreamMetadata(content);
    } else if (type == QLatin1String("m.call.negotiate")) {
        if (!m_remotePartyId.isEmpty() && fromOpponent(sender, partyId))
            handleNegotiate(content);
    } else if (type == QLatin1String("m.call.reject")) {
        if (m_setup.direction == Direction::Outgoing && m_state == State::Inviting &&
            isRemoteUser(sender)) {
            // The spec: a reject is selected like an answer, so that the
            // callee's other devices know the call is settled.
            send(QStringLiteral("m.call.select_answer"), {{"selected_party_id", partyId}});
            end(QStringLiteral("rejected"), true);
        } else if (sender == m_setup.ownUserId && m_state == State::Ringing)
            end(QStringLiteral("rejected"), true); // declined on another device of ours
    }
}

void Call::handleAnswer(const QString &sender, const QJsonObject &content)
{
    const QString partyId = content.value("party_id").toString();
    if (m_setup.direction == Direction::Incoming) {
        // Our user answered on another device: stop ringing here.
        if (sender == m_setup.ownUserId && m_state == State::Ringing)
            end(QStringLiteral("answered_elsewhere"), true);
        return;
    }
    if (!isRemoteUser(sender) || m_state != State::Inviting || !m_remotePartyId.isEmpty())
        return; // only the first answer counts
    const QString sdp = content.value("answer").toObject().value("sdp").toString();
    if (sdp.isEmpty())
        return;
    m_setup.remoteUserId = sender;
    m_remotePartyId = partyId;
    m_lifetimeTimer.stop();
    readStreamMetadata(content);
    setState(State::Connecting);
    send(QStringLiteral("m.call.select_answer"), {{"selected_party_id", partyId}});
    m_media->setRemoteAnswer(sdp);
    if (m_media)
        m_media->addRemoteCandidates(m_remoteCandidates.take(partyId));
    m_remoteCandidates.clear();
}

void Call::handleCandidates(const QString &sender, const QJsonObject &content)
{
    const QString partyId = content.value("party_id").toString();
    if (!fromOpponent(sender, partyId))
        return;
    QList<IceCandidate> candidates;
    for (const auto &value : content.value("candidates").toArray())
        candidates.append(IceCandidate::fromJson(value.toObject()));
    const bool chosen = !m_remotePartyId.isEmpty() && m_media;
    if (chosen && m_state != State::Ringing)
        m_media->addRemoteCandidates(candidates);
    else
        m_remoteCandidates[partyId].append(candidates);
}

void Call::handleSelectAnswer(const QJsonObject &content)
{
    if (m_setup.direction != Direction::Incoming)
        return;
    const QString selected = content.value("selected_party_id").toString();
    if (selected != m_setup.partyId)
        end(QStringLiteral("answered_elsewhere"), true); // the caller took another device's answer
}

QJsonObject Call::streamMetadata() const
{
    // What our streams carry (spec: sdp_stream_metadata, VoIP v1.1).
    const QString stream = m_media ? m_media->streamId() : QString();
    if (stream.isEmpty())
        return {};
    QJsonObject metadata{{stream, QJsonObject{{"purpose", "m.usermedia"},
                                              {"audio_muted", isMicrophoneMuted()},
                                              {"video_muted", !isCameraEnabled()}}}};
    const QString screen = m_media->screenStreamId();
    if (!screen.isEmpty())
        metadata.insert(screen, QJsonObject{{"purpose", "m.screenshare"}});
    return metadata;
}

void Call::handleNegotiate(const QJsonObject &content)
{
    if ((m_state != State::Connecting && m_state != State::Connected) || !m_media)
        return;
    readStreamMetadata(content);
    const QJsonObject description = content.value("description").toObject();
    const QString sdp = description.value("sdp").toString();
    const QString type = description.value("type").toString();
    if (sdp.isEmpty())
        return;
    if (type == QLatin1String("answer")) {
        m_media->setRemoteAnswer(sdp); // taken only by media that made a real offer
        if (m_offerOpen)
            offerSettled();
        return;
    }
    if (type != QLatin1String("offer"))
        return;
    // Two offers crossing: ours stands, theirs is dropped (webrtcbin cannot
    // roll ours back to take theirs).
    if (m_offerOpen) {
        qCWarning(lcCall) << "a renegotiation offer crossed ours: dropped" << callId();
        return;
    }
    m_media->answerRenegotiation(sdp);
    const bool hold = holdsCall(sdp);
    if (hold != m_onHold) {
        m_onHold = hold;
        emit holdChanged();
    }
}

void Call::addStreamMetadata(QJsonObject &content)
{
    const QJsonObject metadata = streamMetadata();
    if (metadata.isEmpty())
        return;
    content.insert("sdp_stream_metadata", metadata);
    m_toldAudioMuted = isMicrophoneMuted();
    m_toldVideoMuted = !isCameraEnabled();
}

void Call::scheduleMetadataUpdate()
{
    // Before the invite or answer is out, it carries the state itself.
    if (!m_descriptionSent || isEnded() || m_metadataTimer.isActive())
        return;
    m_metadataTimer.start(m_setup.metadataBatchMs);
}

void Call::sendMetadataUpdate()
{
    if (isEnded())
        return;
    const bool audioMuted = isMicrophoneMuted();
    const bool videoMuted = !isCameraEnabled();
    if (audioMuted == m_toldAudioMuted && videoMuted == m_toldVideoMuted)
        return; // toggled and back again: nothing to tell
    const QJsonObject metadata = streamMetadata();
    if (metadata.isEmpty())
        return;
    m_toldAudioMuted = audioMuted;
    m_toldVideoMuted = videoMuted;
    send(QLatin1String(MetadataChanged), {{"sdp_stream_metadata", metadata}});
}

void Call::readStreamMetadata(const QJsonObject &content)
{
    if (!content.contains(QLatin1String("sdp_stream_metadata")))
        return; // nothing said: nothing changed
    const QJsonObject metadata = content.value("sdp_stream_metadata").toObject();
    bool audioMuted = m_remoteAudioMuted;
    bool videoMuted = m_remoteVideoMuted;
    bool sharing = false;
    m_remotePurposes.clear();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        const QJsonObject stream = it.value().toObject();
        const QString purpose = stream.value("purpose").toString();
        m_remotePurposes.insert(it.key(), purpose);
        if (purpose == QLatin1String("m.screenshare")) {
            sharing = true;
        } else if (purpose == QLatin1String("m.usermedia")) {
            audioMuted = stream.value("audio_muted").toBool(false);
            videoMuted = stream.value("video_muted").toBool(false);
        }
    }
    if (m_media)
        m_media->setRemoteStreamPurposes(m_remotePurposes);
    if (sharing != m_remoteSharing) {
        m_remoteSharing = sharing;
        emit remoteSharingChanged();
    }
    if (audioMuted == m_remoteAudioMuted && videoMuted == m_remoteVideoMuted)
        return;
    m_remoteAudioMuted = audioMuted;
    m_remoteVideoMuted = videoMuted;
    emit remoteMuteChanged();
}

void Call::localDescription(const QString &type, const QString &sdp)
{
    if (isEnded())
        return;
    const QJsonObject description{{"type", type}, {"sdp", sdp}};
    if (m_descriptionSent) {
        // A renegotiation: our offer (hold, resume) or our answer to theirs.
        QJsonObject negotiate{{"lifetime", m_setup.lifetimeMs}, {"description", description}};
        addStreamMetadata(negotiate);
        send(QStringLiteral("m.call.negotiate"), negotiate);
    } else if (type == QLatin1String("offer")) {
        QJsonObject invite{{"lifetime", m_setup.lifetimeMs}, {"offer", description}};
        if (!m_setup.remoteUserId.isEmpty())
            invite.insert("invitee", m_setup.remoteUserId);
        addStreamMetadata(invite);
        send(QStringLiteral("m.call.invite"), invite);
        setState(State::Inviting);
    } else {
        QJsonObject answer{{"answer", description}};
        addStreamMetadata(answer);
        send(QStringLiteral("m.call.answer"), answer);
    }
    m_descriptionSent = true;
    if (!m_localCandidates.isEmpty() && !m_candidateTimer.isActive())
        m_candidateTimer.start(m_setup.candidateBatchMs);
}

void Call::localCandidate(const IceCandidate &candidate)
{
    if (isEnded())
        return;
    m_localCandidates.append(candidate);
    if (!m_descriptionSent)
        return; // they follow the invite or answer
    if (candidate.isEndOfCandidates())
        flushCandidates(); // gathering is over: no reason to wait
    else if (!m_candidateTimer.isActive())
        m_candidateTimer.start(m_setup.candidateBatchMs);
}

void Call::flushCandidates()
{
    m_candidateTimer.stop();
    if (m_localCandidates.isEmpty() || isEnded())
        return;
    QJsonArray candidates;
    for (const IceCandidate &candidate : std::as_const(m_localCandidates))
        candidates.append(candidate.toJson());
    m_localCandidates.clear();
    send(QStringLiteral("m.call.candidates"), {{"candidates", candidates}});
}

void Call::mediaStateChanged()
{
    if (!m_media || isEnded())
        return;
    if (m_media->state() == CallMedia::State::Connected && m_state == State::Connecting) {
        m_connectedAt = QDateTime::currentDateTimeUtc();
        setState(State::Connected);
    }
}

void Call::mediaFailed(const QString &reason, CallMedia::Failure failure)
{
    Q_UNUSED(reason); // the views show it; the hangup carries only the spec's reason
    if (isEnded())
        return;
    if (failure == CallMedia::Failure::Media)
        hangUp(QStringLiteral("user_media_failed"));
    else if (m_connectedAt.isValid())
        hangUp(QStringLiteral("ice_timeout")); // lost after media flowed (the spec's words)
    else
        hangUp(QStringLiteral("ice_failed"));
}

void Call::send(const QString &type, QJsonObject content)
{
    content.insert("call_id", m_setup.callId);
    content.insert("party_id", m_setup.partyId);
    content.insert("version", Version);
    if (m_setup.send)
        m_setup.send(type, content);
}

void Call::end(const QString &reason, bool remote)
{
    if (isEnded())
        return;
    m_lifetimeTimer.stop();
    // Candidates still waiting are of no use to anyone now.
    m_candidateTimer.stop();
    m_localCandidates.clear();
    m_metadataTimer.stop();
    m_offerTimer.stop();
    m_endReason = reason;
    m_endedRemotely = remote;
    if (m_media)
        m_media->close();
    setState(State::Ended);
    emit ended(reason);
}

void Call::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Connecting)
        m_connectTimer.start(m_setup.connectTimeoutMs);
    else
        m_connectTimer.stop();
    emit stateChanged(state);
}

} // namespace atrium::calls
