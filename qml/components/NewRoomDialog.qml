import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "New room": create a room (name, topic, public or private; private rooms
// are encrypted unless the box is cleared), or join one by its address or
// from the server's public room directory (searched with what is typed in
// the address field). Server errors stay in the dialog; on success the
// room opens (roomOpened).
Popup {
    id: dialog

    required property var controller
    property string createError: ""
    property bool creating: false
    property string joinError: ""
    property bool joining: false
    readonly property var publicRooms: controller ? controller.publicRooms : null

    signal roomOpened(string roomId, string name)

    function create() {
        if (creating || nameField.text.trim() === "")
            return;
        createError = "";
        creating = true;
        controller.createRoom(nameField.text, topicField.text, publicButton.checked, encryptedBox.checked);
    }
    function join() {
        if (addressField.text.trim() === "")
            return;
        joinAddress(addressField.text);
    }
    function joinAddress(address) {
        if (joining)
            return;
        joinError = "";
        joining = true;
        controller.joinRoom(address);
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
        if (publicRooms)
            publicRooms.search("");
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

    Overlay.modal: ModalDim {
    }
    contentItem: ColumnLayout {
        spacing: 8

        Label {
            font.bold: true
            font.pixelSize: 16
            text: qsTr("Create a room")
        }
        FormField {
            id: nameField
            Accessible.name: qsTr("Room name")
            Layout.fillWidth: true
            enabled: !dialog.creating
            objectName: "roomNameField"
            placeholderText: qsTr("Name")

            onAccepted: dialog.create()
        }
        FormField {
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

            FormField {
                id: addressField
                Accessible.name: qsTr("Room address")
                Layout.fillWidth: true
                enabled: !dialog.joining
                objectName: "joinAddressField"
                placeholderText: qsTr("#room:example.org, or words to search the directory")

                Keys.onDownPressed: {
                    if (directoryList.count > 0) {
                        directoryList.forceActiveFocus();
                        directoryList.currentIndex = 0;
                    }
                }
                onAccepted: dialog.join()
                onTextChanged: directorySearch.restart()
            }
            Button {
                enabled: !dialog.joining && addressField.text.trim() !== ""
                objectName: "joinButton"
                text: qsTr("Join")

                onClicked: dialog.join()
            }
        }
        Timer {
            id: directorySearch
            interval: 300

            // A full address is joined, not searched for.
            onTriggered: {
                const text = addressField.text.trim();
                if (dialog.publicRooms && !(/^[#!][^\s]*:[^\s]+$/.test(text)))
                    dialog.publicRooms.search(text);
            }
        }
        Label {
            font.pixelSize: 12
            opacity: 0.7
            text: qsTr("Public rooms on your server")
        }
        ListView {
            id: directoryList
            Accessible.name: qsTr("Public rooms")
            Accessible.role: Accessible.List
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 180)
            clip: true
            keyNavigationEnabled: true
            model: dialog.publicRooms
            objectName: "directoryList"

            ScrollBar.vertical: ScrollBar {
            }
            delegate: ItemDelegate {
                id: directoryRow

                required property string address
                required property string avatarUrl
                required property int index
                required property int memberCount
                required property string name
                required property string topic

                Accessible.name: qsTr("%1, %n members", "", memberCount).arg(name)
                highlighted: ListView.isCurrentItem && directoryList.activeFocus
                objectName: "directory_" + address
                width: ListView.view.width

                contentItem: RowLayout {
                    spacing: 8

                    Avatar {
                        name: directoryRow.name
                        size: 28
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: directoryRow.name
                            textFormat: Text.PlainText
                        }
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            font.pixelSize: 11
                            opacity: 0.65
                            text: directoryRow.topic !== "" ? qsTr("%1 · %2").arg(directoryRow.address).arg(directoryRow.topic) : directoryRow.address
                            textFormat: Text.PlainText
                        }
                    }
                    Label {
                        font.pixelSize: 11
                        opacity: 0.7
                        text: qsTr("%n members", "", directoryRow.memberCount)
                    }
                    Button {
                        Accessible.name: qsTr("Join %1").arg(directoryRow.name)
                        enabled: !dialog.joining
                        objectName: "directoryJoinButton"
                        text: qsTr("Join")

                        onClicked: dialog.joinAddress(directoryRow.address)
                    }
                }

                onClicked: dialog.joinAddress(address)
            }
            footer: Button {
                Accessible.name: qsTr("Show more public rooms")
                flat: true
                text: qsTr("More…")
                visible: dialog.publicRooms !== null && dialog.publicRooms.canLoadMore === true

                onClicked: dialog.publicRooms.loadMore()
            }

            // Enter on the chosen row, whether the row or the list has the focus.
            Keys.onReturnPressed: {
                if (currentItem)
                    dialog.joinAddress(currentItem.address);
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "directoryStatus"
            opacity: 0.7
            text: {
                if (!dialog.publicRooms)
                    return "";
                if (dialog.publicRooms.error !== "")
                    return dialog.publicRooms.error;
                if (!dialog.publicRooms.searching && directoryList.count === 0)
                    return qsTr("No public rooms found.");
                return "";
            }
            visible: text !== ""
            wrapMode: Text.Wrap
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
