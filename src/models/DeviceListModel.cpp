#include "DeviceListModel.h"

#include <QJsonObject>
#include <algorithm>

namespace atrium::models {

DeviceListModel::DeviceListModel(QObject *parent) : QAbstractListModel(parent) {}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device &device = m_devices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return device.displayName.isEmpty() ? device.deviceId : device.displayName;
    case DeviceIdRole:
        return device.deviceId;
    case DisplayNameRole:
        return device.displayName;
    case LastSeenRole:
        return device.lastSeen;
    case LastSeenIpRole:
        return device.lastSeenIp;
    case CurrentRole:
        return device.current;
    case VerifiedRole:
        return m_verified.contains(device.deviceId);
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},     {DeviceIdRole, "deviceId"},
        {DisplayNameRole, "displayName"}, {LastSeenRole, "lastSeen"},
        {LastSeenIpRole, "lastSeenIp"},   {CurrentRole, "current"},
        {VerifiedRole, "verified"},
    };
}

void DeviceListModel::setDevices(const QJsonArray &devices, const QString &currentDeviceId)
{
    QList<Device> rows;
    for (const QJsonValue &value : devices) {
        const QJsonObject json = value.toObject();
        Device device;
        device.deviceId = json.value(QLatin1String("device_id")).toString();
        if (device.deviceId.isEmpty())
            continue;
        device.displayName = json.value(QLatin1String("display_name")).toString();
        device.lastSeenIp = json.value(QLatin1String("last_seen_ip")).toString();
        const QJsonValue ts = json.value(QLatin1String("last_seen_ts"));
        if (ts.isDouble())
            device.lastSeen = QDateTime::fromMSecsSinceEpoch(qint64(ts.toDouble()), Qt::UTC);
        device.current = device.deviceId == currentDeviceId;
        rows << device;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Device &a, const Device &b) {
        if (a.current != b.current)
            return a.current;
        if (a.lastSeen != b.lastSeen) // invalid (never seen) sorts last
            return a.lastSeen.isValid() && (!b.lastSeen.isValid() || a.lastSeen > b.lastSeen);
        return a.deviceId < b.deviceId;
    });
    const bool countChanges = rows.size() != m_devices.size();
    beginResetModel();
    m_devices = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void DeviceListModel::setVerifiedDevices(const QSet<QString> &deviceIds)
{
    m_verified = deviceIds;
    if (!m_devices.isEmpty())
        emit dataChanged(index(0), index(int(m_devices.size()) - 1), {VerifiedRole});
}

void DeviceListModel::setVerified(const QString &deviceId, bool verified)
{
    if (verified == m_verified.contains(deviceId))
        return;
    if (verified)
        m_verified.insert(deviceId);
    else
        m_verified.remove(deviceId);
    const int row = rowOfDevice(deviceId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {VerifiedRole});
}

void DeviceListModel::setDisplayName(const QString &deviceId, const QString &displayName)
{
    const int row = rowOfDevice(deviceId);
    if (row < 0 || m_devices[row].displayName == displayName)
        return;
    m_devices[row].displayName = displayName;
    emit dataChanged(index(row), index(row), {Qt::DisplayRole, DisplayNameRole});
}

void DeviceListModel::remove(const QString &deviceId)
{
    const int row = rowOfDevice(deviceId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_devices.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

int DeviceListModel::rowOfDevice(const QString &deviceId) const
{
    for (int row = 0; row < m_devices.size(); ++row)
        if (m_devices.at(row).deviceId == deviceId)
            return row;
    return -1;
}

} // namespace atrium::models
