#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace atrium::store {
struct TimelineEvent;
}

namespace atrium::models {

// The people of the open room as its timeline shows them: their names and
// avatars in this room, who has read up to which event, and who is typing.
// Knows nothing of rows: the timeline asks, and tells its views what changed.
class RoomPeople
{
public:
    explicit RoomPeople(QString self = {}) : m_self(std::move(self)) {}

    // Our user id: never among the readers, the typing or the completions.
    void setSelf(const QString &userId) { m_self = userId; }
    void clear();

    // The room's members as the store has them (user id → name, → avatar).
    void addMembers(const QHash<QString, QString> &names, const QHash<QString, QString> &avatars);
    // A member event as it happens: the name and avatar it sets.
    void applyMemberEvent(const store::TimelineEvent &event);
    // Older member events (a page of history): names and avatars of those
    // not known yet, as the newer ones count.
    void learnFrom(const QList<store::TimelineEvent> &events);
    // The display name, else the user id.
    QString nameOf(const QString &userId) const;
    // The avatar (mxc://) in this room, else empty.
    QString avatarOf(const QString &userId) const { return m_avatars.value(userId); }
    // Members to complete "@prefix" with: [{userId, name}], names or user
    // ids starting with `prefix` (any case) first, then containing it.
    QVariantList completions(const QString &prefix, int limit) const;

    // Others' read receipts (user id → event id); the events whose readers changed.
    QSet<QString> setReceipts(const QHash<QString, QString> &receipts);
    // Whose receipt is at `eventId`: [{userId, name, avatarUrl}].
    QVariantList readersOf(const QString &eventId) const;

    // Who is typing now; whether that changed.
    bool setTyping(const QStringList &userIds);
    QStringList typingNames() const;

private:
    QString m_self;
    QHash<QString, QString> m_names;       // user id → display name
    QHash<QString, QString> m_avatars;     // user id → avatar (mxc://)
    QHash<QString, QStringList> m_readers; // event id → users whose receipt is there
    QStringList m_typing;                  // user ids, not ours
};

} // namespace atrium::models
