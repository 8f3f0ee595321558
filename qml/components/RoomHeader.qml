import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Above the timeline: the open room's name, a lock when it is end-to-end
// encrypted, and its topic.
Pane {
    id: header

    property bool encrypted: false
    property string name: ""
    property string topic: ""

    horizontalPadding: 16
    verticalPadding: 8

    RowLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.maximumWidth: header.availableWidth * 0.5
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: 16
            text: header.name
            textFormat: Text.PlainText
        }
        LockIcon {
            Accessible.name: qsTr("End-to-end encrypted")
            ToolTip.delay: 400
            ToolTip.text: qsTr("Messages in this room are end-to-end encrypted.")
            ToolTip.visible: lockHover.hovered
            color: header.palette.windowText
            objectName: "roomEncryptedLock"
            opacity: 0.75
            size: 13
            visible: header.encrypted

            HoverHandler {
                id: lockHover
            }
        }
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.pixelSize: 13
            maximumLineCount: 1
            opacity: 0.7
            text: header.topic
            textFormat: Text.PlainText
        }
    }
}
