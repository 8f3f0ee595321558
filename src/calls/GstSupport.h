#pragma once

#include <QStringList>
#include <initializer_list>

namespace atrium::calls {

// A GStreamer element a feature needs, and the Debian package that has it.
struct GstElementNeed
{
    const char *factory;
    const char *package;
};

// Initialises GStreamer once per process (thread-safe).
void ensureGstreamer();
// Whether the GStreamer element `name` is installed. Initialises GStreamer.
bool hasGstElement(const char *name);
// Those of `needs` that are not installed, as "factory (package)".
QStringList missingGstElements(std::initializer_list<GstElementNeed> needs);

} // namespace atrium::calls
