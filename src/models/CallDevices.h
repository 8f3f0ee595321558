#pragma once

#include "calls/CaptureDevices.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace atrium::models {

// The microphone and camera that calls use, for the in-call "Devices" menu:
// the ones plugged in now (watched while a call runs), the one the user
// chose of each (kept in a settings file, so the headset is used again next
// time), and the one in use, which is the chosen device while it is plugged
// in and the system's default while it is not.
class CallDevices : public QObject
{
    Q_OBJECT
    // Ids of the devices plugged in (names, "Headset (2)" for a second of the
    // same name); empty while not watching.
    Q_PROPERTY(QStringList microphones READ microphones NOTIFY devicesChanged)
    Q_PROPERTY(QStringList cameras READ cameras NOTIFY devicesChanged)
    // The chosen device; empty: the system's default.
    Q_PROPERTY(QString microphone READ microphone WRITE setMicrophone NOTIFY choiceChanged)
    Q_PROPERTY(QString camera READ camera WRITE setCamera NOTIFY choiceChanged)

public:
    using Kind = calls::CaptureDevices::Kind;

    explicit CallDevices(QObject *parent = nullptr);
    ~CallDevices() override;

    // Where the choices are kept (an INI file); read now, written on change.
    void setSettingsFile(const QString &path);
    // Watches the machine's devices (a running GstDeviceMonitor) or stops.
    void setWatching(bool watching);
    bool isWatching() const { return m_devices != nullptr; }

    QStringList microphones() const { return ids(Kind::Microphone); }
    QStringList cameras() const { return ids(Kind::Camera); }
    QString microphone() const { return m_chosen[index(Kind::Microphone)]; }
    QString camera() const { return m_chosen[index(Kind::Camera)]; }
    void setMicrophone(const QString &id) { choose(Kind::Microphone, id); }
    void setCamera(const QString &id) { choose(Kind::Camera, id); }
    QString chosen(Kind kind) const { return m_chosen[index(kind)]; }
    void choose(Kind kind, const QString &id);
    // The device to capture from now: the chosen one if it is plugged in
    // (or not watching, when nobody knows), else empty for the default.
    QString inUse(Kind kind) const { return m_inUse[index(kind)]; }

signals:
    void devicesChanged();
    void choiceChanged();
    // inUse(kind) changed: a choice, or the chosen device unplugged or back.
    void inUseChanged(atrium::models::CallDevices::Kind kind, const QString &id);
    // The device in use of `kind` went away; the default takes over.
    void unplugged(atrium::models::CallDevices::Kind kind, const QString &id);

private:
    static int index(Kind kind) { return kind == Kind::Camera ? 1 : 0; }
    QStringList ids(Kind kind) const;
    void refresh(bool reportUnplugged);
    void updateInUse(Kind kind);

    std::unique_ptr<calls::CaptureDevices> m_devices;
    QString m_settingsFile;
    QString m_chosen[2];
    QString m_inUse[2];
};

} // namespace atrium::models
