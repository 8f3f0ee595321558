#pragma once

#include "crypto/CryptoIdentity.h"

#include <QFuture>
#include <QJsonArray>
#include <QObject>
#include <QTimer>
#include <functional>

namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

struct KeyBackupResult
{
    QString error;       // empty on success
    QString recoveryKey; // create(): what the user keeps
    QString version;
    int keys = 0;  // room keys backed up (create) or restored (restore)
    int total = 0; // restore: keys in the backup
};

// Where the backup stands: the server's current version (empty: none) and
// the one this device writes to (empty: none here).
struct KeyBackupStatus
{
    QString error;
    QString serverVersion;
    int serverKeys = 0;
    QString localVersion;
};

// Server-side key backup (m.megolm_backup.v1.curve25519-aes-sha2): creates
// a backup version whose key the user keeps as a recovery key, keeps it up
// to date with every room key this device gets, and restores history on a
// new device from the recovery key. The private key never leaves this
// device except as the recovery key shown to the user.
class KeyBackup : public QObject
{
    Q_OBJECT
public:
    KeyBackup(matrix::HttpClient *http, store::StoreThread *store,
              const crypto::CryptoIdentity &identity, QObject *parent = nullptr);

    // A new backup version with a new key; every room key held here goes up.
    QFuture<KeyBackupResult> create();
    // Imports the current backup's keys with the key `recoveryKey` names;
    // from then on this device keeps that backup up to date.
    QFuture<KeyBackupResult> restore(const QString &recoveryKey);
    QFuture<KeyBackupStatus> status();
    // Uploads, soon, the room keys the backup lacks (none without a backup).
    void scheduleUpload();

signals:
    void roomKeysRestored(const QStringList &roomIds);
    void keysBackedUp(int count);

private:
    struct Batch;
    void uploadMissing(std::function<void(int uploaded, QString error)> done, int sofar = 0);
    // Ends an upload pass, then starts the one asked for meanwhile.
    void endPass(const std::function<void(int, QString)> &done, int uploaded, const QString &error);
    void importBackup(const QString &version, const QByteArray &privateKey,
                      const QJsonObject &rooms, std::function<void(KeyBackupResult)> done);

    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    crypto::CryptoIdentity m_identity;
    QTimer m_uploadTimer;
    bool m_uploading = false;
    QList<std::function<void(int uploaded, QString error)>> m_waiting; // for the next pass
};

} // namespace atrium::sync
