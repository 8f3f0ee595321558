import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Above the timeline: the open room's name, a lock when it is end-to-end
// encrypted (and a shield: everyone verified, or a warning), its topic, the
// call buttons (disabled, with the reason in their tooltip, where no call is
// possible) and buttons for the member list, inviting and the room's settings.
Pane {
    id: header

    // A CallController, or null when calls are not offered.
    property var call: null
    // Why this room cannot be called now; empty when it can.
    readonly property string callUnavailable: call ? (call.availability, call.unavailableReason(roomId)) : qsTr("Calls are not available.")
    property bool encrypted: false
    property int memberCount: 0
    property string name: ""
    property string roomId: ""
    // RoomInfo's shield: "verified", "warning" or empty (nothing shown).
    property string shield: ""
    property string topic: ""

    signal inviteRequested
    signal membersRequested
    signal settingsRequested

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
        ShieldIcon {
            readonly property bool dark: header.palette.window.hslLightness < 0.5
            readonly property string text: header.shield === "verified" ? qsTr("Everyone in this room is verified, and so are all their sessions.") : qsTr("Someone you verified has a session they have not verified. Check the member list.")

            Accessible.name: text
            ToolTip.delay: 400
            ToolTip.text: text
            ToolTip.visible: shieldHover.hovered
            color: header.shield === "verified" ? (dark ? "#43a047" : "#2e7d32") : (dark ? "#e53935" : "#c62828")
            mark: header.shield === "verified" ? "✓" : "!"
            objectName: "roomShield"
            size: 15
            visible: header.encrypted && header.shield !== ""

            HoverHandler {
                id: shieldHover
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
            Accessible.description: qsTr("Show the room's members")
            Accessible.name: qsTr("Members")
            ToolTip.delay: 400
            ToolTip.text: qsTr("Members")
            ToolTip.visible: hovered
            objectName: "membersButton"
            text: header.memberCount > 0 ? qsTr("👥 %1").arg(header.memberCount) : "👥"

            onClicked: header.membersRequested()
        }
        ToolButton {
            Accessible.description: qsTr("Invite someone to this room")
            Accessible.name: qsTr("Invite")
            ToolTip.delay: 400
            ToolTip.text: qsTr("Invite")
            ToolTip.visible: hovered
            objectName: "headerInviteButton"
            text: "+"

            onClicked: header.inviteRequested()
        }
        ToolButton {
            Accessible.name: qsTr("Room settings")
            ToolTip.delay: 400
            ToolTip.text: qsTr("Room settings")
            ToolTip.visible: hovered
            objectName: "settingsButton"
            text: "⚙"

            onClicked: header.settingsRequested()
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
