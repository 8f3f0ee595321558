import QtQuick

// A small padlock, drawn (no icon font needed): marks what is end-to-end
// encrypted.
Item {
    id: lock

    property color color: "gray"
    property real size: 12

    Accessible.name: qsTr("Encrypted")
    Accessible.role: Accessible.Graphic
    implicitHeight: size
    implicitWidth: Math.round(size * 0.8)

    // The shackle: the top half of a ring.
    Item {
        clip: true
        height: Math.round(lock.height * 0.45)
        width: parent.width

        Rectangle {
            border.color: lock.color
            border.width: Math.max(1.5, lock.size / 7)
            color: "transparent"
            height: lock.height * 0.8
            radius: width / 2
            width: lock.width * 0.64
            x: (lock.width - width) / 2
        }
    }
    // The body.
    Rectangle {
        color: lock.color
        height: lock.height - y
        radius: Math.max(1, lock.size / 10)
        width: lock.width
        y: Math.round(lock.height * 0.42)
    }
}
