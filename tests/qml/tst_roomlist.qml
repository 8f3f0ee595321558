import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The room list by keyboard: Down from the field above enters it, Up and
// Down choose, Enter opens a room or accepts an invitation, Delete declines
// one, Up on the first row leaves it upwards.
Item {
    id: root
    function room(values) {
        return Object.assign({
                "avatarUrl": "",
                "hasUnread": false,
                "highlightCount": 0,
                "inviterName": "",
                "isDirect": false,
                "isEncrypted": false,
                "isFavourite": false,
                "isInvite": false,
                "isLowPriority": false,
                "isSpace": false,
                "lastActivity": "09:30",
                "lastPreview": "",
                "lastSenderName": "",
                "notificationCount": 0,
                "section": "rooms"
            }, values);
    }

    height: 500
    width: 320

    TextField {
        id: above
        width: 300

        Keys.onDownPressed: rooms.enterFromTop()
    }
    ListModel {
        id: model
    }
    RoomList {
        id: rooms
        height: 440
        model: model
        width: 300
        y: 40

        onLeftAtTop: above.forceActiveFocus()
    }
    SignalSpy {
        id: opened
        signalName: "roomSelected"
        target: rooms
    }
    SignalSpy {
        id: accepted
        signalName: "inviteAccepted"
        target: rooms
    }
    SignalSpy {
        id: declined
        signalName: "inviteDeclined"
        target: rooms
    }
    TestCase {
        // A popup: among the list's resources, not its children.
        function declineDialog() {
            for (let i = 0; i < rooms.resources.length; ++i) {
                if (rooms.resources[i].objectName === "declineDialog")
                    return rooms.resources[i];
            }
            return null;
        }
        function findNamed(item, name) {
            for (let i = 0; i < item.children.length; ++i) {
                if (item.children[i].objectName === name)
                    return item.children[i];
                const found = findNamed(item.children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        function frameOf(row) {
            for (let i = 0; i < row.children.length; ++i) {
                if (row.children[i].objectName === "keyboardFrame")
                    return row.children[i];
            }
            return null;
        }
        function init() {
            model.clear();
            model.append(root.room({
                        "roomId": "!inv:x",
                        "displayName": "release-planning",
                        "isInvite": true,
                        "section": "invites"
                    }));
            model.append(root.room({
                        "roomId": "!eng:x",
                        "displayName": "engineering",
                        "section": "favourites"
                    }));
            model.append(root.room({
                        "roomId": "!gen:x",
                        "displayName": "general"
                    }));
            rooms.currentIndex = -1;
            opened.clear();
            accepted.clear();
            declined.clear();
            above.forceActiveFocus();
        }
        function test_anInvitationIsAcceptedWithEnterAndDeclinedWithDelete() {
            keyClick(Qt.Key_Down);
            compare(rooms.currentItem.roomId, "!inv:x");
            keyClick(Qt.Key_Enter);
            compare(accepted.count, 1);
            compare(accepted.signalArguments[0][0], "!inv:x");
            // Delete asks first: Escape keeps the invitation, Enter declines it.
            const dialog = declineDialog();
            verify(dialog);
            keyClick(Qt.Key_Delete);
            tryVerify(() => dialog.opened);
            compare(dialog.title, "Decline the invitation to “release-planning”?");
            keyClick(Qt.Key_Escape);
            tryVerify(() => !dialog.visible);
            compare(declined.count, 0);
            verify(rooms.activeFocus);
            keyClick(Qt.Key_Delete);
            tryVerify(() => dialog.opened);
            keyClick(Qt.Key_Return);
            compare(declined.count, 1);
            compare(declined.signalArguments[0][0], "!inv:x");
            tryVerify(() => !dialog.visible);
            // Delete leaves joined rooms alone.
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Delete);
            compare(declined.count, 1);
            compare(opened.count, 0);
        }
        function test_downEntersUpLeavesAndEnterOpens() {
            keyClick(Qt.Key_Down);
            verify(rooms.activeFocus);
            compare(rooms.currentIndex, 0);
            verify(frameOf(rooms.currentItem).visible);
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Down);
            compare(rooms.currentItem.roomId, "!gen:x");
            keyClick(Qt.Key_Return);
            compare(opened.count, 1);
            compare(opened.signalArguments[0][0], "!gen:x");
            compare(opened.signalArguments[0][1], "general");
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Up);
            compare(rooms.currentIndex, 0);
            keyClick(Qt.Key_Up);
            verify(above.activeFocus);
            verify(!frameOf(rooms.itemAtIndex(0)).visible);
        }
        function test_theDeclineButtonAsksToo() {
            const dialog = declineDialog();
            const button = findNamed(rooms.itemAtIndex(0), "declineInviteButton");
            verify(button);
            waitForRendering(rooms);
            mouseClick(button);
            tryVerify(() => dialog.opened);
            compare(declined.count, 0);
            dialog.accept();
            compare(declined.count, 1);
            compare(declined.signalArguments[0][0], "!inv:x");
        }
        function test_theListIsNamedForScreenReaders() {
            compare(rooms.Accessible.name, "Rooms");
            compare(rooms.Accessible.role, Accessible.List);
        }

        when: windowShown
    }
}
