#pragma once

#include <QQmlApplicationEngine>
#include <memory>

namespace atrium::models {
class SessionController;
}

// The QML engine with Atrium's main window loaded for `controller`: the
// window the app shows, and the one the screenshot and frame-benchmark modes
// drive. Empty root objects mean Main.qml failed to load.
std::unique_ptr<QQmlApplicationEngine>
createAppEngine(atrium::models::SessionController *controller);
