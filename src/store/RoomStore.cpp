#include "RoomStore.h"

#include "matrix/Redaction.h"
#include "matrix/RoomDisplayName.h"
#include "matrix/SyncResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace atrium::store {

namespace {

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The unread counts are the server's plus what it could not see in encrypted
// messages (see setDecryptedCounts).
constexpr auto SummaryColumns =
    "room_id, membership, display_name, avatar_url, topic, last_preview, last_sender,"
    " last_event_ts, notification_count + decrypted_notification_count,"
    " highlight_count + decrypted_highlight_count, joined_count, invited_count,"
    " is_direct, is_encrypted, is_space, tags, inviter,"
    " (SELECT json_extract(s.json, '$.content.displayname') FROM room_state s"
    "  WHERE s.room_id = rooms.room_id AND s.type = 'm.room.member' AND s.state_key = inviter),"
    " (SELECT json_extract(s.json, '$.content.displayname') FROM room_state s"
    "  WHERE s.room_id = rooms.room_id AND s.type = 'm.room.member'"
    "  AND s.state_key = last_sender)";

// Qt binds a null QString as SQL NULL; the room list's text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

bool RoomStore::setMembership(const QString &roomId, const QString &membership)
{
    Statement &query = m_db.statement(
        QByteArrayLiteral("INSERT INTO rooms (room_id, membership) VALUES (?, ?)"
                          " ON CONFLICT (room_id) DO UPDATE SET membership = excluded.membership"));
    query.bind(1, roomId);
    query.bind(2, membership);
    return m_db.run(query);
}

bool RoomStore::applyState(const QString &roomId, const matrix::RoomEvent &event)
{
    return writeState(roomId, event, true);
}

bool RoomStore::applyStateIfMissing(const QString &roomId, const matrix::RoomEvent &event)
{
    return writeState(roomId, event, false);
}

bool RoomStore::writeState(const QString &roomId, const matrix::RoomEvent &event, bool replace)
{
    Statement &query = m_db.statement(
        replace ? QByteArrayLiteral("INSERT OR REPLACE INTO room_state (room_id, type, state_key,"
                                    " event_id, sender, json) VALUES (?, ?, ?, ?, ?, ?)")
                : QByteArrayLiteral("INSERT OR IGNORE INTO room_state (room_id, type, state_key,"
                                    " event_id, sender, json) VALUES (?, ?, ?, ?, ?, ?)"));
    query.bind(1, roomId);
    query.bind(2, event.type);
    query.bind(3, text(event.stateKey.value_or(QString())));
    query.bind(4, event.eventId);
    query.bind(5, event.sender);
    query.bindUtf8(6, event.jsonText());
    return m_db.run(query);
}

bool RoomStore::applySummary(const QString &roomId, const matrix::RoomSummaryUpdate &summary)
{
    // One statement for what the server sent; a field it left out keeps its value.
    if (!summary.heroes && !summary.joinedMemberCount && !summary.invitedMemberCount)
        return true;
    Statement &query = m_db.statement(
        QByteArrayLiteral("UPDATE rooms SET heroes = CASE WHEN ? THEN ? ELSE heroes END,"
                          " joined_count = COALESCE(?, joined_count),"
                          " invited_count = COALESCE(?, invited_count) WHERE room_id = ?"));
    query.bind(1, summary.heroes.has_value());
    if (summary.heroes)
        query.bind(2, summary.heroes->join(QLatin1Char('\n')));
    if (summary.joinedMemberCount)
        query.bind(3, *summary.joinedMemberCount);
    if (summary.invitedMemberCount)
        query.bind(4, *summary.invitedMemberCount);
    query.bind(5, roomId);
    return m_db.run(query);
}

bool RoomStore::setUnreadCounts(const QString &roomId, std::optional<int> notifications,
                                std::optional<int> highlights)
{
    if (!notifications && !highlights)
        return true;
    Statement &query = m_db.statement(
        QByteArrayLiteral("UPDATE rooms SET notification_count = COALESCE(?, notification_count),"
                          " highlight_count = COALESCE(?, highlight_count) WHERE room_id = ?"));
    if (notifications)
        query.bind(1, *notifications);
    if (highlights)
        query.bind(2, *highlights);
    query.bind(3, roomId);
    return m_db.run(query);
}

UnreadCounts RoomStore::decryptedCounts(const QString &roomId)
{
    Statement &query = m_db.statement(QByteArrayLiteral(
        "SELECT decrypted_notification_count, decrypted_highlight_count FROM rooms"
        " WHERE room_id = ?"));
    query.bind(1, roomId);
    UnreadCounts counts;
    if (query.next())
        counts = {int(query.integer(0)), int(query.integer(1))};
    query.reset();
    return counts;
}

bool RoomStore::setDecryptedCounts(const QString &roomId, UnreadCounts counts)
{
    Statement &query =
        m_db.statement(QByteArrayLiteral("UPDATE rooms SET decrypted_notification_count = ?,"
                                         " decrypted_highlight_count = ? WHERE room_id = ?"));
    query.bind(1, counts.notifications);
    query.bind(2, counts.highlights);
    query.bind(3, roomId);
    return m_db.run(query);
}

namespace {

// Stored in last_preview for previews that are not message text. They start with a control
// character, which previewText() removes from every message text, so no message can look
// like one.
const QString EncryptedPreview = QStringLiteral("\x1f"
                                                "encrypted");
const QString DeletedPreview = QStringLiteral("\x1f"
                                              "deleted");

} // namespace

QString RoomStore::previewText(const matrix::RoomEvent &event)
{
    if (event.type == QLatin1String("m.room.encrypted"))
        return EncryptedPreview;
    if (event.isRedacted())
        return DeletedPreview;
    QString body = event.content.value(QLatin1String("body")).toString().left(200);
    body.removeIf([](QChar c) { return c.category() == QChar::Other_Control && !c.isSpace(); });
    return body.simplified();
}

void RoomStore::readPreview(RoomSummary &room, const QString &stored)
{
    room.previewKind = stored == EncryptedPreview ? RoomSummary::PreviewKind::Encrypted
                       : stored == DeletedPreview ? RoomSummary::PreviewKind::Deleted
                                                  : RoomSummary::PreviewKind::Text;
    room.lastPreview = room.previewKind == RoomSummary::PreviewKind::Text ? stored : QString();
}

bool RoomStore::isPreviewable(const matrix::RoomEvent &event)
{
    const bool isMessage = event.type == QLatin1String("m.room.message") ||
                           event.type == QLatin1String("m.room.encrypted") ||
                           event.type == QLatin1String("m.sticker");
    // An edit is not a new message; its preview would repeat the original.
    const bool isEdit = event.content.value(QLatin1String("m.relates_to"))
                            .toObject()
                            .value(QLatin1String("rel_type"))
                            .toString() == QLatin1String("m.replace");
    return isMessage && !isEdit;
}

bool RoomStore::setLastMessage(const QString &roomId, const matrix::RoomEvent &event)
{
    Statement &query = m_db.statement(
        QByteArrayLiteral("UPDATE rooms SET last_event_ts = ?, last_preview = ?, last_sender = ?,"
                          " last_event_id = ? WHERE room_id = ? AND last_event_ts <= ?"));
    query.bind(1, event.originServerTs);
    query.bind(2, text(previewText(event)));
    query.bind(3, event.sender);
    query.bind(4, event.eventId);
    query.bind(5, roomId);
    query.bind(6, event.originServerTs);
    return m_db.run(query);
}

QString RoomStore::lastEventId(const QString &roomId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT last_event_id FROM rooms WHERE room_id = ?"));
    query.addBindValue(roomId);
    const QString eventId =
        m_db.exec(query) && query.next() ? query.value(0).toString() : QString();
    query.finish();
    return eventId;
}

bool RoomStore::applyRedaction(const QString &roomId, const QString &redactedEventId,
                               const QJsonObject &redactionEvent)
{
    QSqlQuery &preview = m_db.prepare(QStringLiteral(
        "UPDATE rooms SET last_preview = ? WHERE room_id = ? AND last_event_id = ?"));
    preview.addBindValue(DeletedPreview);
    preview.addBindValue(roomId);
    preview.addBindValue(redactedEventId);
    if (!m_db.exec(preview))
        return false;

    // A redacted state event (a room name, a member's display name) loses
    // its content in the current state as well.
    QSqlQuery &state = m_db.prepare(QStringLiteral(
        "SELECT type, state_key, json FROM room_state WHERE room_id = ? AND event_id = ?"));
    state.addBindValue(roomId);
    state.addBindValue(redactedEventId);
    if (!m_db.exec(state) || !state.next())
        return true;
    const QString type = state.value(0).toString();
    const QString stateKey = state.value(1).toString();
    const QJsonObject redacted =
        matrix::Redaction::apply(fromJson(state.value(2).toString()), redactionEvent);
    state.finish();
    QSqlQuery &update = m_db.prepare(QStringLiteral(
        "UPDATE room_state SET json = ? WHERE room_id = ? AND type = ? AND state_key = ?"));
    update.addBindValue(toJson(redacted));
    update.addBindValue(roomId);
    update.addBindValue(type);
    update.addBindValue(stateKey);
    return m_db.exec(update);
}

bool RoomStore::setAccountData(const QString &roomId, const QString &type,
                               const QJsonObject &content)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO account_data (room_id, type, content) VALUES (?, ?, ?)"));
    query.addBindValue(text(roomId)); // global account data has no room
    query.addBindValue(type);
    query.addBindValue(toJson(content));
    if (!m_db.exec(query))
        return false;
    if (type == QLatin1String("m.tag") && !roomId.isEmpty()) {
        QSqlQuery &tags =
            m_db.prepare(QStringLiteral("UPDATE rooms SET tags = ? WHERE room_id = ?"));
        tags.addBindValue(
            text(content.value(QLatin1String("tags")).toObject().keys().join(QLatin1Char(','))));
        tags.addBindValue(roomId);
        return m_db.exec(tags);
    }
    return true;
}

