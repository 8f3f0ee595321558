#pragma once

#include "VerificationController.h"

#include <QObject>
#include <QPointer>

namespace atrium::sync {
class KeyVerification;
class Session;
} // namespace atrium::sync

namespace atrium::models {

// The verification the dialog shows: one at a time, started from the
// sessions list (verifyDevice) or a person's card (verifyUser), or asked
// for by another device (an incoming request, which becomes current unless
// one is under way). Follows the
// session's sign-ins.
class Verifications : public QObject
{
    Q_OBJECT
    Q_PROPERTY(atrium::models::VerificationController *current READ current NOTIFY currentChanged)
public:
    explicit Verifications(sync::Session *session, QObject *parent = nullptr);

    VerificationController *current() const { return m_current; }

    // Starts verifying `deviceId` of `userId` (our own user when empty).
    Q_INVOKABLE void verifyDevice(const QString &deviceId, const QString &userId = {});
    // Asks another user to verify in `roomId`, a room we share with them
    // (as Element does it): whichever of their devices accepts.
    Q_INVOKABLE void verifyUser(const QString &userId, const QString &roomId);
    // The dialog closed: a finished verification is let go, one under way cancelled.
    Q_INVOKABLE void dismiss();

signals:
    void currentChanged();
    // Another device asks: the view should show the dialog.
    void requestReceived();

private:
    void watch();
    void received(sync::KeyVerification *verification);
    void setCurrent(sync::KeyVerification *verification);

    QPointer<sync::Session> m_session;
    QPointer<VerificationController> m_current;
};

} // namespace atrium::models
