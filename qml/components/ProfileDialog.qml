import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// You as others see you: the avatar and display name, changed on the
// server (every room you are in shows the new ones). A new avatar is
// uploaded as soon as it is chosen; Enter saves the name, Escape cancels;
// an error stays in the dialog.
Popup {
    id: dialog

    // mxc:// → an image URL (MediaController.avatarSource); none: initials only.
    property var avatarSource: null
    property string error: ""
    // The session's OwnProfile (or a stand-in in tests).
    required property var profile
    // Save was pressed: the dialog closes once the profile has the name.
    property bool savingName: false
    property string userId: ""

    function save() {
        const name = nameField.text.trim();
        if (name === "" || profile.saving)
            return;
        if (name === profile.displayName) {
            close();
            return;
        }
        error = "";
        savingName = true;
        profile.setDisplayName(name);
    }
    function show() {
        nameField.text = profile.displayName;
        error = "";
        savingName = false;
        open();
        nameField.forceActiveFocus();
        nameField.selectAll();
    }

    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    focus: true
    modal: true
    objectName: "profileDialog"
    padding: 16
    width: Math.min(parent ? parent.width - 40 : 400, 400)

    Overlay.modal: ModalDim {
    }
    contentItem: ColumnLayout {
        spacing: 8

        Label {
            Accessible.role: Accessible.Heading
            font.bold: true
            font.pixelSize: 16
            text: qsTr("Your profile")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Avatar {
                name: dialog.profile.displayName !== "" ? dialog.profile.displayName : dialog.userId
                objectName: "profileAvatar"
                size: 56
                source: dialog.avatarSource && dialog.profile.avatarUrl !== "" ? dialog.avatarSource(dialog.profile.avatarUrl) : ""
            }
            ColumnLayout {
                Layout.fillWidth: true

                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    opacity: 0.7
                    text: dialog.userId
                }
                Button {
                    Accessible.name: qsTr("Change your avatar")
                    enabled: !dialog.profile.saving
                    objectName: "profileAvatarButton"
                    text: qsTr("Change avatar…")

                    onClicked: avatarPicker.open()
                }
            }
        }
        TextField {
            id: nameField
            Accessible.name: qsTr("Display name")
            Layout.fillWidth: true
            enabled: !dialog.profile.saving
            objectName: "displayNameField"
            placeholderText: qsTr("Display name")

            Keys.onReturnPressed: dialog.save()
        }
        Label {
            Layout.fillWidth: true
            color: dialog.palette.window.hslLightness < 0.5 ? "#ff8a80" : "#c62828"
            objectName: "profileError"
            text: dialog.error
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: 8

            Button {
                objectName: "profileCancelButton"
                text: qsTr("Cancel")

                onClicked: dialog.close()
            }
            Button {
                enabled: nameField.text.trim() !== "" && !dialog.profile.saving
                highlighted: true
                objectName: "profileSaveButton"
                text: dialog.profile.saving ? qsTr("Saving…") : qsTr("Save")

                onClicked: dialog.save()
            }
        }
    }

    FileDialog {
        id: avatarPicker
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)")]
        title: qsTr("Choose your avatar")

        onAccepted: {
            dialog.error = "";
            dialog.profile.setAvatar(selectedFile);
        }
    }
    Connections {
        function onChanged() {
            if (dialog.opened && dialog.savingName && dialog.profile.displayName === nameField.text.trim())
                dialog.close();
        }
        function onFailed(message) {
            dialog.error = message;
            dialog.savingName = false;
        }

        target: dialog.profile
    }
}
