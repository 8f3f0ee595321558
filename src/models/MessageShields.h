#pragma once

#include "store/TimelineEvent.h"
#include "sync/EncryptionService.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace atrium::sync {
class Session;
}

namespace atrium::models {

// The shields of one room's encrypted messages, for TimelineModel: whether
// the device that encrypted each one is verified (EncryptionService::
// messageTrust, on the store thread). Events are looked up in batches as
// they come, and all of them again whenever trust changes (a verification,
// a device list fetched) or the room's keys do.
class MessageShields : public QObject
{
    Q_OBJECT
public:
    explicit MessageShields(sync::Session *session, QObject *parent = nullptr);

    // Forgets every shield: another room (or the same one reloaded).
    void setRoomId(const QString &roomId);
    // Looks up the shields of the decrypted ones among `events`.
    void request(const QList<store::TimelineEvent> &events);
    // "verified", "signed" (by its owner, whom we have not verified),
    // "unverified", "unknown" (device), "unauthenticated" (a key from a
    // backup, an import or another device), or empty: not encrypted, not
    // decrypted, or not looked up yet.
    QString shield(const QString &eventId) const;

    static QString name(crypto::TrustShields::Message shield);

signals:
    void shieldsChanged(const QStringList &eventIds);

private:
    void watch();
    // Trust changed: every shield of the room may have.
    void lookUpAgain();
    void lookUpAgainIn(const QStringList &roomIds);
    void lookUp(const QList<sync::MessageOrigin> &origins);

    QPointer<sync::Session> m_session;
    QString m_roomId;
    quint64 m_generation = 0;
    QHash<QString, sync::MessageOrigin> m_origins; // by event id: looked up again on changes
    QHash<QString, crypto::TrustShields::Message> m_shields;
    QList<sync::MessageOrigin> m_queued; // the next batch
};

} // namespace atrium::models
