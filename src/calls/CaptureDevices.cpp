#include "CaptureDevices.h"

#include <QHash>
#include <QMetaObject>
#include <mutex>
#include <utility>

// gio has a struct member named `signals`, which is Qt's keyword macro.
#undef signals
#include <gst/gst.h>

namespace atrium::calls {

namespace {

const char *classFor(CaptureDevices::Kind kind)
{
    return kind == CaptureDevices::Kind::Camera ? "Video/Source" : "Audio/Source";
}

GstDeviceMonitor *newMonitor()
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    GstDeviceMonitor *monitor = gst_device_monitor_new();
    gst_device_monitor_add_filter(monitor, "Audio/Source", nullptr);
    gst_device_monitor_add_filter(monitor, "Video/Source", nullptr);
    return monitor;
}

// The devices of `list` with their ids, in the monitor's order; `found`
// (if given) receives each GstDevice, unreferenced, in the same order.
QList<CaptureDevices::Device> describe(GList *list, QList<GstDevice *> *found = nullptr)
{
    QList<CaptureDevices::Device> devices;
    QHash<QString, int> seen;
    for (GList *item = list; item; item = item->next) {
        GstDevice *device = GST_DEVICE(item->data);
        for (const auto kind : {CaptureDevices::Kind::Microphone, CaptureDevices::Kind::Camera}) {
            if (!gst_device_has_classes(device, classFor(kind)))
                continue;
            gchar *display = gst_device_get_display_name(device);
            const QString name = QString::fromUtf8(display);
            g_free(display);
            const int n = ++seen[QString::number(int(kind)) + name];
            devices.append(
                {n == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n), name, kind});
            if (found)
                found->append(device);
        }
    }
    return devices;
}

// GStreamer's device providers are one object each per process, and a
// monitor takes over its providers' bus (its sync handler) to see
// hot-plug: a second monitor, even a short-lived one made only to list
// devices, leaves the first one blind. So the process has one monitor,
// started while any CaptureDevices lives, and lists with it while it runs.
class SharedMonitor
{
public:
    static SharedMonitor &instance()
    {
        static SharedMonitor shared;
        return shared;
    }

    void watch(CaptureDevices *watcher)
    {
        GstDeviceMonitor *starting = nullptr;
        {
            std::lock_guard lock(m_mutex);
            m_watchers.append(watcher);
            if (m_running)
                return;
            m_running = newMonitor();
            GstBus *bus = gst_device_monitor_get_bus(m_running);
            gst_bus_set_sync_handler(bus, onMessage, this, nullptr);
            gst_object_unref(bus);
            starting = GST_DEVICE_MONITOR(gst_object_ref(m_running));
        }
        // Unlocked: starting providers report their devices through onMessage.
        // Started, the monitor watches for hot-plug on its providers' threads.
        gst_device_monitor_start(starting);
        gst_object_unref(starting);
    }

    void unwatch(CaptureDevices *watcher)
    {
        GstDeviceMonitor *stopping = nullptr;
        {
            std::lock_guard lock(m_mutex);
            m_watchers.removeAll(watcher);
            if (!m_watchers.isEmpty() || !m_running)
                return;
            stopping = std::exchange(m_running, nullptr);
        }
        // Unlocked: stopping joins provider threads that may be in onMessage.
        gst_device_monitor_stop(stopping);
        GstBus *bus = gst_device_monitor_get_bus(stopping);
        gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
        gst_object_unref(bus);
        gst_object_unref(stopping);
    }

    // The devices now, from the running monitor or a probe; `found` as in
    // describe(). The caller frees `*keep`, the list `found` points into.
    QList<CaptureDevices::Device> list(QList<GstDevice *> *found, GList **keep)
    {
        GstDeviceMonitor *monitor = nullptr;
        {
            std::lock_guard lock(m_mutex);
            monitor = m_running ? GST_DEVICE_MONITOR(gst_object_ref(m_running)) : newMonitor();
        }
        *keep = gst_device_monitor_get_devices(monitor);
        gst_object_unref(monitor);
        return describe(*keep, found);
    }

private:
    static GstBusSyncReply onMessage(GstBus *, GstMessage *message, gpointer data)
    {
        switch (GST_MESSAGE_TYPE(message)) {
        case GST_MESSAGE_DEVICE_ADDED:
        case GST_MESSAGE_DEVICE_REMOVED:
        case GST_MESSAGE_DEVICE_CHANGED: {
            auto *self = static_cast<SharedMonitor *>(data);
            std::lock_guard lock(self->m_mutex);
            for (CaptureDevices *watcher : std::as_const(self->m_watchers))
                QMetaObject::invokeMethod(watcher, "refresh", Qt::QueuedConnection);
            break;
        }
        default:
            break;
        }
        return GST_BUS_DROP;
    }

    std::mutex m_mutex;
    QList<CaptureDevices *> m_watchers;
    GstDeviceMonitor *m_running = nullptr;
};

} // namespace

CaptureDevices::CaptureDevices(QObject *parent) : QObject(parent)
{
    SharedMonitor::instance().watch(this);
    refresh();
}

CaptureDevices::~CaptureDevices()
{
    SharedMonitor::instance().unwatch(this);
}

QList<CaptureDevices::Device> CaptureDevices::devices(Kind kind) const
{
    QList<Device> result;
    for (const Device &device : m_devices) {
        if (device.kind == kind)
            result.append(device);
    }
    return result;
}

bool CaptureDevices::contains(Kind kind, const QString &id) const
{
    return std::any_of(m_devices.cbegin(), m_devices.cend(), [&](const Device &device) {
        return device.kind == kind && device.id == id;
    });
}

void CaptureDevices::refresh()
{
    const QList<Device> devices = probe();
    if (devices == m_devices)
        return;
    m_devices = devices;
    emit changed();
}

QList<CaptureDevices::Device> CaptureDevices::probe()
{
    GList *list = nullptr;
    const QList<Device> devices = SharedMonitor::instance().list(nullptr, &list);
    g_list_free_full(list, gst_object_unref);
    return devices;
}

GstElement *CaptureDevices::createSource(Kind kind, const QString &id)
{
    GList *list = nullptr;
    QList<GstDevice *> found;
    const QList<Device> devices = SharedMonitor::instance().list(&found, &list);
    GstElement *source = nullptr;
    for (qsizetype i = 0; i < devices.size() && !source; ++i) {
        if (devices.at(i).kind == kind && devices.at(i).id == id)
            source = gst_device_create_element(found.at(i), nullptr);
    }
    g_list_free_full(list, gst_object_unref);
    return source;
}

} // namespace atrium::calls
