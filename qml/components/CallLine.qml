import QtQuick
import QtQuick.Controls

// One line of text over the call's video (who is muted, who shares a
// screen): white on a dark band, readable on any picture.
Label {
    color: "white"
    font.pixelSize: 14
    padding: 6
    textFormat: Text.PlainText

    background: Rectangle {
        color: "#99000000"
        radius: 4
    }
}
