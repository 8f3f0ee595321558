#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace atrium::sync {
class Session;
struct CrossSigningStatus;
struct KeyBackupStatus;
struct SecretStorageResult;
struct SecretStorageStatus;
} // namespace atrium::sync

namespace atrium::models {

// The settings' "Security" section: recovery (secret storage: set it up
// and show its recovery key once, or unlock it on a new session), cross-
// signing (set up from this session, or reset) and the server-side key
// backup (create one and show its recovery key once, or restore from a
// recovery key). States are strings for the view:
//   recovery: "unknown", "none" (no secret storage), "stored" (this session
//     holds the keys kept there), "locked" (unlock it with the recovery key
//     or passphrase to verify this session and read the backup)
//   crossSigning: "unknown", "none" (not set up), "ready" (this session
//     holds the keys), "trusted" (another session vouched for the keys),
//     "elsewhere" (set up by another session; verify this one from it)
//   backup: "unknown", "none", "active" (this session keeps it up to
//     date), "elsewhere" (a backup exists: restore it with its recovery key)
class SecurityController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString recovery READ recovery NOTIFY changed)
    Q_PROPERTY(QString crossSigning READ crossSigning NOTIFY changed)
    Q_PROPERTY(QString backup READ backup NOTIFY changed)
    Q_PROPERTY(int backupKeys READ backupKeys NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool passwordRequired READ passwordRequired NOTIFY changed)
    Q_PROPERTY(QString passwordError READ passwordError NOTIFY changed)
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY changed)
    Q_PROPERTY(QString restoreSummary READ restoreSummary NOTIFY changed)
public:
    explicit SecurityController(sync::Session *session, QObject *parent = nullptr);

    QString recovery() const;
    QString crossSigning() const { return m_crossSigning; }
    QString backup() const { return m_backup; }
    int backupKeys() const { return m_backupKeys; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    bool passwordRequired() const { return m_passwordRequired; }
    QString passwordError() const { return m_passwordError; }
    // Shown once, right after createBackup() or setUpRecovery(); cleared by
    // forgetRecoveryKey().
    QString recoveryKey() const { return m_recoveryKey; }
    QString restoreSummary() const { return m_restoreSummary; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setUpCrossSigning();
    Q_INVOKABLE void resetCrossSigning();
    Q_INVOKABLE void submitPassword(const QString &password);
    Q_INVOKABLE void cancelPassword();
    Q_INVOKABLE void createBackup();
    Q_INVOKABLE void restoreBackup(const QString &recoveryKey);
    Q_INVOKABLE void forgetRecoveryKey();
    // Secret storage under a new recovery key (and `passphrase`, if not
    // empty); `replace` replaces the one that exists.
    Q_INVOKABLE void setUpRecovery(const QString &passphrase, bool replace);
    Q_INVOKABLE void unlockRecovery(const QString &recoveryKeyOrPassphrase);

signals:
    void changed();

private:
    void watch();
    void askForPassword(const QString &error);
    void setUpFinished();
    void applyCrossSigning(const sync::CrossSigningStatus &status);
    void applyBackup(const sync::KeyBackupStatus &status);
    void applyRecovery(const sync::SecretStorageStatus &status);
    void recoveryUnlocked(const sync::SecretStorageResult &result);
    void startCrossSigning(bool reset);
    void finish(const QString &error = {});

    QPointer<sync::Session> m_session;
    enum class SecretStorageState
    {
        Unknown,
        None,
        Exists
    } m_secretStorage = SecretStorageState::Unknown;
    QString m_crossSigning = QStringLiteral("unknown");
    QString m_backup = QStringLiteral("unknown");
    int m_backupKeys = 0;
    bool m_busy = false;
    QString m_error;
    bool m_passwordRequired = false;
    QString m_passwordError;
    QString m_recoveryKey;
    QString m_restoreSummary;
};

} // namespace atrium::models
