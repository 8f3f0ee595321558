import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Above the timeline: the open room's name, a lock when it is end-to-end
// encrypted, its topic, and the call buttons (disabled, with the reason in
// their tooltip, where no call is possible).
Pane {
    id: header

    // A CallController, or null when calls are not offered.
    property var call: null
    // Why this room cannot be called now; empty when it can.
    readonly property string callUnavailable: call ? (call.availability, call.unavailableReason(roomId)) : qsTr("Calls are not available.")
    property bool encrypted: false
    property string name: ""
    property string roomId: ""
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
        ToolButton {
            Accessible.name: qsTr("Voice call")
            ToolTip.delay: 400
            ToolTip.text: header.callUnavailable !== "" ? header.callUnavailable : qsTr("Start a voice call")
            ToolTip.visible: hovered
            enabled: header.callUnavailable === ""
            hoverEnabled: true
            objectName: "voiceCallButton"
            text: qsTr("Call")

            onClicked: header.call.startCall(header.roomId, false)
        }
        ToolButton {
            Accessible.name: qsTr("Video call")
            ToolTip.delay: 400
            ToolTip.text: header.callUnavailable !== "" ? header.callUnavailable : qsTr("Start a video call")
            ToolTip.visible: hovered
            enabled: header.callUnavailable === ""
            hoverEnabled: true
            objectName: "videoCallButton"
            text: qsTr("Video")

            onClicked: header.call.startCall(header.roomId, true)
        }
    }
}
