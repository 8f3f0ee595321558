#include "KeyBackup.h"

#include "crypto/AccountKeys.h"
#include "crypto/BackupKey.h"
#include "crypto/CryptoStore.h"
#include "crypto/InboundSessionArchive.h"
#include "crypto/KeyBackupStore.h"
#include "crypto/RecoveryKey.h"
#include "matrix/HttpClient.h"
#include "matrix/KeyBackupRequests.h"
#include "store/Database.h"
#include "store/StoreThread.h"

#include <QLoggingCategory>
#include <QPromise>

Q_LOGGING_CATEGORY(lcKeyBackup, "atrium.sync.backup")

namespace atrium::sync {

using crypto::BackupKey;
using crypto::KeyBackupStore;

namespace {

constexpr int BatchSize = 100;

// A new key and the auth_data announcing it, signed by this device (and by
// our master key when we hold it, so other devices can trust the backup).
struct NewBackup
{
    QByteArray privateKey;
    QJsonObject authData;
    QString error;
};

NewBackup prepareNewBackup(store::Database &db, const crypto::CryptoIdentity &identity)
{
    crypto::CryptoStore store(db, identity);
    NewBackup backup;
    const auto account = store.loadAccount(&backup.error);
    if (!account) {
        if (backup.error.isEmpty())
            backup.error = QStringLiteral("this device has no Olm account yet");
        return backup;
    }
    const BackupKey key = BackupKey::generate();
    backup.privateKey = key.privateKey();
    backup.authData = crypto::AccountKeys::withSignature(
        *account, identity, QJsonObject{{"public_key", key.publicKey()}});
    QString error;
    if (const auto master = store.crossSigningKey(QStringLiteral("master"), &error))
        backup.authData = master->signJson(backup.authData, identity.userId);
    return backup;
}

KeyBackupResult failure(const QString &error)
{
    KeyBackupResult result;
    result.error = error;
    return result;
}

std::shared_ptr<QPromise<KeyBackupResult>> startedPromise()
{
    auto promise = std::make_shared<QPromise<KeyBackupResult>>();
    promise->start();
    return promise;
}

void settle(const std::shared_ptr<QPromise<KeyBackupResult>> &promise,
            const KeyBackupResult &result)
{
    promise->addResult(result);
    promise->finish();
}

} // namespace

// One upload: the rooms object of PUT /room_keys/keys and what it holds.
struct KeyBackup::Batch
{
    QString version;
    QJsonObject rooms;
    QList<KeyBackupStore::SessionId> sessions;
};

KeyBackup::KeyBackup(matrix::HttpClient *http, store::StoreThread *store,
                     const crypto::CryptoIdentity &identity, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_identity(identity)
{
    // New keys come in bursts (a sync full of m.room_key): one upload each.
    m_uploadTimer.setSingleShot(true);
    m_uploadTimer.setInterval(1000);
    connect(&m_uploadTimer, &QTimer::timeout, this, [this]() {
        uploadMissing([this](int uploaded, const QString &error) {
            if (!error.isEmpty())
                qCWarning(lcKeyBackup) << "backing up room keys failed:" << error;
            else if (uploaded > 0)
                emit keysBackedUp(uploaded);
        });
    });
}

QFuture<KeyBackupStatus> KeyBackup::status()
{
    auto promise = std::make_shared<QPromise<KeyBackupStatus>>();
    promise->start();
    m_store
        ->run([identity = m_identity](store::Database &db) {
            const auto backup = KeyBackupStore(db, identity).backup();
            return backup ? backup->version : QString();
        })
        .then(this, [this, promise](const QString &localVersion) {
            m_http->send(matrix::requests::currentBackupVersion(), this,
                         [promise, localVersion](const matrix::ApiResponse &response) {
                             KeyBackupStatus status;
                             status.localVersion = localVersion;
                             if (response.ok()) {
                                 status.serverVersion = response.json().value("version").toString();
                                 status.serverKeys = response.json().value("count").toInt();
                             } else if (response.error->errcode != QLatin1String("M_NOT_FOUND")) {
                                 status.error = response.error->describe();
                             }
                             promise->addResult(status);
                             promise->finish();
                         });
        });
    return promise->future();
}

void KeyBackup::scheduleUpload()
{
    m_uploadTimer.start();
}

QFuture<KeyBackupResult> KeyBackup::create()
{
    auto promise = startedPromise();
    m_store
        ->run(
            [identity = m_identity](store::Database &db) { return prepareNewBackup(db, identity); })
        .then(this, [this, promise](const NewBackup &backup) {
            if (!backup.error.isEmpty())
                return settle(promise,
                              failure(tr("Could not make a backup key: %1").arg(backup.error)));
            m_http->send(
                matrix::requests::createBackupVersion(BackupKey::Algorithm, backup.authData), this,
                [this, promise, backup](const matrix::ApiResponse &response) {
                    if (response.error)
                        return settle(promise, failure(tr("Could not create the backup: %1")
                                                           .arg(response.error->describe())));
                    const QString version = response.json().value("version").toString();
                    m_store
                        ->run([identity = m_identity, version,
                               privateKey = backup.privateKey](store::Database &db) {
                            QString error;
                            const auto key = BackupKey::fromPrivateKey(privateKey, &error);
                            return key && KeyBackupStore(db, identity).setBackup(version, *key);
                        })
                        .then(this, [this, promise, version, backup](bool saved) {
                            if (!saved)
                                return settle(
                                    promise,
                                    failure(tr("The backup key could not be saved here.")));
                            // Counted from the store: an automatic pass may
                            // have uploaded some of the keys.
                            uploadMissing([this, promise, version, backup](int,
                                                                           const QString &error) {
                                m_store
                                    ->run([identity = m_identity, version](store::Database &db) {
                                        return KeyBackupStore(db, identity).backedUpCount(version);
                                    })
                                    .then(this, [promise, version, backup, error](int keys) {
                                        settle(promise,
                                               {error,
                                                crypto::RecoveryKey::encode(backup.privateKey),
                                                version, keys});
                                    });
                            });
                        });
                });
        });
    return promise->future();
}

void KeyBackup::uploadMissing(std::function<void(int, QString)> done, int sofar)
{
    if (m_uploading && sofar == 0) {
        // One pass at a time. This one starts when the pass under way ends:
        // that one may have looked before this backup or these keys existed.
        m_waiting.append(done);
        return;
    }
    m_uploading = true;
    m_store
        ->run([identity = m_identity](store::Database &db) {
            KeyBackupStore store(db, identity);
            Batch batch;
            const auto backup = store.backup();
            if (!backup)
                return batch;
            batch.version = backup->version;
            for (const auto &value : store.missingSessions(BatchSize)) {
                const QJsonObject entry = value.toObject();
                const QString roomId = entry.value("room_id").toString();
                const QString sessionId = entry.value("session_id").toString();
                QJsonObject session = entry;
                session.remove("room_id");
                session.remove("session_id");
                session.remove("first_message_index");
                QJsonObject room = batch.rooms.value(roomId).toObject();
                QJsonObject sessions = room.value("sessions").toObject();
                sessions.insert(
                    sessionId,
                    QJsonObject{
                        {"first_message_index", entry.value("first_message_index")},
                        {"forwarded_count",
                         entry.value("forwarding_curve25519_key_chain").toArray().size()},
                        {"is_verified", false},
                        {"session_data", BackupKey::encrypt(backup->key.publicKey(), session)}});
                room.insert("sessions", sessions);
                batch.rooms.insert(roomId, room);
                batch.sessions.append({roomId, entry.value("sender_key").toString(), sessionId});
            }
            return batch;
        })
        .then(this, [this, done, sofar](const Batch &batch) {
            if (batch.sessions.isEmpty())
                return endPass(done, sofar, {});
            m_http->send(
                matrix::requests::putRoomKeys(batch.version, batch.rooms), this,
                [this, done, sofar, batch](const matrix::ApiResponse &response) {
                    if (response.error) {
                        // M_WRONG_ROOM_KEYS_VERSION: another device made a new
                        // backup; this one stops until it is restored here.
                        return endPass(done, sofar, response.error->describe());
                    }
                    m_store
                        ->run([identity = m_identity, batch](store::Database &db) {
                            return KeyBackupStore(db, identity)
                                .markBackedUp(batch.version, batch.sessions);
                        })
                        .then(this, [this, done, sofar, count = batch.sessions.size()](bool ok) {
                            if (!ok)
                                return endPass(done, sofar,
                                               tr("the backup state could not be saved"));
                            uploadMissing(done, sofar + int(count));
                        });
                });
        });
}

void KeyBackup::endPass(const std::function<void(int, QString)> &done, int uploaded,
                        const QString &error)
{
    m_uploading = false;
    done(uploaded, error);
    if (m_waiting.isEmpty() || m_uploading)
        return;
    uploadMissing([waiting = std::exchange(m_waiting, {})](int count, const QString &passError) {
        for (const auto &next : waiting)
            next(count, passError);
    });
}

QFuture<KeyBackupResult> KeyBackup::restore(const QString &recoveryKey)
{
    auto promise = startedPromise();
    QString error;
    const auto privateKey = crypto::RecoveryKey::decode(recoveryKey, &error);
    const auto key = privateKey ? BackupKey::fromPrivateKey(*privateKey, &error) : std::nullopt;
    if (!key) {
        settle(promise, failure(tr("That recovery key cannot be read: %1").arg(error)));
        return promise->future();
    }
    m_http->send(
        matrix::requests::currentBackupVersion(), this,
        [this, promise, key = *key](const matrix::ApiResponse &response) {
            if (response.error)
                return settle(
                    promise,
                    failure(
                        response.error->errcode == QLatin1String("M_NOT_FOUND")
                            ? tr("There is no key backup on the server.")
                            : tr("Could not read the backup: %1").arg(response.error->describe())));
            const QJsonObject info = response.json();
            const QString version = info.value("version").toString();
            if (info.value("algorithm").toString() != QLatin1String(BackupKey::Algorithm) ||
                info.value("auth_data").toObject().value("public_key").toString() !=
                    key.publicKey())
                return settle(
                    promise,
                    failure(tr("This recovery key does not belong to the current backup.")));
            m_http->send(matrix::requests::roomKeys(version), this,
                         [this, promise, version, key](const matrix::ApiResponse &keys) {
                             if (keys.error)
                                 return settle(promise, failure(tr("Could not read the backup: %1")
                                                                    .arg(keys.error->describe())));
                             importBackup(version, key.privateKey(),
                                          keys.json().value("rooms").toObject(),
                                          [promise](const KeyBackupResult &result) {
                                              settle(promise, result);
                                          });
                         });
        });
    return promise->future();
}

void KeyBackup::importBackup(const QString &version, const QByteArray &privateKey,
                             const QJsonObject &rooms, std::function<void(KeyBackupResult)> done)
{
    struct Imported
    {
        crypto::ImportSummary summary;
        bool saved = false;
    };
    m_store
        ->run([identity = m_identity, version, privateKey, rooms](store::Database &db) {
            QString error;
            const auto key = *BackupKey::fromPrivateKey(privateKey, &error);
            QJsonArray entries;
            QList<KeyBackupStore::SessionId> ids;
            int undecryptable = 0;
            for (auto room = rooms.begin(); room != rooms.end(); ++room) {
                const QJsonObject sessions = room.value().toObject().value("sessions").toObject();
                for (auto it = sessions.begin(); it != sessions.end(); ++it) {
                    auto session =
                        key.decrypt(it.value().toObject().value("session_data").toObject(), &error);
                    if (!session) {
                        ++undecryptable; // counted in the total, not imported
                        qCWarning(lcKeyBackup)
                            << "backed-up key" << it.key() << "refused:" << error;
                        continue;
                    }
                    session.value().insert("room_id", room.key());
                    session.value().insert("session_id", it.key());
                    entries.append(*session);
                    ids.append({room.key(), session->value("sender_key").toString(), it.key()});
                }
            }
            crypto::CryptoStore store(db, identity);
            Imported imported;
            imported.summary = crypto::InboundSessionArchive(store).importAll(entries);
            imported.summary.total += undecryptable;
            KeyBackupStore backups(db, identity);
            imported.saved = backups.setBackup(version, key) && backups.markBackedUp(version, ids);
            return imported;
        })
        .then(this, [this, version, done](const Imported &imported) {
            if (!imported.summary.roomIds.isEmpty())
                emit roomKeysRestored(imported.summary.roomIds);
            KeyBackupResult result{
                {}, {}, version, imported.summary.imported, imported.summary.total};
            if (!imported.saved)
                result.error = tr("The backup key could not be saved here.");
            done(result);
            scheduleUpload(); // keys this device had that the backup lacks
        });
}

} // namespace atrium::sync
