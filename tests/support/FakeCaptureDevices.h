#pragma once

#include <QString>

namespace atrium::test {

// Microphones and cameras that GStreamer's device monitors see like real
// ones: a device provider registered in this process whose devices make
// test sources. Plugging and unplugging them is hot-plug as a started
// GstDeviceMonitor reports it.
namespace FakeCaptureDevices {

// Registers the provider (once per process); call before any monitor starts.
void install();
// A microphone (a sine of `frequency` Hz) or a camera (videotestsrc `pattern`).
void plugMicrophone(const QString &name, int frequency = 660);
void plugCamera(const QString &name, const QString &pattern = QStringLiteral("snow"));
// Sources made from the device and still running post an error, as a
// camera's do when it is pulled out.
void unplug(const QString &name);
// Unplugs every device.
void clear();

} // namespace FakeCaptureDevices

} // namespace atrium::test