bool RoomStore::applyReceipts(const QString &roomId, const QJsonObject &content)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO receipts (room_id, user_id, type, thread_id, event_id, ts)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto event = content.begin(); event != content.end(); ++event) {
        const QJsonObject byType = event.value().toObject();
        for (auto type = byType.begin(); type != byType.end(); ++type) {
            const QJsonObject byUser = type.value().toObject();
            for (auto user = byUser.begin(); user != byUser.end(); ++user) {
                const QJsonObject receipt = user.value().toObject();
                query.addBindValue(roomId);
                query.addBindValue(user.key());
                query.addBindValue(type.key());
                query.addBindValue(text(receipt.value(QLatin1String("thread_id")).toString()));
                query.addBindValue(event.key());
                query.addBindValue(qint64(receipt.value(QLatin1String("ts")).toDouble()));
                if (!m_db.exec(query))
                    return false;
            }
        }
    }
    return true;
}

bool RoomStore::setMembersLoaded(const QString &roomId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("UPDATE rooms SET members_loaded = 1 WHERE room_id = ?"));
    query.addBindValue(roomId);
    return m_db.exec(query);
}

bool RoomStore::forget(const QString &roomId)
{
    for (const char *table : {"rooms", "room_state", "receipts", "account_data"}) {
        QSqlQuery &query = m_db.prepare(
            QStringLiteral("DELETE FROM %1 WHERE room_id = ?").arg(QLatin1String(table)));
        query.addBindValue(roomId);
        if (!m_db.exec(query))
            return false;
    }
    return true;
}

