#pragma once

#include "Database.h"
#include "Relation.h"

#include <QHash>
#include <optional>

namespace atrium::matrix {
struct RoomEvent;
}

namespace atrium::store {

// Reactions and edits indexed by the event they point at. The timeline
// shows a message with its reactions and latest edit; reading them from
// this index costs one query per page of history, where collecting them
// from the events themselves would mean loading every later event of the
// room (a reaction can come weeks after its message). Runs on the store
// thread only.
class RelationStore
{
public:
    explicit RelationStore(Database &db) : m_db(db) {}

    // Indexes the reactions and edits among `events` and drops those that
    // a redaction among them removes. Idempotent: events may come again
    // (sync after back-pagination), in any order.
    bool record(const QString &roomId, const QList<matrix::RoomEvent> &events);
    // What points at each of `targetIds`, oldest first. Targets with none
    // are left out.
    QHash<QString, QList<Relation>> forTargets(const QString &roomId, const QStringList &targetIds);

    // The relation an event forms, if it is a reaction or an edit. An
    // encrypted edit comes without newContent (see TimelineDecorations).
    static std::optional<Relation> fromEvent(const QString &eventId, const QString &sender,
                                             qint64 ts, const QJsonObject &content);

private:
    bool insert(const QString &roomId, const Relation &relation);
    bool remove(const QString &roomId, const QString &eventId);

    Database &m_db;
};

} // namespace atrium::store
