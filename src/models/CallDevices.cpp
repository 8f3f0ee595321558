#include "CallDevices.h"

#include <QSettings>

namespace atrium::models {

namespace {

QString settingsKey(CallDevices::Kind kind)
{
    return kind == CallDevices::Kind::Camera ? QStringLiteral("calls/camera")
                                             : QStringLiteral("calls/microphone");
}

} // namespace

CallDevices::CallDevices(QObject *parent) : QObject(parent) {}

CallDevices::~CallDevices() = default;

void CallDevices::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    const QSettings settings(path, QSettings::IniFormat);
    for (const Kind kind : {Kind::Microphone, Kind::Camera}) {
        m_chosen[index(kind)] = settings.value(settingsKey(kind)).toString();
        updateInUse(kind);
    }
    emit choiceChanged();
}

void CallDevices::setWatching(bool watching)
{
    if (watching == isWatching())
        return;
    if (watching) {
        m_devices = std::make_unique<calls::CaptureDevices>();
        connect(m_devices.get(), &calls::CaptureDevices::changed, this,
                [this]() { refresh(true); });
    } else {
        m_devices.reset();
    }
    // A chosen device missing when watching starts was never in use: the
    // media fell back to the default when it was made.
    refresh(false);
}

void CallDevices::choose(Kind kind, const QString &id)
{
    if (m_chosen[index(kind)] == id)
        return;
    m_chosen[index(kind)] = id;
    if (!m_settingsFile.isEmpty()) {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        settings.setValue(settingsKey(kind), id);
    }
    emit choiceChanged();
    updateInUse(kind);
}

QStringList CallDevices::ids(Kind kind) const
{
    QStringList result;
    if (m_devices) {
        for (const auto &device : m_devices->devices(kind))
            result.append(device.id);
    }
    return result;
}

void CallDevices::refresh(bool reportUnplugged)
{
    emit devicesChanged();
    for (const Kind kind : {Kind::Microphone, Kind::Camera}) {
        const QString before = m_inUse[index(kind)];
        updateInUse(kind);
        if (reportUnplugged && !before.isEmpty() && m_inUse[index(kind)].isEmpty() &&
            before == chosen(kind))
            emit unplugged(kind, before);
    }
}

void CallDevices::updateInUse(Kind kind)
{
    const QString &wanted = m_chosen[index(kind)];
    const bool present = !m_devices || m_devices->contains(kind, wanted);
    const QString now = present ? wanted : QString();
    if (m_inUse[index(kind)] == now)
        return;
    m_inUse[index(kind)] = now;
    emit inUseChanged(kind, now);
}

} // namespace atrium::models
