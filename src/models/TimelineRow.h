#pragma once

#include "store/Relation.h"
#include "store/TimelineEvent.h"

#include <QList>
#include <QStringList>

namespace atrium::models {

// One row of TimelineModel: an event with what the timeline aggregates
// onto it (reactions and edits from the store's relation index and from
// sync), and the event it replies to.
struct TimelineRow
{
    // One reaction key on a row: who reacted so (each once).
    struct Reaction
    {
        QString key;
        QStringList senders;
        QString ownEventId; // ours, to redact; empty while not sent
        bool own = false;
        bool pending = false;
    };

    enum class Kind
    {
        Message, // a message or sticker, maybe redacted ("message deleted")
        State,   // a room-state change, shown as one line
        Action   // our reaction, edit or redaction still in the outbox
    };

    store::TimelineEvent event;
    bool local = false; // a local echo (after the remote events)
    QList<store::Relation> relations;
    store::TimelineEvent replyEvent; // the parent of a reply, once known
    // Our actions on this row still in the outbox (copies of their own
    // rows): their effect shows here at once, unless they failed.
    QList<store::TimelineEvent> pending;
    int callSeconds = -1; // a hangup line's: how long the call lasted, once known (CallDurations)
    bool spoilersShown = false; // the reader asked to see its spoilers

    Kind kind() const;
    bool isRedacted() const;
    // Arrived encrypted and not decrypted (yet): event.decryptionError says why.
    bool isUndecryptable() const;
    QString replyTo() const;
    // The latest edit by the message's own sender (others' edits are
    // invalid per the spec) whose new content is known, or nullptr.
    const store::Relation *latestEdit() const;
    // What the message says now: our edit still in the outbox, else the
    // latest edit's m.new_content, else its own content; empty once deleted.
    QJsonObject currentContent() const;
    bool isEdited() const;
    // Redacted, or our redaction of it is on its way.
    bool isDeleted() const;
    // Reactions by key, in the order they first came; `self` is our user id.
    QList<Reaction> reactions(const QString &self) const;
    // Adds a relation, or the new content of an edit that was known only
    // encrypted; false when nothing changed.
    bool addRelation(const store::Relation &relation);
    bool removeRelation(const QString &eventId);
    void redact(const QJsonObject &redactionEvent);
    // The pending actions that count: not failed.
    QList<store::TimelineEvent> livePending() const;

    // A reaction, edit or redaction: changes another row instead of
    // showing as one of its own.
    static bool isAction(const store::TimelineEvent &event);
    // The event an action changes.
    static QString actionTarget(const store::TimelineEvent &event);
    static store::TimelineEvent eventFromJson(const QJsonObject &json);
};

} // namespace atrium::models
