import QtQuick
import QtQuick.Controls
import QtTest
import Atrium
import "../../qml/components"

// Inviting: typing searches the user directory (after a pause), each result
// has an Invite button, Enter invites the first result or a typed user id,
// errors stay inline, invited people are listed.
Item {
    id: root
    height: 520
    width: 640

    SessionController {
        id: fakeController
    }
    InviteDialog {
        id: dialog
        controller: fakeController
    }
    TestCase {
        function cleanup() {
            dialog.close();
            tryCompare(dialog, "visible", false);
            fakeController.userDirectory.clear();
            fakeController.userDirectory.error = "";
            fakeController.roomInfo.inviteRestriction = "";
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
            dialog.show();
            tryCompare(dialog, "opened", true);
            fakeController.calls = [];
            fakeController.userDirectory.clear();
        }
        function named(item, name) {
            const found = findNamed(item, name);
            verify(found, name);
            return found;
        }
        function results(rows) {
            const directory = fakeController.userDirectory;
            for (const row of rows)
                directory.append(row);
        }
        function searches() {
            return fakeController.calls.filter(c => c[0] === "search");
        }
        function test_directoryErrorShownInline() {
            fakeController.userDirectory.error = "Could not search the user directory: M_LIMIT_EXCEEDED";
            verify(named(dialog.contentItem, "inviteError").visible);
            compare(named(dialog.contentItem, "inviteError").text, "Could not search the user directory: M_LIMIT_EXCEEDED");
        }
        function test_enterInvitesATypedUserId() {
            typeText("@new:example.org");
            keyClick(Qt.Key_Return);
            compare(fakeController.calls.filter(c => c[0] === "invite"), [["invite", "@new:example.org"]]);
            fakeController.roomInfo.inviteFailed("@new:example.org", "Could not invite @new:example.org: M_NOT_FOUND");
            compare(named(dialog.contentItem, "inviteError").text, "Could not invite @new:example.org: M_NOT_FOUND");
            verify(dialog.opened);
        }
        function test_membersAndRestrictedInvitesAreNotOffered() {
            fakeController.roomInfo.memberInfos = {
                "@ann:x": {
                    "userId": "@ann:x",
                    "isMember": true
                }
            };
            results([{
                        "userId": "@ann:x",
                        "displayName": "Ann",
                        "avatarUrl": ""
                    }, {
                        "userId": "@bea:x",
                        "displayName": "Bea",
                        "avatarUrl": ""
                    }]);
            const list = named(dialog.contentItem, "inviteResults");
            tryVerify(() => findNamed(list.contentItem, "result_@bea:x") !== null);
            const ann = named(findNamed(list.contentItem, "result_@ann:x"), "inviteResultButton");
            compare(ann.text, "In the room");
            verify(!ann.enabled);
            const bea = named(findNamed(list.contentItem, "result_@bea:x"), "inviteResultButton");
            verify(bea.enabled);
            fakeController.roomInfo.inviteRestriction = "Inviting needs power level 50; yours is 0.";
            verify(!bea.enabled);
            fakeController.roomInfo.memberInfos = {};
        }
        function test_restrictionShown() {
            fakeController.roomInfo.inviteRestriction = "Inviting needs power level 50; yours is 0.";
            verify(named(dialog.contentItem, "inviteRestriction").visible);
        }
        function test_resultsInviteWithAClickOrTheKeyboard() {
            typeText("car");
            results([{
                        "userId": "@carol:x",
                        "displayName": "Carol",
                        "avatarUrl": ""
                    }, {
                        "userId": "@carl:x",
                        "displayName": "Carl",
                        "avatarUrl": ""
                    }]);
            const list = named(dialog.contentItem, "inviteResults");
            tryCompare(list, "count", 2);
            // The list grows to its rows a layout pass at a time.
            tryVerify(() => findNamed(list.contentItem, "result_@carl:x") !== null);
            const carl = findNamed(list.contentItem, "result_@carl:x");
            mouseClick(named(carl, "inviteResultButton"));
            compare(fakeController.calls.filter(c => c[0] === "invite"), [["invite", "@carl:x"]]);
            fakeController.roomInfo.invited("@carl:x");
            compare(named(carl, "inviteResultButton").text, "Invited");
            verify(!named(carl, "inviteResultButton").enabled);
            compare(named(dialog.contentItem, "invitedList").text, "Invited: @carl:x");
            // Down from the search field into the results, Enter invites.
            named(dialog.contentItem, "inviteSearchField").forceActiveFocus();
            keyClick(Qt.Key_Down);
            verify(list.activeFocus);
            keyClick(Qt.Key_Return);
            compare(fakeController.calls.filter(c => c[0] === "invite")[1], ["invite", "@carol:x"]);
        }
        function test_someoneJoiningWhileShownIsNoLongerOffered() {
            results([{
                        "userId": "@dan:x",
                        "displayName": "Dan",
                        "avatarUrl": ""
                    }]);
            const list = named(dialog.contentItem, "inviteResults");
            tryVerify(() => findNamed(list.contentItem, "result_@dan:x") !== null);
            const dan = named(findNamed(list.contentItem, "result_@dan:x"), "inviteResultButton");
            verify(dan.enabled);
            // In place: like the real memberInfo(), nothing notifies until changed().
            fakeController.roomInfo.memberInfos["@dan:x"] = {
                "userId": "@dan:x",
                "isMember": true
            };
            compare(dan.text, "Invite");
            fakeController.roomInfo.changed();
            compare(dan.text, "In the room");
            verify(!dan.enabled);
            fakeController.roomInfo.memberInfos = {};
        }
        function test_typingSearchesAfterAPause() {
            typeText("ann");
            compare(searches(), [], "not on every key");
            tryVerify(() => searches().length === 1, 2000);
            compare(searches()[0], ["search", "ann"]);
        }
        // Types `text` key by key (keySequence reads it as a shortcut).
        function typeText(text) {
            for (const c of text)
                keyClick(c);
        }

        name: "InviteDialog"
        when: windowShown
    }
}
