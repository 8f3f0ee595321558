#include "TimelineDecorations.h"

#include "store/RelationStore.h"
#include "store/TimelineStore.h"
#include "sync/EncryptionStage.h"

namespace atrium::models {

namespace {

// Encrypted edits are indexed without their new content: read each from
// its stored event, decrypted.
void decryptEdits(store::Database &db, const QString &roomId,
                  const sync::EncryptionStage &decryptor,
                  QHash<QString, QList<store::Relation>> &relations)
{
    store::TimelineStore timeline(db);
    QList<store::TimelineEvent> events;
    for (const auto &list : std::as_const(relations)) {
        for (const auto &relation : list) {
            if (!relation.isEdit() || !relation.newContent.isEmpty())
                continue;
            if (const auto json = timeline.event(roomId, relation.eventId))
                events.append(TimelineRow::eventFromJson(*json));
        }
    }
    if (events.isEmpty())
        return;
    decryptor.decrypt(db, roomId, events);
    QHash<QString, QJsonObject> newContent;
    for (const auto &event : std::as_const(events)) {
        if (event.decryptionError.isEmpty() && event.type != QLatin1String("m.room.encrypted"))
            newContent.insert(event.eventId,
                              event.content.value(QLatin1String("m.new_content")).toObject());
    }
    for (auto &list : relations) {
        for (auto &relation : list) {
            if (relation.isEdit() && relation.newContent.isEmpty())
                relation.newContent = newContent.value(relation.eventId);
        }
    }
}

} // namespace

TimelineDecorations::Wanted TimelineDecorations::wantedFor(const QList<TimelineRow> &rows)
{
    Wanted wanted;
    for (const auto &row : rows) {
        if (!row.local && !row.event.eventId.isEmpty() && row.kind() == TimelineRow::Kind::Message)
            wanted.targets.append(row.event.eventId);
        // Our echoes reply too: their parent may be anywhere.
        const QString parent = row.replyTo();
        if (!parent.isEmpty() && !wanted.parents.contains(parent))
            wanted.parents.append(parent);
        if (row.event.type == QLatin1String("m.call.hangup") && !row.event.eventId.isEmpty())
            wanted.hangups.append({row.event.eventId,
                                   row.event.content.value(QLatin1String("call_id")).toString(),
                                   row.event.sender, row.event.originServerTs});
    }
    return wanted;
}

TimelineDecorations TimelineDecorations::load(store::Database &db, const QString &roomId,
                                              const Wanted &wanted,
                                              const sync::EncryptionStage *decryptor)
{
    TimelineDecorations found;
    store::RelationStore relations(db);
    found.relations = relations.forTargets(roomId, wanted.targets);
    store::TimelineStore timeline(db);
    QList<store::TimelineEvent> parents;
    for (const QString &id : wanted.parents) {
        if (const auto json = timeline.event(roomId, id))
            parents.append(TimelineRow::eventFromJson(*json));
    }
    if (decryptor)
        decryptor->decrypt(db, roomId, parents);
    for (const auto &parent : std::as_const(parents))
        found.parents.insert(parent.eventId, parent);
    // A parent's edits too: a reply quotes what its parent says now.
    const auto parentRelations =
        relations.forTargets(roomId, QStringList(found.parents.keyBegin(), found.parents.keyEnd()));
    for (auto it = parentRelations.begin(); it != parentRelations.end(); ++it) {
        if (!found.relations.contains(it.key()))
            found.relations.insert(it.key(), it.value());
    }
    if (decryptor)
        decryptEdits(db, roomId, *decryptor, found.relations);
    found.callSeconds = CallDurations::find(db, roomId, wanted.hangups, decryptor);
    return found;
}

void TimelineDecorations::applyTo(QList<TimelineRow> &rows) const
{
    for (auto &row : rows) {
        for (const auto &relation : relations.value(row.event.eventId))
            row.addRelation(relation);
        row.callSeconds = callSeconds.value(row.event.eventId, row.callSeconds);
        const QString parent = row.replyTo();
        if (parent.isEmpty() || !parents.contains(parent))
            continue;
        TimelineRow parentRow{parents.value(parent), false, {}, {}, {}};
        for (const auto &relation : relations.value(parent))
            parentRow.addRelation(relation);
        row.replyEvent = parentRow.event;
        row.replyEvent.content = parentRow.currentContent();
    }
}

} // namespace atrium::models
