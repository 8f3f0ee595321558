import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Where the reader left off when they opened the room: the messages below
// it are new to them.
RowLayout {
    id: line

    property color color: "#d93025"

    spacing: 8

    Rectangle {
        Layout.fillWidth: true
        color: line.color
        implicitHeight: 1
    }
    Label {
        color: line.color
        font.bold: true
        font.pixelSize: 11
        text: qsTr("New messages")
    }
}
