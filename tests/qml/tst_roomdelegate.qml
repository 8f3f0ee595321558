import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// A room-list row: an invitation offers Accept and Decline; a room does not.
Item {
    id: root
    height: 300
    width: 320

    Component {
        id: rowComponent
        RoomDelegate {
            avatarUrl: ""
            displayName: "release-planning"
            hasUnread: false
            highlightCount: 0
            inviterName: "Frank Li"
            isDirect: false
            isEncrypted: false
            isFavourite: false
            isInvite: true
            isLowPriority: false
            isSpace: false
            lastActivity: "14:05"
            lastPreview: "hello"
            lastSenderName: ""
            notificationCount: 0
            roomId: "!r:x"
            width: 300
        }
    }
    SignalSpy {
        id: accepted
        signalName: "accepted"
    }
    SignalSpy {
        id: declined
        signalName: "declined"
    }
    SignalSpy {
        id: leave
        signalName: "leaveRequested"
    }
    TestCase {
        function button(row, text) {
            const stack = [row];
            while (stack.length > 0) {
                const item = stack.pop();
                if (item instanceof Button && item.text === text)
                    return item;
                for (let i = 0; i < item.children.length; ++i)
                    stack.push(item.children[i]);
            }
            return null;
        }
        function lock(row) {
            const stack = [row];
            while (stack.length > 0) {
                const item = stack.pop();
                if (item.Accessible.name === "Encrypted" && item.hasOwnProperty("size"))
                    return item;
                for (let i = 0; i < item.children.length; ++i)
                    stack.push(item.children[i]);
            }
            return null;
        }
        function shown(row, text) {
            const stack = [row];
            while (stack.length > 0) {
                const item = stack.pop();
                if (item instanceof Label && item.visible && item.text === text)
                    return true;
                for (let i = 0; i < item.children.length; ++i)
                    stack.push(item.children[i]);
            }
            return false;
        }
        // Beside the name: when the room was last active; not for an invitation.
        function test_aRoomShowsWhenItWasLastActive() {
            const room = createTemporaryObject(rowComponent, root, {
                    "isInvite": false
                });
            const invite = createTemporaryObject(rowComponent, root);
            waitForRendering(room);
            const time = findChild(room, "activityTime");
            verify(time && time.visible);
            compare(time.text, "14:05");
            verify(!findChild(invite, "activityTime").visible);
        }
        function test_encryptedRoomShowsALock() {
            const plain = createTemporaryObject(rowComponent, root, {
                    "isInvite": false
                });
            const encrypted = createTemporaryObject(rowComponent, root, {
                    "isInvite": false,
                    "isEncrypted": true
                });
            waitForRendering(encrypted);
            verify(!lock(plain).visible);
            verify(lock(encrypted).visible);
        }
        function test_invitationOffersAcceptAndDecline() {
            const row = createTemporaryObject(rowComponent, root);
            accepted.target = row;
            declined.target = row;
            waitForRendering(row);
            const accept = button(row, "Accept");
            const decline = button(row, "Decline");
            verify(accept && accept.visible && decline && decline.visible);
            mouseClick(accept);
            compare(accepted.count, 1);
            mouseClick(decline);
            compare(declined.count, 1);
            compare(row.Accessible.name, "Invitation to release-planning");
        }
        function test_joinedRoomHasNoInvitationButtons() {
            const row = createTemporaryObject(rowComponent, root, {
                    "isInvite": false
                });
            waitForRendering(row);
            verify(!button(row, "Accept").visible);
        }
        function test_rightClickOffersLeave() {
            const row = createTemporaryObject(rowComponent, root, {
                    "isInvite": false
                });
            leave.target = row;
            leave.clear();
            waitForRendering(row);
            mouseClick(row, 20, row.height / 2, Qt.RightButton);
            let menu = null;
            for (let i = 0; i < row.data.length; ++i) {
                if (row.data[i] instanceof Menu)
                    menu = row.data[i];
            }
            verify(menu);
            tryCompare(menu, "opened", true);
            let item = null;
            for (let i = 0; i < menu.count; ++i) {
                if (menu.itemAt(i).objectName === "leaveItem")
                    item = menu.itemAt(i);
            }
            verify(item);
            compare(item.text, "Leave room…");
            mouseClick(item);
            compare(leave.count, 1);
            tryCompare(menu, "visible", false);
        }
        // A group room says who wrote last; a direct chat needs not.
        function test_theLastMessageIsPrefixedWithItsSenderInGroups() {
            const group = createTemporaryObject(rowComponent, root, {
                    "isInvite": false,
                    "lastSenderName": "Ann"
                });
            const direct = createTemporaryObject(rowComponent, root, {
                    "isInvite": false,
                    "isDirect": true,
                    "lastSenderName": "Ann"
                });
            waitForRendering(group);
            verify(shown(group, "Ann: hello"));
            verify(shown(direct, "hello"));
            verify(!shown(direct, "Ann: hello"));
        }
        // New messages without a count (notifications off): bold, and a dot.
        function test_uncountedNewMessagesShowADot() {
            const quiet = createTemporaryObject(rowComponent, root, {
                    "isInvite": false,
                    "hasUnread": true
                });
            const counted = createTemporaryObject(rowComponent, root, {
                    "isInvite": false,
                    "hasUnread": true,
                    "notificationCount": 3
                });
            const read = createTemporaryObject(rowComponent, root, {
                    "isInvite": false
                });
            waitForRendering(quiet);
            verify(findChild(quiet, "unreadDot").visible);
            verify(quiet.unread);
            compare(quiet.Accessible.name, "release-planning, new messages");
            verify(!findChild(counted, "unreadDot").visible);
            verify(!findChild(read, "unreadDot").visible);
            verify(!read.unread);
        }

        name: "RoomDelegate"
        when: windowShown
    }
}
