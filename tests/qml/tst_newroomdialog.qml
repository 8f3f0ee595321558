import QtQuick
import QtQuick.Controls
import QtTest
import Atrium
import "../../qml/components"

// The "New room" dialog: private rooms are encrypted by default (the box
// follows the private/public choice and can be changed), Create and Join
// call the controller, server errors stay in the dialog, success opens the room.
Item {
    id: root
    height: 560
    width: 640

    SessionController {
        id: fakeController
    }
    NewRoomDialog {
        id: dialog
        controller: fakeController
    }
    SignalSpy {
        id: opened
        signalName: "roomOpened"
        target: dialog
    }
    TestCase {
        // Types `text` key by key (keySequence reads it as a shortcut).
        function typeText(text) {
            for (const c of text)
                keyClick(c);
        }
        function cleanup() {
            dialog.close();
            tryCompare(dialog, "visible", false);
        }
        // The app's dark colours (ScreenshotRunner); returns the ones replaced.
        function dark() {
            const p = root.Window.window.palette;
            const colors = {
                "window": "#26282c",
                "windowText": "#e8eaed",
                "base": "#1d1f22",
                "text": "#e8eaed",
                "button": "#33363b",
                "buttonText": "#e8eaed",
                "mid": "#44474d",
                "placeholderText": "#9aa0a6",
                "highlight": "#3d7bd9"
            };
            const saved = {};
            for (const role in colors) {
                saved[role] = p[role];
                p[role] = colors[role];
            }
            return saved;
        }
        function findNamed(item, name) {
            const children = item.data !== undefined ? item.data : [];
            for (let i = 0; i < children.length; ++i) {
                if (children[i].objectName === name)
                    return children[i];
                const found = findNamed(children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        function init() {
            fakeController.calls = [];
            opened.clear();
            dialog.show();
            tryCompare(dialog, "opened", true);
        }
        function named(name) {
            const item = findNamed(dialog.contentItem, name);
            verify(item, name);
            return item;
        }
        function test_createCallsController() {
            named("roomNameField").text = "Design";
            named("roomTopicField").text = "Pixels";
            mouseClick(named("createButton"));
            compare(fakeController.calls, [["createRoom", "Design", "Pixels", false, true]]);
            verify(dialog.creating);
            verify(!named("roomNameField").enabled, "no edits while the server answers");
        }
        function test_createErrorShownInline() {
            named("roomNameField").text = "Design";
            mouseClick(named("createButton"));
            fakeController.createRoomFailed("Could not create the room: M_FORBIDDEN");
            verify(dialog.opened, "the dialog stays open");
            compare(named("createError").text, "Could not create the room: M_FORBIDDEN");
            verify(named("createError").visible);
            verify(named("createButton").enabled, "the user can try again");
            compare(named("roomNameField").text, "Design", "nothing typed is lost");
            compare(opened.count, 0);
            // For a look at the dialog: the light and the dark palette.
            named("joinAddressField").text = "#lobby:example.org";
            wait(50);
            grabImage(root).save("/tmp/newroomdialog-light.png");
            const saved = dark();
            wait(50);
            grabImage(root).save("/tmp/newroomdialog-dark.png");
            for (const role in saved)
                root.Window.window.palette[role] = saved[role];
        }
        function test_createPublicEncryptedOnRequest() {
            named("roomNameField").text = "Lobby";
            mouseClick(named("publicButton"));
            mouseClick(named("encryptedBox"));
            mouseClick(named("createButton"));
            compare(fakeController.calls, [["createRoom", "Lobby", "", true, true]]);
        }
        function test_createPublicUnencrypted() {
            named("roomNameField").text = "Lobby";
            mouseClick(named("publicButton"));
            mouseClick(named("createButton"));
            compare(fakeController.calls, [["createRoom", "Lobby", "", true, false]]);
        }
        function test_createdRoomOpens() {
            named("roomNameField").text = "Design";
            mouseClick(named("createButton"));
            fakeController.roomCreated("!new:x", "Design");
            compare(opened.count, 1);
            compare(opened.signalArguments[0][0], "!new:x");
            compare(opened.signalArguments[0][1], "Design");
            tryCompare(dialog, "visible", false);
        }
        function test_joinByAlias() {
            named("joinAddressField").text = "#lobby:x";
            mouseClick(named("joinButton"));
            compare(fakeController.calls, [["joinRoom", "#lobby:x"]]);
            fakeController.joinRoomFailed("Could not join #lobby:x: M_NOT_FOUND");
            compare(named("joinError").text, "Could not join #lobby:x: M_NOT_FOUND");
            verify(named("joinError").visible);
            verify(dialog.opened);
            mouseClick(named("joinButton"));
            compare(named("joinError").text, "", "a new try clears the old error");
            fakeController.roomJoined("!lobby:x", "Lobby");
            compare(opened.signalArguments[0][0], "!lobby:x");
            compare(opened.signalArguments[0][1], "Lobby");
            tryCompare(dialog, "visible", false);
        }
        function test_joinFromThePublicDirectory() {
            const rooms = fakeController.publicRooms;
            compare(rooms.searches[rooms.searches.length - 1], "", "opening lists the whole directory");
            rooms.clear();
            rooms.append({
                    "address": "#lobby:x",
                    "avatarUrl": "",
                    "memberCount": 12,
                    "name": "Lobby",
                    "topic": "Say hi"
                });
            rooms.append({
                    "address": "!quiet:x",
                    "avatarUrl": "",
                    "memberCount": 1,
                    "name": "Quiet",
                    "topic": ""
                });
            const list = named("directoryList");
            tryCompare(list, "count", 2);
            // Words search the directory (after a pause); a full address does not.
            named("joinAddressField").forceActiveFocus();
            typeText("lob");
            tryVerify(() => rooms.searches[rooms.searches.length - 1] === "lob", 2000);
            const searchCount = rooms.searches.length;
            keyClick(Qt.Key_Down);
            verify(list.activeFocus);
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Return);
            compare(fakeController.calls, [["joinRoom", "!quiet:x"]]);
            verify(dialog.joining);
            fakeController.joinRoomFailed("Could not join !quiet:x: M_FORBIDDEN");
            compare(named("joinError").text, "Could not join !quiet:x: M_FORBIDDEN");
            const lobby = findNamed(list.contentItem, "directory_#lobby:x");
            verify(lobby);
            mouseClick(findNamed(lobby, "directoryJoinButton"));
            compare(fakeController.calls[1], ["joinRoom", "#lobby:x"]);
            fakeController.roomJoined("!lobby:x", "Lobby");
            compare(opened.signalArguments[0][0], "!lobby:x");
            named("joinAddressField").text = "#lobby:x";
            wait(400);
            compare(rooms.searches.length, searchCount, "a full address is not searched for");
        }
        function test_privateIsEncryptedByDefault() {
            verify(named("privateButton").checked);
            verify(named("encryptedBox").checked);
            verify(named("encryptedBox").visible);
            verify(!named("createButton").enabled, "no name yet");
            mouseClick(named("publicButton"));
            verify(!named("encryptedBox").checked, "public rooms are not encrypted by default");
            mouseClick(named("privateButton"));
            verify(named("encryptedBox").checked);
        }
        function test_unaskedAnswersIgnored() {
            fakeController.roomCreated("!other:x", "Other");
            fakeController.joinRoomFailed("stale");
            compare(opened.count, 0);
            verify(dialog.opened);
            compare(named("joinError").text, "");
        }

        name: "NewRoomDialog"
        when: windowShown
    }
}
