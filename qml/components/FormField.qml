import QtQuick
import QtQuick.Controls

// A text field whose edge shows on any background, light or dark (Fusion's
// own is barely visible on a dark popup).
TextField {
    id: field

    background: Rectangle {
        border.color: field.activeFocus ? field.palette.highlight : field.palette.mid
        color: field.palette.base
        implicitHeight: 28
        implicitWidth: 200
        radius: 3
    }
}
