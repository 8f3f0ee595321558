import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The spaces sidebar: Home and the spaces, the chosen one marked, unread
// counts as badges, and choosing by click or keyboard.
Item {
    id: root
    height: 400
    width: 200

    SpaceBar {
        id: bar
        height: root.height
        width: 56

        media: QtObject {
            function avatarSource(url) {
                return "image://test/" + url;
            }
        }
        spaces: ListModel {
            ListElement {
                avatarUrl: "mxc://x/team"
                displayName: "Atrium Team"
                roomId: "!team:x"
                spaceUnread: 9
            }
            ListElement {
                avatarUrl: ""
                displayName: "Company"
                roomId: "!company:x"
                spaceUnread: 0
            }
        }
    }
    TestCase {
        function findNamed(name) {
            const found = findChild(bar, name);
            verify(found, name);
            return found;
        }
        function init() {
            bar.currentSpaceId = "";
        }
        function test_aSpaceShowsItsAvatarElseInitials() {
            compare(findChild(findNamed("space:Atrium Team"), "spaceAvatar").source, "image://test/mxc://x/team");
            compare(findChild(findNamed("space:Company"), "spaceAvatar").source, "");
        }
        function test_choosingASpaceAndHome() {
            verify(bar.hasSpaces);
            const home = findNamed("homeSpace");
            verify(home.selected);
            waitForRendering(bar);
            mouseClick(findNamed("space:Atrium Team"));
            compare(bar.currentSpaceId, "!team:x");
            verify(!home.selected);
            verify(findNamed("space:Atrium Team").selected);
            mouseClick(home);
            compare(bar.currentSpaceId, "");
        }
        function test_keyboardChoosesASpace() {
            const team = findNamed("space:Atrium Team");
            team.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
            compare(bar.currentSpaceId, "!team:x");
        }
        function test_leavingTheChosenSpaceGoesHome() {
            bar.currentSpaceId = "!company:x";
            bar.spaces.remove(0); // another space goes: the choice stays
            waitForRendering(bar);
            compare(bar.currentSpaceId, "!company:x");
            bar.spaces.remove(0);
            tryCompare(bar, "currentSpaceId", "");
            bar.spaces.append({
                    "avatarUrl": "mxc://x/team",
                    "displayName": "Atrium Team",
                    "roomId": "!team:x",
                    "spaceUnread": 9
                });
            bar.spaces.append({
                    "avatarUrl": "",
                    "displayName": "Company",
                    "roomId": "!company:x",
                    "spaceUnread": 0
                });
            waitForRendering(bar);
        }
        function test_unreadCountsAreBadgesAndSpoken() {
            const team = findNamed("space:Atrium Team");
            compare(team.unread, 9);
            compare(team.Accessible.name, "Atrium Team, 9 unread");
            compare(findNamed("space:Company").Accessible.name, "Company");
        }

        name: "SpaceBar"
        when: windowShown
    }
}
