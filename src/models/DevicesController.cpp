#include "DevicesController.h"

#include "AsyncResult.h"
#include "crypto/CryptoStore.h"
#include "matrix/DeviceRequests.h"
#include "matrix/HttpClient.h"
#include "matrix/UiaChallenge.h"
#include "store/StoreThread.h"
#include "sync/EncryptionService.h"
#include "sync/Session.h"
#include "sync/VerificationService.h"

#include <QJsonArray>

namespace atrium::models {

namespace {

const QString PasswordStage = QStringLiteral("m.login.password");

} // namespace

DevicesController::DevicesController(sync::Session *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    if (!session)
        return;
    // Each sign-in has its own verification service.
    connect(session, &sync::Session::ready, this, &DevicesController::watchVerifications);
    watchVerifications();
}

void DevicesController::watchVerifications()
{
    if (!m_session || !m_session->encryption())
        return;
    connect(m_session->encryption()->verification(), &sync::VerificationService::deviceVerified,
            this, &DevicesController::deviceVerified, Qt::UniqueConnection);
}

void DevicesController::deviceVerified(const QString &userId, const QString &deviceId)
{
    if (m_session && userId == m_session->userId())
        m_devices.setVerified(deviceId, true);
}

void DevicesController::refresh()
{
    if (!m_session)
        return;
    begin();
    m_session->http()->send(
        matrix::requests::ownDevices(), this, [this](const matrix::ApiResponse &response) {
            end();
            if (!response.ok()) {
                setError(tr("Could not list the sessions: %1").arg(response.error->describe()));
                return;
            }
            setError({});
            m_devices.setDevices(response.json().value(QLatin1String("devices")).toArray(),
                                 m_session ? m_session->deviceId() : QString());
            loadVerified();
        });
}

void DevicesController::loadVerified()
{
    if (!m_session || !m_session->store())
        return;
    // Device keys are stored in the clear; reading them needs no pickle key.
    const crypto::CryptoIdentity identity{m_session->userId(), m_session->deviceId(), {}};
    onResult(this, m_session->store()->run([identity](store::Database &db) {
        QSet<QString> verified;
        for (const crypto::DeviceKeys &device :
             crypto::CryptoStore(db, identity).devices(identity.userId))
            if (device.verified)
                verified.insert(device.deviceId);
        return verified;
    }),
             [this](const QSet<QString> &verified) { m_devices.setVerifiedDevices(verified); });
}

void DevicesController::rename(const QString &deviceId, const QString &displayName)
{
    if (!m_session)
        return;
    const QString name = displayName.trimmed();
    begin();
    m_session->http()->send(
        matrix::requests::renameDevice(deviceId, name), this,
        [this, deviceId, name](const matrix::ApiResponse &response) {
            end();
            if (!response.ok()) {
                setError(tr("Could not rename the session: %1").arg(response.error->describe()));
                return;
            }
            setError({});
            m_devices.setDisplayName(deviceId, name);
            emit renamed(deviceId);
        });
}

void DevicesController::signOut(const QString &deviceId)
{
    if (!m_session || deviceId.isEmpty())
        return;
    if (deviceId == m_session->deviceId()) {
        setError(tr("This session is signed out with “Sign out”, not from the list."));
        return;
    }
    setSigningOut(deviceId);
    setPasswordError({});
    m_uiaSession.clear();
    begin();
    m_session->http()->send(
        matrix::requests::deleteDevice(deviceId), this,
        [this, deviceId](const matrix::ApiResponse &response) {
            end();
            if (response.ok()) {
                setError({});
                setSigningOut({});
                m_devices.remove(deviceId);
                emit signedOut(deviceId);
                return;
            }
            const auto challenge = matrix::UiaChallenge::fromResponse(response);
            if (!challenge || !challenge->offersSingleStage(PasswordStage)) {
                setSigningOut({});
                setError(
                    challenge
                        ? tr("The server asks for a way of signing in Atrium does not "
                             "support; sign the session out with another client.")
                        : tr("Could not sign the session out: %1").arg(response.error->describe()));
                return;
            }
            setError({});
            m_uiaSession = challenge->session;
            emit passwordRequired(deviceId);
        });
}

void DevicesController::submitPassword(const QString &password)
{
    if (!m_session || m_signingOut.isEmpty())
        return;
    if (password.isEmpty()) {
        setPasswordError(tr("Enter your password."));
        return;
    }
    const QString deviceId = m_signingOut;
    begin();
    m_session->http()->send(
        matrix::requests::deleteDevice(
            deviceId, matrix::requests::passwordAuth(m_session->userId(), password, m_uiaSession)),
        this, [this, deviceId](const matrix::ApiResponse &response) {
            end();
            if (deviceId != m_signingOut) // cancelled meanwhile
                return;
            if (response.ok()) {
                setPasswordError({});
                setSigningOut({});
                m_uiaSession.clear();
                m_devices.remove(deviceId);
                emit signedOut(deviceId);
                return;
            }
            const auto challenge = matrix::UiaChallenge::fromResponse(response);
            if (challenge) {
                m_uiaSession = challenge->session;
                setPasswordError(challenge->errcode == QLatin1String("M_FORBIDDEN")
                                     ? tr("Wrong password.")
                                     : challenge->error);
                return;
            }
            setPasswordError(
                tr("Could not sign the session out: %1").arg(response.error->describe()));
        });
}

void DevicesController::cancelSignOut()
{
    setSigningOut({});
    setPasswordError({});
    m_uiaSession.clear();
}

void DevicesController::begin()
{
    if (m_busy++ == 0)
        emit busyChanged();
}

void DevicesController::end()
{
    if (--m_busy == 0)
        emit busyChanged();
}

void DevicesController::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        emit errorChanged();
    }
}

void DevicesController::setPasswordError(const QString &error)
{
    if (m_passwordError != error) {
        m_passwordError = error;
        emit passwordErrorChanged();
    }
}

void DevicesController::setSigningOut(const QString &deviceId)
{
    if (m_signingOut != deviceId) {
        m_signingOut = deviceId;
        emit signingOutDeviceChanged();
    }
}

} // namespace atrium::models
