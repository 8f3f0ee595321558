#include "MessageShields.h"

#include "AsyncResult.h"
#include "sync/Session.h"

#include <QTimer>

namespace atrium::models {

MessageShields::MessageShields(sync::Session *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(session, &sync::Session::stateChanged, this, &MessageShields::watch);
    watch();
}

void MessageShields::watch()
{
    if (!m_session || m_session->state() != sync::Session::State::Ready || !m_session->encryption())
        return;
    // A new encryption service per sign-in.
    connect(m_session->encryption(), &sync::EncryptionService::trustChanged, this,
            &MessageShields::lookUpAgain, Qt::UniqueConnection);
    // A key restored from a backup may come again from its own device,
    // which makes its messages authenticated.
    connect(m_session->encryption(), &sync::EncryptionService::roomKeysArrived, this,
            &MessageShields::lookUpAgainIn, Qt::UniqueConnection);
}

void MessageShields::lookUpAgainIn(const QStringList &roomIds)
{
    if (roomIds.contains(m_roomId))
        lookUpAgain();
}

void MessageShields::lookUpAgain()
{
    lookUp(m_origins.values());
}

void MessageShields::setRoomId(const QString &roomId)
{
    m_roomId = roomId;
    ++m_generation;
    m_origins.clear();
    m_shields.clear();
    m_queued.clear();
}

void MessageShields::request(const QList<store::TimelineEvent> &events)
{
    const bool idle = m_queued.isEmpty();
    for (const auto &event : events) {
        if (!event.encrypted || event.eventId.isEmpty() || event.senderKey.isEmpty() ||
            event.decryptionFailure != store::TimelineEvent::DecryptionFailure::None ||
            event.type == QLatin1String("m.room.encrypted"))
            continue;
        const sync::MessageOrigin origin{event.eventId, event.sender, event.senderKey,
                                         event.sessionId};
        m_origins.insert(event.eventId, origin);
        m_queued.append(origin);
    }
    // What one sync or one page brings is looked up in one store job.
    if (idle && !m_queued.isEmpty())
        QTimer::singleShot(0, this, [this]() { lookUp(std::exchange(m_queued, {})); });
}

void MessageShields::lookUp(const QList<sync::MessageOrigin> &origins)
{
    if (origins.isEmpty() || !m_session || !m_session->encryption())
        return;
    onResult(this, m_session->encryption()->messageTrust(m_roomId, origins),
             [this, generation = m_generation](
                 const QHash<QString, crypto::TrustShields::Message> &shields) {
                 if (generation != m_generation)
                     return;
                 QStringList changed;
                 for (auto it = shields.begin(); it != shields.end(); ++it) {
                     const auto known = m_shields.constFind(it.key());
                     if (known != m_shields.cend() && *known == it.value())
                         continue;
                     m_shields.insert(it.key(), it.value());
                     changed.append(it.key());
                 }
                 if (!changed.isEmpty())
                     emit shieldsChanged(changed);
             });
}

QString MessageShields::shield(const QString &eventId) const
{
    const auto found = m_shields.constFind(eventId);
    return found == m_shields.cend() ? QString() : name(*found);
}

QString MessageShields::name(crypto::TrustShields::Message shield)
{
    switch (shield) {
    case crypto::TrustShields::Message::Verified:
        return QStringLiteral("verified");
    case crypto::TrustShields::Message::OwnerSigned:
        return QStringLiteral("signed");
    case crypto::TrustShields::Message::Unverified:
        return QStringLiteral("unverified");
    case crypto::TrustShields::Message::UnknownDevice:
        return QStringLiteral("unknown");
    case crypto::TrustShields::Message::Unauthenticated:
        return QStringLiteral("unauthenticated");
    }
    return {};
}

} // namespace atrium::models
