import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The open room's members at the side of the timeline: avatar, name and
// role, most powerful first, narrowed by the filter box. Enter or a click
// on a member opens their user card (memberChosen); Invite opens the invite
// dialog (inviteRequested).
Popup {
    id: panel

    required property var controller
    readonly property var info: controller ? controller.roomInfo : null

    signal inviteRequested
    signal memberChosen(string userId)

    function avatarSource(url) {
        return controller && controller.media ? controller.media.avatarSource(url) : "";
    }
    function show() {
        filterField.text = "";
        if (info)
            info.loadAllMembers();
        open();
        filterField.forceActiveFocus();
    }

    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    focus: true
    height: parent ? parent.height : 480
    objectName: "memberListPanel"
    padding: 12
    width: Math.min(parent ? parent.width : 320, 320)
    x: parent ? parent.width - width : 0
    y: 0

    contentItem: ColumnLayout {
        spacing: 8

        RowLayout {
            Layout.fillWidth: true

            Label {
                Accessible.role: Accessible.Heading
                Layout.fillWidth: true
                font.bold: true
                font.pixelSize: 16
                text: panel.info ? qsTr("Members (%1)").arg(panel.info.joinedCount) : qsTr("Members")
            }
            Button {
                Accessible.name: qsTr("Invite someone to this room")
                objectName: "inviteButton"
                text: qsTr("Invite…")

                onClicked: panel.inviteRequested()
            }
            ToolButton {
                Accessible.name: qsTr("Close the member list")
                objectName: "closeMembersButton"
                text: "✕"

                onClicked: panel.close()
            }
        }
        TextField {
            id: filterField
            Accessible.name: qsTr("Filter members")
            Layout.fillWidth: true
            objectName: "memberFilterField"
            placeholderText: qsTr("Filter members")

            Keys.onDownPressed: {
                list.forceActiveFocus();
                list.currentIndex = 0;
            }
            onAccepted: {
                if (list.count > 0)
                    panel.memberChosen(panel.info.members.userIdAt(0));
            }
            onTextChanged: {
                if (panel.info)
                    panel.info.members.filterText = text;
            }
        }
        ListView {
            id: list
            Accessible.name: qsTr("Members")
            Accessible.role: Accessible.List
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            keyNavigationEnabled: true
            model: panel.info ? panel.info.members : null
            objectName: "memberList"

            ScrollBar.vertical: ScrollBar {
            }
            delegate: ItemDelegate {
                id: memberRow

                required property string avatarUrl
                required property string displayName
                required property int index
                required property string membership
                required property string roleName
                required property bool unverifiedDevice
                required property string userId
                required property bool verified

                Accessible.name: (roleName !== "" ? qsTr("%1, %2").arg(displayName).arg(roleName) : displayName) + (unverifiedDevice ? qsTr(", verified, has an unverified session") : verified ? qsTr(", verified") : "")
                highlighted: ListView.isCurrentItem && list.activeFocus
                objectName: "member_" + userId
                width: ListView.view.width

                contentItem: RowLayout {
                    spacing: 8

                    Avatar {
                        name: memberRow.displayName
                        size: 32
                        source: panel.avatarSource(memberRow.avatarUrl)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: memberRow.displayName
                            textFormat: Text.PlainText
                        }
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            font.pixelSize: 11
                            opacity: 0.65
                            text: memberRow.membership === "invite" ? qsTr("%1 · invited").arg(memberRow.userId) : memberRow.userId
                            textFormat: Text.PlainText
                        }
                    }
                    VerifiedBadge {
                        objectName: "verifiedBadge"
                        visible: memberRow.verified && !memberRow.unverifiedDevice
                    }
                    // Verified, but a session of theirs is not: Element's red shield.
                    ShieldIcon {
                        Accessible.name: qsTr("Has a session they have not verified")
                        ToolTip.delay: 400
                        ToolTip.text: qsTr("%1 has a session they have not verified.").arg(memberRow.displayName)
                        ToolTip.visible: warningHover.hovered
                        color: panel.palette.window.hslLightness < 0.5 ? "#e53935" : "#c62828"
                        mark: "!"
                        objectName: "unverifiedDeviceBadge"
                        visible: memberRow.unverifiedDevice

                        HoverHandler {
                            id: warningHover
                        }
                    }
                    Label {
                        font.pixelSize: 11
                        objectName: "roleLabel"
                        opacity: 0.8
                        text: memberRow.roleName
                        visible: text !== ""
                    }
                }

                onClicked: panel.memberChosen(userId)
            }

            // Enter on the chosen row, whether the row or the list has the focus.
            Keys.onReturnPressed: {
                if (currentItem)
                    panel.memberChosen(currentItem.userId);
            }
        }
    }
}
