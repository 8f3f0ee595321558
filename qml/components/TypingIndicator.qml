import QtQuick
import QtQuick.Controls

// Who else is typing in the room, in one line.
Label {
    id: indicator

    // Display names of the others typing now.
    property var names: []

    elide: Text.ElideRight
    font.italic: true
    font.pixelSize: 12
    opacity: 0.75
    text: {
        switch (names.length) {
        case 0:
            return "";
        case 1:
            return qsTr("%1 is typing…").arg(names[0]);
        case 2:
            return qsTr("%1 and %2 are typing…").arg(names[0]).arg(names[1]);
        case 3:
            return qsTr("%1, %2 and %3 are typing…").arg(names[0]).arg(names[1]).arg(names[2]);
        default:
            return qsTr("%1, %2 and %n others are typing…", "", names.length - 2).arg(names[0]).arg(names[1]);
        }
    }
    textFormat: Text.PlainText
}
