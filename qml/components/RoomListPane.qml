import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

Pane {
    id: pane

    required property SessionController controller
    property string currentRoomId: ""
    // Beside the spaces sidebar: spaces are not rows, and a chosen space narrows the list.
    property bool hideSpaces: false
    property string spaceId: ""

    signal roomSelected(string roomId, string name)
    // The room's context menu asked for its settings.
    signal settingsRequested(string roomId, string name)

    padding: 0

    background: Rectangle {
        color: pane.palette.base
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 10
            spacing: 8

            Avatar {
                name: pane.controller.profile.displayName !== "" ? pane.controller.profile.displayName : pane.controller.userId.substring(1)
                objectName: "ownAvatar"
                size: 28
                source: pane.controller.profile.avatarUrl !== "" ? pane.controller.media.avatarSource(pane.controller.profile.avatarUrl) : ""
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.bold: true
                    objectName: "ownName"
                    text: pane.controller.profile.displayName !== "" ? pane.controller.profile.displayName : pane.controller.userId
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.pixelSize: 11
                    opacity: 0.7
                    text: pane.controller.userId
                    visible: pane.controller.profile.displayName !== ""
                }
            }
            Button {
                Accessible.name: qsTr("New room")
                Layout.preferredWidth: 32
                ToolTip.delay: 500
                ToolTip.text: qsTr("Create or join a room")
                ToolTip.visible: hovered
                flat: true
                font.pixelSize: 18
                objectName: "newRoomButton"
                text: "+"

                onClicked: newRoomDialog.show()
            }
            Button {
                id: accountButton
                Accessible.name: qsTr("Account menu")
                Layout.preferredWidth: 32
                ToolTip.delay: 500
                ToolTip.text: qsTr("Profile, sessions, security, sign out")
                ToolTip.visible: hovered
                flat: true
                font.pixelSize: 18
                objectName: "accountMenuButton"
                text: "⋮"

                onClicked: accountMenu.popup(accountButton, 0, accountButton.height)

                Menu {
                    id: accountMenu
                    MenuItem {
                        objectName: "profileMenuItem"
                        text: qsTr("Profile…")

                        onTriggered: profileDialog.show()
                    }
                    MenuItem {
                        objectName: "sessionsMenuItem"
                        text: qsTr("Sessions…")

                        onTriggered: sessionsDialog.show()
                    }
                    MenuItem {
                        objectName: "securityMenuItem"
                        text: qsTr("Security…")

                        onTriggered: securityDialog.show()
                    }
                    MenuItem {
                        objectName: "signOutMenuItem"
                        text: qsTr("Sign out")

                        onTriggered: pane.controller.logout()
                    }
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            color: pane.palette.mid
            implicitHeight: 1
        }
        // A new session of an account with cross-signing: until verified, others
        // do not trust it and it cannot open the key backup.
        Pane {
            Layout.fillWidth: true
            objectName: "unverifiedSessionBanner"
            padding: 8
            visible: pane.controller.security.crossSigning === "elsewhere"

            background: Rectangle {
                color: pane.palette.window
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    text: qsTr("This session is not verified. Verify it with your recovery key or from another session, so that others trust it and it can read older messages.")
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "verifySessionButton"
                    text: qsTr("Verify this session…")

                    onClicked: securityDialog.show()
                }
            }
        }
        TextField {
            id: filter
            Accessible.name: qsTr("Filter rooms")
            Layout.fillWidth: true
            Layout.margins: 8
            objectName: "roomFilterField"
            placeholderText: qsTr("Filter rooms (Ctrl+K to jump)")

            // The pane is the field's own colour (base): a border keeps it visible, also in dark.
            background: Rectangle {
                border.color: filter.activeFocus ? filter.palette.highlight : filter.palette.mid
                color: filter.palette.window
                implicitHeight: 28
                radius: 3
            }

            Keys.onDownPressed: list.enterFromTop()
            Keys.onEscapePressed: text = ""
            // Enter opens the first room that matches (an invitation is
            // answered only on purpose).
            onAccepted: {
                if (text !== "")
                    list.openFirstRoom();
            }
        }
        RoomList {
            id: list
            Layout.fillHeight: true
            Layout.fillWidth: true
            currentRoomId: pane.currentRoomId
            media: pane.controller.media
            objectName: "roomList"

            model: RoomFilterModel {
                filterText: filter.text
                hideSpaces: pane.hideSpaces
                sourceModel: pane.controller.roomListModel
                spaceId: pane.spaceId
            }

            onInviteAccepted: roomId => pane.controller.acceptInvite(roomId)
            onInviteDeclined: roomId => pane.controller.declineInvite(roomId)
            onLeaveRequested: (roomId, name) => leaveDialog.ask(roomId, name)
            onLeftAtTop: filter.forceActiveFocus()
            onRoomSelected: (roomId, name) => pane.roomSelected(roomId, name)
            onSettingsRequested: (roomId, name) => pane.settingsRequested(roomId, name)
            onTagChanged: (roomId, tag, on) => pane.controller.setRoomTag(roomId, tag, on)
        }
        Label {
            Layout.fillWidth: true
            Layout.margins: 12
            opacity: 0.7
            text: qsTr("No room matches “%1”.").arg(filter.text)
            visible: list.count === 0 && filter.text !== ""
            wrapMode: Text.Wrap
        }
        // Leaving, tags and invites answer later; their failures show here.
        ErrorNotice {
            id: actionNotice
            Layout.fillWidth: true
            Layout.margins: 8

            Connections {
                function onRoomActionFailed(roomId, reason) {
                    actionNotice.show(reason);
                }

                target: pane.controller
            }
        }
    }
    ProfileDialog {
        id: profileDialog
        avatarSource: url => pane.controller.media.avatarSource(url)
        parent: Overlay.overlay
        profile: pane.controller.profile
        userId: pane.controller.userId
    }
    SessionsDialog {
        id: sessionsDialog
        devices: pane.controller.devices
        parent: Overlay.overlay
        verifications: pane.controller.verifications
    }
    // Opens for a verification started from the sessions or asked for by another session.
    VerificationDialog {
        id: verificationDialog
        ownUserId: pane.controller.userId
        parent: Overlay.overlay
        verifications: pane.controller.verifications
    }
    Connections {
        function onCurrentChanged() {
            if (pane.controller.verifications.current && !verificationDialog.visible)
                verificationDialog.open();
        }

        target: pane.controller.verifications
    }
    SecurityDialog {
        id: securityDialog
        parent: Overlay.overlay
        security: pane.controller.security
    }
    NewRoomDialog {
        id: newRoomDialog
        controller: pane.controller
        parent: Overlay.overlay

        onRoomOpened: (roomId, name) => pane.roomSelected(roomId, name)
    }
    Dialog {
        id: leaveDialog

        property string roomId: ""
        property string roomName: ""

        function ask(roomId, name) {
            leaveDialog.roomId = roomId;
            leaveDialog.roomName = name;
            open();
        }

        anchors.centerIn: parent
        modal: true
        objectName: "leaveDialog"
        parent: Overlay.overlay
        title: qsTr("Leave “%1”?").arg(roomName)
        width: Math.min(parent ? parent.width - 40 : 400, 400)

        Overlay.modal: ModalDim {
        }
        footer: DialogButtonBox {
            Button {
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                text: qsTr("Cancel")
            }
            Button {
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                objectName: "confirmLeaveButton"
                text: qsTr("Leave")
            }
        }

        onAccepted: {
            if (leaveDialog.roomId === pane.currentRoomId)
                pane.roomSelected("", "");
            pane.controller.leaveRoom(leaveDialog.roomId);
        }

        Label {
            text: qsTr("You will no longer get its messages. To come back to a private room, you need a new invitation.")
            width: parent.width
            wrapMode: Text.Wrap
        }
    }
}
