import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The account's security: recovery (secret storage: set it up, showing its
// recovery key once, or unlock it on a new session), cross-signing (set up
// from this session, or reset, asking for the password when the server
// does) and the key backup (create it and show its recovery key once, or
// restore from one). Binds to a SecurityController (`security`).
Popup {
    id: dialog

    property bool confirmingReset: false
    readonly property bool dark: palette.window.hslLightness < 0.5
    required property var security

    function backupText(state, keys, recovery) {
        switch (state) {
        case "none":
            return qsTr("Your message keys are not backed up. Without a backup, a new session cannot read older encrypted messages.");
        case "active":
            return qsTr("%n message key(s) backed up; this session keeps the backup up to date.", "", keys);
        case "elsewhere":
            // Unlocking recovery restores it: one key to type, not two.
            if (recovery === "locked")
                return qsTr("A key backup exists: unlocking recovery above restores it here.");
            return qsTr("A key backup exists. Enter its recovery key to read older messages here and keep the backup up to date.");
        }
        return qsTr("Checking…");
    }
    function crossSigningText(state) {
        switch (state) {
        case "none":
            return qsTr("Cross-signing is not set up. With it, your sessions vouch for each other and people you verify stay verified on all their devices.");
        case "ready":
            return qsTr("Cross-signing is set up, and this session holds its keys.");
        case "trusted":
            return qsTr("Cross-signing is set up; another of your sessions verified this one.");
        case "elsewhere":
            return qsTr("Cross-signing was set up by another session. Verify this session from that one (Sessions), or reset cross-signing.");
        }
        return qsTr("Checking…");
    }
    function recoveryText(state) {
        switch (state) {
        case "none":
            return qsTr("Recovery is not set up. It keeps your cross-signing keys and your key backup under one recovery key, so that a new session can verify itself and read your older messages.");
        case "stored":
            return qsTr("Recovery is set up: your cross-signing keys and your key backup are kept under your recovery key.");
        case "locked":
            return qsTr("Enter your recovery key or passphrase to verify this session and read your older messages.");
        }
        return qsTr("Checking…");
    }
    function show() {
        confirmingReset = false;
        recoveryField.text = "";
        recoveryPassphraseField.text = "";
        unlockField.text = "";
        passwordField.text = "";
        open();
        if (security)
            security.refresh();
    }

    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    focus: true
    modal: true
    objectName: "securityDialog"
    padding: 16
    width: Math.min(parent ? parent.width - 40 : 480, 480)

    Overlay.modal: ModalDim {
    }
    contentItem: ColumnLayout {
        spacing: 8

        Label {
            Accessible.role: Accessible.Heading
            font.bold: true
            font.pixelSize: 16
            text: qsTr("Security")
        }
        Label {
            Layout.topMargin: 4
            font.bold: true
            text: qsTr("Recovery")
        }
        Label {
            Layout.fillWidth: true
            objectName: "recoveryState"
            text: dialog.recoveryText(dialog.security ? dialog.security.recovery : "")
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.security !== null && dialog.security.recovery === "none" && dialog.security.recoveryKey === ""

            FormField {
                id: recoveryPassphraseField
                Accessible.name: qsTr("Recovery passphrase (optional)")
                Layout.fillWidth: true
                echoMode: TextInput.Password
                objectName: "recoveryPassphraseField"
                placeholderText: qsTr("Passphrase (optional)")

                onAccepted: dialog.security.setUpRecovery(text, false)
            }
            Button {
                enabled: !dialog.security.busy
                objectName: "setUpRecoveryButton"
                text: qsTr("Set up recovery")

                onClicked: dialog.security.setUpRecovery(recoveryPassphraseField.text, false)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.security !== null && dialog.security.recovery === "locked"

            FormField {
                id: unlockField
                Accessible.name: qsTr("Recovery key or passphrase")
                Layout.fillWidth: true
                echoMode: TextInput.Password
                objectName: "unlockRecoveryField"
                placeholderText: qsTr("Recovery key or passphrase")

                onAccepted: dialog.security.unlockRecovery(text)
            }
            Button {
                enabled: !dialog.security.busy && unlockField.text.trim() !== ""
                objectName: "unlockRecoveryButton"
                text: qsTr("Unlock")

                onClicked: dialog.security.unlockRecovery(unlockField.text)
            }
        }
        Label {
            Layout.topMargin: 8
            font.bold: true
            text: qsTr("Cross-signing")
        }
        Label {
            Layout.fillWidth: true
            objectName: "crossSigningState"
            text: dialog.crossSigningText(dialog.security ? dialog.security.crossSigning : "")
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: 8
            visible: dialog.security !== null && !dialog.security.passwordRequired && !dialog.confirmingReset

            Button {
                Accessible.name: qsTr("Set up cross-signing")
                enabled: !dialog.security.busy
                objectName: "setUpCrossSigningButton"
                text: qsTr("Set up")
                visible: dialog.security.crossSigning === "none"

                onClicked: dialog.security.setUpCrossSigning()
            }
            Button {
                Accessible.name: qsTr("Reset cross-signing")
                enabled: !dialog.security.busy
                objectName: "resetCrossSigningButton"
                text: qsTr("Reset…")
                visible: dialog.security.crossSigning !== "none" && dialog.security.crossSigning !== "unknown"

                onClicked: dialog.confirmingReset = true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            objectName: "resetConfirmation"
            visible: dialog.confirmingReset

            Label {
                Layout.fillWidth: true
                color: dialog.dark ? "#ffb74d" : "#b45309"
                text: qsTr("New keys replace the old ones: your other sessions, and everyone who verified you, will see you as unverified until you verify again.")
                wrapMode: Text.Wrap
            }
            RowLayout {
                Button {
                    objectName: "confirmResetButton"
                    text: qsTr("Reset cross-signing")

                    onClicked: {
                        dialog.confirmingReset = false;
                        dialog.security.resetCrossSigning();
                    }
                }
                Button {
                    text: qsTr("Keep the current keys")

                    onClicked: dialog.confirmingReset = false
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            objectName: "passwordPrompt"
            visible: dialog.security !== null && dialog.security.passwordRequired

            Label {
                Layout.fillWidth: true
                text: qsTr("Your server asks for your password to change the cross-signing keys.")
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true

                FormField {
                    id: passwordField
                    Accessible.name: qsTr("Password")
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    objectName: "securityPasswordField"
                    placeholderText: qsTr("Password")

                    onAccepted: dialog.security.submitPassword(text)
                }
                Button {
                    objectName: "submitPasswordButton"
                    text: qsTr("Continue")

                    onClicked: dialog.security.submitPassword(passwordField.text)
                }
                Button {
                    text: qsTr("Cancel")

                    onClicked: dialog.security.cancelPassword()
                }
            }
            Label {
                Layout.fillWidth: true
                color: dialog.dark ? "#ff8a80" : "#c62828"
                objectName: "securityPasswordError"
                text: dialog.security ? dialog.security.passwordError : ""
                visible: text !== ""
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.topMargin: 8
            font.bold: true
            text: qsTr("Key backup")
        }
        Label {
            Layout.fillWidth: true
            objectName: "backupState"
            text: dialog.security ? dialog.backupText(dialog.security.backup, dialog.security.backupKeys, dialog.security.recovery) : ""
            wrapMode: Text.Wrap
        }
        Button {
            Accessible.name: qsTr("Back up message keys")
            enabled: !dialog.security.busy
            objectName: "createBackupButton"
            text: qsTr("Back up keys")
            visible: dialog.security !== null && dialog.security.backup === "none" && dialog.security.recoveryKey === ""

            onClicked: dialog.security.createBackup()
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.security !== null && dialog.security.backup === "elsewhere" && dialog.security.recovery !== "locked"

            FormField {
                id: recoveryField
                Accessible.name: qsTr("Recovery key")
                Layout.fillWidth: true
                font.family: "monospace"
                objectName: "recoveryKeyField"
                placeholderText: qsTr("Recovery key")

                onAccepted: dialog.security.restoreBackup(text)
            }
            Button {
                enabled: !dialog.security.busy && recoveryField.text.trim() !== ""
                objectName: "restoreBackupButton"
                text: qsTr("Restore")

                onClicked: dialog.security.restoreBackup(recoveryField.text)
            }
        }
        // The recovery key, once: after it is dismissed it cannot be shown again.
        ColumnLayout {
            Layout.fillWidth: true
            objectName: "recoveryKeyPanel"
            visible: dialog.security !== null && dialog.security.recoveryKey !== ""

            Label {
                Layout.fillWidth: true
                font.bold: true
                text: qsTr("Keep this recovery key somewhere safe. It is shown only now, and it is the only way to read your backup on a new session.")
                wrapMode: Text.Wrap
            }
            TextEdit {
                id: recoveryKeyText
                Accessible.name: qsTr("Your recovery key")
                Layout.fillWidth: true
                color: dialog.palette.text
                font.family: "monospace"
                font.pixelSize: 15
                objectName: "recoveryKeyText"
                readOnly: true
                selectByMouse: true
                text: dialog.security ? dialog.security.recoveryKey : ""
                wrapMode: TextEdit.Wrap
            }
            RowLayout {
                Button {
                    objectName: "copyRecoveryKeyButton"
                    text: qsTr("Copy")

                    onClicked: {
                        recoveryKeyText.selectAll();
                        recoveryKeyText.copy();
                        recoveryKeyText.deselect();
                    }
                }
                Button {
                    objectName: "savedRecoveryKeyButton"
                    text: qsTr("I have saved it")

                    onClicked: dialog.security.forgetRecoveryKey()
                }
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "restoreSummary"
            text: dialog.security ? dialog.security.restoreSummary : ""
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: dialog.dark ? "#ff8a80" : "#c62828"
            objectName: "securityError"
            text: dialog.security ? dialog.security.error : ""
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4

            BusyIndicator {
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
                running: dialog.security !== null && dialog.security.busy
                visible: running
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                Accessible.name: qsTr("Close the security settings")
                objectName: "securityCloseButton"
                text: qsTr("Close")

                onClicked: dialog.close()
            }
        }
    }
}
