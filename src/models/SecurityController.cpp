#include "SecurityController.h"

#include "AsyncResult.h"
#include "sync/CrossSigningSetup.h"
#include "sync/EncryptionService.h"
#include "sync/KeyBackup.h"
#include "sync/SecretStorage.h"
#include "sync/Session.h"
#include "sync/VerificationService.h"

namespace atrium::models {

SecurityController::SecurityController(sync::Session *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    if (!session)
        return;
    // Each sign-in has its own encryption service; the room list's banner
    // needs the state from the start, not only once the dialog opens.
    connect(session, &sync::Session::ready, this, &SecurityController::refresh);
    if (session->encryption())
        refresh();
}

void SecurityController::watch()
{
    auto *encryption = m_session ? m_session->encryption() : nullptr;
    if (!encryption)
        return;
    auto *setup = encryption->crossSigning();
    connect(setup, &sync::CrossSigningSetup::passwordRequired, this,
            &SecurityController::askForPassword, Qt::UniqueConnection);
    connect(setup, &sync::CrossSigningSetup::finished, this, &SecurityController::setUpFinished,
            Qt::UniqueConnection);
    connect(setup, &sync::CrossSigningSetup::failed, this, &SecurityController::finish,
            Qt::UniqueConnection);
    connect(encryption->keyBackup(), &sync::KeyBackup::keysBackedUp, this,
            &SecurityController::refresh, Qt::UniqueConnection);
    connect(encryption->secretStorage(), &sync::SecretStorage::crossSigningRestored, this,
            &SecurityController::refresh, Qt::UniqueConnection);
    // Verified by another of our sessions: this one is trusted now.
    connect(encryption->verification(), &sync::VerificationService::deviceVerified, this,
            &SecurityController::refresh, Qt::UniqueConnection);
    connect(encryption->verification(), &sync::VerificationService::crossSigned, this,
            &SecurityController::refresh, Qt::UniqueConnection);
}

void SecurityController::askForPassword(const QString &error)
{
    m_passwordRequired = true;
    m_passwordError = error;
    m_busy = false;
    emit changed();
}

void SecurityController::setUpFinished()
{
    finish();
    refresh();
}

void SecurityController::refresh()
{
    if (!m_session || !m_session->encryption())
        return;
    watch();
    onResult(this, m_session->encryption()->crossSigning()->status(),
             [this](const sync::CrossSigningStatus &status) { applyCrossSigning(status); });
    onResult(this, m_session->encryption()->keyBackup()->status(),
             [this](const sync::KeyBackupStatus &status) { applyBackup(status); });
    onResult(this, m_session->encryption()->secretStorage()->status(),
             [this](const sync::SecretStorageStatus &status) { applyRecovery(status); });
}

QString SecurityController::recovery() const
{
    switch (m_secretStorage) {
    case SecretStorageState::Unknown:
        break;
    case SecretStorageState::None:
        return QStringLiteral("none");
    case SecretStorageState::Exists:
        // What secret storage is for: holding the keys, and the backup kept up.
        return m_crossSigning == QLatin1String("ready") && m_backup == QLatin1String("active")
                   ? QStringLiteral("stored")
                   : QStringLiteral("locked");
    }
    return QStringLiteral("unknown");
}

void SecurityController::applyRecovery(const sync::SecretStorageStatus &status)
{
    if (!status.error.isEmpty())
        m_secretStorage = SecretStorageState::Unknown;
    else
        m_secretStorage =
            status.keyId.isEmpty() ? SecretStorageState::None : SecretStorageState::Exists;
    emit changed();
}

void SecurityController::applyCrossSigning(const sync::CrossSigningStatus &status)
{
    if (!status.error.isEmpty())
        m_crossSigning = QStringLiteral("unknown");
    else if (status.publishedMaster.isEmpty())
        m_crossSigning = QStringLiteral("none");
    else if (status.heldMaster == status.publishedMaster)
        m_crossSigning = QStringLiteral("ready");
    else if (status.verifiedMaster == status.publishedMaster)
        m_crossSigning = QStringLiteral("trusted");
    else
        m_crossSigning = QStringLiteral("elsewhere");
    emit changed();
}

void SecurityController::applyBackup(const sync::KeyBackupStatus &status)
{
    if (!status.error.isEmpty())
        m_backup = QStringLiteral("unknown");
    else if (status.serverVersion.isEmpty())
        m_backup = QStringLiteral("none");
    else if (status.serverVersion == status.localVersion)
        m_backup = QStringLiteral("active");
    else
        m_backup = QStringLiteral("elsewhere");
    m_backupKeys = status.serverKeys;
    emit changed();
}

void SecurityController::setUpCrossSigning()
{
    startCrossSigning(false);
}

void SecurityController::resetCrossSigning()
{
    startCrossSigning(true);
}

void SecurityController::startCrossSigning(bool reset)
{
    if (!m_session || m_busy)
        return;
    m_busy = true;
    m_error.clear();
    emit changed();
    m_session->encryption()->crossSigning()->start(
        reset ? sync::CrossSigningSetup::Mode::Reset
              : sync::CrossSigningSetup::Mode::KeepPublished);
}

void SecurityController::submitPassword(const QString &password)
{
    if (!m_session || !m_passwordRequired)
        return;
    if (password.isEmpty()) {
        m_passwordError = tr("Enter your password.");
        emit changed();
        return;
    }
    m_busy = true;
    m_passwordRequired = false;
    emit changed();
    m_session->encryption()->crossSigning()->submitPassword(password);
}

void SecurityController::cancelPassword()
{
    if (!m_passwordRequired)
        return;
    m_passwordRequired = false;
    m_passwordError.clear();
    finish();
}

void SecurityController::createBackup()
{
    if (!m_session || m_busy)
        return;
    m_busy = true;
    m_error.clear();
    m_recoveryKey.clear();
    emit changed();
    onResult(this, m_session->encryption()->keyBackup()->create(),
             [this](const sync::KeyBackupResult &result) {
                 m_recoveryKey = result.recoveryKey;
                 finish(result.error);
                 refresh();
             });
}

void SecurityController::restoreBackup(const QString &recoveryKey)
{
    if (!m_session || m_busy)
        return;
    m_busy = true;
    m_error.clear();
    m_restoreSummary.clear();
    emit changed();
    onResult(
        this, m_session->encryption()->keyBackup()->restore(recoveryKey),
        [this](const sync::KeyBackupResult &result) {
            if (result.error.isEmpty())
                m_restoreSummary =
                    tr("Restored %n of %1 message keys.", nullptr, result.keys).arg(result.total);
            finish(result.error);
            refresh();
        });
}

void SecurityController::setUpRecovery(const QString &passphrase, bool replace)
{
    if (!m_session || m_busy)
        return;
    m_busy = true;
    m_error.clear();
    m_recoveryKey.clear();
    m_restoreSummary.clear();
    emit changed();
    onResult(this, m_session->encryption()->secretStorage()->setUp(passphrase, replace),
             [this](const sync::SecretStorageResult &result) {
                 m_recoveryKey = result.recoveryKey;
                 m_restoreSummary = result.notice;
                 finish(result.error);
                 refresh();
             });
}

void SecurityController::unlockRecovery(const QString &recoveryKeyOrPassphrase)
{
    if (!m_session || m_busy)
        return;
    m_busy = true;
    m_error.clear();
    m_restoreSummary.clear();
    emit changed();
    onResult(this, m_session->encryption()->secretStorage()->unlock(recoveryKeyOrPassphrase),
             [this](const sync::SecretStorageResult &result) { recoveryUnlocked(result); });
}

void SecurityController::recoveryUnlocked(const sync::SecretStorageResult &result)
{
    QStringList summary;
    if (result.error.isEmpty()) {
        if (result.secrets.contains(QLatin1String("m.cross_signing.self_signing")))
            summary.append(tr("This session is now verified with your cross-signing keys."));
        if (result.secrets.contains(QLatin1String("m.megolm_backup.v1")))
            summary.append(
                tr("Restored %n message key(s) from the key backup.", nullptr, result.roomKeys));
        if (!result.notice.isEmpty())
            summary.append(result.notice);
    }
    m_restoreSummary = summary.join(QLatin1Char(' '));
    finish(result.error);
    refresh();
}

void SecurityController::forgetRecoveryKey()
{
    if (m_recoveryKey.isEmpty())
        return;
    m_recoveryKey.clear();
    emit changed();
}

void SecurityController::finish(const QString &error)
{
    m_busy = false;
    m_error = error;
    if (error.isEmpty())
        m_passwordError.clear();
    emit changed();
}

} // namespace atrium::models
