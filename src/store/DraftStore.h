#pragma once

#include "Database.h"

#include <QHash>
#include <QString>

namespace atrium::store {

// What the user began to write in a room and has not sent.
struct Draft
{
    QString text;
    // The message it replies to, with what the reply banner shows of it.
    QString replyTo;
    QString replySender;
    QString replyBody;

    bool isEmpty() const { return text.isEmpty() && replyTo.isEmpty(); }
    bool operator==(const Draft &) const = default;
};

// The drafts of every room, kept across restarts (the text sealed like the
// outbox's). Runs on the store thread only.
class DraftStore
{
public:
    explicit DraftStore(Database &db) : m_db(db) {}

    // Keeps `draft` as the room's; an empty one removes it.
    bool save(const QString &roomId, const Draft &draft);
    // Every room's draft, by room id (a draft that cannot be opened is left out).
    QHash<QString, Draft> all();

private:
    Database &m_db;
};

} // namespace atrium::store
