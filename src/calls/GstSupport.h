#pragma once

namespace atrium::calls {

// Initialises GStreamer once per process (thread-safe).
void ensureGstreamer();
// Whether the GStreamer element `name` is installed. Initialises GStreamer.
bool hasGstElement(const char *name);

} // namespace atrium::calls
