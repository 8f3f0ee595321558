#include "CallManager.h"

#include "TurnServers.h"
#include "WebRtcSession.h"
#include "store/TimelineEvent.h"
#include "sync/SendQueue.h"
#include "sync/Session.h"
#include "sync/SyncChanges.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>

namespace atrium::calls {

namespace {

constexpr int KeptEndedCalls = 20;

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

// How long ago the server got the event, by the server's own count (the
// event's age) plus the time since it reached us: client clocks don't matter.
qint64 eventAgeMs(const store::TimelineEvent &event, qint64 receivedAtMs, qint64 nowMs)
{
    const QJsonValue age = event.json.value("unsigned").toObject().value("age");
    if (age.isDouble())
        return qint64(age.toDouble()) + std::max<qint64>(0, nowMs - receivedAtMs);
    return std::max<qint64>(0, nowMs - event.originServerTs);
}

} // namespace

CallManager::CallManager(Environment environment, QObject *parent)
    : QObject(parent), m_env(std::move(environment))
{
    if (!m_env.nowMs)
        m_env.nowMs = []() { return QDateTime::currentMSecsSinceEpoch(); };
}

CallManager::CallManager(sync::Session *session, QObject *parent)
    : CallManager(Environment{}, parent)
{
    if (session->state() == sync::Session::State::Ready)
        attach(session);
    else
        connect(session, &sync::Session::ready, this, [this, session]() { attach(session); });
}

CallManager::~CallManager()
{
    // Whoever is still in a call is told: leaving silently would let them ring on.
    for (const auto &call : std::as_const(m_calls)) {
        if (call && !call->isEnded())
            call->hangUp();
    }
}

void CallManager::attach(sync::Session *session)
{
    if (m_turn)
        return;
    m_env.userId = session->userId();
    m_env.partyId = session->deviceId();
    m_env.send = [queue = QPointer<sync::SendQueue>(session->sendQueue())](
                     const QString &roomId, const QString &type, const QJsonObject &content) {
        if (queue)
            queue->enqueue(roomId, type, content);
    };
    const bool loopback = isLoopbackHost(session->homeserver().host());
    m_loopback = loopback;
    m_env.createMedia = [this, loopback](QObject *parent) -> CallMedia * {
        WebRtcSession::Options options; // test sources: atrium-cli and tests
        options.loopbackOnly = loopback;
        if (!m_videoCodecs.isEmpty())
            options.videoCodecs = m_videoCodecs;
        options.screenWidth = 640; // a test pattern needs no 720p
        options.screenHeight = 360;
        return new WebRtcSession(options, parent);
    };
    connect(session->syncEngine(), &sync::SyncEngine::synced, this, &CallManager::handleSync);
    m_turn = new TurnServers(session->http(), this);
    connect(m_turn, &TurnServers::updated, this,
            [this](const IceServers &servers) { m_iceServers = servers; });
    m_turn->start();
}

QString CallManager::newCallId()
{
    // Within the spec's grammar for VoIP ids: [0-9a-zA-Z._~-], 1 to 255 long.
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = QString::number(QDateTime::currentMSecsSinceEpoch()) + QLatin1Char('.');
    for (int i = 0; i < 16; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return id;
}

Call *CallManager::activeCall() const
{
    for (const auto &call : m_calls) {
        if (call && !call->isEnded())
            return call;
    }
    return nullptr;
}

QList<Call *> CallManager::calls() const
{
    QList<Call *> result;
    for (const auto &call : m_calls) {
        if (call)
            result.append(call);
    }
    return result;
}

Call *CallManager::findCall(const QString &callId) const
{
    for (const auto &call : m_calls) {
        if (call && call->callId() == callId)
            return call;
    }
    return nullptr;
}

Call *CallManager::createCall(const QString &callId, const QString &roomId,
                              const QString &remoteUserId, Call::Direction direction)
{
    Call::Setup setup;
    setup.callId = callId;
    setup.roomId = roomId;
    setup.ownUserId = m_env.userId;
    setup.partyId = m_env.partyId;
    setup.remoteUserId = remoteUserId;
    setup.direction = direction;
    setup.lifetimeMs = m_inviteLifetimeMs;
    setup.candidateBatchMs = m_candidateBatchMs;
    setup.connectTimeoutMs = m_connectTimeoutMs;
    setup.metadataBatchMs = m_metadataBatchMs;
    setup.send = [this, roomId](const QString &type, const QJsonObject &content) {
        if (m_env.send)
            m_env.send(roomId, type, content);
    };
    setup.createMedia = [this](QObject *parent) {
        CallMedia *media = m_env.createMedia(parent);
        media->setIceServers(m_iceServers);
        return media;
    };
    auto *call = new Call(setup, this);
    connect(call, &Call::ended, this,
            [this, call](const QString &reason) { emit callEnded(call, reason); });
    // Ended calls stay readable for a while (their reason, duration), then go.
    int ended = 0;
    for (qsizetype i = m_calls.size() - 1; i >= 0; --i) {
        Call *old = m_calls.at(i);
        if (!old) {
            m_calls.removeAt(i);
        } else if (old->isEnded() && ++ended > KeptEndedCalls) {
            m_calls.removeAt(i);
            old->deleteLater();
        }
    }
    m_calls.append(call);
    return call;
}

Call *CallManager::placeCall(const QString &roomId, const QString &remoteUserId, bool video)
{
    if (activeCall() || !m_env.createMedia)
        return nullptr;
    Call *call = createCall(newCallId(), roomId, remoteUserId, Call::Direction::Outgoing);
    call->start(video);
    return call;
}

void CallManager::handleSync(const sync::SyncChanges &changes)
{
    const qint64 now = m_env.nowMs();
    for (auto it = changes.newEvents.cbegin(); it != changes.newEvents.cend(); ++it)
        handleRoomEvents(it.key(), it.value(), now);
}

void CallManager::handleRoomEvents(const QString &roomId, const QList<store::TimelineEvent> &events,
                                   qint64 receivedAtMs)
{
    QList<QPointer<Call>> rung;
    for (const store::TimelineEvent &event : events) {
        // matrix-js-sdk may still send the mute changes under their unstable name.
        const bool callEvent =
            event.type.startsWith(QLatin1String("m.call.")) ||
            event.type == QLatin1String("org.matrix.call.sdp_stream_metadata_changed");
        if (!callEvent || event.isLocalEcho())
            continue;
        const QJsonObject &content = event.content;
        // Our own events come back in sync; other devices of ours are parties too.
        if (event.sender == m_env.userId && content.value("party_id").toString() == m_env.partyId)
            continue;
        if (event.type == QLatin1String("m.call.invite")) {
            if (Call *call = handleInvite(roomId, event, receivedAtMs))
                rung.append(call);
            continue;
        }
        if (Call *call = findCall(content.value("call_id").toString()))
            call->handleEvent(event.type, event.sender, content);
    }
    // Only now: a hangup or an answer elsewhere later in the batch stops it first.
    for (const auto &call : std::as_const(rung)) {
        if (call && call->state() == Call::State::Ringing)
            emit incomingCall(call);
    }
}

Call *CallManager::handleInvite(const QString &roomId, const store::TimelineEvent &event,
                                qint64 receivedAtMs)
{
    const QJsonObject &content = event.content;
    const QString callId = content.value("call_id").toString();
    if (callId.isEmpty() || findCall(callId) || event.sender == m_env.userId)
        return nullptr; // a repeat, or a call placed from another device of ours
    const QString invitee = content.value("invitee").toString();
    if (!invitee.isEmpty() && invitee != m_env.userId)
        return nullptr;
    if (content.value("offer").toObject().value("sdp").toString().isEmpty())
        return nullptr;
    const qint64 lifetime = content.value("lifetime").toInteger();
    const qint64 remaining = lifetime - eventAgeMs(event, receivedAtMs, m_env.nowMs());
    if (remaining < m_minimumRingMs)
        return nullptr; // expired, or too close to it for anyone to answer

    Call *current = activeCall();
    if (current && current->roomId() == roomId &&
        current->direction() == Call::Direction::Outgoing &&
        (current->state() == Call::State::Preparing || current->state() == Call::State::Inviting)) {
        // Glare: we called each other. The call with the lesser call_id wins
        // on both sides; one not yet sent always loses.
        if (current->state() == Call::State::Inviting && current->callId() < callId)
            return nullptr; // theirs loses: their client answers ours
        Call *incoming = createCall(callId, roomId, event.sender, Call::Direction::Incoming);
        incoming->ring(content, remaining);
        const bool video = current->sendsVideo();
        current->abandon(QStringLiteral("replaced"));
        emit callReplaced(current, incoming);
        incoming->answer(video);
        return nullptr;
    }
    if (current) {
        // Busy: one call at a time. The caller learns why at once.
        if (m_env.send) {
            m_env.send(roomId, QStringLiteral("m.call.hangup"),
                       {{"call_id", callId},
                        {"party_id", m_env.partyId},
                        {"version", "1"},
                        {"reason", "user_busy"}});
        }
        return nullptr;
    }
    Call *call = createCall(callId, roomId, event.sender, Call::Direction::Incoming);
    call->ring(content, remaining);
    return call;
}

} // namespace atrium::calls
