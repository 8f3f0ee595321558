#include "CaptureDevices.h"

#include <QHash>
#include <QMetaObject>

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

} // namespace

CaptureDevices::CaptureDevices(QObject *parent) : QObject(parent), m_monitor(newMonitor())
{
    GstBus *bus = gst_device_monitor_get_bus(m_monitor);
    gst_bus_set_sync_handler(
        bus,
        [](GstBus *, GstMessage *message, gpointer data) {
            switch (GST_MESSAGE_TYPE(message)) {
            case GST_MESSAGE_DEVICE_ADDED:
            case GST_MESSAGE_DEVICE_REMOVED:
            case GST_MESSAGE_DEVICE_CHANGED:
                QMetaObject::invokeMethod(static_cast<CaptureDevices *>(data),
                                          &CaptureDevices::refresh, Qt::QueuedConnection);
                break;
            default:
                break;
            }
            return GST_BUS_DROP;
        },
        this, nullptr);
    gst_object_unref(bus);
    // Started, the monitor watches for hot-plug on its providers' threads.
    gst_device_monitor_start(m_monitor);
    refresh();
}

CaptureDevices::~CaptureDevices()
{
    gst_device_monitor_stop(m_monitor);
    GstBus *bus = gst_device_monitor_get_bus(m_monitor);
    gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
    gst_object_unref(bus);
    gst_object_unref(m_monitor);
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
    GList *list = gst_device_monitor_get_devices(m_monitor);
    const QList<Device> devices = describe(list);
    g_list_free_full(list, gst_object_unref);
    if (devices == m_devices)
        return;
    m_devices = devices;
    emit changed();
}

QList<CaptureDevices::Device> CaptureDevices::probe()
{
    GstDeviceMonitor *monitor = newMonitor();
    GList *list = gst_device_monitor_get_devices(monitor);
    const QList<Device> devices = describe(list);
    g_list_free_full(list, gst_object_unref);
    gst_object_unref(monitor);
    return devices;
}

GstElement *CaptureDevices::createSource(Kind kind, const QString &id)
{
    GstDeviceMonitor *monitor = newMonitor();
    GList *list = gst_device_monitor_get_devices(monitor);
    QList<GstDevice *> found;
    const QList<Device> devices = describe(list, &found);
    GstElement *source = nullptr;
    for (qsizetype i = 0; i < devices.size() && !source; ++i) {
        if (devices.at(i).kind == kind && devices.at(i).id == id)
            source = gst_device_create_element(found.at(i), nullptr);
    }
    g_list_free_full(list, gst_object_unref);
    gst_object_unref(monitor);
    return source;
}

} // namespace atrium::calls
