import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Your own name as others see it: the display name, changed on the server
// (every room you are in shows the new one). Enter saves, Escape cancels;
// an error stays in the dialog.
Popup {
    id: dialog

    property string error: ""
    // The session's OwnProfile (or a stand-in in tests).
    required property var profile
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
        profile.setDisplayName(name);
    }
    function show() {
        nameField.text = profile.displayName;
        error = "";
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
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            opacity: 0.7
            text: dialog.userId
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

    Connections {
        function onChanged() {
            if (dialog.opened && dialog.profile.displayName === nameField.text.trim())
                dialog.close();
        }
        function onFailed(message) {
            dialog.error = message;
        }

        target: dialog.profile
    }
}