bool RoomStore::applyDirectChats(const QJsonObject &directContent)
{
    if (!m_db.exec(QStringLiteral("UPDATE rooms SET is_direct = 0 WHERE membership != 'invite'")))
        return false;
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("UPDATE rooms SET is_direct = 1 WHERE room_id = ?"));
    for (const auto &rooms : directContent) {
        for (const auto &roomId : rooms.toArray()) {
            query.addBindValue(roomId.toString());
            if (!m_db.exec(query))
                return false;
        }
    }
    return true;
}

QMap<QString, RoomStore::Member> RoomStore::members(const QString &roomId)
{
    Statement &query = m_db.statement(
        QByteArrayLiteral("SELECT state_key, json_extract(json, '$.content.displayname'),"
                          " json_extract(json, '$.content.membership'),"
                          " json_extract(json, '$.content.avatar_url') FROM room_state"
                          " WHERE room_id = ? AND type = 'm.room.member'"));
    query.bind(1, roomId);
    QMap<QString, Member> members;
    while (query.next())
        members.insert(query.text(0), {query.text(1), query.text(2), query.text(3)});
    return members;
}

namespace {

bool isCurrent(const QString &membership)
{
    return membership == QLatin1String("join") || membership == QLatin1String("invite");
}

QString nameAmong(const QMap<QString, RoomStore::Member> &members, const QString &userId)
{
    const QString displayName = members.value(userId).displayName;
    int sharing = 0;
    if (!displayName.isEmpty()) {
        for (const auto &member : members)
            sharing += member.displayName == displayName && isCurrent(member.membership);
    }
    return matrix::RoomDisplayName::forMember(userId, displayName, sharing > 1);
}

} // namespace

