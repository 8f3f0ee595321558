import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The spaces sidebar: Home (every room) and the spaces the user is in, each
// with the unread count of its rooms. Choosing a space narrows the room list
// to the rooms in it (also through its sub-spaces).
Pane {
    id: bar

    // Empty for Home.
    property string currentSpaceId: ""
    readonly property bool hasSpaces: spaceList.count > 0
    // The MediaController that turns a space's avatarUrl into a picture; initials without.
    property var media: null

    // The spaces the user is in (a RoomFilterModel with spacesOnly, or a stand-in).
    required property var spaces

    objectName: "spaceBar"
    padding: 0

    background: Rectangle {
        color: bar.palette.window
    }

    ListView {
        id: spaceList
        anchors.fill: parent
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        model: bar.spaces

        delegate: SpaceButton {
            required property string avatarUrl
            required property string displayName
            required property string roomId
            required property int spaceUnread

            objectName: "space:" + displayName
            picture: bar.media && avatarUrl !== "" ? bar.media.avatarSource(avatarUrl) : ""
            selected: bar.currentSpaceId === roomId
            text: displayName
            unread: spaceUnread

            onClicked: bar.currentSpaceId = roomId
        }
        header: SpaceButton {
            icon.name: "home"
            objectName: "homeSpace"
            selected: bar.currentSpaceId === ""
            text: qsTr("Home")

            onClicked: bar.currentSpaceId = ""
        }

        // A space left (or gone) is no longer chosen: back to Home.
        onCountChanged: {
            for (let row = 0; row < count; ++row) {
                const roomId = bar.spaces.roomIdAt ? bar.spaces.roomIdAt(row) : bar.spaces.get(row).roomId;
                if (roomId === bar.currentSpaceId)
                    return;
            }
            bar.currentSpaceId = "";
        }
    }

    component SpaceButton: AbstractButton {
        id: button

        property string picture: ""
        property bool selected: false
        property int unread: 0

        Accessible.name: unread > 0 ? qsTr("%1, %n unread", "", unread).arg(text) : text
        Accessible.role: Accessible.PageTab
        ToolTip.delay: 500
        ToolTip.text: text
        ToolTip.visible: hovered
        activeFocusOnTab: true
        implicitHeight: 52
        implicitWidth: 56

        contentItem: Item {
            // The chosen space is marked by a bar on the edge, as chat apps do.
            Rectangle {
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                color: bar.palette.highlight
                height: 28
                radius: 2
                visible: button.selected
                width: 4
            }
            Rectangle {
                anchors.centerIn: parent
                border.color: bar.palette.highlight
                border.width: button.visualFocus ? 2 : 0
                color: "transparent"
                height: 44
                radius: 12
                width: 44
            }
            Loader {
                anchors.centerIn: parent
                sourceComponent: button.icon.name === "home" ? homeIcon : spaceIcon
            }
            Component {
                id: spaceIcon
                Avatar {
                    name: button.text
                    objectName: "spaceAvatar"
                    radius: 10
                    size: 38
                    source: button.picture
                }
            }
            Component {
                id: homeIcon
                Rectangle {
                    color: button.selected ? bar.palette.highlight : bar.palette.button
                    height: 38
                    radius: 10
                    width: 38

                    Label {
                        anchors.centerIn: parent
                        color: button.selected ? bar.palette.highlightedText : bar.palette.buttonText
                        font.pixelSize: 22
                        text: "\u2302" // a house
                    }
                }
            }
            Rectangle {
                anchors.right: parent.right
                anchors.rightMargin: 4
                anchors.top: parent.top
                anchors.topMargin: 2
                color: bar.palette.highlight
                height: 18
                radius: 9
                visible: button.unread > 0
                width: Math.max(18, unreadLabel.implicitWidth + 8)

                Label {
                    id: unreadLabel
                    anchors.centerIn: parent
                    color: bar.palette.highlightedText
                    font.pixelSize: 11
                    text: button.unread > 99 ? "99+" : button.unread
                }
            }
        }
    }
}
