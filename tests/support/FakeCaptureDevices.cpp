#include "FakeCaptureDevices.h"

#include <QList>
#include <mutex>

#undef signals
#include <gst/gst.h>

// GObject types for GStreamer, in its C idiom: a device that makes a test
// source, and the provider that lists (and hot-plugs) such devices.
G_BEGIN_DECLS

typedef struct
{
    GstDevice parent;
    gchar *description; // the source's gst-launch description
    GPtrArray *made;    // GWeakRef * to each source made, for unplugging
} AtriumFakeDevice;
typedef struct
{
    GstDeviceClass parent_class;
} AtriumFakeDeviceClass;

typedef struct
{
    GstDeviceProvider parent;
} AtriumFakeProvider;
typedef struct
{
    GstDeviceProviderClass parent_class;
} AtriumFakeProviderClass;

G_END_DECLS

G_DEFINE_TYPE(AtriumFakeDevice, atrium_fake_device, GST_TYPE_DEVICE)
G_DEFINE_TYPE(AtriumFakeProvider, atrium_fake_provider, GST_TYPE_DEVICE_PROVIDER)

namespace {

// The plugged devices (owned references), shared by probe and hot-plug.
std::mutex devicesMutex;
QList<GstDevice *> plugged;

GstElement *createElement(GstDevice *device, const gchar *name)
{
    auto *fake = reinterpret_cast<AtriumFakeDevice *>(device);
    GstElement *element = gst_parse_launch(fake->description, nullptr);
    if (element && name)
        gst_object_set_name(GST_OBJECT(element), name);
    if (element) {
        auto *ref = g_new0(GWeakRef, 1);
        g_weak_ref_init(ref, element);
        std::lock_guard lock(devicesMutex);
        g_ptr_array_add(fake->made, ref);
    }
    return element;
}

GList *probe(GstDeviceProvider *)
{
    std::lock_guard lock(devicesMutex);
    GList *list = nullptr;
    for (GstDevice *device : std::as_const(plugged))
        list = g_list_append(list, gst_object_ref(device));
    return list;
}

gboolean start(GstDeviceProvider *provider)
{
    // Started: the provider's own list is what monitors read from now on.
    std::lock_guard lock(devicesMutex);
    for (GstDevice *device : std::as_const(plugged))
        gst_device_provider_device_add(provider, GST_DEVICE(gst_object_ref(device)));
    return TRUE;
}

void freeWeakRef(gpointer ref)
{
    g_weak_ref_clear(static_cast<GWeakRef *>(ref));
    g_free(ref);
}

// What a camera's source does when its device goes (v4l2src: "Could not
// read from resource"): an error on the bus from each source still alive.
void failSourcesOf(GstDevice *device)
{
    QList<GstElement *> alive;
    {
        std::lock_guard lock(devicesMutex);
        GPtrArray *made = reinterpret_cast<AtriumFakeDevice *>(device)->made;
        for (guint i = 0; i < made->len; ++i) {
            if (gpointer element = g_weak_ref_get(static_cast<GWeakRef *>(made->pdata[i])))
                alive.append(GST_ELEMENT(element));
        }
    }
    for (GstElement *element : alive) {
        GError *error = g_error_new_literal(GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_READ,
                                            "Could not read from resource.");
        gst_element_post_message(
            element, gst_message_new_error(GST_OBJECT(element), error, "device unplugged"));
        g_error_free(error);
        gst_object_unref(element);
    }
}

void finalizeDevice(GObject *object)
{
    g_ptr_array_unref(reinterpret_cast<AtriumFakeDevice *>(object)->made);
    g_free(reinterpret_cast<AtriumFakeDevice *>(object)->description);
    G_OBJECT_CLASS(atrium_fake_device_parent_class)->finalize(object);
}

GstDeviceProvider *provider()
{
    return gst_device_provider_factory_get_by_name("atriumfakedevices");
}

void plug(const QString &name, const char *deviceClass, const QString &description,
          const char *caps)
{
    GstCaps *deviceCaps = gst_caps_from_string(caps);
    auto *device = static_cast<AtriumFakeDevice *>(
        g_object_new(atrium_fake_device_get_type(), "display-name", name.toUtf8().constData(),
                     "device-class", deviceClass, "caps", deviceCaps, nullptr));
    gst_caps_unref(deviceCaps);
    device->description = g_strdup(description.toUtf8().constData());
    GstDevice *owned = GST_DEVICE(gst_object_ref_sink(device));
    {
        std::lock_guard lock(devicesMutex);
        plugged.append(owned);
    }
    GstDeviceProvider *p = provider();
    if (p && gst_device_provider_is_started(p))
        gst_device_provider_device_add(p, GST_DEVICE(gst_object_ref(owned)));
    if (p)
        gst_object_unref(p);
}

gboolean registerProvider(GstPlugin *plugin)
{
    return gst_device_provider_register(plugin, "atriumfakedevices", GST_RANK_PRIMARY,
                                        atrium_fake_provider_get_type());
}

} // namespace

