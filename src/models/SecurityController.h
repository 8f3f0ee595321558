#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace atrium::sync {
class Session;
struct CrossSigningStatus;
struct KeyBackupStatus;
} // namespace atrium::sync

namespace atrium::models {

// The settings' "Security" section: cross-signing (set up from this
// session, or reset) and the server-side key backup (create one and show
// its recovery key once, or restore from a recovery key). States are
// strings for the view:
//   crossSigning: "unknown", "none" (not set up), "ready" (this session
//     holds the keys), "trusted" (another session vouched for the keys),
//     "elsewhere" (set up by another session; verify this one from it)
//   backup: "unknown", "none", "active" (this session keeps it up to
//     date), "elsewhere" (a backup exists: restore it with its recovery key)
class SecurityController : public QObject
{
    Q_OBJECT
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

    QString crossSigning() const { return m_crossSigning; }
    QString backup() const { return m_backup; }
    int backupKeys() const { return m_backupKeys; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    bool passwordRequired() const { return m_passwordRequired; }
    QString passwordError() const { return m_passwordError; }
    // Shown once, right after createBackup(); cleared by forgetRecoveryKey().
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

signals:
    void changed();

private:
    void watch();
    void askForPassword(const QString &error);
    void setUpFinished();
    void applyCrossSigning(const sync::CrossSigningStatus &status);
    void applyBackup(const sync::KeyBackupStatus &status);
    void startCrossSigning(bool reset);
    void finish(const QString &error = {});

    QPointer<sync::Session> m_session;
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
