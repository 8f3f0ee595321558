import QtQuick
import QtTest
import Atrium

// The main view with a real SessionController against the test homeserver:
// the room list (an invitation on top, accepted from its button), the
// timeline (what others wrote, and what arrives while it is open) and the
// composer (Enter sends; the server has the message).
Item {
    id: root

    readonly property SessionController controller: live.newController()
    property string launchRoom: ""
    property string retroRoom: ""
    property var window: null

    height: 720
    width: 1100

    // The app's own window, as main.cpp shows it.
    Component {
        id: appWindow
        Main {
        }
    }
    TestCase {
        function cleanupTestCase() {
            root.window.destroy();
        }
        function field(name) {
            return findChild(root.window.contentItem, name);
        }
        function initTestCase() {
            const rhea = live.registerUser("rhea", "pw-rhea");
            live.registerUser("sam", "pw-sam");
            root.retroRoom = live.createRoom("sam", "Retro", [rhea]);
            verify(live.joinRoom("rhea", root.retroRoom));
            verify(live.sendText("sam", root.retroRoom, "Notes are in the doc"));
            root.launchRoom = live.createRoom("sam", "Launch plan", [rhea]);
            verify(live.sendText("sam", root.launchRoom, "Kick-off at ten"));
            root.controller.login(live.url, "rhea", "pw-rhea");
            tryCompare(root.controller, "state", "ready", 20000);
            root.window = appWindow.createObject(null, {
                    "controller": root.controller
                });
            waitForRendering(root.window.contentItem);
        }
        // The timeline's message rows, oldest first.
        function messageRows() {
            const timeline = field("timeline");
            const rows = [];
            for (let i = 0; i < timeline.count; ++i) {
                const row = timeline.itemAtIndex(i);
                if (row && row.kind === "message")
                    rows.push(row);
            }
            return rows;
        }
        // The timeline's messages as "sender: body", oldest first.
        function messages() {
            return messageRows().map(row => row.senderName + ": " + row.body);
        }
        function roomRow(name) {
            const list = field("roomList");
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i);
                if (row && row.displayName === name)
                    return row;
            }
            return null;
        }
        // The room list's rows as "name|invite|preview", top to bottom.
        function roomRows() {
            const list = field("roomList");
            const rows = [];
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i);
                if (row)
                    rows.push(row.displayName + "|" + (row.isInvite ? "invite" : "joined") + "|" + row.lastPreview);
            }
            return rows;
        }
        function test_1_theInvitationComesFirst() {
            tryVerify(() => roomRows().length === 2, 15000, JSON.stringify(roomRows()));
            compare(roomRows()[0].split("|").slice(0, 2), ["Launch plan", "invite"]);
            tryVerify(() => roomRows()[1] === "Retro|joined|Notes are in the doc", 15000, JSON.stringify(roomRows()));
        }
        function test_2_acceptingTheInvitationJoins() {
            const accept = findChild(roomRow("Launch plan"), "acceptInviteButton");
            verify(accept);
            mouseClick(accept);
            tryVerify(() => live.membership(root.launchRoom, root.controller.userId) === "join", 15000);
            tryVerify(() => roomRow("Launch plan") && !roomRow("Launch plan").isInvite, 15000, JSON.stringify(roomRows()));
        }
        function test_3_theTimelineShowsWhatWasWritten() {
            mouseClick(roomRow("Launch plan"));
            compare(root.window.currentRoomId, root.launchRoom);
            tryVerify(() => messages().includes("sam: Kick-off at ten"), 15000, JSON.stringify(messages()));
        }
        function test_4_enterSendsTheComposersText() {
            const input = field("composerInput");
            tryVerify(() => input.visible);
            input.forceActiveFocus();
            for (const c of "See you there")
                keyClick(c);
            keyClick(Qt.Key_Return);
            compare(input.text, "");
            tryVerify(() => live.messageBodies(root.launchRoom).includes("See you there"), 15000);
            tryVerify(() => messages().includes("rhea: See you there"), 15000, JSON.stringify(messages()));
        }
        function test_5_aMessageArrivesWhileTheRoomIsOpen() {
            verify(live.sendText("sam", root.launchRoom, "Agenda attached"));
            tryVerify(() => messages().includes("sam: Agenda attached"), 15000, JSON.stringify(messages()));
            tryVerify(() => roomRow("Launch plan")?.lastPreview === "Agenda attached", 15000, JSON.stringify(roomRows()));
        }
        function test_6_aMentionElsewhereIsBadgedAndHighlighted() {
            verify(live.sendText("sam", root.retroRoom, "rhea: can you take the notes?"));
            tryVerify(() => roomRow("Retro")?.highlightCount === 1, 15000, JSON.stringify(roomRows()));
            // The room with the latest message moves to the top.
            compare(roomRows()[0].split("|")[0], "Retro");
            mouseClick(roomRow("Retro"));
            tryVerify(() => messages().includes("sam: rhea: can you take the notes?"), 15000, JSON.stringify(messages()));
            const rows = messageRows();
            verify(rows[rows.length - 1].mentionsMe);
            verify(!rows[0].mentionsMe);
        }
        function test_7_theFilterNarrowsTheList() {
            const filter = field("roomFilterField");
            filter.forceActiveFocus();
            for (const c of "laun")
                keyClick(c);
            tryVerify(() => roomRows().length === 1, 5000, JSON.stringify(roomRows()));
            compare(roomRows()[0].split("|")[0], "Launch plan");
            keyClick(Qt.Key_Escape);
            tryVerify(() => roomRows().length === 2, 5000, JSON.stringify(roomRows()));
        }

        name: "WorkroomLive"
        when: windowShown
    }
}