static void atrium_fake_device_class_init(AtriumFakeDeviceClass *klass)
{
    GST_DEVICE_CLASS(klass)->create_element = createElement;
    G_OBJECT_CLASS(klass)->finalize = finalizeDevice;
}

static void atrium_fake_device_init(AtriumFakeDevice *device)
{
    device->made = g_ptr_array_new_with_free_func(freeWeakRef);
}

static void atrium_fake_provider_class_init(AtriumFakeProviderClass *klass)
{
    GstDeviceProviderClass *provider = GST_DEVICE_PROVIDER_CLASS(klass);
    provider->probe = probe;
    provider->start = start; // stopping drops the provider's list by itself
    gst_device_provider_class_set_static_metadata(
        provider, "Atrium test devices", "Source/Audio/Video",
        "Test sources posing as capture devices", "Atrium");
}

static void atrium_fake_provider_init(AtriumFakeProvider *) {}

namespace atrium::test::FakeCaptureDevices {

void install()
{
    static std::once_flag once;
    std::call_once(once, []() {
        if (!gst_is_initialized())
            gst_init(nullptr, nullptr);
        gst_plugin_register_static(GST_VERSION_MAJOR, GST_VERSION_MINOR, "atriumfakedevices",
                                   "Atrium's test capture devices", registerProvider, "1.0", "LGPL",
                                   "atrium", "atrium", "https://spec.matrix.org");
    });
}

void plugMicrophone(const QString &name, int frequency)
{
    plug(name, "Audio/Source",
         QStringLiteral("audiotestsrc is-live=true wave=sine freq=%1").arg(frequency),
         "audio/x-raw");
}

void plugCamera(const QString &name, const QString &pattern)
{
    plug(name, "Video/Source", QStringLiteral("videotestsrc is-live=true pattern=%1").arg(pattern),
         "video/x-raw");
}

void unplug(const QString &name)
{
    GstDevice *gone = nullptr;
    {
        std::lock_guard lock(devicesMutex);
        for (qsizetype i = 0; i < plugged.size(); ++i) {
            gchar *display = gst_device_get_display_name(plugged.at(i));
            const bool match = name == QString::fromUtf8(display);
            g_free(display);
            if (match) {
                gone = plugged.takeAt(i);
                break;
            }
        }
    }
    if (!gone)
        return;
    GstDeviceProvider *p = provider();
    if (p && gst_device_provider_is_started(p))
        gst_device_provider_device_remove(p, gone);
    if (p)
        gst_object_unref(p);
    failSourcesOf(gone);
    gst_object_unref(gone);
}

void clear()
{
    QList<QString> names;
    {
        std::lock_guard lock(devicesMutex);
        for (GstDevice *device : std::as_const(plugged)) {
            gchar *display = gst_device_get_display_name(device);
            names.append(QString::fromUtf8(display));
            g_free(display);
        }
    }
    for (const QString &name : names)
        unplug(name);
}

} // namespace atrium::test::FakeCaptureDevices
