import QtQuick

// What a modal popup lays over the window behind it. Fusion's own dim is
// 7 % black, too faint to tell that the window is blocked.
Rectangle {
    color: Qt.rgba(0, 0, 0, 0.4)
}
