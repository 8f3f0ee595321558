#include "GstSupport.h"

#include <mutex>

#undef signals // gio's struct member, not Qt's keyword (see WebRtcSession.cpp)
#include <gst/gst.h>

namespace atrium::calls {

void ensureGstreamer()
{
    static std::once_flag once;
    std::call_once(once, []() {
        if (!gst_is_initialized())
            gst_init(nullptr, nullptr);
    });
}

bool hasGstElement(const char *name)
{
    ensureGstreamer();
    GstElementFactory *factory = gst_element_factory_find(name);
    if (factory)
        gst_object_unref(factory);
    return factory != nullptr;
}

QStringList missingGstElements(std::initializer_list<GstElementNeed> needs)
{
    QStringList missing;
    for (const GstElementNeed &need : needs) {
        if (!hasGstElement(need.factory))
            missing.append(QStringLiteral("%1 (%2)").arg(QLatin1String(need.factory),
                                                         QLatin1String(need.package)));
    }
    return missing;
}

} // namespace atrium::calls
