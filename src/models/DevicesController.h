#pragma once

#include "DeviceListModel.h"

#include <QObject>
#include <QPointer>

namespace atrium::sync {
class Session;
} // namespace atrium::sync

namespace atrium::models {

// The settings' "Sessions" section: lists the account's devices, renames
// them and signs other sessions out. Signing out needs user-interactive
// authentication: the first DELETE is answered with a challenge, then
// passwordRequired asks the view for the account password and
// submitPassword() retries with an m.login.password stage; a wrong password
// leaves the prompt open with passwordError set.
class DevicesController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(atrium::models::DeviceListModel *devices READ devices CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString signingOutDevice READ signingOutDevice NOTIFY signingOutDeviceChanged)
    Q_PROPERTY(QString passwordError READ passwordError NOTIFY passwordErrorChanged)
public:
    explicit DevicesController(sync::Session *session, QObject *parent = nullptr);

    DeviceListModel *devices() { return &m_devices; }
    bool busy() const { return m_busy > 0; }
    QString error() const { return m_error; }
    QString signingOutDevice() const { return m_signingOut; }
    QString passwordError() const { return m_passwordError; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void rename(const QString &deviceId, const QString &displayName);
    Q_INVOKABLE void signOut(const QString &deviceId);
    Q_INVOKABLE void submitPassword(const QString &password);
    Q_INVOKABLE void cancelSignOut();

signals:
    void busyChanged();
    void errorChanged();
    void signingOutDeviceChanged();
    void passwordErrorChanged();
    // The server wants the account password before signing `deviceId` out.
    void passwordRequired(const QString &deviceId);
    void signedOut(const QString &deviceId);
    void renamed(const QString &deviceId);

private:
    void watchVerifications();
    void deviceVerified(const QString &userId, const QString &deviceId);
    void begin();
    void end();
    void setError(const QString &error);
    void setPasswordError(const QString &error);
    void setSigningOut(const QString &deviceId);
    void loadVerified();

    QPointer<sync::Session> m_session;
    DeviceListModel m_devices;
    int m_busy = 0;
    QString m_error;
    QString m_signingOut;
    QString m_uiaSession;
    QString m_passwordError;
};

} // namespace atrium::models
