#include "TimelineRow.h"

#include "StateChangeText.h"
#include "matrix/Relations.h"

#include <QSet>

namespace atrium::models {

namespace {

QString relType(const QJsonObject &content)
{
    return content.value(QLatin1String("m.relates_to"))
        .toObject()
        .value(QLatin1String("rel_type"))
        .toString();
}

} // namespace

bool TimelineRow::isAction(const store::TimelineEvent &event)
{
    // An encrypted reaction or edit says so in the clear (m.relates_to),
    // whether or not it could be decrypted.
    const QString rel = relType(event.content);
    return event.type == QLatin1String("m.reaction") ||
           event.type == QLatin1String("m.room.redaction") || rel == QLatin1String("m.replace") ||
           rel == QLatin1String("m.annotation");
}

QString TimelineRow::actionTarget(const store::TimelineEvent &event)
{
    if (event.type == QLatin1String("m.room.redaction")) {
        const QString redacts = event.content.value(QLatin1String("redacts")).toString();
        return redacts.isEmpty() ? event.json.value(QLatin1String("redacts")).toString() : redacts;
    }
    return event.content.value(QLatin1String("m.relates_to"))
        .toObject()
        .value(QLatin1String("event_id"))
        .toString();
}

TimelineRow::Kind TimelineRow::kind() const
{
    if (local && isAction(event))
        return Kind::Action;
    if (event.json.contains(QLatin1String("state_key")) ||
        StateChangeText::isCallLine(event.type) || StateChangeText::isVerificationRequest(event))
        return Kind::State;
    return Kind::Message;
}

bool TimelineRow::isRedacted() const
{
    return event.json.value(QLatin1String("unsigned"))
        .toObject()
        .contains(QLatin1String("redacted_because"));
}

QString TimelineRow::replyTo() const
{
    return isRedacted() ? QString() : matrix::Relations::inReplyTo(event.content);
}

const store::Relation *TimelineRow::latestEdit() const
{
    const store::Relation *latest = nullptr;
    for (const auto &relation : relations) {
        // An encrypted edit not decrypted (yet) has no new content to show.
        if (relation.isEdit() && !relation.newContent.isEmpty() &&
            relation.sender == event.sender && (!latest || relation.ts >= latest->ts))
            latest = &relation;
    }
    return latest;
}

QJsonObject TimelineRow::currentContent() const
{
    if (isDeleted())
        return {};
    const store::Relation *edit = latestEdit();
    QJsonObject content = edit ? edit->newContent : event.content;
    // Our edit still in the outbox shows at once (only the sender may edit).
    for (const auto &action : livePending()) {
        if (action.type == QLatin1String("m.room.message") && action.sender == event.sender)
            content = action.content.value(QLatin1String("m.new_content")).toObject();
    }
    return content;
}

bool TimelineRow::isEdited() const
{
    if (isDeleted())
        return false;
    for (const auto &relation : relations) {
        if (relation.isEdit() && relation.sender == event.sender)
            return true;
    }
    for (const auto &action : livePending()) {
        if (action.type == QLatin1String("m.room.message") && action.sender == event.sender)
            return true;
    }
    return false;
}

bool TimelineRow::isDeleted() const
{
    if (isRedacted())
        return true;
    for (const auto &action : livePending()) {
        if (action.type == QLatin1String("m.room.redaction") &&
            actionTarget(action) == event.eventId)
            return true;
    }
    return false;
}

QList<TimelineRow::Reaction> TimelineRow::reactions(const QString &self) const
{
    QList<Reaction> reactions;
    if (event.eventId.isEmpty() || isDeleted())
        return reactions;
    // Our redactions of reactions, still in the outbox, already count.
    QSet<QString> beingRemoved;
    const auto pending = livePending();
    for (const auto &action : pending) {
        if (action.type == QLatin1String("m.room.redaction"))
            beingRemoved.insert(actionTarget(action));
    }
    auto entry = [&reactions](const QString &key) -> Reaction & {
        for (auto &reaction : reactions) {
            if (reaction.key == key)
                return reaction;
        }
        reactions.append({key, {}, {}, false, false});
        return reactions.last();
    };
    for (const auto &relation : relations) {
        if (!relation.isReaction() || beingRemoved.contains(relation.eventId))
            continue;
        Reaction &reaction = entry(relation.key);
        // One reaction a person a key, however often the event came.
        if (reaction.senders.contains(relation.sender))
            continue;
        reaction.senders.append(relation.sender);
        if (relation.sender == self) {
            reaction.own = true;
            reaction.ownEventId = relation.eventId;
        }
    }
    for (const auto &local : pending) {
        if (local.type != QLatin1String("m.reaction"))
            continue;
        const QString key = local.content.value(QLatin1String("m.relates_to"))
                                .toObject()
                                .value(QLatin1String("key"))
                                .toString();
        Reaction &reaction = entry(key);
        if (!reaction.senders.contains(self))
            reaction.senders.append(self);
        reaction.own = true;
        reaction.pending = reaction.ownEventId.isEmpty();
        if (reaction.ownEventId.isEmpty() && !local.eventId.isEmpty())
            reaction.ownEventId = local.eventId;
    }
    reactions.removeIf([](const Reaction &reaction) { return reaction.senders.isEmpty(); });
    return reactions;
}

bool TimelineRow::addRelation(const store::Relation &relation)
{
    for (auto &existing : relations) {
        if (existing.eventId != relation.eventId)
            continue;
        // An edit seen encrypted, now decrypted.
        if (existing.isEdit() && existing.newContent.isEmpty() && !relation.newContent.isEmpty()) {
            existing.newContent = relation.newContent;
            spoilersShown = false;
            return true;
        }
        return false;
    }
    relations.append(relation);
    // New text may hold new spoilers: they wait for a click of their own.
    if (relation.isEdit())
        spoilersShown = false;
    return true;
}

bool TimelineRow::isUndecryptable() const
{
    return event.type == QLatin1String("m.room.encrypted") && !isRedacted();
}

bool TimelineRow::removeRelation(const QString &eventId)
{
    return relations.removeIf([&](const store::Relation &r) { return r.eventId == eventId; }) > 0;
}

void TimelineRow::redact(const QJsonObject &redactionEvent)
{
    event.content = {};
    QJsonObject unsignedData = event.json.value(QLatin1String("unsigned")).toObject();
    unsignedData.insert(QStringLiteral("redacted_because"), redactionEvent);
    event.json.insert(QStringLiteral("unsigned"), unsignedData);
    event.json.insert(QStringLiteral("content"), QJsonObject());
    relations.clear();
}

QList<store::TimelineEvent> TimelineRow::livePending() const
{
    QList<store::TimelineEvent> live;
    for (const auto &action : pending) {
        if (action.sendState != store::TimelineEvent::SendState::Failed)
            live.append(action);
    }
    return live;
}

store::TimelineEvent TimelineRow::eventFromJson(const QJsonObject &json)
{
    store::TimelineEvent event;
    event.eventId = json.value(QLatin1String("event_id")).toString();
    event.type = json.value(QLatin1String("type")).toString();
    event.sender = json.value(QLatin1String("sender")).toString();
    event.originServerTs = qint64(json.value(QLatin1String("origin_server_ts")).toDouble());
    event.content = json.value(QLatin1String("content")).toObject();
    event.transactionId = json.value(QLatin1String("unsigned"))
                              .toObject()
                              .value(QLatin1String("transaction_id"))
                              .toString();
    event.json = json;
    return event;
}

} // namespace atrium::models
