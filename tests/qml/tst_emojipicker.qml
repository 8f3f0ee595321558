import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The full emoji picker, against a stand-in catalog: groups by their
// buttons, search by typing, and the keyboard from the field into the grid.
Item {
    id: root
    height: 600
    width: 600

    // Stands in for EmojiCatalog: two groups.
    QtObject {
        id: catalog

        readonly property var all: [{
                "text": "😀",
                "name": "grinning face",
                "group": 0
            }, {
                "text": "🎉",
                "name": "party popper",
                "group": 0
            }, {
                "text": "🥳",
                "name": "partying face",
                "group": 0
            }, {
                "text": "👋",
                "name": "waving hand",
                "group": 1
            }]
        readonly property var groups: ["Smileys & Emotion", "People & Body"]
        property var recent: []

        function inGroup(group) {
            return all.filter(e => e.group === group);
        }
        function remember(emoji) {
            recent = [all.find(e => e.text === emoji)].concat(recent.filter(e => e.text !== emoji));
        }
        function search(query) {
            return all.filter(e => e.name.split(" ").some(word => word.startsWith(query)));
        }
    }
    EmojiPicker {
        id: picker
        catalog: catalog
    }
    SignalSpy {
        id: picked
        signalName: "picked"
        target: picker
    }
    TestCase {
        function cleanup() {
            picker.close();
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
            catalog.recent = [];
            picked.clear();
            picker.group = 0;
            picker.open();
            tryVerify(() => picker.opened);
        }
        function test_groupsAndSearch() {
            const grid = findNamed(picker.contentItem, "emojiGrid");
            compare(grid.count, 3);
            picker.group = 1;
            compare(grid.count, 1);
            verify(findNamed(picker.contentItem, "emojiSearch").activeFocus);
            keyClick("p");
            keyClick("a");
            compare(grid.count, 2);
            keyClick(Qt.Key_Return); // the first found
            compare(picked.count, 1);
            compare(picked.signalArguments[0][0], "🎉");
            tryVerify(() => !picker.visible);
        }
        function test_itOpensOnTheRecentlyUsed() {
            verify(!findNamed(picker.contentItem, "recentEmojiButton").visible);
            keyClick("w");
            keyClick(Qt.Key_Return); // 👋
            tryVerify(() => !picker.visible);
            picker.open();
            tryVerify(() => picker.opened);
            verify(findNamed(picker.contentItem, "recentEmojiButton").visible);
            compare(picker.group, -1);
            const grid = findNamed(picker.contentItem, "emojiGrid");
            compare(grid.count, 1);
            compare(grid.Accessible.name, "Recently used");
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Return);
            compare(picked.signalArguments[1][0], "👋");
        }
        function test_keyboardIntoTheGridAndBack() {
            const grid = findNamed(picker.contentItem, "emojiGrid");
            const search = findNamed(picker.contentItem, "emojiSearch");
            keyClick(Qt.Key_Down);
            verify(grid.activeFocus);
            compare(grid.currentIndex, 0);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            compare(grid.currentItem.Accessible.name, "partying face");
            keyClick(Qt.Key_Up);
            verify(search.activeFocus);
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Enter);
            compare(picked.signalArguments[0][0], "🎉");
        }
        function test_nothingFoundSaysSo() {
            keyClick("z");
            const grid = findNamed(picker.contentItem, "emojiGrid");
            compare(grid.count, 0);
            keyClick(Qt.Key_Return);
            compare(picked.count, 0);
            verify(picker.visible);
        }

        name: "EmojiPicker"
        when: windowShown
    }
}
