#pragma once

#include <QList>
#include <QObject>
#include <QString>

typedef struct _GstElement GstElement;

namespace atrium::calls {

// The microphones and cameras of this machine, kept up to date as they come
// and go (a GstDeviceMonitor watching Audio/Source and Video/Source; its
// bus is read on GStreamer's thread and handed to this object's thread).
class CaptureDevices : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Microphone,
        Camera
    };
    Q_ENUM(Kind)
    struct Device
    {
        // Stable while the device stays plugged in: its name, with " (2)"…
        // for a second device of the same name.
        QString id;
        QString name;
        Kind kind = Kind::Microphone;
        bool operator==(const Device &) const = default;
    };

    explicit CaptureDevices(QObject *parent = nullptr);
    ~CaptureDevices() override;

    QList<Device> devices(Kind kind) const;
    bool contains(Kind kind, const QString &id) const;

    // The devices the system has now (from the running monitor, else a probe).
    static QList<Device> probe();
    // A new source element for the device `id` of `kind` as the system has
    // it now, or null when it is not there.
    static GstElement *createSource(Kind kind, const QString &id);

signals:
    void changed();

private:
    // Called (queued) by the process's one monitor on hot-plug.
    Q_INVOKABLE void refresh();

    QList<Device> m_devices;
};

} // namespace atrium::calls
