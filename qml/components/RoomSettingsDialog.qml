import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// A room's settings: name, topic, avatar and how it notifies us. Fields our
// power level does not allow are read-only, with the reason under them;
// server errors stay in the dialog. Reads and writes controller.roomInfo
// (the open room).
Popup {
    id: dialog

    required property var controller
    readonly property var info: controller ? controller.roomInfo : null
    property bool saving: false
    // One note instead of the same one under every field.
    readonly property string sharedRestriction: info && info.nameRestriction !== "" && info.nameRestriction === info.topicRestriction && info.nameRestriction === info.avatarRestriction ? info.nameRestriction : ""
    // What the fields were filled with: a field still showing it follows
    // the room (another room chosen, a change by sync); an edited one stays.
    property string shownName: ""
    property string shownTopic: ""

    function avatarSource(url) {
        return controller && controller.media ? controller.media.avatarSource(url) : "";
    }
    function save() {
        if (!info || info.busy)
            return;
        saving = true;
        info.save(nameField.text, topicField.text);
    }
    function show() {
        if (info)
            info.clearError();
        shownName = info ? info.name : "";
        shownTopic = info ? info.topic : "";
        nameField.text = shownName;
        topicField.text = shownTopic;
        saving = false;
        open();
        nameField.forceActiveFocus();
    }

    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    focus: true
    modal: true
    objectName: "roomSettingsDialog"
    padding: 16
    width: Math.min(parent ? parent.width - 40 : 460, 460)

    Overlay.modal: ModalDim {
    }
    contentItem: ColumnLayout {
        spacing: 8

        Label {
            Accessible.role: Accessible.Heading
            font.bold: true
            font.pixelSize: 16
            text: qsTr("Room settings")
        }
        Label {
            Layout.fillWidth: true
            font.pixelSize: 12
            objectName: "sharedRestriction"
            opacity: 0.7
            text: qsTr("Name, topic and avatar: %1").arg(dialog.sharedRestriction)
            visible: dialog.sharedRestriction !== ""
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Avatar {
                name: dialog.info ? dialog.info.name : ""
                objectName: "settingsAvatar"
                size: 56
                source: dialog.info ? dialog.avatarSource(dialog.info.avatarUrl) : ""
            }
            ColumnLayout {
                Layout.fillWidth: true

                Button {
                    Accessible.name: qsTr("Change the room's avatar")
                    enabled: dialog.info !== null && dialog.info.avatarRestriction === "" && !dialog.info.busy
                    objectName: "avatarButton"
                    text: qsTr("Change avatar…")

                    onClicked: avatarPicker.open()
                }
                Label {
                    Layout.fillWidth: true
                    font.pixelSize: 12
                    objectName: "avatarRestriction"
                    opacity: 0.7
                    text: dialog.info ? dialog.info.avatarRestriction : ""
                    visible: text !== "" && dialog.sharedRestriction === ""
                    wrapMode: Text.Wrap
                }
            }
        }
        Label {
            text: qsTr("Name")
        }
        TextField {
            id: nameField
            Accessible.name: qsTr("Room name")
            Layout.fillWidth: true
            objectName: "settingsNameField"
            readOnly: dialog.info === null || dialog.info.nameRestriction !== ""

            onAccepted: dialog.save()
        }
        Label {
            Layout.fillWidth: true
            font.pixelSize: 12
            objectName: "nameRestriction"
            opacity: 0.7
            text: dialog.info ? dialog.info.nameRestriction : ""
            visible: text !== "" && dialog.sharedRestriction === ""
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Topic")
        }
        TextField {
            id: topicField
            Accessible.name: qsTr("Room topic")
            Layout.fillWidth: true
            objectName: "settingsTopicField"
            readOnly: dialog.info === null || dialog.info.topicRestriction !== ""

            onAccepted: dialog.save()
        }
        Label {
            Layout.fillWidth: true
            font.pixelSize: 12
            objectName: "topicRestriction"
            opacity: 0.7
            text: dialog.info ? dialog.info.topicRestriction : ""
            visible: text !== "" && dialog.sharedRestriction === ""
            wrapMode: Text.Wrap
        }
        Label {
            Layout.topMargin: 4
            font.bold: true
            text: qsTr("Notifications")
        }
        ButtonGroup {
            id: levels
        }
        Repeater {
            model: [{
                    "level": "all",
                    "text": qsTr("All messages")
                }, {
                    "level": "mentions",
                    "text": qsTr("Mentions and keywords")
                }, {
                    "level": "mute",
                    "text": qsTr("Mute")
                }]

            RadioButton {
                required property var modelData

                Accessible.name: modelData.text
                ButtonGroup.group: levels
                checked: dialog.info !== null && dialog.info.notificationLevel === modelData.level
                objectName: "level_" + modelData.level
                text: modelData.text

                onToggled: {
                    if (checked && dialog.info)
                        dialog.info.setNotificationLevel(modelData.level);
                }
            }
        }
        Label {
            Layout.fillWidth: true
            color: "#d32f2f"
            objectName: "settingsError"
            text: dialog.info ? dialog.info.error : ""
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true

            BusyIndicator {
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
                running: dialog.info !== null && dialog.info.busy
                visible: running
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                Accessible.name: qsTr("Close the room settings")
                objectName: "settingsCloseButton"
                text: qsTr("Close")

                onClicked: dialog.close()
            }
            Button {
                Accessible.name: qsTr("Save the name and topic")
                enabled: dialog.info !== null && !dialog.info.busy && (nameField.text.trim() !== dialog.info.name || topicField.text.trim() !== dialog.info.topic)
                highlighted: true
                objectName: "settingsSaveButton"
                text: qsTr("Save")

                onClicked: dialog.save()
            }
        }
    }

    FileDialog {
        id: avatarPicker
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)")]
        title: qsTr("Choose the room's avatar")

        onAccepted: dialog.info.setAvatar(selectedFile)
    }
    Connections {
        function onChanged() {
            if (nameField.text === dialog.shownName)
                nameField.text = dialog.info.name;
            if (topicField.text === dialog.shownTopic)
                topicField.text = dialog.info.topic;
            dialog.shownName = dialog.info.name;
            dialog.shownTopic = dialog.info.topic;
        }
        function onErrorChanged() {
            if (dialog.info.error !== "")
                dialog.saving = false;
        }
        function onSaved() {
            if (!dialog.saving)
                return;
            dialog.saving = false;
            dialog.close();
        }

        target: dialog.info
    }
}