QString RoomStore::memberName(const QString &roomId, const QString &userId)
{
    return nameAmong(members(roomId), userId);
}

QStringList RoomStore::heroNames(const QString &roomId, const QString &ownUserId,
                                 const QStringList &heroes, int *joined, int *invited)
{
    // One read of the member list serves the heroes, their names and the counts.
    const QMap<QString, Member> all = members(roomId);
    QStringList ids = heroes;
    if (ids.isEmpty()) {
        // The server sent no m.heroes: up to five other members, as the spec suggests.
        for (auto it = all.begin(); it != all.end() && ids.size() < 5; ++it) {
            if (it.key() != ownUserId && isCurrent(it->membership))
                ids.append(it.key());
        }
    }
    QStringList names;
    for (const QString &id : ids) {
        if (id != ownUserId)
            names.append(nameAmong(all, id));
    }
    if (*joined == 0 && *invited == 0) {
        // No summary counts from the server: count the member state we have.
        for (const auto &member : all) {
            *joined += member.membership == QLatin1String("join");
            *invited += member.membership == QLatin1String("invite");
        }
    }
    return names;
}

RoomStore::DisplayState RoomStore::displayState(const QString &roomId)
{
    // One query for every state event the room list needs, with the field
    // picked out by SQLite rather than parsing each event's JSON here. Each
    // json_extract() parses the event again: one a row at most, the one its
    // type needs. Types are matched here, not with IN, which SQLite would
    // build a temporary index for on every run.
    Statement &query = m_db.statement(QByteArrayLiteral(
        "SELECT type, CASE type WHEN 'm.room.name' THEN json_extract(json, '$.content.name')"
        " WHEN 'm.room.canonical_alias' THEN json_extract(json, '$.content.alias')"
        " WHEN 'm.room.avatar' THEN json_extract(json, '$.content.url')"
        " WHEN 'm.room.topic' THEN json_extract(json, '$.content.topic')"
        " WHEN 'm.room.create' THEN json_extract(json, '$.content.type') END"
        " FROM room_state WHERE room_id = ? AND state_key = ''"));
    query.bind(1, roomId);
    DisplayState state;
    while (query.next()) {
        const QString type = query.text(0);
        if (type == QLatin1String("m.room.name"))
            state.name = query.text(1);
        else if (type == QLatin1String("m.room.canonical_alias"))
            state.canonicalAlias = query.text(1);
        else if (type == QLatin1String("m.room.avatar"))
            state.avatarUrl = query.text(1);
        else if (type == QLatin1String("m.room.topic"))
            state.topic = query.text(1);
        else if (type == QLatin1String("m.room.encryption"))
            state.encrypted = true;
        else if (type == QLatin1String("m.room.create"))
            state.isSpace = query.text(1) == QLatin1String("m.space");
    }
    return state;
}

