#include "EncryptedMentions.h"

#include "SyncChanges.h"
#include "store/RoomStore.h"

namespace atrium::sync {

EncryptedMentions::EncryptedMentions(store::Database &db, QString ownUserId)
    : m_db(db), m_ownUserId(std::move(ownUserId))
{}

bool EncryptedMentions::count(SyncChanges &changes)
{
    store::RoomStore rooms(m_db);
    for (auto it = changes.newEvents.cbegin(); it != changes.newEvents.cend(); ++it) {
        const QList<store::TimelineEvent> &events = it.value();
        const bool anyEncrypted = std::any_of(events.cbegin(), events.cend(),
                                              [](const auto &event) { return event.encrypted; });
        if (!anyEncrypted)
            continue;
        const QString &roomId = it.key();
        bool readHere = false;
        const int found = mentionsSinceRead(roomId, events, &readHere);
        const int before = rooms.decryptedHighlights(roomId);
        const int after = (readHere ? 0 : before) + found;
        if (after == before)
            continue;
        if (!rooms.setDecryptedHighlights(roomId, after))
            return false;
        // Read again: the counts combine in the store (see RoomStore::load).
        const auto loaded = rooms.load(roomId);
        if (!loaded)
            continue;
        auto summary = std::find_if(changes.rooms.begin(), changes.rooms.end(),
                                    [&](const auto &room) { return room.roomId == roomId; });
        if (summary != changes.rooms.end())
            *summary = *loaded;
        else
            changes.rooms.append(*loaded);
    }
    return true;
}

int EncryptedMentions::mentionsSinceRead(const QString &roomId,
                                         const QList<store::TimelineEvent> &events, bool *readHere)
{
    const QString receipt = store::RoomStore(m_db).readReceipts(roomId).value(m_ownUserId);
    qsizetype start = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).sender == m_ownUserId || events.at(i).eventId == receipt)
            start = i + 1;
    }
    *readHere = start > 0;
    std::optional<matrix::PushContext> context; // read when a message needs it
    int mentions = 0;
    for (qsizetype i = start; i < events.size(); ++i) {
        const store::TimelineEvent &event = events.at(i);
        // Clear events were counted by the server already.
        if (!event.encrypted || !event.decryptionError.isEmpty() || event.isLocalEcho())
            continue;
        if (!context)
            context = contextIn(roomId);
        QJsonObject json = event.json; // as decrypted; /sync leaves room_id out
        json.insert(QLatin1String("room_id"), roomId);
        if (rules().actionsFor(json, *context).highlight)
            ++mentions;
    }
    return mentions;
}

matrix::PushContext EncryptedMentions::contextIn(const QString &roomId)
{
    store::RoomStore rooms(m_db);
    const QJsonObject ownMember =
        rooms.stateContent(roomId, QStringLiteral("m.room.member"), m_ownUserId);
    const QString creator = rooms.stateContent(roomId, QStringLiteral("m.room.create"))
                                .value(QLatin1String("creator"))
                                .toString();
    const auto summary = rooms.load(roomId);
    return {m_ownUserId, ownMember.value(QLatin1String("displayname")).toString(),
            summary ? summary->joinedCount : 0,
            matrix::PowerLevels(rooms.stateContent(roomId, QStringLiteral("m.room.power_levels")),
                                creator)};
}

const matrix::PushRules &EncryptedMentions::rules()
{
    if (!m_rules) {
        m_rules = matrix::PushRules::fromAccountData(
            store::RoomStore(m_db).accountData(QString(), QStringLiteral("m.push_rules")),
            m_ownUserId);
    }
    return *m_rules;
}

} // namespace atrium::sync
