#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSet>

namespace atrium::models {

// The signed-in user's devices (sessions) as GET /devices lists them, for
// the settings' "Sessions" section. This device comes first, then the others
// by last activity, most recent first. Whether a device is verified comes
// from the crypto store (setVerifiedDevices) and is kept across reloads.
class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles
    {
        DeviceIdRole = Qt::UserRole + 1,
        DisplayNameRole, // empty when the device has none
        LastSeenRole,    // QDateTime; invalid when the server does not know
        LastSeenIpRole,
        CurrentRole, // this device
        VerifiedRole
    };
    Q_ENUM(Roles)

    explicit DeviceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows with the "devices" array of a GET /devices answer.
    // Entries without a device_id are skipped.
    void setDevices(const QJsonArray &devices, const QString &currentDeviceId);
    void setVerifiedDevices(const QSet<QString> &deviceIds);
    void setVerified(const QString &deviceId, bool verified);
    void setDisplayName(const QString &deviceId, const QString &displayName);
    void remove(const QString &deviceId);

    Q_INVOKABLE int rowOfDevice(const QString &deviceId) const;

signals:
    void countChanged();

private:
    struct Device
    {
        QString deviceId;
        QString displayName;
        QDateTime lastSeen;
        QString lastSeenIp;
        bool current = false;
    };

    QList<Device> m_devices;
    QSet<QString> m_verified;
};

} // namespace atrium::models