bool RoomStore::refreshSummary(const QString &roomId, const QString &ownUserId)
{
    Statement &current = m_db.statement(QByteArrayLiteral(
        "SELECT heroes, joined_count, invited_count, membership FROM rooms WHERE room_id = ?"));
    current.bind(1, roomId);
    if (!current.next())
        return false;
    const QString heroesText = current.text(0);
    const QStringList heroes =
        heroesText.isEmpty() ? QStringList() : heroesText.split(QLatin1Char('\n'));
    int joined = int(current.integer(1));
    int invited = int(current.integer(2));
    const QString membership = current.text(3);
    current.reset();

    const DisplayState display = displayState(roomId);
    matrix::RoomNameInputs inputs;
    inputs.name = display.name;
    inputs.canonicalAlias = display.canonicalAlias;
    // A named room shows no hero names: the member list is read only when
    // they name the room or when the server sent no member counts.
    const bool named = !display.name.trimmed().isEmpty() || !display.canonicalAlias.isEmpty();
    if (!named || (joined == 0 && invited == 0))
        inputs.heroNames = heroNames(roomId, ownUserId, heroes, &joined, &invited);
    inputs.joinedMemberCount = joined;
    inputs.invitedMemberCount = invited;
    if (membership == QLatin1String("invite") && inputs.joinedMemberCount == 0)
        inputs.joinedMemberCount = 2; // an invite names the room after who is in it

    QString inviter;
    bool invitedToDirectChat = false;
    if (membership == QLatin1String("invite")) {
        invitedToDirectChat = stateContent(roomId, QStringLiteral("m.room.member"), ownUserId)
                                  .value(QLatin1String("is_direct"))
                                  .toBool();
        Statement &sender =
            m_db.statement(QByteArrayLiteral("SELECT sender FROM room_state WHERE room_id = ? AND"
                                             " type = 'm.room.member' AND state_key = ?"));
        sender.bind(1, roomId);
        sender.bind(2, ownUserId);
        if (sender.next())
            inviter = sender.text(0);
    }

    // A two-person room without a picture of its own shows the other person's.
    QString avatarUrl = display.avatarUrl;
    if (avatarUrl.isEmpty() && !named && heroes.size() == 1 && joined + invited <= 2)
        avatarUrl = stateContent(roomId, QStringLiteral("m.room.member"), heroes.first())
                        .value(QLatin1String("avatar_url"))
                        .toString();

    Statement &update = m_db.statement(QByteArrayLiteral(
        "UPDATE rooms SET display_name = ?, avatar_url = ?, topic = ?, is_encrypted = ?,"
        " is_space = ?, inviter = ?, joined_count = ?, invited_count = ?,"
        " is_direct = CASE WHEN ? THEN 1 ELSE is_direct END WHERE room_id = ?"));
    update.bind(1, text(matrix::RoomDisplayName::compute(inputs)));
    update.bind(2, text(avatarUrl));
    update.bind(3, text(display.topic));
    update.bind(4, display.encrypted);
    update.bind(5, display.isSpace);
    update.bind(6, text(inviter));
    update.bind(7, joined);
    update.bind(8, invited);
    update.bind(9, invitedToDirectChat);
    update.bind(10, roomId);
    return m_db.run(update);
}

RoomSummary RoomStore::summaryFromQuery(const Statement &query)
{
    RoomSummary room;
    room.roomId = query.text(0);
    room.membership = query.text(1);
    room.displayName = query.text(2);
    room.avatarUrl = query.text(3);
    room.topic = query.text(4);
    readPreview(room, query.text(5));
    room.lastSender = query.text(6);
    room.lastEventTs = query.integer(7);
    room.notificationCount = int(query.integer(8));
    room.highlightCount = int(query.integer(9));
    room.joinedCount = int(query.integer(10));
    room.invitedCount = int(query.integer(11));
    room.isDirect = query.integer(12) != 0;
    room.isEncrypted = query.integer(13) != 0;
    room.isSpace = query.integer(14) != 0;
    const QString tags = query.text(15);
    room.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char(','));
    room.inviter = query.text(16);
    room.inviterName = query.text(17);
    room.lastSenderName = query.text(18);
    return room;
}

QList<RoomSummary> RoomStore::loadAll()
{
    static const QByteArray sql =
        QByteArray("SELECT ") + SummaryColumns + " FROM rooms WHERE membership != 'leave'";
    Statement &query = m_db.statement(sql);
    QList<RoomSummary> rooms;
    while (query.next())
        rooms.append(summaryFromQuery(query));
    query.reset();
    for (RoomSummary &room : rooms) {
        if (room.isSpace)
            room.spaceChildren = spaceChildren(room.roomId);
    }
    return rooms;
}

std::optional<RoomSummary> RoomStore::load(const QString &roomId)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + SummaryColumns + " FROM rooms WHERE room_id = ?";
    Statement &query = m_db.statement(sql);
    query.bind(1, roomId);
    if (!query.next())
        return std::nullopt;
    RoomSummary room = summaryFromQuery(query);
    query.reset();
    if (room.isSpace)
        room.spaceChildren = spaceChildren(room.roomId);
    return room;
}

QStringList RoomStore::spaceChildren(const QString &spaceId)
{
    // The spec's `order`: printable ASCII, at most 50 characters; others are ignored.
    Statement &query = m_db.statement(
        QByteArrayLiteral("SELECT state_key, json_extract(json, '$.content.order') FROM room_state"
                          " WHERE room_id = ? AND type = 'm.space.child'"
                          " AND json_array_length(json, '$.content.via') > 0"));
    query.bind(1, spaceId);
    static const QRegularExpression validOrder(QStringLiteral("^[\\x20-\\x7E]{1,50}$"));
    QList<std::pair<QString, QString>> children; // order (DEL sorts after any valid one), room id
    while (query.next()) {
        const QString order = query.text(1);
        children.append(
            {validOrder.match(order).hasMatch() ? order : QStringLiteral("\x7f"), query.text(0)});
    }
    std::sort(children.begin(), children.end());
    QStringList ids;
    for (const auto &child : std::as_const(children))
        ids.append(child.second);
    return ids;
}

