#include "Verifications.h"

#include "VerificationController.h"
#include "sync/EncryptionService.h"
#include "sync/KeyVerification.h"
#include "sync/Session.h"
#include "sync/VerificationService.h"

namespace atrium::models {

Verifications::Verifications(sync::Session *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    if (!session)
        return;
    connect(session, &sync::Session::ready, this, &Verifications::watch);
    watch();
}

void Verifications::watch()
{
    auto *encryption = m_session ? m_session->encryption() : nullptr;
    if (!encryption)
        return;
    connect(encryption->verification(), &sync::VerificationService::requestReceived, this,
            &Verifications::received, Qt::UniqueConnection);
}

void Verifications::received(sync::KeyVerification *verification)
{
    // One dialog: a request while another verification is under way waits
    // for nobody; the other side sees it time out or can ask again.
    const QString step = m_current ? m_current->step() : QString();
    if (m_current && step != QLatin1String("verified") && step != QLatin1String("cancelled"))
        return;
    setCurrent(verification);
    emit requestReceived();
}

void Verifications::verifyDevice(const QString &deviceId, const QString &userId)
{
    auto *encryption = m_session ? m_session->encryption() : nullptr;
    if (!encryption || deviceId.isEmpty())
        return;
    const QString user = userId.isEmpty() ? m_session->userId() : userId;
    setCurrent(encryption->verification()->verify(user, deviceId));
}

void Verifications::verifyUser(const QString &userId, const QString &roomId)
{
    auto *encryption = m_session ? m_session->encryption() : nullptr;
    if (!encryption || userId.isEmpty() || roomId.isEmpty())
        return;
    setCurrent(encryption->verification()->verifyInRoom(roomId, userId));
}

void Verifications::dismiss()
{
    if (!m_current)
        return;
    const QString step = m_current->step();
    if (step != QLatin1String("verified") && step != QLatin1String("cancelled"))
        m_current->cancel();
    setCurrent(nullptr);
}

void Verifications::setCurrent(sync::KeyVerification *verification)
{
    if (m_current)
        m_current->deleteLater();
    m_current = verification ? new VerificationController(verification, this) : nullptr;
    emit currentChanged();
}

} // namespace atrium::models
