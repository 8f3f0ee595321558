import QtQuick
import QtQuick.Controls

// A small green check in a circle: someone we trust through cross-signing
// (we verified them, and everything they verify is trusted too).
Rectangle {
    id: badge

    property real size: 14

    Accessible.name: qsTr("Verified")
    Accessible.role: Accessible.Graphic
    color: "#2e7d32"
    implicitHeight: size
    implicitWidth: size
    radius: size / 2

    Label {
        anchors.centerIn: parent
        color: "white"
        font.bold: true
        font.pixelSize: badge.size * 0.7
        text: "✓"
    }
}