QString RoomStore::creator(const QString &roomId)
{
    Statement &query = m_db.statement(
        QByteArrayLiteral("SELECT json FROM room_state WHERE room_id = ? AND type = 'm.room.create'"
                          " AND state_key = ''"));
    query.bind(1, roomId);
    QJsonObject event;
    if (query.next())
        event = QJsonDocument::fromJson(query.bytes(0)).object();
    query.reset();
    // Rooms before version 11 name the creator in the content; from 11 on, the sender is.
    const QString named =
        event.value(QLatin1String("content")).toObject().value(QLatin1String("creator")).toString();
    return named.isEmpty() ? event.value(QLatin1String("sender")).toString() : named;
}

QJsonObject RoomStore::stateContent(const QString &roomId, const QString &type,
                                    const QString &stateKey)
{
    Statement &query = m_db.statement(QByteArrayLiteral(
        "SELECT json FROM room_state WHERE room_id = ? AND type = ? AND state_key = ?"));
    query.bind(1, roomId);
    query.bind(2, type);
    query.bind(3, text(stateKey)); // the default key {} must match ""
    if (query.next()) {
        return QJsonDocument::fromJson(query.bytes(0))
            .object()
            .value(QLatin1String("content"))
            .toObject();
    }
    return {};
}

QJsonObject RoomStore::accountData(const QString &roomId, const QString &type)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("SELECT content FROM account_data WHERE room_id = ? AND type = ?"));
    query.addBindValue(text(roomId));
    query.addBindValue(type);
    if (m_db.exec(query) && query.next())
        return fromJson(query.value(0).toString());
    return {};
}

bool RoomStore::membersLoaded(const QString &roomId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT members_loaded FROM rooms WHERE room_id = ?"));
    query.addBindValue(roomId);
    return m_db.exec(query) && query.next() && query.value(0).toBool();
}

QStringList RoomStore::ownReadUpTo(const QString &roomId, const QString &ownUserId)
{
    Statement &query = m_db.statement(QByteArrayLiteral(
        "SELECT event_id FROM receipts WHERE room_id = ? AND user_id = ?"
        " AND type IN ('m.read', 'm.read.private') AND thread_id IN ('', 'main')"));
    query.bind(1, roomId);
    query.bind(2, ownUserId);
    QStringList eventIds;
    while (query.next())
        eventIds.append(query.text(0));
    query.reset();
    return eventIds;
}

QList<RoomSummary> RoomStore::loadAllForList(const QString &ownUserId)
{
    QList<RoomSummary> rooms = loadAll();
    for (RoomSummary &room : rooms)
        room.hasUnread = hasUnread(room, ownUserId);
    return rooms;
}

std::optional<RoomSummary> RoomStore::loadForList(const QString &roomId, const QString &ownUserId)
{
    auto room = load(roomId);
    if (room)
        room->hasUnread = hasUnread(*room, ownUserId);
    return room;
}

bool RoomStore::hasUnread(const RoomSummary &room, const QString &ownUserId)
{
    if (room.membership != QLatin1String("join") || room.lastSender.isEmpty() ||
        room.lastSender == ownUserId)
        return false;
    // Newer by the events' times, as the room list orders rooms. A receipt
    // for an event we do not hold counts from when it was made.
    Statement &query = m_db.statement(QByteArrayLiteral(
        "SELECT COALESCE(MAX(e.ts), MAX(r.ts), 0) FROM receipts r"
        " LEFT JOIN events e ON e.room_id = r.room_id AND e.event_id = r.event_id"
        " WHERE r.room_id = ? AND r.user_id = ?"
        " AND r.type IN ('m.read', 'm.read.private') AND r.thread_id IN ('', 'main')"));
    query.bind(1, room.roomId);
    query.bind(2, ownUserId);
    const qint64 readUpTo = query.next() ? query.integer(0) : 0;
    query.reset();
    return room.lastEventTs > readUpTo;
}

QHash<QString, QString> RoomStore::readReceipts(const QString &roomId)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "SELECT user_id, event_id FROM receipts WHERE room_id = ? AND type = 'm.read'"));
    query.addBindValue(roomId);
    QHash<QString, QString> receipts;
    if (m_db.exec(query)) {
        while (query.next())
            receipts.insert(query.value(0).toString(), query.value(1).toString());
    }
    return receipts;
}

} // namespace atrium::store
