#include "Migrations.h"

namespace atrium::store {

const QList<QStringList> &Migrations::steps()
{
    static const QList<QStringList> all = {
        // 0 → 1: the sync core.
        {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE rooms ("
            " room_id TEXT PRIMARY KEY,"
            " membership TEXT NOT NULL,"
            " heroes TEXT,"
            " joined_count INTEGER NOT NULL DEFAULT 0,"
            " invited_count INTEGER NOT NULL DEFAULT 0,"
            " notification_count INTEGER NOT NULL DEFAULT 0,"
            " highlight_count INTEGER NOT NULL DEFAULT 0,"
            " last_event_ts INTEGER NOT NULL DEFAULT 0,"
            " members_loaded INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE room_state ("
            " room_id TEXT NOT NULL, type TEXT NOT NULL, state_key TEXT NOT NULL,"
            " event_id TEXT, sender TEXT, json TEXT NOT NULL,"
            " PRIMARY KEY (room_id, type, state_key)) WITHOUT ROWID",
            // A chunk is a run of consecutive events. The live chunk grows with
            // sync; prev_batch is the token to fetch what precedes it (NULL once
            // the room's start is reached). A chunk that is not live sits behind
            // a gap until back-pagination reaches and absorbs it.
            "CREATE TABLE chunks ("
            " chunk_id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " room_id TEXT NOT NULL, prev_batch TEXT, is_live INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX chunks_room ON chunks (room_id, is_live)",
            "CREATE TABLE events ("
            " chunk_id INTEGER NOT NULL, idx INTEGER NOT NULL,"
            " room_id TEXT NOT NULL, event_id TEXT NOT NULL, type TEXT NOT NULL,"
            " sender TEXT NOT NULL, ts INTEGER NOT NULL, json TEXT NOT NULL,"
            " PRIMARY KEY (chunk_id, idx)) WITHOUT ROWID",
            "CREATE UNIQUE INDEX events_by_id ON events (room_id, event_id)",
            "CREATE TABLE receipts ("
            " room_id TEXT NOT NULL, user_id TEXT NOT NULL, type TEXT NOT NULL,"
            " thread_id TEXT NOT NULL DEFAULT '', event_id TEXT NOT NULL, ts INTEGER,"
            " PRIMARY KEY (room_id, user_id, type, thread_id)) WITHOUT ROWID",
            "CREATE TABLE account_data ("
            " room_id TEXT NOT NULL, type TEXT NOT NULL, content TEXT NOT NULL,"
            " PRIMARY KEY (room_id, type)) WITHOUT ROWID",
            "CREATE TABLE outbox ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " room_id TEXT NOT NULL, txn_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL,"
            " content TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',"
            " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,"
            " created_ts INTEGER NOT NULL)",
        },
        // 1 → 2: what the room list shows, kept ready so that a cold start reads
        // one table instead of recomputing names from state.
        {
            "ALTER TABLE rooms ADD COLUMN display_name TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE rooms ADD COLUMN avatar_url TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE rooms ADD COLUMN topic TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE rooms ADD COLUMN last_preview TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE rooms ADD COLUMN last_sender TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE rooms ADD COLUMN is_direct INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE rooms ADD COLUMN is_encrypted INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE rooms ADD COLUMN is_space INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE rooms ADD COLUMN tags TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE rooms ADD COLUMN inviter TEXT NOT NULL DEFAULT ''",
        },
        // 2 → 3: which event the preview shows, so that redacting it updates
        // the room list too.
        {
            "ALTER TABLE rooms ADD COLUMN last_event_id TEXT NOT NULL DEFAULT ''",
        },
        // 3 → 4: end-to-end encryption. Every pickle is encrypted by libolm
        // with the account's pickle key, which lives in the keychain.
        {
            "CREATE TABLE crypto_account ("
            " id INTEGER PRIMARY KEY CHECK (id = 1), pickle BLOB NOT NULL,"
            " device_keys_uploaded INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE olm_sessions ("
            " sender_key TEXT NOT NULL, session_id TEXT NOT NULL, pickle BLOB NOT NULL,"
            " last_used_ts INTEGER NOT NULL,"
            " PRIMARY KEY (sender_key, session_id)) WITHOUT ROWID",
            "CREATE TABLE megolm_inbound ("
            " room_id TEXT NOT NULL, session_id TEXT NOT NULL, sender_key TEXT NOT NULL,"
            " signing_key TEXT NOT NULL, first_index INTEGER NOT NULL,"
            " forwarding_chain TEXT NOT NULL DEFAULT '[]', pickle BLOB NOT NULL,"
            " PRIMARY KEY (room_id, sender_key, session_id)) WITHOUT ROWID",
            // Which event used each message index: the same index under
            // another event id is a replay and is refused.
            "CREATE TABLE megolm_indices ("
            " sender_key TEXT NOT NULL, session_id TEXT NOT NULL, message_index INTEGER NOT NULL,"
            " event_id TEXT NOT NULL,"
            " PRIMARY KEY (sender_key, session_id, message_index)) WITHOUT ROWID",
            "CREATE TABLE megolm_outbound ("
            " room_id TEXT PRIMARY KEY, session_id TEXT NOT NULL, pickle BLOB NOT NULL,"
            " created_ts INTEGER NOT NULL, message_count INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE megolm_shared ("
            " room_id TEXT NOT NULL, session_id TEXT NOT NULL, user_id TEXT NOT NULL,"
            " device_id TEXT NOT NULL,"
            " PRIMARY KEY (room_id, session_id, user_id, device_id)) WITHOUT ROWID",
            "CREATE TABLE devices ("
            " user_id TEXT NOT NULL, device_id TEXT NOT NULL, curve25519 TEXT NOT NULL,"
            " ed25519 TEXT NOT NULL, json TEXT NOT NULL,"
            " PRIMARY KEY (user_id, device_id)) WITHOUT ROWID",
            "CREATE INDEX devices_by_curve ON devices (curve25519)",
            "CREATE TABLE tracked_users (user_id TEXT PRIMARY KEY, outdated INTEGER NOT NULL)",
        },
        // 4 → 5: a file message keeps what it needs to upload the file after a
        // restart ({path, name, mimetype, size}), and the mxc URI once the
        // upload is done, so a finished upload is not repeated.
        {
            "ALTER TABLE outbox ADD COLUMN attachment TEXT",
        },
        // 5 → 6: devices our user verified (SAS), with the key that was
        // verified. Apart from `devices`, which a device-list refresh rewrites.
        {
            "CREATE TABLE verified_devices ("
            " user_id TEXT NOT NULL, device_id TEXT NOT NULL, ed25519 TEXT NOT NULL,"
            " verified_ts INTEGER NOT NULL,"
            " PRIMARY KEY (user_id, device_id)) WITHOUT ROWID",
        },
        // 6 → 7: message actions. The outbox sends redactions too (`redacts`
        // names the event; they go to /redact, not /send). Edits and
        // reactions are indexed by the event they point at, so a page of
        // the timeline reads its aggregations with one query however big
        // the room is (see RelationStore); existing history is indexed here.
        {
            "ALTER TABLE outbox ADD COLUMN redacts TEXT NOT NULL DEFAULT ''",
            "CREATE TABLE relations ("
            " room_id TEXT NOT NULL, event_id TEXT NOT NULL, rel_type TEXT NOT NULL,"
            " target_id TEXT NOT NULL, sender TEXT NOT NULL, ts INTEGER NOT NULL,"
            " key TEXT NOT NULL DEFAULT '', content TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (room_id, event_id)) WITHOUT ROWID",
            "CREATE INDEX relations_by_target ON relations (room_id, target_id)",
            "INSERT OR IGNORE INTO relations"
            " SELECT room_id, event_id, json_extract(json, '$.content.\"m.relates_to\".rel_type'),"
            " json_extract(json, '$.content.\"m.relates_to\".event_id'), sender, ts,"
            " COALESCE(json_extract(json, '$.content.\"m.relates_to\".key'), ''),"
            " COALESCE(json_extract(json, '$.content.\"m.new_content\"'), '')"
            " FROM events"
            " WHERE json_extract(json, '$.content.\"m.relates_to\".rel_type')"
            " IN ('m.annotation', 'm.replace')"
            " AND json_extract(json, '$.content.\"m.relates_to\".event_id') IS NOT NULL",
        },
        // 7 → 8: room keys this device asked its other devices for
        // (m.room_key_request), until the key arrives and the request is
        // cancelled. One request per Megolm session.
        {
            "CREATE TABLE room_key_requests ("
            " request_id TEXT PRIMARY KEY, room_id TEXT NOT NULL, sender_key TEXT NOT NULL,"
            " session_id TEXT NOT NULL, state INTEGER NOT NULL,"
            " UNIQUE (room_id, sender_key, session_id))",
        },
        // 8 → 9: edits in encrypted rooms. Their m.new_content is inside the
        // ciphertext, so sync left them out of the index; they are indexed
        // without content (the timeline decrypts the stored event to show
        // one, and never stores the clear text). Existing history here.
        {
            "INSERT OR IGNORE INTO relations"
            " SELECT room_id, event_id, 'm.replace',"
            " json_extract(json, '$.content.\"m.relates_to\".event_id'), sender, ts, '', ''"
            " FROM events"
            " WHERE type = 'm.room.encrypted'"
            " AND json_extract(json, '$.content.\"m.relates_to\".rel_type') = 'm.replace'"
            " AND json_extract(json, '$.content.\"m.relates_to\".event_id') IS NOT NULL",
        },
        // 9 → 10: this account's cross-signing keys (master, self_signing,
        // user_signing). The private seed is sealed with the pickle key
        // (AES-256-GCM, crypto::SealedBox), never stored in the clear.
        {
            "CREATE TABLE cross_signing_keys ("
            " usage TEXT PRIMARY KEY, public_key TEXT NOT NULL, sealed_seed BLOB NOT NULL)",
        },
        // 10 → 11: the cross-signing public keys users published (from
        // /keys/query), so trust can be judged without asking the server.
        {
            "CREATE TABLE published_cross_signing_keys ("
            " user_id TEXT NOT NULL, usage TEXT NOT NULL, json TEXT NOT NULL,"
            " PRIMARY KEY (user_id, usage)) WITHOUT ROWID",
        },
        // 11 → 12: server-side key backup. Which Megolm sessions are in
        // the backup version this device writes to (the version and its
        // sealed key are meta values, see KeyBackupStore).
        {
            "CREATE TABLE key_backup_sessions ("
            " room_id TEXT NOT NULL, sender_key TEXT NOT NULL, session_id TEXT NOT NULL,"
            " version TEXT NOT NULL,"
            " PRIMARY KEY (room_id, sender_key, session_id)) WITHOUT ROWID",
        },
        // 12 → 13: whether a Megolm session's key came over Olm from the
        // device that made it (m.room_key, or our own outbound session).
        // Keys forwarded, imported or restored from a backup cannot prove
        // who made them. Before this the only such keys told apart are the
        // forwarded ones (a forwarding chain); the rest were kept as before.
        {
            "ALTER TABLE megolm_inbound ADD COLUMN authenticated INTEGER NOT NULL DEFAULT 1",
            "UPDATE megolm_inbound SET authenticated = 0 WHERE forwarding_chain <> '[]'",
        },
        // 13 → 14: what the user began to write in each room and has not
        // sent (text and the message replied to), sealed like the outbox.
        {
            "CREATE TABLE drafts (room_id TEXT PRIMARY KEY, content TEXT NOT NULL) WITHOUT ROWID",
        },
        // 14 → 15: what the push rules notify and highlight in encrypted
        // messages once decrypted, beyond what the server's counts (which
        // cannot read them) hold, since the user last read the room.
        {
            "ALTER TABLE rooms ADD COLUMN decrypted_notification_count INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE rooms ADD COLUMN decrypted_highlight_count INTEGER NOT NULL DEFAULT 0",
        },
        // 15 → 16: the events behind those counts, so that a receipt reads
        // only what is not newer than its event and a message decrypted later
        // is counted once (NotificationStore); the counts above sum them.
        {
            "CREATE TABLE decrypted_notifications ("
            " room_id TEXT NOT NULL, event_id TEXT NOT NULL, ts INTEGER NOT NULL,"
            " notify INTEGER NOT NULL, highlight INTEGER NOT NULL,"
            " PRIMARY KEY (room_id, event_id)) WITHOUT ROWID",
        },
    };
    return all;
}

} // namespace atrium::store
