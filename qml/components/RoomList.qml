import QtQuick
import QtQuick.Controls

// The rooms in their sections (invitations, favourites, rooms, low
// priority), by mouse and by keyboard: Up and Down choose a room, Enter
// opens it (accepts an invitation), Delete declines an invitation (like its
// Decline button, once confirmed: a declined invitation is gone for good), the Menu
// key opens the room's menu; Up on the first row gives focus back above
// (leftAtTop), to the filter field.
ListView {
    id: list

    property string currentRoomId: ""
    // The MediaController for avatars (initials without).
    property var media: null

    signal inviteAccepted(string roomId)
    signal inviteDeclined(string roomId)
    signal leaveRequested(string roomId, string name)
    // Up on the first room.
    signal leftAtTop
    signal roomSelected(string roomId, string name)
    signal settingsRequested(string roomId, string name)
    signal tagChanged(string roomId, string tag, bool on)

    // Enter on the chosen row: open the room, or accept the invitation.
    function activateCurrent() {
        const row = currentItem;
        if (!row)
            return;
        if (row.isInvite)
            inviteAccepted(row.roomId);
        else
            roomSelected(row.roomId, row.displayName);
    }
    // From the field above: the keyboard goes to the first room.
    function enterFromTop() {
        if (count === 0)
            return;
        currentIndex = 0;
        forceActiveFocus();
    }
    // The first row that is a room, not an invitation.
    function openFirstRoom() {
        for (let row = 0; row < count; ++row) {
            const item = itemAtIndex(row);
            if (item && !item.isInvite) {
                currentIndex = row;
                roomSelected(item.roomId, item.displayName);
                return;
            }
        }
    }

    Accessible.name: qsTr("Rooms")
    Accessible.role: Accessible.List
    activeFocusOnTab: true
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    currentIndex: -1
    keyNavigationEnabled: true
    section.property: "section"

    ScrollBar.vertical: ScrollBar {
    }
    delegate: RoomDelegate {
        id: roomRow
        keyboardCurrent: ListView.isCurrentItem && list.activeFocus
        media: list.media
        selected: roomRow.roomId === list.currentRoomId
        width: ListView.view.width

        onAccepted: list.inviteAccepted(roomRow.roomId)
        onClicked: list.roomSelected(roomRow.roomId, roomRow.displayName)
        onDeclined: declineDialog.ask(roomRow.roomId, roomRow.displayName)
        onLeaveRequested: list.leaveRequested(roomRow.roomId, roomRow.displayName)
        onSettingsRequested: list.settingsRequested(roomRow.roomId, roomRow.displayName)
        onTagChanged: (tag, on) => list.tagChanged(roomRow.roomId, tag, on)
    }
    section.delegate: Label {
        required property string section

        bottomPadding: 4
        font.bold: true
        font.capitalization: Font.AllUppercase
        font.pixelSize: 11
        leftPadding: 12
        opacity: 0.65
        text: {
            switch (section) {
            case "invites":
                return qsTr("Invitations");
            case "favourites":
                return qsTr("Favourites");
            case "lowPriority":
                return qsTr("Low priority");
            default:
                return qsTr("Rooms");
            }
        }
        topPadding: 10
        width: ListView.view.width
    }

    Keys.onDeletePressed: {
        if (currentItem && currentItem.isInvite)
            declineDialog.ask(currentItem.roomId, currentItem.displayName);
    }
    Keys.onEnterPressed: activateCurrent()
    Keys.onMenuPressed: {
        if (currentItem)
            currentItem.openMenu();
    }
    Keys.onReturnPressed: activateCurrent()
    Keys.onUpPressed: event => {
        if (currentIndex > 0) {
            event.accepted = false; // the list moves up
            return;
        }
        leftAtTop();
    }
    onActiveFocusChanged: {
        if (activeFocus && currentIndex < 0 && count > 0)
            currentIndex = 0;
    }

    Dialog {
        id: declineDialog

        // Asked by keyboard: the list takes the focus back afterwards.
        property bool returnFocus: false
        property string roomId: ""
        property string roomName: ""

        function ask(roomId, name) {
            declineDialog.roomId = roomId;
            declineDialog.roomName = name;
            returnFocus = list.activeFocus;
            open();
            declineButton.forceActiveFocus();
        }

        anchors.centerIn: parent
        modal: true
        objectName: "declineDialog"
        parent: Overlay.overlay
        title: qsTr("Decline the invitation to “%1”?").arg(roomName)
        width: Math.min(parent ? parent.width - 40 : 400, 400)

        Overlay.modal: ModalDim {
        }
        footer: DialogButtonBox {
            Button {
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                text: qsTr("Cancel")
            }
            Button {
                id: declineButton
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                text: qsTr("Decline")

                Keys.onEnterPressed: declineDialog.accept()
                Keys.onReturnPressed: declineDialog.accept()
            }
        }

        onAccepted: list.inviteDeclined(roomId)
        onClosed: {
            if (returnFocus)
                list.forceActiveFocus();
        }

        Label {
            text: qsTr("You can join it only if someone invites you again.")
            width: parent.width
            wrapMode: Text.Wrap
        }
    }
}
