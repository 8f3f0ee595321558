import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A failure the user should know about, shown until dismissed (✕) or
// replaced by the next one: "Could not leave the room: …".
Pane {
    id: notice

    property string text: ""

    function show(message) {
        text = message;
    }

    Accessible.name: text
    Accessible.role: Accessible.AlertMessage
    objectName: "errorNotice"
    padding: 8
    visible: text !== ""

    background: Rectangle {
        border.color: notice.palette.window.hslLightness < 0.5 ? "#ff8a80" : "#c62828"
        color: notice.palette.window.hslLightness < 0.5 ? "#3b1f1f" : "#fdecea"
        radius: 4
    }

    RowLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            Layout.fillWidth: true
            color: notice.palette.window.hslLightness < 0.5 ? "#ffcdd2" : "#8e1c1c"
            objectName: "errorNoticeText"
            text: notice.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
        ToolButton {
            Accessible.name: qsTr("Dismiss")
            objectName: "dismissErrorButton"
            text: "✕"

            onClicked: notice.text = ""
        }
    }
}
