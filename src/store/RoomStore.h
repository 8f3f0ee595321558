#pragma once

#include "Database.h"
#include "RoomSummary.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <optional>

namespace atrium::matrix {
struct RoomEvent;
struct RoomSummaryUpdate;
} // namespace atrium::matrix

namespace atrium::store {

struct UnreadCounts
{
    int notifications = 0;
    int highlights = 0;
};

// Rooms, their current state, account data and receipts. Runs on the store
// thread only (see StoreThread).
class RoomStore
{
public:
    struct Member
    {
        QString displayName;
        QString membership;
        QString avatarUrl; // mxc://, empty when none
    };

    explicit RoomStore(Database &db) : m_db(db) {}

    bool setMembership(const QString &roomId, const QString &membership);
    bool applyState(const QString &roomId, const matrix::RoomEvent &event);
    // For state seen in old history (lazy-loaded members of /messages):
    // fills in what is unknown, never overrides the current state.
    bool applyStateIfMissing(const QString &roomId, const matrix::RoomEvent &event);
    bool applySummary(const QString &roomId, const matrix::RoomSummaryUpdate &summary);
    bool setUnreadCounts(const QString &roomId, std::optional<int> notifications,
                         std::optional<int> highlights);
    // What the push rules notify and highlight in encrypted messages once
    // decrypted, beyond the server's counts, and not read yet: the sums of
    // NotificationStore's rows, set by it. The summary's counts add them.
    UnreadCounts decryptedCounts(const QString &roomId);
    bool setDecryptedCounts(const QString &roomId, UnreadCounts counts);
    // Records the room's latest message for the room list (preview, time).
    bool setLastMessage(const QString &roomId, const matrix::RoomEvent &event);
    // Messages show in the room list's preview; state changes and edits do not.
    static bool isPreviewable(const matrix::RoomEvent &event);
    // The room list's one-line text for a message.
    static QString previewText(const matrix::RoomEvent &event);
    // Fills the summary's preview from the text previewText() stored.
    static void readPreview(RoomSummary &room, const QString &stored);
    // The event the room list's preview shows.
    QString lastEventId(const QString &roomId);
    // Reflects a redaction in the room list and the current state.
    bool applyRedaction(const QString &roomId, const QString &redactedEventId,
                        const QJsonObject &redactionEvent);
    bool setAccountData(const QString &roomId, const QString &type, const QJsonObject &content);
    // `content` of an m.receipt event: {event_id: {receipt_type: {user_id: {ts, thread_id}}}}
    bool applyReceipts(const QString &roomId, const QJsonObject &content);
    bool setMembersLoaded(const QString &roomId);
    bool forget(const QString &roomId);
    // Marks rooms listed in m.direct as direct chats, and no others.
    bool applyDirectChats(const QJsonObject &directContent);

    // Recomputes what the room list shows (name, avatar, flags) from state.
    bool refreshSummary(const QString &roomId, const QString &ownUserId);

    QList<RoomSummary> loadAll();
    std::optional<RoomSummary> load(const QString &roomId);
    // As the room list shows them: with hasUnread for `ownUserId`.
    QList<RoomSummary> loadAllForList(const QString &ownUserId);
    std::optional<RoomSummary> loadForList(const QString &roomId, const QString &ownUserId);
    // The rooms a space lists (m.space.child events with a `via`), ordered as
    // the spec says: by their `order`, those without one last, then by room id.
    QStringList spaceChildren(const QString &spaceId);
    QJsonObject stateContent(const QString &roomId, const QString &type,
                             const QString &stateKey = {});
    // Who created the room (the one with power 100 when no power levels say otherwise).
    QString creator(const QString &roomId);
    QJsonObject accountData(const QString &roomId, const QString &type);
    bool membersLoaded(const QString &roomId);
    // user id → event id of their latest m.read receipt
    QHash<QString, QString> readReceipts(const QString &roomId);
    // The events the user's own receipts for the whole room (public and
    // private, not a thread's) point at.
    QStringList ownReadUpTo(const QString &roomId, const QString &ownUserId);
    // Whether `room` (a summary loaded from this store) has a message from
    // someone else newer than what the user's receipts say they read. A room
    // never read is unread once someone writes in it.
    bool hasUnread(const RoomSummary &room, const QString &ownUserId);
    // display name as the room shows it, disambiguated when shared
    QString memberName(const QString &roomId, const QString &userId);
    // user id → display name, membership and avatar, for every member state we hold
    QMap<QString, Member> members(const QString &roomId);

private:
    struct DisplayState
    {
        QString name;
        QString canonicalAlias;
        QString avatarUrl;
        QString topic;
        bool encrypted = false;
        bool isSpace = false;
    };
    DisplayState displayState(const QString &roomId);
    // replace: the event overrides what is stored; else it only fills a gap.
    bool writeState(const QString &roomId, const matrix::RoomEvent &event, bool replace);
    QStringList heroNames(const QString &roomId, const QString &ownUserId,
                          const QStringList &heroes, int *joined, int *invited);
    static RoomSummary summaryFromQuery(const Statement &query);

    Database &m_db;
};

} // namespace atrium::store
