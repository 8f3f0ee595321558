import QtQuick
import QtQuick.Controls
import QtTest
import Atrium
import "../../qml/components"

// The member list and the user card: members with their roles, a filter,
// Enter or a click opens the card; the card's Message button asks for the
// direct chat and opens it, errors stay in the card; Verify asks in the
// room; role and removal only for those with the power.
Item {
    id: root
    height: 560
    width: 720

    SessionController {
        id: fakeController
    }
    MemberListPanel {
        id: panel
        controller: fakeController

        onMemberChosen: userId => card.show(userId)
    }
    UserCard {
        id: card
        controller: fakeController
    }
    SignalSpy {
        id: chosen
        signalName: "memberChosen"
        target: panel
    }
    SignalSpy {
        id: dmOpened
        signalName: "directChatOpened"
        target: card
    }
    TestCase {
        function cleanup() {
            card.close();
            panel.close();
            tryCompare(panel, "visible", false);
            tryCompare(card, "visible", false);
        }
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
            chosen.clear();
            dmOpened.clear();
            const members = fakeController.roomInfo.members;
            members.clear();
            members.append({
                    "userId": "@ann:x",
                    "displayName": "Ann Admin",
                    "avatarUrl": "",
                    "membership": "join",
                    "powerLevel": 100,
                    "roleName": "Admin",
                    "unverifiedDevice": false,
                    "verified": true
                });
            members.append({
                    "userId": "@mo:x",
                    "displayName": "Mo",
                    "avatarUrl": "",
                    "membership": "join",
                    "powerLevel": 50,
                    "roleName": "Moderator",
                    "unverifiedDevice": true,
                    "verified": true
                });
            members.append({
                    "userId": "@zed:x",
                    "displayName": "Zed",
                    "avatarUrl": "",
                    "membership": "invite",
                    "powerLevel": 0,
                    "roleName": "",
                    "unverifiedDevice": false,
                    "verified": false
                });
            fakeController.roomInfo.memberInfos = {
                "@mo:x": {
                    "userId": "@mo:x",
                    "displayName": "Mo",
                    "powerLevel": 50,
                    "roleName": "Moderator",
                    "isMember": true,
                    "isSelf": false,
                    "canKick": true,
                    "canChangeLevel": true,
                    "maxLevel": 100
                },
                "@zed:x": {
                    "userId": "@zed:x",
                    "displayName": "Zed",
                    "powerLevel": 0,
                    "roleName": "",
                    "isMember": true,
                    "isSelf": false,
                    "canKick": false,
                    "canChangeLevel": false,
                    "maxLevel": 0
                }
            };
            fakeController.roomInfo.error = "";
        }
        function named(item, name) {
            const found = findNamed(item, name);
            verify(found, name);
            return found;
        }
        function showPanel() {
            panel.show();
            tryCompare(panel, "opened", true);
            const list = named(panel.contentItem, "memberList");
            tryCompare(list, "count", 3);
            return list;
        }
        function test_cardChangesRoleAndKicksWithPower() {
            card.show("@mo:x");
            tryCompare(card, "opened", true);
            const roleBox = named(card.contentItem, "roleBox");
            verify(roleBox.visible);
            compare(roleBox.currentIndex, 1, "Moderator");
            roleBox.activated(2);
            compare(fakeController.calls, [["setPowerLevel", "@mo:x", 100]]);
            mouseClick(named(card.contentItem, "kickButton"));
            compare(fakeController.calls[1], ["kick", "@mo:x"]);
        }
        function test_cardMessagingDoesNotVerify() {
            card.show("@mo:x");
            tryCompare(card, "opened", true);
            mouseClick(named(card.contentItem, "messageButton"));
            fakeController.directChatOpened("!dm:x", "Mo");
            compare(fakeController.calls, [["openDirectChat", "@mo:x"]]);
        }
        function test_cardVerifiesInTheDirectChat() {
            card.show("@mo:x");
            tryCompare(card, "opened", true);
            const verifyButton = named(card.contentItem, "verifyUserButton");
            tryVerify(() => verifyButton.y > 0, 1000, "laid out");
            mouseClick(verifyButton);
            compare(fakeController.calls, [["openDirectChat", "@mo:x"]]);
            verify(!verifyButton.enabled, "one request at a time");
            fakeController.directChatOpened("!dm:x", "Mo");
            compare(fakeController.calls[1], ["verifyUser", "@mo:x", "!dm:x"]);
            tryCompare(card, "visible", false);
        }
        function test_cardWithoutPowerOnlyMessages() {
            card.show("@zed:x");
            tryCompare(card, "opened", true);
            verify(!named(card.contentItem, "roleBox").parent.visible);
            verify(!named(card.contentItem, "kickButton").visible);
            compare(named(card.contentItem, "cardName").text, "Zed");
            compare(named(card.contentItem, "cardUserId").text, "@zed:x");
            compare(named(card.contentItem, "cardRole").text, "Member");
        }
        function test_filterNarrowsByName() {
            showPanel();
            const field = named(panel.contentItem, "memberFilterField");
            verify(field.activeFocus, "typing filters at once");
            typeText("mo");
            // The model filters (tst_memberlistmodel); the view hands it the text.
            compare(fakeController.roomInfo.members.filterText, "mo");
            compare(fakeController.calls, [["loadAllMembers"]]);
            // Enter takes the first member shown.
            keyClick(Qt.Key_Return);
            compare(chosen.signalArguments[0][0], "@ann:x");
        }
        function test_keyboardOpensTheCardAndMessages() {
            const list = showPanel();
            keyClick(Qt.Key_Down);
            verify(list.activeFocus);
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Return);
            compare(chosen.count, 1);
            compare(chosen.signalArguments[0][0], "@mo:x");
            tryCompare(card, "opened", true);
            verify(named(card.contentItem, "messageButton").activeFocus);
            keyClick(Qt.Key_Space);
            compare(fakeController.calls[1], ["openDirectChat", "@mo:x"]);
            fakeController.directChatOpened("!dm:x", "Mo");
            compare(dmOpened.count, 1);
            compare(dmOpened.signalArguments[0][0], "!dm:x");
            tryCompare(card, "visible", false);
        }
        function test_membersShownWithRoles() {
            const list = showPanel();
            const row = findNamed(list.contentItem, "member_@ann:x");
            verify(row);
            compare(row.Accessible.name, "Ann Admin, Admin, verified");
            compare(named(row, "roleLabel").text, "Admin");
            const invited = findNamed(list.contentItem, "member_@zed:x");
            verify(!named(invited, "roleLabel").visible);
            // Ann is verified through cross-signing; so is Mo, but a session
            // of Mo's is not: a warning instead of the check.
            verify(named(row, "verifiedBadge").visible);
            verify(!named(row, "unverifiedDeviceBadge").visible);
            const mo = findNamed(list.contentItem, "member_@mo:x");
            verify(!named(mo, "verifiedBadge").visible);
            verify(named(mo, "unverifiedDeviceBadge").visible);
            compare(mo.Accessible.name, "Mo, Moderator, verified, has an unverified session");
            compare(named(mo, "unverifiedDeviceBadge").ToolTip.text, "Mo has a session they have not verified.");
            mouseClick(findNamed(list.contentItem, "member_@mo:x"));
            compare(chosen.signalArguments[0][0], "@mo:x");
            // For a look: the member list and a user card, light and dark.
            wait(50);
            grabImage(root).save("/tmp/memberlist-light.png");
            const saved = dark();
            card.show("@mo:x");
            tryCompare(card, "opened", true);
            wait(50);
            grabImage(root).save("/tmp/usercard-dark.png");
            for (const role in saved)
                root.Window.window.palette[role] = saved[role];
        }
        function test_messageErrorStaysInTheCard() {
            card.show("@zed:x");
            tryCompare(card, "opened", true);
            mouseClick(named(card.contentItem, "messageButton"));
            compare(fakeController.calls, [["openDirectChat", "@zed:x"]]);
            verify(!named(card.contentItem, "messageButton").enabled, "one request at a time");
            fakeController.directChatFailed("Could not start a chat with @zed:x: M_FORBIDDEN");
            verify(card.opened);
            compare(named(card.contentItem, "cardError").text, "Could not start a chat with @zed:x: M_FORBIDDEN");
            verify(named(card.contentItem, "messageButton").enabled, "try again");
            compare(dmOpened.count, 0);
        }
        // Types `text` key by key (keySequence reads it as a shortcut).
        function typeText(text) {
            for (const c of text)
                keyClick(c);
        }

        name: "MemberList"
        when: windowShown
    }
}
