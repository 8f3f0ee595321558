import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One person, from the member list or a sender in the timeline: name, user
// id, avatar and role in the open room; "Message" opens (or starts) our
// direct chat with them; "Verify" opens it too and asks them to verify
// there (the spec's in-room verification belongs in a DM). With
// enough power: change their role, or remove them from the room. Errors
// stay in the card.
Popup {
    id: card

    required property var controller
    property string dmError: ""
    readonly property var info: controller ? controller.roomInfo : null
    property var member: ({})
    property bool messaging: false
    property string userId: ""
    // The direct chat being opened is for a verification request.
    property bool verifyingInChat: false

    signal directChatOpened(string roomId, string name)

    function avatarSource(url) {
        return controller && controller.media ? controller.media.avatarSource(url) : "";
    }
    function openDirectChat(toVerify) {
        dmError = "";
        messaging = true;
        verifyingInChat = toVerify;
        controller.openDirectChat(userId);
    }
    function refresh() {
        member = info && userId !== "" ? info.memberInfo(userId) : ({});
        const levels = [0, 50, 100];
        const at = levels.indexOf(member.powerLevel);
        roleBox.currentIndex = at >= 0 ? at : -1;
    }
    function show(userId) {
        card.userId = userId;
        dmError = "";
        messaging = false;
        if (info)
            info.clearError();
        refresh();
        open();
        messageButton.forceActiveFocus();
    }

    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    focus: true
    modal: true
    objectName: "userCard"
    padding: 16
    width: Math.min(parent ? parent.width - 40 : 360, 360)

    Overlay.modal: ModalDim {
    }
    contentItem: ColumnLayout {
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Avatar {
                name: card.member.displayName || card.userId
                size: 64
                source: card.avatarSource(card.member.avatarUrl)
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    Accessible.role: Accessible.Heading
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: 16
                    objectName: "cardName"
                    text: card.member.displayName || card.userId
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                    objectName: "cardUserId"
                    opacity: 0.7
                    text: card.userId
                    textFormat: Text.PlainText
                }
                Label {
                    objectName: "cardRole"
                    text: card.member.roleName ? card.member.roleName : qsTr("Member")
                    visible: card.member.isMember === true
                }
            }
        }
        Button {
            id: messageButton
            Accessible.name: qsTr("Send %1 a direct message").arg(card.member.displayName || card.userId)
            Layout.fillWidth: true
            enabled: !card.messaging && card.member.isSelf !== true
            highlighted: true
            objectName: "messageButton"
            text: qsTr("Message")

            onClicked: card.openDirectChat(false)
        }
        // As Element does it: a request in the direct chat, answered by one of their devices.
        Button {
            Accessible.name: qsTr("Verify %1").arg(card.member.displayName || card.userId)
            Layout.fillWidth: true
            enabled: !card.messaging
            objectName: "verifyUserButton"
            text: qsTr("Verify")
            visible: card.member.isMember === true && card.member.isSelf !== true && card.controller.verifications !== undefined

            onClicked: card.openDirectChat(true)
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.member.canChangeLevel === true

            Label {
                text: qsTr("Role")
            }
            ComboBox {
                id: roleBox
                Accessible.name: qsTr("Role of %1").arg(card.member.displayName || card.userId)
                Layout.fillWidth: true
                displayText: currentIndex >= 0 ? currentText : qsTr("Custom (%1)").arg(card.member.powerLevel)
                model: [qsTr("Member"), qsTr("Moderator"), qsTr("Admin")]
                objectName: "roleBox"

                onActivated: index => {
                    const level = [0, 50, 100][index];
                    if (level !== card.member.powerLevel)
                        card.info.setMemberPowerLevel(card.userId, level);
                }
            }
        }
        Button {
            Accessible.name: qsTr("Remove %1 from the room").arg(card.member.displayName || card.userId)
            Layout.fillWidth: true
            objectName: "kickButton"
            text: qsTr("Remove from room")
            visible: card.member.canKick === true

            onClicked: card.info.kick(card.userId)
        }
        Label {
            Layout.fillWidth: true
            color: "#d32f2f"
            objectName: "cardError"
            text: card.dmError !== "" ? card.dmError : (card.info ? card.info.error : "")
            visible: text !== ""
            wrapMode: Text.Wrap
        }
    }

    Connections {
        function onDirectChatFailed(reason) {
            if (!card.messaging)
                return;
            card.messaging = false;
            card.dmError = reason;
        }
        function onDirectChatOpened(roomId, name) {
            if (!card.messaging)
                return;
            card.messaging = false;
            if (card.verifyingInChat)
                card.controller.verifications.verifyUser(card.userId, roomId);
            card.close();
            card.directChatOpened(roomId, name);
        }

        target: card.controller
    }
    Connections {
        function onChanged() {
            if (card.visible)
                card.refresh();
        }

        target: card.info
    }
}
