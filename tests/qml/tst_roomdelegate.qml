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
            displayName: "release-planning"
            highlightCount: 0
            inviter: "@frank:x"
            isEncrypted: false
            isFavourite: false
            isInvite: true
            isLowPriority: false
            isSpace: false
            lastPreview: "hello"
            lastSender: ""
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

        name: "RoomDelegate"
        when: windowShown
    }
}
