import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// Trust shown in the views: a warning shield beside a message from an
// unverified or unknown device (with its reason as tooltip and accessible
// name), none for a verified device or one its owner signed; the room
// header's shield for an encrypted room whose members are all verified, or
// a warning.
Item {
    id: root
    height: 400
    width: 640

    Component {
        id: messageComponent
        MessageDelegate {
            actionText: ""
            body: "The release is tagged."
            canEdit: false
            canRedact: false
            dateSeparator: ""
            decryptionError: ""
            edited: false
            emojiOnly: false
            eventId: "$e"
            formattedBody: ""
            index: 0
            isOwn: false
            kind: "message"
            media: ({})
            mentionsMe: false
            reactions: []
            readBy: []
            readMarker: false
            redacted: false
            replyBody: ""
            replySenderName: ""
            replyTo: ""
            sendError: ""
            sendState: "sent"
            sender: "@ann:x"
            senderAvatar: ""
            senderName: "Ann"
            shield: ""
            showSender: true
            stateText: ""
            timestamp: new Date(2026, 10, 22, 9, 30)
            transactionId: ""
            width: 600
        }
    }
    Component {
        id: headerComponent
        RoomHeader {
            encrypted: true
            name: "Release"
            roomId: "!r:x"
            width: 600
        }
    }
    TestCase {
        function findNamed(item, name) {
            if (item.objectName === name)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findNamed(item.children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        function test_aMessageFromAnUnknownDeviceSaysSo() {
            const row = createTemporaryObject(messageComponent, root, {
                    "shield": "unknown"
                });
            const shield = findNamed(row, "messageShield");
            verify(shield.visible);
            compare(shield.Accessible.name, "Encrypted by an unknown or deleted device.");
            verify(row.Accessible.name.indexOf("unknown or deleted device") >= 0);
        }
        function test_aMessageFromAnUnverifiedDeviceIsMarked() {
            const row = createTemporaryObject(messageComponent, root, {
                    "shield": "unverified"
                });
            waitForRendering(row);
            const shield = findNamed(row, "messageShield");
            verify(shield.visible);
            compare(shield.ToolTip.text, "Encrypted by a device not verified by its owner.");
            compare(shield.Accessible.name, shield.ToolTip.text);
            compare(row.Accessible.name, "Ann: The release is tagged. (Encrypted by a device not verified by its owner.)");
            // In the gutter left of the text, level with its first line.
            const text = findNamed(row, "bodyText");
            const inRow = shield.mapToItem(text, 0, 0);
            verify(inRow.x < 0);
            verify(inRow.y >= 0 && inRow.y < 8);
            // Hovering shows why.
            mouseMove(shield, shield.width / 2, shield.height / 2);
            tryCompare(shield.ToolTip, "visible", true);
        }
        function test_aMessageWhoseKeyCameFromABackupIsGrey() {
            const row = createTemporaryObject(messageComponent, root, {
                    "shield": "unauthenticated"
                });
            const shield = findNamed(row, "messageShield");
            verify(shield.visible);
            compare(shield.mark, "?");
            verify(shield.Accessible.name.indexOf("authenticity of this message can't be guaranteed") >= 0);
            verify(Qt.colorEqual(shield.color, "#757575"));
        }
        function test_deletedMessagesAndStateLinesHaveNoShield() {
            const deleted = createTemporaryObject(messageComponent, root, {
                    "shield": "unverified",
                    "redacted": true
                });
            verify(!findNamed(deleted, "messageShield").visible);
            const state = createTemporaryObject(messageComponent, root, {
                    "shield": "unverified",
                    "kind": "state",
                    "stateText": "Ann joined"
                });
            verify(!findNamed(state, "messageShield").visible);
        }
        function test_noShieldForAVerifiedDeviceNorOneItsOwnerSigned() {
            for (const shield of ["verified", "signed", ""]) {
                const row = createTemporaryObject(messageComponent, root, {
                        "shield": shield
                    });
                verify(!findNamed(row, "messageShield").visible, shield);
                compare(row.Accessible.name, "Ann: The release is tagged.");
            }
        }
        function test_roomShieldOnlyForAnEncryptedRoomWithOne() {
            const header = createTemporaryObject(headerComponent, root);
            const shield = findNamed(header, "roomShield");
            verify(!shield.visible);
            header.shield = "verified";
            verify(shield.visible);
            compare(shield.mark, "✓");
            compare(shield.Accessible.name, "Everyone in this room is verified, and so are all their sessions.");
            header.shield = "warning";
            compare(shield.mark, "!");
            compare(shield.ToolTip.text, "Someone you verified has a session they have not verified. Check the member list.");
            header.encrypted = false;
            verify(!shield.visible);
        }

        name: "Shields"
        when: windowShown
    }
}
