import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "New room": create a room (name, topic, public or private; private rooms
// are encrypted unless the box is cleared), or join one by its address.
// Server errors stay in the dialog; on success the room opens (roomOpened).
Popup {
    id: dialog

    required property var controller
    property string createError: ""
    property bool creating: false
    property string joinError: ""
    property bool joining: false

    signal roomOpened(string roomId, string name)

    function create() {
        if (creating || nameField.text.trim() === "")
            return;
        createError = "";
        creating = true;
        controller.createRoom(nameField.text, topicField.text, publicButton.checked, encryptedBox.checked);
    }
    function join() {
        if (joining || addressField.text.trim() === "")
            return;
        joinError = "";
        joining = true;
        controller.joinRoom(addressField.text);
    }
    function show() {
        nameField.text = "";
        topicField.text = "";
        addressField.text = "";
        privateButton.checked = true;
        encryptedBox.checked = true;
        createError = "";
        joinError = "";
        creating = false;
        joining = false;
        open();
        nameField.forceActiveFocus();
    }

    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    focus: true
    modal: true
    objectName: "newRoomDialog"
    padding: 16
    width: Math.min(parent ? parent.width - 40 : 440, 440)

    contentItem: ColumnLayout {
        spacing: 8

        Label {
            font.bold: true
            font.pixelSize: 16
            text: qsTr("Create a room")
        }
        TextField {
            id: nameField
            Accessible.name: qsTr("Room name")
            Layout.fillWidth: true
            enabled: !dialog.creating
            objectName: "roomNameField"
            placeholderText: qsTr("Name")

            onAccepted: dialog.create()
        }
        TextField {
            id: topicField
            Accessible.name: qsTr("Topic")
            Layout.fillWidth: true
            enabled: !dialog.creating
            objectName: "roomTopicField"
            placeholderText: qsTr("Topic (optional)")

            onAccepted: dialog.create()
        }
        ButtonGroup {
            id: visibility
        }
        RadioButton {
            id: privateButton
            ButtonGroup.group: visibility
            checked: true
            enabled: !dialog.creating
            objectName: "privateButton"
            text: qsTr("Private: only people you invite can join")

            onToggled: encryptedBox.checked = checked
        }
        RadioButton {
            id: publicButton
            ButtonGroup.group: visibility
            enabled: !dialog.creating
            objectName: "publicButton"
            text: qsTr("Public: anyone can find and join it")

            onToggled: encryptedBox.checked = !checked
        }
        CheckBox {
            id: encryptedBox
            checked: true
            enabled: !dialog.creating
            objectName: "encryptedBox"
            text: qsTr("End-to-end encrypted (cannot be turned off later)")
        }
        Label {
            Layout.fillWidth: true
            color: "#d32f2f"
            objectName: "createError"
            text: dialog.createError
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true

            BusyIndicator {
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
                running: dialog.creating
                visible: running
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Cancel")

                onClicked: dialog.close()
            }
            Button {
                enabled: !dialog.creating && nameField.text.trim() !== ""
                highlighted: true
                objectName: "createButton"
                text: qsTr("Create")

                onClicked: dialog.create()
            }
        }
        Rectangle {
            Layout.bottomMargin: 4
            Layout.fillWidth: true
            Layout.topMargin: 4
            color: dialog.palette.mid
            implicitHeight: 1
        }
        Label {
            font.bold: true
            font.pixelSize: 16
            text: qsTr("Join a room")
        }
        RowLayout {
            Layout.fillWidth: true

            TextField {
                id: addressField
                Accessible.name: qsTr("Room address")
                Layout.fillWidth: true
                enabled: !dialog.joining
                objectName: "joinAddressField"
                placeholderText: qsTr("#room:example.org or !id:example.org")

                onAccepted: dialog.join()
            }
            Button {
                enabled: !dialog.joining && addressField.text.trim() !== ""
                objectName: "joinButton"
                text: qsTr("Join")

                onClicked: dialog.join()
            }
        }
        Label {
            Layout.fillWidth: true
            color: "#d32f2f"
            objectName: "joinError"
            text: dialog.joinError
            visible: text !== ""
            wrapMode: Text.Wrap
        }
    }

    Connections {
        function onCreateRoomFailed(reason) {
            if (!dialog.creating)
                return;
            dialog.creating = false;
            dialog.createError = reason;
        }
        function onJoinRoomFailed(reason) {
            if (!dialog.joining)
                return;
            dialog.joining = false;
            dialog.joinError = reason;
        }
        function onRoomCreated(roomId, name) {
            if (!dialog.creating)
                return;
            dialog.creating = false;
            dialog.close();
            dialog.roomOpened(roomId, name);
        }
        function onRoomJoined(roomId, name) {
            if (!dialog.joining)
                return;
            dialog.joining = false;
            dialog.close();
            dialog.roomOpened(roomId, name);
        }

        target: dialog.controller
    }
}
