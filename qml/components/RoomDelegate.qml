import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row

    required property string avatarUrl
    required property string displayName
    // Messages since the read receipt, whether they count or not (a room
    // that notifies only of mentions has new messages without a count).
    required property bool hasUnread
    required property int highlightCount
    required property string inviterName
    required property bool isDirect
    required property bool isEncrypted
    required property bool isFavourite
    required property bool isInvite
    required property bool isLowPriority
    required property bool isSpace
    // Chosen by keyboard in the list (a frame shows it).
    property bool keyboardCurrent: false
    // When it was last active ("14:05", "Yesterday", "Mon", "12 Mar").
    required property string lastActivity
    required property string lastPreview
    // Who wrote the last message; outside direct chats it comes before it.
    required property string lastSenderName
    // The MediaController that turns avatarUrl into a picture; initials without.
    property var media: null
    required property int notificationCount
    required property string roomId
    property bool selected: false
    readonly property bool unread: notificationCount > 0 || isInvite || hasUnread

    signal accepted
    signal declined
    signal leaveRequested
    signal settingsRequested
    signal tagChanged(string tag, bool on)

    function openMenu() {
        if (!row.isInvite)
            menu.popup(row, 10, row.height / 2);
    }

    Accessible.name: isInvite ? qsTr("Invitation to %1").arg(displayName) : notificationCount > 0 ? qsTr("%1, %n unread", "", notificationCount).arg(displayName) : hasUnread ? qsTr("%1, new messages").arg(displayName) : displayName
    highlighted: selected
    leftPadding: 10
    padding: 8
    rightPadding: 10

    contentItem: ColumnLayout {
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 10

            Avatar {
                name: row.displayName
                size: 38
                source: row.media && row.avatarUrl !== "" ? row.media.avatarSource(row.avatarUrl) : ""
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 5

                    Label {
                        Layout.fillWidth: true
                        color: row.highlighted ? row.palette.highlightedText : row.palette.text
                        elide: Text.ElideRight
                        font.bold: row.unread
                        text: row.displayName
                    }
                    LockIcon {
                        color: row.highlighted ? row.palette.highlightedText : row.palette.text
                        opacity: 0.6
                        size: 11
                        visible: row.isEncrypted && !row.isInvite
                    }
                    Label {
                        color: row.highlighted ? row.palette.highlightedText : row.palette.text
                        font.pixelSize: 11
                        objectName: "activityTime"
                        opacity: row.unread ? 0.9 : 0.6
                        text: row.lastActivity
                        visible: text !== "" && !row.isInvite && !row.isSpace
                    }
                }
                Label {
                    Layout.fillWidth: true
                    color: row.highlighted ? row.palette.highlightedText : row.palette.text
                    elide: Text.ElideRight
                    font.bold: row.unread && !row.isInvite
                    font.pixelSize: 12
                    maximumLineCount: 1
                    opacity: row.unread ? 0.9 : 0.7
                    text: row.isInvite ? (row.inviterName ? qsTr("Invited by %1").arg(row.inviterName) : qsTr("Invitation")) : row.isSpace ? qsTr("Space") : row.isDirect || row.lastSenderName === "" ? row.lastPreview : qsTr("%1: %2").arg(row.lastSenderName).arg(row.lastPreview)
                    textFormat: Text.PlainText
                    visible: text.length > 0
                }
            }
            Rectangle {
                border.color: row.highlighted ? row.palette.highlightedText : "transparent"
                color: row.highlightCount > 0 ? "#d93025" : row.palette.highlight
                implicitHeight: 20
                implicitWidth: Math.max(20, badgeText.implicitWidth + 10)
                radius: 10
                visible: row.notificationCount > 0 && !row.isInvite

                Label {
                    id: badgeText
                    anchors.centerIn: parent
                    color: "white"
                    font.bold: true
                    font.pixelSize: 11
                    text: row.notificationCount > 99 ? qsTr("99+") : row.notificationCount
                }
            }
            // New messages that do not count: a dot, as in other clients.
            Rectangle {
                Layout.rightMargin: 6
                border.color: row.highlighted ? row.palette.highlightedText : "transparent"
                color: row.palette.text
                implicitHeight: 8
                implicitWidth: 8
                objectName: "unreadDot"
                opacity: 0.6
                radius: 4
                visible: row.hasUnread && row.notificationCount === 0 && !row.isInvite
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 48
            spacing: 6
            visible: row.isInvite

            Button {
                highlighted: true
                objectName: "acceptInviteButton"
                text: qsTr("Accept")

                onClicked: row.accepted()
            }
            Button {
                objectName: "declineInviteButton"
                text: qsTr("Decline")

                onClicked: row.declined()
            }
        }
    }

    Keys.onMenuPressed: openMenu()

    // The keyboard's place in the list.
    Rectangle {
        anchors.fill: parent
        anchors.margins: 1
        border.color: row.highlighted ? row.palette.highlightedText : row.palette.highlight
        border.width: 2
        color: "transparent"
        objectName: "keyboardFrame"
        radius: 2
        visible: row.keyboardCurrent
    }

    // Right click: the room's sections.
    TapHandler {
        acceptedButtons: Qt.RightButton

        onTapped: row.openMenu()
    }
    Menu {
        id: menu
        MenuItem {
            checkable: true
            checked: row.isFavourite
            text: qsTr("Favourite")

            onTriggered: row.tagChanged("m.favourite", !row.isFavourite)
        }
        MenuItem {
            checkable: true
            checked: row.isLowPriority
            text: qsTr("Low priority")

            onTriggered: row.tagChanged("m.lowpriority", !row.isLowPriority)
        }
        MenuItem {
            objectName: "settingsItem"
            text: qsTr("Settings…")

            onTriggered: row.settingsRequested()
        }
        MenuSeparator {
        }
        MenuItem {
            objectName: "leaveItem"
            text: qsTr("Leave room…")

            onTriggered: row.leaveRequested()
        }
    }
}
