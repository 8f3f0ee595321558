import QtQuick
import QtQuick.Controls
import QtTest
import Atrium
import "../../qml/components"

// The timeline by keyboard: Shift+Tab from the composer chooses the newest
// message, Up and Down move between messages (not state lines or our
// actions on their way), the letters act on the chosen message through the
// same paths as its buttons, Escape goes back to the composer.
Item {
    id: root
    height: 700
    width: 800

    SessionController {
        id: fakeController
    }
    Component {
        id: paneComponent
        TimelinePane {
            anchors.fill: parent
            roomId: "!room:x"
        }
    }
    TestCase {
        id: test

        readonly property var controller: fakeController
        property int framesDrawn: 0
        property var pane

        // Items and popups alike (a popup is in its parent's data only).
        function findNamed(item, name) {
            const children = item.data !== undefined ? item.data : [];
            for (let i = 0; i < children.length; ++i) {
                const child = children[i];
                if (child.objectName === name)
                    return child;
                const found = findNamed(child, name);
                if (found)
                    return found;
            }
            return null;
        }
        function init() {
            const model = controller.timelineModel;
            model.clear();
            model.olderRequests = 0;
            controller.calls = [];
            model.append(row({
                        "eventId": "$1",
                        "sender": "@ann:x",
                        "senderName": "Ann",
                        "body": "first"
                    }));
            model.append(row({
                        "eventId": "$2",
                        "sender": "@me:x",
                        "senderName": "Me",
                        "body": "mine",
                        "isOwn": true,
                        "canEdit": true,
                        "canRedact": true
                    }));
            model.append(row({
                        "eventId": "$3",
                        "kind": "state",
                        "stateText": "Bob joined the room"
                    }));
            model.append(row({
                        "eventId": "$4",
                        "sender": "@bob:x",
                        "senderName": "Bob",
                        "body": "a reply",
                        "replyTo": "$1",
                        "replySenderName": "Ann",
                        "replyBody": "first"
                    }));
            // Our reaction on its way: part of $4's row, no row of its own.
            model.append(row({
                        "eventId": "",
                        "transactionId": "t1",
                        "kind": "action",
                        "sendState": "pending",
                        "sender": "@me:x",
                        "isOwn": true
                    }));
            pane = createTemporaryObject(paneComponent, root, {
                    "controller": controller
                });
            waitForRendering(pane);
            findNamed(pane, "composerInput").forceActiveFocus();
        }
        function row(values) {
            const defaults = {
                "actionText": "",
                "body": "",
                "canEdit": false,
                "canRedact": false,
                "dateSeparator": "",
                "decryptionError": "",
                "edited": false,
                "emojiOnly": false,
                "eventId": "",
                "formattedBody": "",
                "isOwn": false,
                "kind": "message",
                "media": {},
                "mentionsMe": false,
                "senderAvatar": "",
                "readBy": [],
                "readMarker": false,
                "reactions": [],
                "redacted": false,
                "replyBody": "",
                "replySenderName": "",
                "replyTo": "",
                "sendError": "",
                "sendState": "sent",
                "sender": "",
                "senderName": "",
                "shield": "",
                "showSender": true,
                "stateText": "",
                "timestamp": new Date(2026, 10, 22, 9, 30),
                "transactionId": ""
            };
            return Object.assign(defaults, values);
        }
        // What was typed stays with its room: another room's field starts
        // from that room's draft, and coming back shows this one again.
        function test_aDraftStaysWithItsRoom() {
            const composer = findNamed(pane, "composer");
            const input = findNamed(pane, "composerInput");
            controller.drafts.kept = {};
            keyClick("h");
            keyClick("i");
            composer.startReply("$1", "Ann", "first");
            pane.roomId = "!other:x";
            compare(input.text, "");
            compare(composer.replyEventId, "");
            // Typing ended in the room left, not in the one opened.
            compare(controller.calls[controller.calls.length - 1], ["typing", false, "!room:x"]);
            keyClick("y");
            controller.calls = [];
            pane.roomId = "!room:x";
            compare(input.text, "hi");
            compare(composer.replyEventId, "$1");
            compare(composer.replySenderName, "Ann");
            // Showing a draft is not typing.
            compare(controller.calls, [["typing", false, "!other:x"]]);
            compare(controller.drafts.draft("!other:x").text, "y");
            // Sent: the room's draft is gone.
            keyClick(Qt.Key_Return);
            compare(controller.calls[controller.calls.length - 1], ["send", "hi", "$1"]);
            compare(controller.drafts.draft("!room:x").text, "");
            verify(controller.drafts.kept["!room:x"] === undefined);
        }
        function test_aPageArrivingAtTheTopAsksForTheNextOne() {
            // Scrolled back to the top while a page was on its way: once it
            // is in and the view still sits at the top, the next one is asked
            // for (before, scrolling back stalled until the user moved again).
            const timeline = findNamed(pane, "timeline");
            timeline.stickToEnd = false;
            verify(timeline.atYBeginning);
            const model = controller.timelineModel;
            model.olderRequests = 0;
            model.pageLoaded();
            tryCompare(model, "olderRequests", 1);
            model.loading = true;
            tryCompare(model, "olderRequests", 2);
            model.loading = false;
            tryCompare(model, "olderRequests", 3);
        }
        function test_anIdleTimelineDrawsNothing() {
            // Nothing changes, so nothing may keep repainting (no animation,
            // no busy indicator). The composer's blinking cursor is left out:
            // the timeline has the focus.
            findNamed(pane, "timeline").forceActiveFocus();
            wait(2000); // what the focus change started (a scroll bar fading) ends
            const before = framesDrawn;
            wait(1500);
            compare(framesDrawn, before, "frames drawn by an idle timeline");
        }
        function test_deleteDeletesOnlyOurMessage() {
            toTimeline();
            keyClick(Qt.Key_Delete); // Bob's
            compare(controller.calls.length, 0);
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Delete);
            compare(controller.calls, [["delete", "$2"]]);
        }
        // The stored drafts come after the pane: an empty field takes its room's.
        function test_draftsReadLaterFillAnUntouchedField() {
            const input = findNamed(pane, "composerInput");
            controller.drafts.kept = {
                "!room:x": {
                    "text": "from yesterday",
                    "replyTo": "",
                    "replySender": "",
                    "replyBody": ""
                }
            };
            controller.drafts.loaded();
            compare(input.text, "from yesterday");
            keyClick("!");
            // Read again (as after a new sign-in): what is typed stays.
            controller.drafts.kept["!room:x"] = {
                "text": "older",
                "replyTo": "",
                "replySender": "",
                "replyBody": ""
            };
            controller.drafts.loaded();
            compare(input.text, "from yesterday!");
            controller.drafts.kept = {};
        }
        function test_eEditsOnlyOurMessage() {
            const composer = findNamed(pane, "composer");
            toTimeline();
            keyClick(Qt.Key_E); // Bob's
            compare(composer.editEventId, "");
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_E);
            compare(composer.editEventId, "$2");
            compare(findNamed(pane, "composerInput").text, "mine");
            verify(findNamed(pane, "composerInput").activeFocus);
        }
        function test_enterGoesToTheMessageRepliedTo() {
            toTimeline();
            keyClick(Qt.Key_Return);
            compare(controller.calls, [["reveal", "$1"]]);
        }
        function test_escapeGoesBackToTheComposer() {
            const timeline = toTimeline();
            verify(timeline.activeFocus);
            keyClick(Qt.Key_Escape);
            verify(findNamed(pane, "composerInput").activeFocus);
            verify(!timeline.currentItem.keyboardCurrent);
        }
        function test_headerShowsALockInAnEncryptedRoom() {
            const lock = findNamed(pane, "roomEncryptedLock");
            verify(lock && !lock.visible);
            controller.timelineModel.roomEncrypted = true;
            verify(lock.visible);
            controller.timelineModel.roomEncrypted = false;
        }
        function test_lFollowsTheMessagesFirstLink() {
            controller.timelineModel.append(row({
                        "eventId": "$5",
                        "sender": "@ann:x",
                        "senderName": "Ann",
                        "body": "ask Bob",
                        "formattedBody": "<a href=\"atrium:spoiler\">Spoiler</a> ask <a href=\"https://matrix.to/#/@bob:x\">Bob</a>"
                    }));
            toTimeline();
            keyClick(Qt.Key_L);
            tryVerify(() => findNamed(test.pane, "userCard").opened);
            findNamed(test.pane, "userCard").close();
        }
        function test_oOpensTheChosenFile() {
            controller.timelineModel.append(row({
                        "eventId": "$5",
                        "sender": "@ann:x",
                        "senderName": "Ann",
                        "body": "notes.pdf",
                        "media": {
                            "kind": "file",
                            "name": "notes.pdf",
                            "caption": "",
                            "formattedCaption": ""
                        }
                    }));
            toTimeline();
            keyClick(Qt.Key_O);
            compare(controller.calls[controller.calls.length - 1], ["open", "notes.pdf"]);
        }
        function test_othersTypingShowAboveTheComposer() {
            const indicator = findNamed(pane, "typingIndicator");
            verify(indicator && !indicator.parent.visible);
            controller.timelineModel.typingNames = ["Ann", "Bob"];
            verify(indicator.parent.visible);
            compare(indicator.text, "Ann and Bob are typing…");
            controller.timelineModel.typingNames = [];
            verify(!indicator.parent.visible);
        }
        function test_pillsOpenTheRoomOrThePersonsCard() {
            const requested = [];
            const follow = (roomId, name) => requested.push(roomId);
            test.pane.roomRequested.connect(follow);
            test.pane.openLink("https://matrix.to/#/%23design:x?via=x");
            compare(controller.calls[controller.calls.length - 1], ["joinRoom", "#design:x"]);
            controller.roomJoined("!design:x", "design");
            compare(requested, ["!design:x"]);
            controller.roomJoined("!other:x", "other"); // not ours to open
            compare(requested, ["!design:x"]);
            test.pane.roomRequested.disconnect(follow);
            test.pane.openLink("https://matrix.to/#/@bob:x");
            tryVerify(() => findNamed(test.pane, "userCard").opened);
            findNamed(test.pane, "userCard").close();
        }
        function test_plusOpensTheReactionPicker() {
            toTimeline();
            keyClick(Qt.Key_Plus, Qt.NoModifier);
            const picker = findNamed(pane, "reactionPicker");
            verify(picker);
            tryVerify(() => picker.opened);
            compare(picker.targetEventId, "$4");
        }
        function test_rRepliesToTheChosenMessage() {
            const composer = findNamed(pane, "composer");
            toTimeline();
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_R);
            compare(composer.replyEventId, "$1");
            compare(composer.replySenderName, "Ann");
            verify(findNamed(pane, "composerInput").activeFocus);
        }
        function test_rowsNotFillingTheViewAskForOlderHistory() {
            // Five rows in a tall view: nothing to scroll, so older history
            // comes without the user moving.
            const timeline = findNamed(pane, "timeline");
            verify(timeline.stickToEnd);
            verify(timeline.contentHeight < timeline.height);
            const model = controller.timelineModel;
            model.olderRequests = 0;
            model.pageLoaded();
            tryCompare(model, "olderRequests", 1);
        }
        function test_shiftTabChoosesTheNewestMessage() {
            const timeline = toTimeline();
            verify(timeline.activeFocus);
            // The newest row is our pending reaction, which is not shown.
            compare(timeline.currentIndex, 3);
            verify(timeline.currentItem.keyboardCurrent);
        }
        function test_typingInTheComposerIsSentForTheRoom() {
            keyClick("x");
            compare(controller.calls, [["typing", true, "!room:x"]]);
        }
        function test_upAboveTheOldestAsksForOlderHistory() {
            const timeline = toTimeline();
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Up);
            compare(timeline.currentIndex, 0);
            // (Rows that do not fill the view may have asked already.)
            const before = controller.timelineModel.olderRequests;
            keyClick(Qt.Key_Up);
            compare(timeline.currentIndex, 0);
            compare(controller.timelineModel.olderRequests, before + 1);
        }
        function test_upAndDownSkipWhatIsNotAMessage() {
            const timeline = toTimeline();
            keyClick(Qt.Key_Up);
            compare(timeline.currentIndex, 1); // over "Bob joined the room"
            keyClick(Qt.Key_Up);
            compare(timeline.currentIndex, 0);
            keyClick(Qt.Key_Down);
            compare(timeline.currentIndex, 1);
            keyClick(Qt.Key_Down);
            compare(timeline.currentIndex, 3);
            keyClick(Qt.Key_Down); // nothing newer is shown
            compare(timeline.currentIndex, 3);
            keyClick(Qt.Key_Home);
            compare(timeline.currentIndex, 0);
            keyClick(Qt.Key_End);
            compare(timeline.currentIndex, 3);
        }
        function toTimeline() {
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
            return findNamed(pane, "timeline");
        }

        when: windowShown

        Connections {
            function onFrameSwapped() {
                ++test.framesDrawn;
            }

            target: root.Window.window
        }
    }
}
