import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The account's sessions (devices): this one first, each with its name,
// id, last activity and whether it is verified; rename any, verify or sign
// out the others (the password is asked for when the server wants it).
// Binds to a DevicesController (`devices`) and Verifications.
Popup {
    id: dialog

    readonly property bool dark: palette.window.hslLightness < 0.5
    required property var devices
    property string renaming: ""
    required property var verifications

    function show() {
        renaming = "";
        passwordField.text = "";
        open();
        devices.refresh();
    }

    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    focus: true
    modal: true
    objectName: "sessionsDialog"
    padding: 16
    width: Math.min(parent ? parent.width - 40 : 520, 520)

    Overlay.modal: ModalDim {
    }
    contentItem: ColumnLayout {
        spacing: 8

        Label {
            Accessible.role: Accessible.Heading
            font.bold: true
            font.pixelSize: 16
            text: qsTr("Sessions")
        }
        Label {
            Layout.fillWidth: true
            opacity: 0.8
            text: qsTr("Everywhere you are signed in. Verify your other sessions so that they get the keys to your encrypted messages; sign out the ones you do not know.")
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            Accessible.name: qsTr("Sessions")
            Accessible.role: Accessible.List
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 320)
            clip: true
            keyNavigationEnabled: true
            model: dialog.devices ? dialog.devices.devices : null
            objectName: "sessionList"
            spacing: 4

            delegate: Pane {
                id: row

                required property bool current
                required property string deviceId
                required property string displayName
                required property var lastSeen
                required property string lastSeenIp
                required property bool verified

                Accessible.name: qsTr("%1 (%2)").arg(displayName || deviceId).arg(deviceId)
                objectName: "session_" + deviceId
                padding: 8
                width: ListView.view.width

                background: Rectangle {
                    border.color: row.palette.mid
                    color: row.current ? Qt.rgba(row.palette.highlight.r, row.palette.highlight.g, row.palette.highlight.b, 0.12) : "transparent"
                    radius: 4
                }
                contentItem: ColumnLayout {
                    spacing: 2

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        visible: dialog.renaming !== row.deviceId

                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            font.bold: true
                            text: row.displayName || row.deviceId
                            textFormat: Text.PlainText
                        }
                        Label {
                            font.pixelSize: 11
                            objectName: "thisSessionLabel"
                            opacity: 0.8
                            text: qsTr("This session")
                            visible: row.current
                        }
                        VerifiedBadge {
                            objectName: "sessionVerifiedBadge"
                            visible: row.verified || row.current
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: dialog.renaming === row.deviceId

                        FormField {
                            id: nameField
                            Accessible.name: qsTr("Session name")
                            Layout.fillWidth: true
                            objectName: "sessionNameField"
                            text: row.displayName

                            onAccepted: {
                                dialog.devices.rename(row.deviceId, text);
                                dialog.renaming = "";
                            }
                        }
                        Button {
                            objectName: "saveNameButton"
                            text: qsTr("Save")

                            onClicked: nameField.accepted()
                        }
                        Button {
                            text: qsTr("Cancel")

                            onClicked: dialog.renaming = ""
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        opacity: 0.7
                        text: {
                            const seen = row.lastSeen && !isNaN(row.lastSeen) ? qsTr("last active %1").arg(row.lastSeen.toLocaleString(Qt.locale(), Locale.ShortFormat)) : "";
                            const parts = [row.deviceId];
                            if (seen !== "")
                                parts.push(seen);
                            if (row.lastSeenIp !== "")
                                parts.push(row.lastSeenIp);
                            return parts.join(" · ");
                        }
                    }
                    RowLayout {
                        spacing: 6

                        Label {
                            color: dialog.dark ? "#ffb74d" : "#b45309"
                            font.pixelSize: 12
                            text: qsTr("Not verified")
                            visible: !row.verified && !row.current
                        }
                        Item {
                            Layout.fillWidth: true
                        }
                        Button {
                            Accessible.name: qsTr("Rename %1").arg(row.displayName || row.deviceId)
                            flat: true
                            font.pixelSize: 12
                            objectName: "renameButton"
                            text: qsTr("Rename")
                            visible: dialog.renaming !== row.deviceId

                            onClicked: dialog.renaming = row.deviceId
                        }
                        Button {
                            Accessible.name: qsTr("Verify %1").arg(row.displayName || row.deviceId)
                            font.pixelSize: 12
                            objectName: "verifyButton"
                            text: qsTr("Verify")
                            visible: !row.current && !row.verified

                            onClicked: dialog.verifications.verifyDevice(row.deviceId, "")
                        }
                        Button {
                            Accessible.name: qsTr("Sign out %1").arg(row.displayName || row.deviceId)
                            enabled: !dialog.devices.busy
                            font.pixelSize: 12
                            objectName: "signOutButton"
                            text: qsTr("Sign out")
                            visible: !row.current

                            onClicked: dialog.devices.signOut(row.deviceId)
                        }
                    }
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            objectName: "signOutPasswordPrompt"
            visible: dialog.devices !== null && dialog.devices.signingOutDevice !== ""

            Label {
                Layout.fillWidth: true
                text: qsTr("Enter your password to sign out %1.").arg(dialog.devices ? dialog.devices.signingOutDevice : "")
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true

                FormField {
                    id: passwordField
                    Accessible.name: qsTr("Password")
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    objectName: "signOutPasswordField"
                    placeholderText: qsTr("Password")

                    onAccepted: dialog.devices.submitPassword(text)
                }
                Button {
                    objectName: "confirmSignOutButton"
                    text: qsTr("Sign out")

                    onClicked: dialog.devices.submitPassword(passwordField.text)
                }
                Button {
                    text: qsTr("Cancel")

                    onClicked: {
                        passwordField.text = "";
                        dialog.devices.cancelSignOut();
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                color: dialog.dark ? "#ff8a80" : "#c62828"
                objectName: "signOutPasswordError"
                text: dialog.devices ? dialog.devices.passwordError : ""
                visible: text !== ""
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.fillWidth: true
            color: dialog.dark ? "#ff8a80" : "#c62828"
            objectName: "sessionsError"
            text: dialog.devices ? dialog.devices.error : ""
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true

            BusyIndicator {
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
                running: dialog.devices !== null && dialog.devices.busy
                visible: running
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                Accessible.name: qsTr("Close the sessions")
                objectName: "sessionsCloseButton"
                text: qsTr("Close")

                onClicked: dialog.close()
            }
        }
    }

    Connections {
        function onSignedOut() {
            passwordField.text = "";
        }

        target: dialog.devices
    }
}
