#include "TimelineDecorations.h"

#include "store/RelationStore.h"
#include "store/TimelineStore.h"

namespace atrium::models {

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
    }
    return wanted;
}

TimelineDecorations TimelineDecorations::load(store::Database &db, const QString &roomId,
                                              const Wanted &wanted)
{
    TimelineDecorations found;
    store::RelationStore relations(db);
    found.relations = relations.forTargets(roomId, wanted.targets);
    store::TimelineStore timeline(db);
    for (const QString &id : wanted.parents) {
        if (const auto json = timeline.event(roomId, id))
            found.parents.insert(id, TimelineRow::eventFromJson(*json));
    }
    // A parent's edits too: a reply quotes what its parent says now.
    const auto parentRelations =
        relations.forTargets(roomId, QStringList(found.parents.keyBegin(), found.parents.keyEnd()));
    for (auto it = parentRelations.begin(); it != parentRelations.end(); ++it) {
        if (!found.relations.contains(it.key()))
            found.relations.insert(it.key(), it.value());
    }
    return found;
}

void TimelineDecorations::applyTo(QList<TimelineRow> &rows) const
{
    for (auto &row : rows) {
        for (const auto &relation : relations.value(row.event.eventId))
            row.addRelation(relation);
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
