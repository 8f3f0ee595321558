#pragma once

#include "RoomEvent.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace atrium::matrix {

struct RoomSummaryUpdate
{
    std::optional<QStringList> heroes;
    std::optional<int> joinedMemberCount;
    std::optional<int> invitedMemberCount;
};

struct JoinedRoomUpdate
{
    QString roomId;
    RoomSummaryUpdate summary;
    QList<RoomEvent> state; // state before the timeline starts
    QList<RoomEvent> timeline;
    bool limited = false;
    QString prevBatch;
    QList<QJsonObject> ephemeral;   // m.typing, m.receipt
    QList<QJsonObject> accountData; // m.tag, m.fully_read, …
    std::optional<int> notificationCount;
    std::optional<int> highlightCount;
};

struct InvitedRoomUpdate
{
    QString roomId;
    QList<RoomEvent> inviteState; // stripped state
};

struct LeftRoomUpdate
{
    QString roomId;
    QList<RoomEvent> state;
    QList<RoomEvent> timeline;
};

// A parsed /sync answer. Parsing is tolerant: a malformed event is dropped
// and counted, a room that is not an object is skipped; neither fails the
// whole batch.
struct SyncResponse
{
    QString nextBatch;
    QList<JoinedRoomUpdate> joined;
    QList<InvitedRoomUpdate> invited;
    QList<LeftRoomUpdate> left;
    QList<QJsonObject> accountData;
    QList<QJsonObject> toDevice;
    QStringList deviceListsChanged;
    QStringList deviceListsLeft;
    QHash<QString, int> oneTimeKeysCount;
    std::optional<QStringList> unusedFallbackKeyTypes;
    int droppedEvents = 0; // malformed events left out

    // nullopt (with `error` set) only when the answer is not a sync response
    // at all: not JSON, or no next_batch.
    static std::optional<SyncResponse> parse(const QByteArray &body, QString *error);
    static std::optional<SyncResponse> fromJson(const QJsonObject &json, QString *error);
};

} // namespace atrium::matrix
