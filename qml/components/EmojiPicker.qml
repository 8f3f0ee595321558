import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Every emoji, by group or searched by name, from `catalog` (an
// EmojiCatalog, or a stand-in in tests). Typing searches and Enter takes the
// first found; Down moves into the grid, where the arrow keys choose and
// Enter takes one. It opens on the recently used ones (group -1), if any.
// Emits picked(emoji) and closes.
Popup {
    id: picker

    property var catalog: null
    // The colour emoji font first: with the UI font first, a sequence whose
    // first character it has (❤ in ❤️‍🔥) would be split between the two fonts.
    readonly property string emojiFamily: Qt.platform.os === "windows" ? "Segoe UI Emoji" : Qt.platform.os === "osx" ? "Apple Color Emoji" : "Noto Color Emoji"
    property int group: 0
    // One emoji standing for each of Unicode's groups, in their order.
    readonly property var groupIcons: ["😀", "👋", "🐻", "🍔", "✈️", "⚽", "💡", "🔣", "🏁"]
    readonly property string query: search.text.trim()
    // Read only while shown: the catalog loads on first use.
    readonly property var shown: !catalog || !visible ? [] : query !== "" ? catalog.search(query) : group < 0 ? catalog.recent : catalog.inGroup(group)

    signal picked(string emoji)

    // Unicode's group names in the reader's language; a group a later Unicode
    // adds keeps its English name.
    function groupName(index) {
        if (index < 0)
            return qsTr("Recently used");
        const names = [qsTr("Smileys & emotion"), qsTr("People & body"), qsTr("Animals & nature"), qsTr("Food & drink"), qsTr("Travel & places"), qsTr("Activities"), qsTr("Objects"), qsTr("Symbols"), qsTr("Flags")];
        return index < names.length ? names[index] : catalog.groups[index];
    }
    function pick(index) {
        if (index < 0 || index >= shown.length)
            return;
        const emoji = shown[index].text;
        catalog.remember(emoji);
        picked(emoji);
        close();
    }

    focus: true
    padding: 6

    onOpened: {
        group = catalog && catalog.recent.length > 0 ? -1 : 0;
        search.text = "";
        grid.currentIndex = -1;
        search.forceActiveFocus();
    }

    ColumnLayout {
        spacing: 4

        TextField {
            id: search
            Accessible.name: qsTr("Search emoji")
            Layout.fillWidth: true
            objectName: "emojiSearch"
            placeholderText: qsTr("Search emoji")

            Keys.onDownPressed: {
                if (grid.count === 0)
                    return;
                grid.currentIndex = 0;
                grid.forceActiveFocus();
            }
            Keys.onEnterPressed: picker.pick(0)
            Keys.onReturnPressed: picker.pick(0)
        }
        Row {
            visible: picker.query === ""

            ToolButton {
                Accessible.name: picker.groupName(-1)
                ToolTip.text: picker.groupName(-1)
                ToolTip.visible: hovered
                checkable: true
                checked: picker.group < 0
                font.pixelSize: 16
                implicitHeight: 32
                implicitWidth: 33
                objectName: "recentEmojiButton"
                text: "🕘"
                visible: picker.catalog !== null && picker.catalog.recent.length > 0

                onClicked: picker.group = -1
            }
            Repeater {
                model: picker.catalog && picker.visible ? picker.catalog.groups : []

                delegate: ToolButton {
                    required property int index
                    required property string modelData

                    Accessible.name: picker.groupName(index)
                    ToolTip.text: picker.groupName(index)
                    ToolTip.visible: hovered
                    checkable: true
                    checked: picker.group === index
                    font.family: picker.emojiFamily
                    font.pixelSize: 16
                    implicitHeight: 32
                    implicitWidth: 33
                    text: index < picker.groupIcons.length ? picker.groupIcons[index] : modelData.charAt(0)

                    onClicked: {
                        picker.group = index;
                        grid.positionViewAtBeginning();
                    }
                }
            }
        }
        GridView {
            id: grid
            Accessible.name: picker.query === "" ? picker.groupName(picker.group) : qsTr("Emoji found")
            Accessible.role: Accessible.List
            Layout.preferredHeight: 7 * cellHeight
            Layout.preferredWidth: 9 * cellWidth + 12
            cellHeight: 36
            cellWidth: 36
            clip: true
            keyNavigationEnabled: true
            model: picker.shown
            objectName: "emojiGrid"

            ScrollBar.vertical: ScrollBar {
            }
            delegate: ToolButton {
                required property int index
                required property var modelData

                Accessible.name: modelData.name
                ToolTip.text: modelData.name
                ToolTip.visible: hovered
                font.family: picker.emojiFamily
                font.pixelSize: 20
                height: 36
                highlighted: GridView.isCurrentItem && grid.activeFocus
                padding: 0
                text: modelData.text
                width: 36

                // Shrunk rather than cut to "…" where the font draws a sequence wide.
                contentItem: Text {
                    font: parent.font
                    fontSizeMode: Text.HorizontalFit
                    horizontalAlignment: Text.AlignHCenter
                    minimumPixelSize: 8
                    text: parent.text
                    verticalAlignment: Text.AlignVCenter
                }

                onClicked: picker.pick(index)
            }

            Keys.onEnterPressed: picker.pick(currentIndex)
            Keys.onReturnPressed: picker.pick(currentIndex)
            Keys.onUpPressed: event => {
                // From the top row back to the search field.
                if (currentIndex >= Math.floor(width / cellWidth)) {
                    event.accepted = false;
                    return;
                }
                currentIndex = -1;
                search.forceActiveFocus();
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.7
            text: qsTr("No emoji named so")
            visible: picker.query !== "" && picker.shown.length === 0
        }
    }
}
