#pragma once

#include "SyncChanges.h"

#include <optional>

namespace atrium::matrix {
struct SyncResponse;
struct JoinedRoomUpdate;
struct InvitedRoomUpdate;
struct LeftRoomUpdate;
} // namespace atrium::matrix

namespace atrium::store {
class Database;
class RoomStore;
class TimelineStore;
} // namespace atrium::store

namespace atrium::sync {

class SyncPreprocessor;

// Applies one sync response to the store in a single transaction and says
// what changed. Runs on the store thread; a failure (disk full) rolls back
// everything, so the same response can be applied again later.
class SyncProcessor
{
public:
    SyncProcessor(store::Database &db, const QString &ownUserId);

    // Parses `body`, runs `preprocessor` (if any), stores, saves next_batch.
    std::optional<SyncChanges> apply(const QByteArray &body, bool initial,
                                     SyncPreprocessor *preprocessor, QString *error);
    std::optional<SyncChanges> apply(matrix::SyncResponse &response, bool initial, QString *error);

    static constexpr auto SyncTokenKey = "sync_token";

private:
    bool applyJoined(const matrix::JoinedRoomUpdate &room, SyncChanges &changes);
    bool applyInvited(const matrix::InvitedRoomUpdate &room);
    bool applyLeft(const matrix::LeftRoomUpdate &room, SyncChanges &changes);
    bool applyTimeline(const matrix::JoinedRoomUpdate &room, SyncChanges &changes);
    bool applyEphemeral(const matrix::JoinedRoomUpdate &room, SyncChanges &changes);
    bool applyRoomAccountData(const matrix::JoinedRoomUpdate &room);
    bool applyGlobalAccountData(const matrix::SyncResponse &response, SyncChanges &changes);
    bool removeAcknowledged(const QString &transactionId, SyncChanges &changes);

    store::Database &m_db;
    QString m_ownUserId;
};

} // namespace atrium::sync
